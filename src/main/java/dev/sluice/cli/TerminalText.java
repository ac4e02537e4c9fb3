package dev.sluice.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes characters from record data that could change how a terminal shows the output: C0 and C1 control
 * characters (including ESC, which starts terminal control sequences), DEL, line and paragraph separators, and the
 * Unicode bidirectional controls that reorder displayed text. Each one is shown as {@code \}{@code uXXXX}.
 */
final class TerminalText {

    private static final int DEL = 0x7F;
    private static final int C1_END = 0x9F;

    private TerminalText() {
    }

    /** Returns {@code text} with every unsafe character replaced by its {@code \}{@code uXXXX} escape. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(unicodeEscape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns whether {@code c} is a control, separator or bidirectional formatting character. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= DEL && c <= C1_END)
                || c == '\u2028' || c == '\u2029'
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04X", (int) c);
    }

    /** Jackson escapes that write the unsafe characters as JSON {@code \}{@code uXXXX} escapes. */
    static final class JsonEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] asciiEscapes;

        JsonEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes[DEL] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch > Character.MAX_VALUE || !isUnsafe((char) ch)) {
                return null;
            }
            return new SerializedString(unicodeEscape((char) ch));
        }
    }
}
