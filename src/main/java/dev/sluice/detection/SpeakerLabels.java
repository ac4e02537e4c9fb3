package dev.sluice.detection;

import java.util.List;

/**
 * Finds the speaker names of chat transcripts: a name at the start of a line followed by a colon ("Alice: hi"),
 * or a role with the name in parentheses ("Customer (Jane Doe): ..."). Only the starts of lines that contain a
 * colon are examined, each within {@value #MAX_LABEL_CHARS} chars, so the scan is linear in the text length. A
 * line without a colon cannot hold a label, because neither spaces nor a name contain a line break.
 */
final class SpeakerLabels {

    private static final int MAX_LABEL_CHARS = 80;

    private SpeakerLabels() {
    }

    /**
     * Appends {start, end} of every speaker name in parentheses to {@code strong}, and of every speaker name before
     * a colon that is a known first name to {@code known}.
     */
    static void find(String text, NameDictionary names, List<int[]> strong, List<int[]> known) {
        int colon = text.indexOf(':');
        int lineStart = 0;
        while (colon >= 0 && lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (colon < lineStart) {
                colon = text.indexOf(':', lineStart);
            }
            if (colon >= 0 && colon < lineEnd) {
                examineLine(text, lineStart, names, strong, known);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
    }

    /**
     * Appends the speaker name of the line that starts at {@code lineStart}, if it has one, as {@link #find} does.
     * Package-private so that a test can examine every line and compare.
     */
    static void examineLine(String text, int lineStart, NameDictionary names, List<int[]> strong,
            List<int[]> known) {
        int i = lineStart;
        while (i < text.length() && i - lineStart < MAX_LABEL_CHARS && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        int roleEnd = LatinNames.wordEnd(text, i);
        if (roleEnd > 0 && roleEnd + 1 < text.length() && text.charAt(roleEnd) == ' '
                && text.charAt(roleEnd + 1) == '(') {
            LatinNames.Name inner = LatinNames.read(text, roleEnd + 2);
            if (inner != null && inner.end() + 1 < text.length() && text.charAt(inner.end()) == ')'
                    && text.charAt(inner.end() + 1) == ':') {
                strong.add(new int[] {inner.start(), inner.end()});
            }
            return;
        }
        LatinNames.Name label = LatinNames.read(text, i);
        if (label != null && label.end() < text.length() && text.charAt(label.end()) == ':'
                && names.isFirstName(label.first()) && !NameWords.isAmbiguous(label.first())) {
            known.add(new int[] {label.start(), label.end()});
        }
    }
}
