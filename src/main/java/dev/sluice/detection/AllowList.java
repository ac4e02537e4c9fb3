package dev.sluice.detection;

import java.util.Locale;

/**
 * Compares allow-list entries with matched text in a form that ignores how the value was written: letter case,
 * white space and the separators - . ( ) / are dropped, so "+1 (202) 555-0100" and "+12025550100" are the same
 * value.
 */
final class AllowList {

    private AllowList() {
    }

    static String canonical(String value) {
        StringBuilder canonical = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '.' && c != '('
                    && c != ')' && c != '/') {
                canonical.append(c);
            }
        }
        return canonical.toString().toLowerCase(Locale.ROOT);
    }
}
