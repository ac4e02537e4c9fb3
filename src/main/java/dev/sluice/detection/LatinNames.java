package dev.sluice.detection;

import java.util.Set;

/**
 * Reads a person's name written in a Latin-based script (or Greek or Cyrillic) at a given offset: one to
 * {@value #MAX_TOKENS} capitalised words separated by single spaces, with surname particles ("van der",
 * "de la") and middle initials ("F.") between them. Every read is bounded by {@value #MAX_TOKENS} words of at
 * most {@value #MAX_TOKEN_CHARS} chars, so the cost per call is constant whatever follows in the text.
 */
final class LatinNames {

    static final int MAX_TOKENS = 4;
    static final int MAX_TOKEN_CHARS = 40;
    /** Maximum number of surname particles between two words of a name. */
    static final int MAX_PARTICLES = 2;
    /**
     * Maximum number of spaces in a name that {@link #read} returns: one before each particle and each word after
     * the first.
     */
    static final int MAX_SPACES = (MAX_TOKENS - 1) * (MAX_PARTICLES + 1);

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "das", "do",
            "dos", "di", "del", "della", "du", "la", "le", "ter", "ten", "bin", "al", "el", "y", "zu");

    /** A name read from the text: its span, its first and second words (second may be null) and its word count. */
    record Name(int start, int end, String first, String second, int words) {
    }

    private LatinNames() {
    }

    /**
     * Reads the name starting exactly at {@code start}, or returns null when no capitalised word starts there.
     * Returns null as well when the first word is one of {@link NameWords#isNeverName}. A later such word ends
     * the name before it.
     */
    static Name read(String text, int start) {
        int firstEnd = wordEnd(text, start);
        if (firstEnd < 0 || isInitial(text, start, firstEnd)) {
            return null;
        }
        String first = text.substring(start, firstEnd);
        if (NameWords.isNeverName(first)) {
            return null;
        }
        int end = firstEnd;
        int readEnd = firstEnd;
        String second = null;
        int words = 1;
        for (int read = 1; read < MAX_TOKENS; read++) {
            int next = nextWordStart(text, readEnd);
            if (next < 0) {
                break;
            }
            int nextEnd = wordEnd(text, next);
            if (nextEnd < 0 || NameWords.isNeverName(text, next, nextEnd)) {
                break;
            }
            readEnd = nextEnd;
            if (isInitial(text, next, nextEnd)) {
                // A middle initial belongs to the name only when a surname follows it.
                continue;
            }
            if (second == null) {
                second = text.substring(next, nextEnd);
            }
            end = nextEnd;
            words++;
        }
        return new Name(start, end, first, second, words);
    }

    /**
     * Returns the start of the next name word after the name ending at {@code end}: after one space, optionally
     * skipping surname particles, each followed by one space. Returns -1 when no capitalised word follows.
     */
    private static int nextWordStart(String text, int end) {
        int i = end;
        for (int particles = 0; particles <= MAX_PARTICLES; particles++) {
            if (!isSpace(text, i) || i + 1 >= text.length()) {
                return -1;
            }
            i++;
            if (Character.isUpperCase(text.codePointAt(i))) {
                return i;
            }
            int particleEnd = lowerCaseWordEnd(text, i);
            if (particleEnd < 0 || !PARTICLES.contains(text.substring(i, particleEnd))) {
                return -1;
            }
            i = particleEnd;
        }
        return -1;
    }

    /**
     * Returns the end of the capitalised word starting at {@code start}: an upper-case letter, then letters,
     * marks and inner apostrophes or hyphens, or an initial such as "F.". Returns -1 when none starts there, when
     * the word is all capitals (an acronym), or when it runs on into digits, an underscore, an '@' or a domain.
     */
    static int wordEnd(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.codePointAt(start))
                || TextChars.wordCharBefore(text, start)) {
            return -1;
        }
        int i = start + Character.charCount(text.codePointAt(start));
        boolean hasLowerCase = false;
        while (i < text.length() && i - start < MAX_TOKEN_CHARS) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                hasLowerCase |= Character.isLowerCase(c);
                i += Character.charCount(c);
            } else if (isJoiner(c) && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i - start >= MAX_TOKEN_CHARS) {
            return -1;
        }
        boolean single = i == start + Character.charCount(text.codePointAt(start));
        if (single && i < text.length() && text.charAt(i) == '.') {
            return i + 1;
        }
        if (!hasLowerCase || runsOn(text, i)) {
            return -1;
        }
        return i;
    }

    private static boolean isInitial(String text, int start, int end) {
        return text.charAt(end - 1) == '.';
    }

    private static boolean runsOn(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        if (TextChars.isAsciiDigit(c) || c == '_' || c == '@') {
            return true;
        }
        return c == '.' && end + 1 < text.length() && TextChars.wordCharAt(text, end + 1);
    }

    private static int lowerCaseWordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && i - start < MAX_TOKEN_CHARS && Character.isLowerCase(text.charAt(i))) {
            i++;
        }
        return i > start ? i : -1;
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /** Returns whether the char at {@code index} is a space or a no-break space. */
    static boolean isSpace(String text, int index) {
        return index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\u00A0');
    }
}
