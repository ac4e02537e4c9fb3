package dev.sluice.detection;

/**
 * Matching of the credential words and assignment operators of {@link CredentialAssignment} by hand, with the
 * case folding of RE2's {@code (?i)}: an ASCII letter matches either case, 's' also matches 'ſ' (U+017F) and 'k'
 * also matches the Kelvin sign (U+212A).
 */
final class CredentialKeyWords {

    private static final String SEPARATORS = "_.-";

    private CredentialKeyWords() {
    }

    /**
     * Returns the end of {@code keyWord} matched at {@code offset}, or -1. A '?' in the key word stands for an
     * optional '_', '.' or '-', and the first of those that lets the rest match is taken, then none.
     */
    static int matchEnd(String text, int offset, int windowEnd, String keyWord) {
        int optional = keyWord.indexOf('?');
        if (optional < 0) {
            return matchesAt(text, offset, windowEnd, keyWord) ? offset + keyWord.length() : -1;
        }
        String head = keyWord.substring(0, optional);
        String tail = keyWord.substring(optional + 1);
        if (!matchesAt(text, offset, windowEnd, head)) {
            return -1;
        }
        int separator = offset + head.length();
        if (separator < windowEnd && SEPARATORS.indexOf(text.charAt(separator)) >= 0
                && matchesAt(text, separator + 1, windowEnd, tail)) {
            return separator + 1 + tail.length();
        }
        return matchesAt(text, separator, windowEnd, tail) ? separator + tail.length() : -1;
    }

    /** Returns the operator at {@code i} in the pattern's order ":=", "=>", "=", ":", or null. */
    static String operatorAt(String text, int i, int windowEnd) {
        if (i >= windowEnd) {
            return null;
        }
        char next = i + 1 < windowEnd ? text.charAt(i + 1) : 0;
        return switch (text.charAt(i)) {
            case ':' -> next == '=' ? ":=" : ":";
            case '=' -> next == '>' ? "=>" : "=";
            default -> null;
        };
    }

    private static boolean matchesAt(String text, int offset, int windowEnd, String lowerCaseWord) {
        if (offset + lowerCaseWord.length() > windowEnd) {
            return false;
        }
        for (int j = 0; j < lowerCaseWord.length(); j++) {
            if (!foldsTo(text.charAt(offset + j), lowerCaseWord.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean foldsTo(char c, char lowerCase) {
        if (c == lowerCase || c == Character.toUpperCase(lowerCase) && TextChars.isAsciiLetter(lowerCase)) {
            return true;
        }
        return lowerCase == 's' && c == '\u017F' || lowerCase == 'k' && c == '\u212A';
    }
}
