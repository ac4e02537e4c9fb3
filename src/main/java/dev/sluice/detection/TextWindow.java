package dev.sluice.detection;

/**
 * A read-only view of {@code text[start, end)} that does not copy the chars, so an anchored RE2/J match can
 * start at any offset of a long text. Indices of a match on the view are relative to {@code start}.
 */
final class TextWindow implements CharSequence {

    private final String text;
    private final int start;
    private final int end;

    TextWindow(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("invalid window [" + start + ", " + end + ") of " + text.length());
        }
        this.text = text;
        this.start = start;
        this.end = end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside window of length " + length());
        }
        return text.charAt(start + index);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) {
            throw new IndexOutOfBoundsException("invalid range [" + from + ", " + to + ") of " + length());
        }
        return new TextWindow(text, start + from, start + to);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
