package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds email addresses, including Unicode local parts and internationalized domain names (RFC 6531), for
 * example {@code zoë.müller@beispiel.example}. Only a literal '@' makes an address: "reached at 312..." is not
 * one.
 */
final class EmailDetector implements Detector {

    // Local-part chars: Unicode letters, marks and digits plus the RFC 5322 atext specials that real
    // addresses use. '=', quote, backtick, '/', '{', '|', '}' and '!' are left out on purpose even though
    // RFC 5322 allows them, because in logs and configs they join an address to the text before it
    // ("x-user-email=ana@example.com", "'a1@example.com").
    private static final String LOCAL_FIRST_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String LOCAL_CHAR = "[\\p{L}\\p{M}\\p{N}#$%&*+?^_~-]";
    private static final String LABEL_CHAR = "[\\p{L}\\p{M}\\p{N}]";

    // Local part: dot-separated atoms. Domain: at least one label plus a top-level label of letters or a
    // punycode label. Label lengths are checked after the match rather than with counted repetition.
    private static final Pattern EMAIL = Pattern.compile(
            LOCAL_FIRST_CHAR + LOCAL_CHAR + "*(?:\\." + LOCAL_CHAR + "+)*"
                    + "@"
                    + "(?:" + LABEL_CHAR + "(?:[\\p{L}\\p{M}\\p{N}-]*" + LABEL_CHAR + ")?\\.)+"
                    + "(?:[\\p{L}\\p{M}]{2,}|xn--[a-zA-Z0-9-]+)");

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;

    @Override
    public String id() {
        return "email";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every address contains an '@'.
        return profile.hasAt();
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher matcher = EMAIL.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            // A domain glued to more word chars (a label longer than the pattern allows, or "@a.bc_d") is not
            // an address boundary.
            if (TextChars.wordCharAt(text, end)) {
                continue;
            }
            if (isValidAddress(text.substring(start, end))) {
                findings.add(new Finding(start, end, EntityTypes.EMAIL_ADDRESS, FindingCategory.PERSONAL_DATA,
                        id(), 0.9));
            }
        }
    }

    private static boolean isValidAddress(String address) {
        int at = address.lastIndexOf('@');
        if (at > MAX_LOCAL_PART) {
            return false;
        }
        String domain = address.substring(at + 1);
        if (domain.length() > MAX_DOMAIN) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= domain.length(); i++) {
            if (i == domain.length() || domain.charAt(i) == '.') {
                if (i - labelStart > MAX_LABEL) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return true;
    }
}
