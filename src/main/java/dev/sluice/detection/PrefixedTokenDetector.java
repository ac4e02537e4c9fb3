package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Base of the detectors for vendor tokens that start with a fixed literal prefix, such as {@code npm_}. The scan
 * looks for each prefix with {@link String#indexOf(String, int)} and runs the token pattern anchored there, on a
 * window no longer than the longest token, so a text without the prefix costs one char search per prefix.
 *
 * <p>A token must not continue an ASCII word: no ASCII letter, digit or underscore may come right before the
 * prefix, and no char of {@link #continuesToken} may follow the match, so a token glued inside a longer one is not
 * reported. Letters of other scripts may touch a token, as in Japanese text ("トークンhf_...を失効").
 */
abstract class PrefixedTokenDetector implements Detector {

    private static final double SCORE = 0.95;

    private final String id;
    private final String entityType;
    private final List<String> prefixes;
    private final Pattern token;
    private final int maxChars;
    // The trigger words of the prefixes, in the same order, or null when one of them is not registered.
    private final List<TriggerWord> prefixWords;

    /**
     * A detector reporting {@code entityType} for each match of {@code token} that starts with one of
     * {@code prefixes}; {@code maxChars} is at least the longest match of {@code token}.
     */
    PrefixedTokenDetector(String id, String entityType, List<String> prefixes, Pattern token, int maxChars) {
        this.id = id;
        this.entityType = entityType;
        this.prefixes = List.copyOf(prefixes);
        this.token = token;
        this.maxChars = maxChars;
        this.prefixWords = triggerWords(prefixes);
    }

    private static List<TriggerWord> triggerWords(List<String> prefixes) {
        List<TriggerWord> words = new java.util.ArrayList<>();
        for (String prefix : prefixes) {
            TriggerWord word = TriggerWords.exactWord(prefix);
            if (word == null) {
                return null;
            }
            words.add(word);
        }
        return TriggerWordList.of(words);
    }

    /** Returns whether the engine's path takes the prefixes from the trigger words of the context. */
    final boolean usesTriggerWords() {
        return prefixWords != null;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        for (String prefix : prefixes) {
            if (profile.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns false when the context found none of the prefixes, or when {@link #mayMatchWithPrefix} rules the
     * text out. Without registered prefixes it applies {@link #mayMatch(TextProfile)}, which searches the text.
     */
    @Override
    public final boolean mayMatch(ScanContext context) {
        if (prefixWords == null) {
            return mayMatch(context.profile());
        }
        return context.containsAny(prefixWords) && mayMatchWithPrefix(context);
    }

    /**
     * Returns false only if {@code context}, whose text contains a prefix, proves that {@link #detect} finds
     * nothing there, as the checks that a subclass adds to {@link #mayMatch(TextProfile)} would. The default
     * never rules a text out.
     */
    boolean mayMatchWithPrefix(ScanContext context) {
        return true;
    }

    @Override
    public final void detect(String text, List<Finding> findings) {
        for (String prefix : prefixes) {
            int from = 0;
            for (int start = text.indexOf(prefix); start >= 0; start = text.indexOf(prefix, from)) {
                int end = tokenAt(text, start, findings);
                from = end < 0 ? start + 1 : end;
            }
        }
    }

    /** Tries the offsets where the context found each prefix, in place of an indexOf search per prefix. */
    @Override
    public final void detect(ScanContext context, List<Finding> findings) {
        if (prefixWords == null) {
            detect(context.text(), findings);
            return;
        }
        for (TriggerWord prefix : prefixWords) {
            int from = 0;
            for (int start : context.occurrences(prefix)) {
                if (start < from) {
                    continue;
                }
                int end = tokenAt(context.text(), start, findings);
                from = end < 0 ? start + 1 : end;
            }
        }
    }

    /** Adds the token that starts at {@code start} and returns its end, or returns -1 when none starts there. */
    private int tokenAt(String text, int start, List<Finding> findings) {
        if (isTokenChar(text, start - 1)) {
            return -1;
        }

        int end = CandidateSpans.matchEndAt(token, text, start, maxChars);
        if (end < 0 || continuesToken(text, end) || !isValid(text, start, end)) {
            return -1;
        }

        findings.add(new Finding(start, end, entityType, FindingCategory.SECRET, id, SCORE, validator(),
                contextWord(text, start)));
        return end;
    }

    /**
     * Returns whether the char at {@code end} would continue the token, so the match is part of a longer word.
     * The default rejects an ASCII letter or digit, '_' or '-'.
     */
    boolean continuesToken(String text, int end) {
        return isTokenChar(text, end) || (end < text.length() && text.charAt(end) == '-');
    }

    /** Returns whether the char at {@code index} exists and is an ASCII letter, digit or underscore. */
    static boolean isTokenChar(String text, int index) {
        return TextChars.asciiAlphanumericAt(text, index) || (index >= 0 && index < text.length()
                && text.charAt(index) == '_');
    }

    /** Returns whether the match {@code text[start, end)} passes the checks beyond the pattern. */
    boolean isValid(String text, int start, int end) {
        return true;
    }

    /** Returns the word near the token that {@link #isValid} requires, or null when it requires none. */
    String contextWord(String text, int start) {
        return null;
    }

    /** Name of the structural check that {@link #isValid} applies, or null when it applies none. */
    String validator() {
        return null;
    }
}
