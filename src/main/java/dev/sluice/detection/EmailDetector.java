package dev.sluice.detection;

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
        detect(text, findings, EmailDetector::forEachCandidate);
    }

    /** Finds addresses among the pattern matches that {@code candidates} reports. */
    void detect(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (matchStart, matchEnd) -> {
            int at = text.lastIndexOf('@', matchEnd - 1);
            int start = localPartStart(text, matchStart, at);
            int end = domainEnd(text, at, matchEnd);
            if (end < 0) {
                return;
            }
            // A domain glued to more word chars (a label longer than the pattern allows, or "@a.bc_d") is not
            // an address boundary, unless the domain was cut at a change from Latin to Kana or Han.
            if (end == matchEnd && TextChars.wordCharAt(text, end)) {
                return;
            }
            if (isValidAddress(text.substring(start, end))) {
                findings.add(new Finding(start, end, EntityTypes.EMAIL_ADDRESS, FindingCategory.PERSONAL_DATA,
                        id(), 0.9));
            }
        });
    }

    /**
     * Reports the matches of {@link #EMAIL} that a {@code find()} loop over the whole text reports. The pattern
     * runs only on the maximal run of possible address chars around each '@', and a char scan replaces it on
     * runs of ASCII chars. Every non-ASCII char counts as a run char, so the run never depends on how the JDK
     * and RE2/J classify Unicode letters, marks and digits.
     */
    static void forEachCandidate(String text, CandidateSpans.Consumer consumer) {
        int length = text.length();
        int from = 0;
        while (from < length) {
            int at = text.indexOf('@', from);
            if (at < 0) {
                return;
            }
            boolean ascii = true;
            int runStart = at;
            while (runStart > from && isRunChar(text.charAt(runStart - 1))) {
                runStart--;
                ascii &= text.charAt(runStart) < 0x80;
            }
            int runEnd = at + 1;
            while (runEnd < length && isRunChar(text.charAt(runEnd))) {
                ascii &= text.charAt(runEnd) < 0x80;
                runEnd++;
            }
            if (ascii) {
                AsciiEmailCandidates.findAll(text, runStart, runEnd, consumer);
            } else {
                CandidateSpans.findAll(EMAIL, text, runStart, runEnd, consumer);
            }
            from = runEnd;
        }
    }

    /**
     * Returns whether {@code c} may occur in a match of {@link #EMAIL}: an ASCII letter or digit, one of
     * "_#$%&*+?^~-.@", or any non-ASCII char.
     */
    private static boolean isRunChar(char c) {
        if (c >= 0x80 || TextChars.isAsciiAlphanumeric(c)) {
            return true;
        }
        return switch (c) {
            case '_', '#', '$', '%', '&', '*', '+', '?', '^', '~', '-', '.', '@' -> true;
            default -> false;
        };
    }

    /**
     * Returns where the local part starts once Japanese text written before it without a space is left out:
     * after the last Kana or Han letter that is followed by a Latin letter, an ASCII digit or '_'. So
     * "メールアドレスはm.weber@…" starts at "m", while "やまだ@…" stays whole.
     */
    // NOTE: a Kana or Han local part glued to Japanese text before it ("宛先はやまだ@例え.テスト") has no script
    // change to cut at, so the span takes in "宛先は".
    static int localPartStart(String text, int start, int at) {
        int localStart = start;
        int i = start;
        while (i < at) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (next < at && isKanaOrHan(codePoint) && startsLatinWord(text.codePointAt(next))) {
                localStart = next;
            }
            i = next;
        }
        return localStart;
    }

    /**
     * Returns where the domain ends when its top-level label starts with Latin letters and runs on into Kana
     * or Han ("example.comです"), or {@code end} otherwise. Japanese text written after the address without a
     * space is thereby left out. Returns -1 when fewer than two Latin letters remain for the top-level label.
     */
    static int domainEnd(String text, int at, int end) {
        int lastDot = text.lastIndexOf('.', end - 1);
        if (lastDot <= at || lastDot + 1 >= end || !startsLatinWord(text.codePointAt(lastDot + 1))) {
            return end;
        }
        int i = lastDot + 1;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            if (isKanaOrHan(codePoint)) {
                return i - lastDot - 1 >= 2 ? i : -1;
            }
            i += Character.charCount(codePoint);
        }
        return end;
    }

    private static boolean isKanaOrHan(int codePoint) {
        // Most domains are ASCII, and the script lookup below is a search in the JDK's script table.
        if (codePoint < 0x80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || codePoint == '\u30FC';
    }

    private static boolean startsLatinWord(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN
                || (codePoint >= '0' && codePoint <= '9') || codePoint == '_';
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
