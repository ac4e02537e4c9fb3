package dev.sluice.redaction.operator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a value that keyed operators work on, so that the same value written two ways gets the same
 * pseudonym: NFKC, lower case, no white space, and for number-like values (more digits than letters) no separators
 * either. So "+1 (312) 555-0187" and "+13125550187" are one value, and so are "Ana.Silva@Example.com" and
 * "ana.silva@example.com", while "ana.silva" and "anasilva" stay two.
 */
final class CanonicalValue {

    private CanonicalValue() {
    }

    static String of(String value) {
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        boolean numberLike = countDigits(normalized) > countLetters(normalized);
        StringBuilder canonical = new StringBuilder(normalized.length());
        for (int offset = 0; offset < normalized.length(); ) {
            int codePoint = normalized.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                continue;
            }
            if (numberLike && isSeparator(codePoint)) {
                continue;
            }
            canonical.appendCodePoint(codePoint);
        }
        return canonical.toString();
    }

    private static boolean isSeparator(int codePoint) {
        return codePoint == '-' || codePoint == '.' || codePoint == '(' || codePoint == ')' || codePoint == '/'
                || codePoint == ':';
    }

    private static long countDigits(String text) {
        return text.codePoints().filter(Character::isDigit).count();
    }

    private static long countLetters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
