package dev.sluice.detection;

import java.text.Normalizer;

/**
 * Folds Latin letters with diacritics to their base letter, one char for one char ("é" to "e", "Ł" stays "Ł"
 * because it has no canonical decomposition). Because no char is added or removed, every offset into the folded
 * string is the same offset into the original, so dictionary matches on the folded text index the original text.
 * Decomposed input ("e" followed by U+0301) keeps its combining mark, which the dictionary's whole-word check then
 * treats as part of the word.
 */
final class AccentFolding {

    private static final char FIRST = '\u00C0';
    private static final char LAST = '\u024F';
    private static final char EXTENDED_FIRST = '\u1E00';
    private static final char EXTENDED_LAST = '\u1EFF';

    private static final char[] LATIN = table(FIRST, LAST);
    private static final char[] LATIN_EXTENDED_ADDITIONAL = table(EXTENDED_FIRST, EXTENDED_LAST);

    private AccentFolding() {
    }

    /** Returns {@code text} with every foldable char replaced by its base letter, or {@code text} itself if none. */
    static String fold(String text) {
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = fold(c);
            if (base != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = base;
            }
        }
        return folded == null ? text : new String(folded);
    }

    static char fold(char c) {
        if (c < FIRST) {
            return c;
        }
        if (c <= LAST) {
            return LATIN[c - FIRST];
        }
        if (c >= EXTENDED_FIRST && c <= EXTENDED_LAST) {
            return LATIN_EXTENDED_ADDITIONAL[c - EXTENDED_FIRST];
        }
        return c;
    }

    /** Maps each char of the range to the first char of its canonical decomposition if the rest are marks. */
    private static char[] table(char first, char last) {
        char[] table = new char[last - first + 1];
        for (char c = first; c <= last; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean baseAndMarks = decomposed.length() > 1 && decomposed.charAt(0) < FIRST;
            for (int i = 1; baseAndMarks && i < decomposed.length(); i++) {
                baseAndMarks = Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK;
            }
            table[c - first] = baseAndMarks ? decomposed.charAt(0) : c;
        }
        return table;
    }
}
