package dev.sluice.redaction.operator;

/**
 * Masks the letters and digits of a value except the first {@code keepFirst} and the last {@code keepLast} of them,
 * and keeps separators where they are: {@code 4111 1111 1111 1234} becomes {@code **** **** **** 1234} with
 * {@code keepLast} 4. Works on code points, so an astral char is masked by one mask char. A value with no more
 * letters and digits than the kept ones is masked whole, so a short value is never shown in full.
 */
public final class PartialMaskOperator implements Operator {

    private final int keepFirst;
    private final int keepLast;
    private final int maskCodePoint;

    public PartialMaskOperator(int keepFirst, int keepLast, int maskCodePoint) {
        if (keepFirst < 0 || keepLast < 0) {
            throw new IllegalArgumentException("keep_first and keep_last must be 0 or more, got " + keepFirst + " and "
                    + keepLast);
        }
        this.keepFirst = keepFirst;
        this.keepLast = keepLast;
        this.maskCodePoint = maskCodePoint;
    }

    @Override
    public String apply(String value, String entityType, RecordScope record) {
        int significant = (int) value.codePoints().filter(Character::isLetterOrDigit).count();
        boolean maskAll = significant <= keepFirst + keepLast;
        StringBuilder masked = new StringBuilder(value.length());
        int index = 0;
        for (int offset = 0; offset < value.length(); ) {
            int codePoint = value.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (!Character.isLetterOrDigit(codePoint)) {
                masked.appendCodePoint(codePoint);
                continue;
            }
            boolean unmasked = !maskAll && (index < keepFirst || index >= significant - keepLast);
            masked.appendCodePoint(unmasked ? codePoint : maskCodePoint);
            index++;
        }
        return masked.toString();
    }
}
