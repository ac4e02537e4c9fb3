package dev.sluice.detection;

/**
 * Character counts of one string, taken in a single pass before any pattern runs. A detector whose pattern needs
 * something the profile lacks (an '@', seven digits, "eyJ") skips the string, so prose without digits or
 * punctuation is never searched by most patterns. Every check is a necessary condition of the pattern it guards,
 * so skipping never loses a finding.
 */
final class TextProfile {

    private final String text;
    private final int digits;
    private final int upperCaseLetters;
    private final int dots;
    private final int colons;
    private final boolean hasAt;

    TextProfile(String text, int digits, int upperCaseLetters, int dots, int colons, boolean hasAt) {
        this.text = text;
        this.digits = digits;
        this.upperCaseLetters = upperCaseLetters;
        this.dots = dots;
        this.colons = colons;
        this.hasAt = hasAt;
    }

    /** Profiles {@code text}, which is already in matching form ({@link NormalizedText}). */
    static TextProfile of(String text) {
        int digits = 0;
        int upperCaseLetters = 0;
        int dots = 0;
        int colons = 0;
        boolean hasAt = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c >= 'A' && c <= 'Z') {
                upperCaseLetters++;
            } else if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            } else if (c == '@') {
                hasAt = true;
            }
        }
        return new TextProfile(text, digits, upperCaseLetters, dots, colons, hasAt);
    }

    /** Number of ASCII digits 0-9. */
    int digits() {
        return digits;
    }

    /** Number of ASCII letters A-Z. */
    int upperCaseLetters() {
        return upperCaseLetters;
    }

    int dots() {
        return dots;
    }

    int colons() {
        return colons;
    }

    boolean hasAt() {
        return hasAt;
    }

    boolean contains(String literal) {
        return text.contains(literal);
    }

    /** Returns whether the text contains {@code lowerCaseAscii} in any mix of ASCII letter case. */
    boolean containsIgnoreCase(String lowerCaseAscii) {
        char first = lowerCaseAscii.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - lowerCaseAscii.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper)
                    && text.regionMatches(true, i, lowerCaseAscii, 0, lowerCaseAscii.length())) {
                return true;
            }
        }
        return false;
    }
}
