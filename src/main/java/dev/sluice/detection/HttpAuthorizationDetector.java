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

    @Override
    public String id() {
        return "http-authorization";
    }

    // No mayMatch override: TextProfile's case-insensitive search costs more than the scan in detect.

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int at = SecretSpans.indexOfIgnoreCase(text, "bearer", 0); at >= 0;
                at = SecretSpans.indexOfIgnoreCase(text, "bearer", at + 1)) {
            findAt(text, at, true, findings);
        }
        for (int at = SecretSpans.indexOfIgnoreCase(text, "basic", 0); at >= 0;
                at = SecretSpans.indexOfIgnoreCase(text, "basic", at + 1)) {
            findAt(text, at, false, findings);
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
                findAt(text, at, true, findings);
            }
        }
        for (int at : context.occurrences(TriggerWords.BASIC)) {
            if (startsWithAsciiB(text, at)) {
                findAt(text, at, false, findings);
            }
        }
    }

    private static boolean startsWithAsciiB(String text, int at) {
        return text.charAt(at) == 'b' || text.charAt(at) == 'B';
    }

    private void findAt(String text, int offset, boolean bearer, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, offset)) {
            return;
        }
        Matcher matcher = (bearer ? BEARER : BASIC).matcher(
                new TextWindow(text, offset, Math.min(text.length(), offset + MAX_MATCH_CHARS)));
        if (!matcher.lookingAt()) {
            return;
        }
        int start = offset + matcher.start(1);
        int end = offset + matcher.end(1);
        if (bearer) {
            end = SecretSpans.trimTrailingDots(text, start, end);
            if (TextChars.wordCharAt(text, offset + matcher.end(1)) || TextChars.countDigits(text, start, end) == 0) {
                return;
            }
            findings.add(new Finding(start, end, EntityTypes.BEARER_TOKEN, FindingCategory.SECRET, id(), 0.85));
        } else if (!TextChars.wordCharAt(text, end) && isUserAndPassword(text.substring(start, end))) {
            findings.add(new Finding(start, end, EntityTypes.BASIC_AUTH, FindingCategory.SECRET, id(), 0.9));
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
