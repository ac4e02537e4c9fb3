package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Finds Brazilian CPF numbers: eleven digits, written {@code 000.000.000-00} or without separators, whose last
 * two digits are mod-11 check digits of the digits before them. A number without separators also needs the word
 * "CPF" in the {@value #CONTEXT_CHARS} chars before it, because eleven-digit order and phone numbers pass the
 * two checks once in a hundred. Eleven equal digits pass the checks and are rejected.
 */
final class BrCpfDetector extends ChecksumIdDetector {

    private static final Pattern CPF = Pattern.compile("[0-9]{3}(\\.?)[0-9]{3}(\\.?)[0-9]{3}(-?)[0-9]{2}");
    private static final int CONTEXT_CHARS = 40;
    private static final int CPF_DIGITS = 11;
    private static final int[] DOTTED_GROUPS = {3, 3, 3};
    private static final int DASH_OFFSET = 11;
    private static final int CHECK_DIGITS = 2;

    BrCpfDetector() {
        super("br-cpf", EntityTypes.BR_CPF, CPF, CPF_DIGITS, 14, "mod11",
                new ContextWords(CONTEXT_CHARS, "cpf"), ContextRule.UNGROUPED, DIGITS);
    }

    @Override
    int minDigits() {
        return CPF_DIGITS;
    }

    /**
     * Tests for the only two layouts that {@link #hasValidLayout} accepts: eleven digits, or
     * {@code 000.000.000-00}.
     */
    @Override
    boolean mayStartAt(String text, int start) {
        if (digitsAt(text, start, CPF_DIGITS)) {
            return true;
        }
        int dash = start + DASH_OFFSET;
        return digitGroupsAt(text, start, DOTTED_GROUPS, ".") && dash < text.length() && text.charAt(dash) == '-'
                && digitsAt(text, dash + 1, CHECK_DIGITS);
    }

    /** Accepts the full {@code 000.000.000-00} layout or none of its separators. */
    @Override
    boolean hasValidLayout(Matcher matcher) {
        boolean dotted = matcher.group(1).equals(".") && matcher.group(2).equals(".") && matcher.group(3).equals("-");
        boolean bare = matcher.group(1).isEmpty() && matcher.group(2).isEmpty() && matcher.group(3).isEmpty();
        return dotted || bare;
    }

    @Override
    boolean isValid(String matched) {
        String digits = compact(matched);
        return !isRepeatedDigit(digits)
                && digits.charAt(9) - '0' == checkDigit(digits, 9)
                && digits.charAt(10) - '0' == checkDigit(digits, 10);
    }

    /** Returns the check digit of the first {@code count} digits, with weights count + 1 down to 2. */
    static int checkDigit(String digits, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (digits.charAt(i) - '0') * (count + 1 - i);
        }
        int check = sum * 10 % 11;
        return check == 10 ? 0 : check;
    }
}
