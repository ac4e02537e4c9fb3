package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Finds the credentials of HTTP Authorization headers and of curl-style {@code -H} arguments, and reports the
 * credential only, without the scheme word:
 * <ul>
 *   <li>{@code Bearer <token>}: a token68 value of 16 chars or more that contains a digit, so prose such as
 *       "bearer of the message" is not reported;</li>
 *   <li>{@code Basic <credentials>}: base64 that decodes to printable {@code user:password} with a non-empty
 *       user and password, so "Basic auth" and "basic setup" are not reported.</li>
 * </ul>
 * The scheme word is matched in any letter case, as RFC 9110 defines it.
 */
final class HttpAuthorizationDetector implements Detector {

    // Group 1: the credential after the scheme word and at least one blank.
    private static final Pattern BEARER = Pattern.compile("(?i)bearer[ \\t]+([A-Za-z0-9\\-._~+/]{16,1000}=*)");
    private static final Pattern BASIC = Pattern.compile("(?i)basic[ \\t]+([A-Za-z0-9+/]{4,1000}={0,2})");

    private static final int MAX_MATCH_CHARS = 1100;

    // The scheme word and blanks of BEARER and BASIC. The credential after them is scanned by hand, because
    // RE2J simulates every copy of a counted repetition such as {16,1000} as a state of its NFA, which makes
    // each anchored match cost time in proportion to the repetition count.
    private static final Pattern BEARER_PREFIX = Pattern.compile("(?i)bearer[ \\t]+");
    private static final Pattern BASIC_PREFIX = Pattern.compile("(?i)basic[ \\t]+");
    private static final int MIN_BEARER_CHARS = 16;
    private static final int MIN_BASIC_CHARS = 4;
    private static final int MAX_CREDENTIAL_CHARS = 1000;
    private static final int MAX_BASIC_PADDING = 2;

    @Override
    public String id() {
        return "http-authorization";
    }

    // No mayMatch override: TextProfile's case-insensitive search costs more than the scan in detect.

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int at = SecretSpans.indexOfIgnoreCase(text, "bearer", 0); at >= 0;
                at = SecretSpans.indexOfIgnoreCase(text, "bearer", at + 1)) {
            findAt(text, at, true, findings, false);
        }
        for (int at = SecretSpans.indexOfIgnoreCase(text, "basic", 0); at >= 0;
                at = SecretSpans.indexOfIgnoreCase(text, "basic", at + 1)) {
            findAt(text, at, false, findings, false);
        }
    }

    /** Matches the credential after the scheme word at {@code offset} and adds it when it is valid. */
    @Override
    public boolean mayMatch(ScanContext context) {
        return context.contains(TriggerWords.BEARER) || context.contains(TriggerWords.BASIC);
    }

    /**
     * Finds the same credentials as {@link #detect(String, List)}, at the occurrences of "bearer" and "basic"
     * that the context recorded. Those follow the rule of {@link String#regionMatches(boolean, int, String, int,
     * int)}, and the search here also requires an ASCII 'b' or 'B' first, so the offsets are the same.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        for (int at : context.occurrences(TriggerWords.BEARER)) {
            if (startsWithAsciiB(text, at)) {
                findAt(text, at, true, findings, true);
            }
        }
        for (int at : context.occurrences(TriggerWords.BASIC)) {
            if (startsWithAsciiB(text, at)) {
                findAt(text, at, false, findings, true);
            }
        }
    }

    private static boolean startsWithAsciiB(String text, int at) {
        return text.charAt(at) == 'b' || text.charAt(at) == 'B';
    }

    /**
     * Returns the offsets {start, end} of group 1 of {@link #BEARER} or {@link #BASIC} anchored at {@code offset},
     * or null when the pattern does not match there.
     */
    private static int[] matchCredential(String text, int offset, boolean bearer) {
        Matcher matcher = (bearer ? BEARER : BASIC).matcher(
                new TextWindow(text, offset, Math.min(text.length(), offset + MAX_MATCH_CHARS)));
        if (!matcher.lookingAt()) {
            return null;
        }
        return new int[] {offset + matcher.start(1), offset + matcher.end(1)};
    }

    /**
     * Returns what {@link #matchCredential} returns, matching only the scheme word and blanks with RE2J. The
     * credential class excludes blanks, so the greedy blanks never give chars back to it, and the greedy
     * counted repetition and padding are a plain loop each.
     */
    private static int[] scanCredential(String text, int offset, boolean bearer) {
        int windowEnd = Math.min(text.length(), offset + MAX_MATCH_CHARS);
        Matcher prefix = (bearer ? BEARER_PREFIX : BASIC_PREFIX).matcher(new TextWindow(text, offset, windowEnd));
        if (!prefix.lookingAt()) {
            return null;
        }
        int start = offset + prefix.end();
        int limit = Math.min(windowEnd, start + MAX_CREDENTIAL_CHARS);
        int end = start;
        while (end < limit && (bearer ? isTokenChar(text.charAt(end)) : isBase64Char(text.charAt(end)))) {
            end++;
        }
        if (end - start < (bearer ? MIN_BEARER_CHARS : MIN_BASIC_CHARS)) {
            return null;
        }
        int maxPadding = bearer ? windowEnd - end : Math.min(MAX_BASIC_PADDING, windowEnd - end);
        int padding = 0;
        while (padding < maxPadding && text.charAt(end) == '=') {
            end++;
            padding++;
        }
        return new int[] {start, end};
    }

    /**
     * Returns whether {@code c} is in the token68 class of {@link #BEARER} without '='. Under {@code (?i)} the
     * class also matches 'ſ' and the Kelvin sign, which fold to 's' and 'k'.
     */
    private static boolean isTokenChar(char c) {
        return isBase64Char(c) || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** Returns whether {@code c} is in the base64 class of {@link #BASIC} under {@code (?i)}, as above. */
    private static boolean isBase64Char(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '+' || c == '/' || c == '\u017F' || c == '\u212A';
    }

    private void findAt(String text, int offset, boolean bearer, List<Finding> findings, boolean byScan) {
        if (TextChars.wordCharBefore(text, offset)) {
            return;
        }
        int[] credential = byScan ? scanCredential(text, offset, bearer) : matchCredential(text, offset, bearer);
        if (credential == null) {
            return;
        }
        int start = credential[0];
        int matchEnd = credential[1];
        int end = matchEnd;
        if (bearer) {
            end = SecretSpans.trimTrailingDots(text, start, end);
            if (TextChars.wordCharAt(text, matchEnd) || TextChars.countDigits(text, start, end) == 0) {
                return;
            }
            findings.add(new Finding(start, end, EntityTypes.BEARER_TOKEN, FindingCategory.SECRET, id(), 0.85));
        } else if (!TextChars.wordCharAt(text, end) && isUserAndPassword(text.substring(start, end))) {
            findings.add(new Finding(start, end, EntityTypes.BASIC_AUTH, FindingCategory.SECRET, id(), 0.9,
                    "base64-user-password"));
        }
    }

    /** Returns whether {@code base64} decodes to printable ASCII or UTF-8 {@code user:password}. */
    static boolean isUserAndPassword(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException invalid) {
            return false;
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return false;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }
}
