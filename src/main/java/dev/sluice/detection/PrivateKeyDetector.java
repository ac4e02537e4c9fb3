package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds PEM private keys from the {@code -----BEGIN ... PRIVATE KEY-----} header through the matching END line.
 * The body may be multi-line, flattened to one line with spaces, or JSON-escaped with literal {@code \n}
 * sequences. A header without an END line still counts, and the span then ends after the last body char.
 */
final class PrivateKeyDetector implements Detector {

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN[ A-Z0-9]*PRIVATE KEY-----");
    private static final Pattern END = Pattern.compile("-----END[ A-Z0-9]*PRIVATE KEY-----");
    private static final String END_PREFIX = "-----END";

    @Override
    public String id() {
        return "private-key";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every match starts with the BEGIN line.
        return profile.contains("-----BEGIN");
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.contains(TriggerWords.PRIVATE_KEY_BEGIN);
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (!text.contains("PRIVATE KEY-----")) {
            return;
        }
        Matcher begin = BEGIN.matcher(text);
        int searchFrom = 0;
        while (searchFrom < text.length() && begin.find(searchFrom)) {
            int start = begin.start();
            int end = bodyEnd(text, begin.end());
            findings.add(new Finding(start, end, EntityTypes.PRIVATE_KEY, FindingCategory.SECRET, id(), 1.0,
                    "pem-armor"));
            searchFrom = end;
        }
    }

    /**
     * Returns the end of the key: after the END line when the body reaches one, otherwise after the last
     * non-space body char. Body chars are base64, whitespace, backslash escapes and the "Proc-Type: 4,ENCRYPTED"
     * style headers of encrypted keys.
     */
    private static int bodyEnd(String text, int headerEnd) {
        int lastContent = headerEnd;
        int i = headerEnd;
        while (i < text.length()) {
            if (text.startsWith(END_PREFIX, i)) {
                Matcher end = END.matcher(text.substring(i, Math.min(text.length(), i + 64)));
                if (end.lookingAt()) {
                    return i + end.end();
                }
                return lastContent;
            }
            char c = text.charAt(i);
            if (!isBodyChar(c)) {
                break;
            }
            i++;
            if (!Character.isWhitespace(c) && !isEscapedLineBreak(text, i)) {
                lastContent = i;
            }
        }
        return trimEscapedLineBreaks(text, headerEnd, lastContent);
    }

    private static boolean isBodyChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '+' || c == '/' || c == '=' || c == '\\' || c == ':'
                || c == ',' || c == '-' || Character.isWhitespace(c);
    }

    /** Returns whether the chars just before {@code index} are a literal backslash escape such as "\n". */
    private static boolean isEscapedLineBreak(String text, int index) {
        return index >= 2 && text.charAt(index - 2) == '\\' && (text.charAt(index - 1) == 'n' || text.charAt(index - 1) == 'r');
    }

    private static int trimEscapedLineBreaks(String text, int headerEnd, int end) {
        int trimmed = end;
        while (trimmed - 1 > headerEnd && text.charAt(trimmed - 1) == '\\') {
            trimmed--;
        }
        return trimmed;
    }
}
