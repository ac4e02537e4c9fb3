package dev.sluice.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds web URLs with a scheme ({@code http}, {@code https}, {@code ftp}, {@code ftps}, {@code ws}, {@code wss}):
 * from the scheme to the first white space, quote or angle bracket, without trailing sentence punctuation, and with a
 * closing parenthesis only when the URL opened one. The scan starts at each {@code ://} and never goes back past the
 * end of the previous URL, so a long token without breaks is read once.
 *
 * <p>URL findings score {@value #SCORE}, below the default threshold of 0.5, so they are reported only when the
 * operator lowers the threshold of detector {@code url}. Prompts and model responses cite public pages all the time, and
 * masking every link would take much of their value away. The sensitive parts of URLs have their own detectors, which
 * are always on: passwords in user info ({@code PASSWORD}), internal host names ({@code INTERNAL_HOST}) and tokens in
 * query strings (JWT, SAS and vendor tokens).
 */
final class UrlDetector implements Detector {

    static final double SCORE = 0.4;

    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps", "ws", "wss");
    private static final int MAX_SCHEME_CHARS = 5;
    private static final String SEPARATOR = "://";

    @Override
    public String id() {
        return "url";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.colons() > 0;
    }

    /** Returns false when the text has no "://", where every URL's scan starts. */
    @Override
    public boolean mayMatch(ScanContext context) {
        return context.contains(TriggerWords.URL_SCHEME_END);
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        int scannedUpTo = 0;
        for (int at = text.indexOf(SEPARATOR); at >= 0; at = text.indexOf(SEPARATOR, Math.max(at + 1, scannedUpTo))) {
            int start = schemeStart(text, at, scannedUpTo);
            if (start < 0) {
                continue;
            }
            int end = urlEnd(text, at + SEPARATOR.length());
            scannedUpTo = end;
            if (end > at + SEPARATOR.length()) {
                findings.add(new Finding(start, end, EntityTypes.URL, FindingCategory.PERSONAL_DATA, id(), SCORE));
            }
        }
    }

    /** Returns where the scheme before {@code separator} starts, or -1 if no known scheme is there as a word of its own. */
    private static int schemeStart(String text, int separator, int floor) {
        int start = separator;
        while (start > floor && separator - start < MAX_SCHEME_CHARS && TextChars.isAsciiLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == separator || TextChars.asciiAlphanumericAt(text, start - 1)) {
            return -1;
        }
        return SCHEMES.contains(text.substring(start, separator).toLowerCase(Locale.ROOT)) ? start : -1;
    }

    /** Returns the end of the URL whose authority starts at {@code from}. */
    private static int urlEnd(String text, int from) {
        int end = from;
        int openParentheses = 0;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            char c = text.charAt(end);
            if (c == '(') {
                openParentheses++;
            } else if (c == ')') {
                if (openParentheses == 0) {
                    break;
                }
                openParentheses--;
            }
            end++;
        }
        while (end > from && isTrailingPunctuation(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isUrlChar(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '"' && c != '<' && c != '>'
                && c != '`' && c != '\'' && c != '|' && c != '{' && c != '}' && c != '\\' && c != '^'
                && c != '\u3001' && c != '\u3002' && c != '\uff0c';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ']' || c == '*';
    }
}
