package dev.sluice.detection;

import java.util.List;

/**
 * A string in matching form, the form the detectors search, with a map from its offsets back to the original.
 *
 * <p>The matching form is the original after these steps, in order:
 * <ol>
 *   <li>NFKC (ICU {@code Normalizer2.getNFKCInstance()}): full-width forms, ligatures such as "ﬁ", circled and
 *       superscript digits, mathematical alphanumerics such as "𝐚", non-breaking and narrow spaces;</li>
 *   <li>default-ignorable code points removed: zero-width space, joiner and non-joiner, soft hyphen, word joiner,
 *       BOM, variation selectors and bidirectional controls;</li>
 *   <li>decimal digits of every script (Arabic-Indic "٠١٢", Devanagari "०१२"...) to ASCII digits, space separators
 *       to ' ', and dash punctuation ("‐‑‒–—") and the minus sign to '-';</li>
 *   <li>letters of Cyrillic, Greek, Armenian, Cherokee, Coptic and Lisu that look like an ASCII letter, inside a
 *       word that also contains a Latin letter, to that ASCII letter ({@link ConfusableLetters}). A word without
 *       any Latin letter keeps its script, so Russian or Greek prose is not folded.</li>
 * </ol>
 *
 * <p>Text that is already in matching form (ASCII, and prose in most scripts that has nothing to fold) costs one
 * pass of {@link MatchingFormCheck} and no copy: {@link #text()} is then the original string itself. Text whose
 * only changes replace one char by one ASCII char (full-width forms, no-break spaces, dashes, digits of other
 * scripts) costs the same pass and a copy made in it, with no offset map.
 *
 * <p>{@link #originalStart} and {@link #originalEnd} take a span of the matching form back to the smallest span
 * of the original that covers it. Such a span never splits a surrogate pair, a combining sequence or an expanded
 * ligature, and covers every removed char that lies between its ends.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalStarts;
    private final int[] originalEnds;

    NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds) {
        this.original = original;
        this.text = text;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    /** Returns {@code text} as the matching form of {@code original}, with every char at its original offset. */
    static NormalizedText sameOffsets(String original, String text) {
        return new NormalizedText(original, text, null, null);
    }

    /** Returns the matching form of {@code original}, which must not be null. */
    public static NormalizedText of(String original) {
        String sameOffsetsForm = MatchingFormCheck.sameOffsetsForm(original);
        if (sameOffsetsForm != null) {
            return sameOffsets(original, sameOffsetsForm);
        }
        return MatchingFormBuilder.build(original);
    }

    /** Returns the original string. */
    public String original() {
        return original;
    }

    /** Returns the matching form, which is {@link #original()} itself when nothing was folded. */
    public String text() {
        return text;
    }

    /** Returns whether the matching form differs from the original. */
    public boolean changed() {
        return !text.equals(original);
    }

    private boolean offsetsMoved() {
        return originalStarts != null;
    }

    /**
     * Returns the offset in the original of the start of a span that starts at {@code start} in the matching
     * form, moved back to the start of the surrogate pair or the combining sequence it falls in.
     *
     * @param start an offset in [0, text().length()]
     */
    public int originalStart(int start) {
        int mapped;
        if (!offsetsMoved()) {
            mapped = start;
        } else {
            mapped = start == text.length() ? original.length() : originalStarts[start];
        }
        return GraphemeEdges.startAtOrBefore(original, mapped);
    }

    /**
     * Returns the offset in the original of the end of a span that ends at {@code end} in the matching form,
     * moved forward past the surrogate pair, combining marks, variation selectors and zero-width joiners it
     * would cut.
     *
     * @param end an offset in [0, text().length()]
     */
    public int originalEnd(int end) {
        int mapped;
        if (!offsetsMoved()) {
            mapped = end;
        } else {
            mapped = end == 0 ? 0 : originalEnds[end - 1];
        }
        return GraphemeEdges.endAtOrAfter(original, mapped);
    }

    /** Returns {@code finding}, whose span indexes the matching form, with its span in the original. */
    public Finding toOriginal(Finding finding) {
        int start = originalStart(finding.start());
        int end = originalEnd(finding.end());
        if (start == finding.start() && end == finding.end()) {
            return finding;
        }
        return finding.withSpan(start, end);
    }

    /** Replaces every finding in {@code findings}, whose spans index the matching form, by {@link #toOriginal}. */
    public void mapToOriginal(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            findings.set(i, toOriginal(findings.get(i)));
        }
    }
}
