package dev.sluice.detection;

import java.util.Arrays;

/**
 * Builds the matching form of a string that {@link MatchingFormCheck} found not to be in it, with the span of the
 * original text behind every char of the result.
 *
 * <p>The original is cut into segments at NFKC boundaries ({@code Normalizer2.hasBoundaryBefore}), and a segment
 * also takes in the combining marks, variation selectors and zero-width joiners after it, so a segment is at
 * least a whole code point and a whole combining sequence. Each segment is normalised on its own, which gives
 * the same result as normalising the whole string because no normalisation crosses such a boundary, and every
 * char that comes out of a segment maps to the whole segment. Only a combining sequence longer than
 * {@link #MAX_SEGMENT_LENGTH} is split, and its marks are then reordered within each part only. Chars that {@link MatchingChars#fold} drops leave
 * nothing, so a span around them covers them.
 */
final class MatchingFormBuilder {

    /** Max length of a segment in UTF-16 chars; UAX #15 bounds a stream-safe sequence at 30 non-starters. */
    private static final int MAX_SEGMENT_LENGTH = 32;

    private final String original;
    private char[] chars;
    private int[] starts;
    private int[] ends;
    private int length;
    private boolean hasConfusable;

    private MatchingFormBuilder(String original) {
        this.original = original;
        int capacity = original.length() + 16;
        this.chars = new char[capacity];
        this.starts = new int[capacity];
        this.ends = new int[capacity];
    }

    /** Returns the matching form of {@code original} with its offset map. */
    static NormalizedText build(String original) {
        MatchingFormBuilder builder = new MatchingFormBuilder(original);
        builder.appendSegments();
        if (builder.hasConfusable) {
            ConfusableLetters.foldMixedScriptWords(builder.chars, builder.length);
        }
        return builder.result();
    }

    private void appendSegments() {
        int textLength = original.length();
        int i = 0;
        while (i < textLength) {
            char c = original.charAt(i);
            if (c < 0x80 && (i + 1 == textLength || original.charAt(i + 1) < 0x80)) {
                append(c, i, i + 1);
                i++;
                continue;
            }
            int end = segmentEnd(i);
            appendSegment(i, end);
            i = end;
        }
    }

    /**
     * Returns the end of the segment that starts at {@code start}. A segment stops after about
     * {@link #MAX_SEGMENT_LENGTH} chars even inside a combining sequence, as in the Stream-Safe Text Format of
     * UAX #15, because canonical reordering of a sequence of n marks can take time in n squared.
     */
    private int segmentEnd(int start) {
        int end = start + Character.charCount(original.codePointAt(start));
        while (end < original.length() && end - start < MAX_SEGMENT_LENGTH) {
            int codePoint = original.codePointAt(end);
            if (MatchingChars.NFKC.hasBoundaryBefore(codePoint) && !MatchingChars.extendsPrevious(codePoint)) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end;
    }

    /**
     * Appends the matching form of the segment {@code original[start, end)}.
     *
     * <p>NOTE: a dropped char between a base and its combining mark ("e", U+200B, U+0301) leaves the two apart in
     * the result, so the result is not always in NFKC there.
     */
    private void appendSegment(int start, int end) {
        char first = original.charAt(start);
        int kind = MatchingChars.kind(first);
        if (end == start + 1 && (kind == MatchingChars.PASS || kind == MatchingChars.CONFUSABLE)) {
            append(first, start, end);
            return;
        }
        String normalized = MatchingChars.NFKC.normalize(original.subSequence(start, end));
        int k = 0;
        while (k < normalized.length()) {
            int codePoint = normalized.codePointAt(k);
            k += Character.charCount(codePoint);
            int folded = MatchingChars.fold(codePoint);
            if (folded == MatchingChars.DROPPED) {
                continue;
            }
            if (Character.isBmpCodePoint(folded)) {
                append((char) folded, start, end);
            } else {
                append(Character.highSurrogate(folded), start, end);
                append(Character.lowSurrogate(folded), start, end);
            }
        }
    }

    private void append(char c, int start, int end) {
        if (length == chars.length) {
            int capacity = chars.length * 2;
            chars = Arrays.copyOf(chars, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        if (c >= 0x80 && ConfusableLetters.latinTarget(c) != ConfusableLetters.NONE) {
            hasConfusable = true;
        }
        chars[length] = c;
        starts[length] = start;
        ends[length] = end;
        length++;
    }

    private NormalizedText result() {
        String text = new String(chars, 0, length);
        if (text.equals(original)) {
            return NormalizedText.sameOffsets(original, original);
        }
        return new NormalizedText(original, text, Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
}
