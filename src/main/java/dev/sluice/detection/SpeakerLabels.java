package dev.sluice.detection;

import java.util.List;

/**
 * Finds the speaker names of chat transcripts: a name at the start of a line followed by a colon ("Alice: hi"),
 * or a role with the name in parentheses ("Customer (Jane Doe): ..."). A line is examined only when it starts
 * with a capital letter, after spaces and tabs, and the first char after it that no label contains is a colon.
 * The check and the examination each read a line only from its start to about the colon that ends its label, so
 * the scan stays linear in the text length.
 */
final class SpeakerLabels {

    private static final int MAX_LABEL_CHARS = 80;
    // A label contains at most the spaces of a name, and one more between a role and the parenthesis after it.
    private static final int MAX_LABEL_SPACES = LatinNames.MAX_SPACES + 1;

    // The ASCII chars that a label may contain before its colon, as bits: letters, the spaces between its words,
    // the parentheses around a name, the '.' of an initial, and the apostrophe and hyphen inside a word.
    private static final long LABEL_CHARS_BELOW_64 = bits(" ().'-", 0);
    private static final long LABEL_CHARS_FROM_64 = bits("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 64);

    private SpeakerLabels() {
    }

    /**
     * Appends {start, end} of every speaker name in parentheses to {@code strong}, and of every speaker name before
     * a colon that is a known first name to {@code known}, in text order.
     */
    static void find(String text, NameDictionary names, List<int[]> strong, List<int[]> known) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            if (mayStartLabel(text, lineStart)) {
                examineLine(text, lineStart, names, strong, known);
            }
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
    }

    /**
     * Returns false when {@link #examineLine} finds nothing at {@code lineStart}, reading only the start of the line.
     * A label starts, after spaces and tabs, with a capital letter, and all its chars up to the colon that ends it
     * are label chars ({@link #isLabelChar}), with at most {@value #MAX_LABEL_SPACES} spaces among them. So unless
     * the first char that is not a label char is a colon, and no more spaces come before it, the line contains no
     * label.
     */
    static boolean mayStartLabel(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && i - lineStart < MAX_LABEL_CHARS && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || !Character.isUpperCase(text.codePointAt(i))) {
            return false;
        }
        int spaces = 0;
        int end = i;
        while (end < text.length() && isLabelChar(text.charAt(end))) {
            if (LatinNames.isSpace(text, end) && ++spaces > MAX_LABEL_SPACES) {
                return false;
            }
            end++;
        }
        return end < text.length() && text.charAt(end) == ':';
    }

    /**
     * Returns whether {@code c} may occur in a label before its colon. Besides the ASCII chars, those are the
     * letters, capitals and non-spacing marks of {@link LatinNames#wordEnd}, the no-break space between words,
     * the apostrophe '’' and both halves of a surrogate pair, which may encode a letter.
     */
    private static boolean isLabelChar(char c) {
        if (c < 64) {
            return (LABEL_CHARS_BELOW_64 & (1L << c)) != 0;
        }
        if (c < 128) {
            return (LABEL_CHARS_FROM_64 & (1L << (c - 64))) != 0;
        }
        return c == '\u00A0' || c == '’' || Character.isSurrogate(c) || Character.isLetter(c)
                || Character.isUpperCase(c) || Character.getType(c) == Character.NON_SPACING_MARK;
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

    private static long bits(String chars, int offset) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            bits |= 1L << (chars.charAt(i) - offset);
        }
        return bits;
    }
}
