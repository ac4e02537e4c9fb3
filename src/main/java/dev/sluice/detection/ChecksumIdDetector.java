package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Base of the detectors for national identifiers that carry a check digit or check letter. The scan runs the
 * identifier's pattern anchored at each position that contains one of the identifier's first chars, has no ASCII
 * letter or digit before it, and passes {@link #mayStartAt}. Text without such a start costs one table lookup per
 * char. On the engine's path, identifiers that start with a digit are tried only at the context's digit runs.
 *
 * <p>A match is reported when it does not continue a longer number ({@link NumberBounds#continuesNumber}), its
 * separators are consistent ({@link #hasValidLayout}), it passes the structural check ({@link #isValid}), and a
 * context word precedes it where the {@link ContextRule} demands one.
 */
abstract class ChecksumIdDetector implements Detector {

    /** When a context word must precede a match. */
    enum ContextRule {
        /** The format is distinctive enough on its own. */
        NEVER,
        /** Only a match written without separators needs a context word. */
        UNGROUPED,
        /** Every match needs a context word, because numbers of that shape are common in prose. */
        ALWAYS
    }

    /** First chars of identifiers that start with a digit. */
    static final String DIGITS = "0123456789";

    private static final double SCORE = 0.85;
    private static final int ASCII_CHARS = 128;
    private static final double SCORE_WITH_CONTEXT = 0.9;

    private final String id;
    private final String entityType;
    private final Pattern pattern;
    private final int minChars;
    private final int maxChars;
    private final String validator;
    private final ContextWords context;
    private final ContextRule contextRule;
    private final boolean[] firstChars = new boolean[ASCII_CHARS];
    private final boolean startsWithDigit;

    /**
     * A detector for matches of {@code pattern} that are {@code minChars} to {@code maxChars} chars long and pass
     * the check named {@code validator}. Every match starts with one of the ASCII chars {@code firstChars}.
     * {@code context} may be null only with {@link ContextRule#NEVER}.
     */
    ChecksumIdDetector(String id, String entityType, Pattern pattern, int minChars, int maxChars, String validator,
            ContextWords context, ContextRule contextRule, String firstChars) {
        if (context == null && contextRule != ContextRule.NEVER) {
            throw new IllegalArgumentException("context rule " + contextRule + " needs context words");
        }
        this.id = id;
        this.entityType = entityType;
        this.pattern = pattern;
        this.minChars = minChars;
        this.maxChars = maxChars;
        this.validator = validator;
        this.context = context;
        this.contextRule = contextRule;
        boolean allDigits = true;
        for (int i = 0; i < firstChars.length(); i++) {
            this.firstChars[firstChars.charAt(i)] = true;
            allDigits &= TextChars.isAsciiDigit(firstChars.charAt(i));
        }
        this.startsWithDigit = allDigits;
    }

    @Override
    public final String id() {
        return id;
    }

    /** Returns the length of the shortest match. */
    int minChars() {
        return minChars;
    }

    /** Returns false when the text lacks the digits of an identifier or the context word every match needs. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        if (profile.digits() < minDigits()) {
            return false;
        }
        return contextRule != ContextRule.ALWAYS || context.mayOccurIn(profile);
    }

    /**
     * Returns false when the text lacks the digits of an identifier. Unlike {@link #mayMatch(TextProfile)}, it
     * does not search the whole text for the context words, because {@link #detect(ScanContext, List)} looks for
     * them only before each candidate.
     */
    @Override
    public boolean mayMatch(ScanContext context) {
        if (!startsWithDigit) {
            return mayMatch(context.profile());
        }
        return context.profile().digits() >= minDigits();
    }

    @Override
    public final void detect(String text, List<Finding> findings) {
        int last = text.length() - minChars;
        for (int start = 0; start <= last; start++) {
            if (!mayStartWith(text.charAt(start))) {
                continue;
            }
            int end = matchAt(text, start, findings);
            if (end >= 0) {
                start = end - 1;
            }
        }
    }

    /**
     * Tries only the starts of the context's digit runs when every identifier starts with a digit: a digit with
     * no ASCII letter or digit before it always starts a run. Of those, only the runs that the shared
     * {@link DigitRunFacts} list as having {@link #minDigits} digits within {@code maxChars} chars, or as being
     * at least {@link #minFirstRunDigits} digits long, are tried.
     * Identifiers that start with a letter are tried just before the digit runs of at least {@link #minDigits}
     * digits when {@link #firstDigitOffsets} returns where their first digit is, and otherwise at the offsets
     * that {@link #nextPossibleStart} returns.
     */
    @Override
    public final void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        if (!startsWithDigit) {
            int[] offsets = firstDigitOffsets();
            if (offsets == null) {
                detectAtPossibleStarts(text, findings);
            } else {
                detectBeforeDigitRuns(context, offsets, findings);
            }
            return;
        }
        int last = text.length() - minChars;
        int resumeAt = 0;
        for (int run : candidateRuns(context.digitRunFacts())) {
            int start = context.digitRunStart(run);
            if (start > last) {
                return;
            }
            if (start < resumeAt || !hasDigitsWithin(context, run, start + maxChars, minDigits())) {
                continue;
            }
            int end = matchAt(text, start, findings);
            if (end >= 0) {
                resumeAt = end;
            }
        }
    }

    /**
     * Returns a shared list that contains every run where an identifier that starts with a digit may start.
     * It is the list of runs of at least {@link #minFirstRunDigits} digits when that minimum is high enough
     * for the shared long-run list, which prose rarely fills. Otherwise it is the list of runs with
     * {@link #minDigits} digits within {@code maxChars} chars.
     */
    private int[] candidateRuns(DigitRunFacts facts) {
        if (minFirstRunDigits() >= DigitRunFacts.LONG_RUN_DIGITS) {
            return facts.runsOfAtLeast(minFirstRunDigits());
        }
        return facts.runsWithDigitsWithin(maxChars, minDigits());
    }

    /**
     * Returns whether the digit runs from {@code run} on contain at least {@code needed} digits before
     * {@code limit}. A match starting at the run lies before {@code start + maxChars} and has at least
     * {@link #minDigits} digits, so a run that fails this starts none, and the pattern is not tried there.
     */
    private static boolean hasDigitsWithin(ScanContext context, int run, int limit, int needed) {
        int digits = 0;
        for (int next = run; next < context.digitRunCount() && digits < needed; next++) {
            int runStart = context.digitRunStart(next);
            if (runStart >= limit) {
                break;
            }
            digits += Math.min(context.digitRunEnd(next), limit) - runStart;
        }
        return digits >= needed;
    }

    /**
     * Finds what {@link #detect(String, List)} finds, trying each start {@code run start - offset} for the
     * descending {@code offsets}. Each offset's char before the first digit is a letter or separator, so that
     * digit starts a run, and that run has at least {@link #minDigits} digits.
     */
    private void detectBeforeDigitRuns(ScanContext context, int[] offsets, List<Finding> findings) {
        String text = context.text();
        int last = text.length() - minChars;
        int resumeAt = 0;
        for (int run : context.digitRunFacts().runsOfAtLeast(minDigits())) {
            for (int offset : offsets) {
                int start = context.digitRunStart(run) - offset;
                if (start > last) {
                    return;
                }
                if (start < resumeAt || start < 0) {
                    continue;
                }
                int end = matchAt(text, start, findings);
                if (end >= 0) {
                    resumeAt = end;
                }
            }
        }
    }

    /** Finds what {@link #detect(String, List)} finds, trying only the starts that {@link #nextPossibleStart} returns. */
    private void detectAtPossibleStarts(String text, List<Finding> findings) {
        int last = text.length() - minChars;
        int start = nextPossibleStart(text, 0, last);
        while (start >= 0) {
            int end = matchAt(text, start, findings);
            start = nextPossibleStart(text, end >= 0 ? end : start + 1, last);
        }
    }

    /**
     * Returns the distances from the start of a match to its first digit, in descending order, when every match
     * has a digit at one of them, the char before that digit is never a digit, and the digits from there on
     * number at least {@link #minDigits} before the first char that is not a digit. Returns null by default:
     * identifiers starting with a letter are then tried at {@link #nextPossibleStart}.
     */
    int[] firstDigitOffsets() {
        return null;
    }

    /**
     * Returns the first offset from {@code from} to {@code last} where a match may start, or -1. Every offset
     * skipped must fail {@link #mayStartAt}, the first-char test or the pattern. The default skips nothing.
     */
    int nextPossibleStart(String text, int from, int last) {
        return from <= last ? from : -1;
    }

    /**
     * Adds the identifier that starts at {@code start} and returns its end, or returns -1 when none starts there.
     * The caller guarantees {@code start + minChars <= text.length()}.
     */
    private int matchAt(String text, int start, List<Finding> findings) {
        if (!mayStartWith(text.charAt(start)) || TextChars.asciiAlphanumericAt(text, start - 1)) {
            return -1;
        }
        if (!mayStartAt(text, start) || TextChars.wordCharBefore(text, start)) {
            return -1;
        }

        // Every match needs a context word under ALWAYS, so a window without one is rejected before the pattern.
        String word = null;
        if (contextRule == ContextRule.ALWAYS) {
            word = context.findBefore(text, start);
            if (word == null) {
                return -1;
            }
        }

        Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + maxChars)));
        if (!matcher.lookingAt()) {
            return -1;
        }
        int end = start + matcher.end();
        String matched = text.substring(start, end);
        if (NumberBounds.continuesNumber(text, start, end) || !hasValidLayout(matcher) || !isValid(matched)) {
            return -1;
        }

        if (contextRule != ContextRule.ALWAYS && context != null) {
            word = context.findBefore(text, start);
        }
        boolean grouped = compact(matched).length() != matched.length();
        boolean needsWord = contextRule == ContextRule.ALWAYS || (contextRule == ContextRule.UNGROUPED && !grouped);
        if (needsWord && word == null) {
            return -1;
        }

        double score = word == null ? SCORE : SCORE_WITH_CONTEXT;
        findings.add(new Finding(start, end, entityType, FindingCategory.PERSONAL_DATA, id, score, validator,
                word));
        return end;
    }

    /**
     * Returns whether the pattern matches at {@code start} with separators that {@link #hasValidLayout} accepts,
     * which {@link #mayStartAt} must never rule out. Tests compare the two.
     */
    boolean patternAcceptsLayoutAt(String text, int start) {
        Matcher matcher = pattern.matcher(new TextWindow(text, start, Math.min(text.length(), start + maxChars)));
        return matcher.lookingAt() && hasValidLayout(matcher);
    }

    /** Returns whether a match may start with {@code first}; matches start only with the constructor's chars. */
    boolean mayStartWith(char first) {
        return first < ASCII_CHARS && firstChars[first];
    }

    /**
     * Minimum number of ASCII digits in a match, for the profile check and, for identifiers that start with a
     * digit, for skipping digit runs with fewer digits within the longest match.
     */
    abstract int minDigits();

    /**
     * Minimum length of the digit run that a match starts with, for identifiers that start with a digit. A run
     * that ends before this many digits starts no match. The default, 1, rules out no run. Identifiers whose
     * pattern begins with at least {@value DigitRunFacts#LONG_RUN_DIGITS} digits return that count, so that the
     * scan tries only the few long runs of prose.
     */
    int minFirstRunDigits() {
        return 1;
    }

    /**
     * Cheap test of the first chars of a match at {@code start}, such as the digits of the first group, so that
     * most positions never reach the pattern. It may read {@code minChars} chars without a bounds check, and must
     * check the text length before reading further.
     */
    abstract boolean mayStartAt(String text, int start);

    /** Returns whether the matched text, with its separators, passes the identifier's structural check. */
    abstract boolean isValid(String matched);

    /** Returns whether the separator groups of the match are consistent. The default wants them all equal. */
    boolean hasValidLayout(Matcher matcher) {
        for (int group = 2; group <= matcher.groupCount(); group++) {
            if (!matcher.group(group).equals(matcher.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code matched} without the separators ' ', '-', '.' and '/'. */
    static String compact(String matched) {
        StringBuilder compact = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '/') {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    /** Returns whether every char of {@code digits} is the same, as in 000000000, which some checksums pass. */
    static boolean isRepeatedDigit(String digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the sum of each digit of {@code digits} times the weight at its position. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    static boolean isDigit(String text, int index) {
        return TextChars.digitAt(text, index);
    }

    /**
     * Returns whether digit groups of the lengths {@code groups} start at {@code start}, either all joined
     * directly or all joined by the same one of the {@code separators}. That is the text of every match of a
     * pattern such as {@code [0-9]{3}([ \-]?)[0-9]{3}([ \-]?)[0-9]{4}} whose separator groups are all equal, so
     * a start that fails cannot pass the pattern and the default {@link #hasValidLayout}. The char after the
     * first group decides the layout, because a separator is never a digit.
     */
    static boolean digitGroupsAt(String text, int start, int[] groups, String separators) {
        int at = start + groups[0];
        if (!digitsAt(text, start, groups[0]) || at >= text.length()) {
            return false;
        }
        char next = text.charAt(at);
        boolean separated = separators.indexOf(next) >= 0;
        if (!separated && !TextChars.isAsciiDigit(next)) {
            return false;
        }
        for (int group = 1; group < groups.length; group++) {
            if (separated) {
                if (at >= text.length() || text.charAt(at) != next) {
                    return false;
                }
                at++;
            }
            if (!digitsAt(text, at, groups[group])) {
                return false;
            }
            at += groups[group];
        }
        return true;
    }

    /** Returns whether the {@code count} chars from {@code start} exist and are all ASCII digits. */
    static boolean digitsAt(String text, int start, int count) {
        if (start + count > text.length()) {
            return false;
        }
        for (int i = start; i < start + count; i++) {
            if (!TextChars.isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
