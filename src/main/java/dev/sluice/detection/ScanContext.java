package dev.sluice.detection;

import java.util.Arrays;
import java.util.List;

/**
 * One string as the detectors see it, with what a single pass over it found: the {@link TextProfile} counts,
 * the maximal runs of ASCII digits, the positions of ':', '-' and '.', and every occurrence of each
 * {@link TriggerWord}. Detectors start their patterns only at these positions, so most of the text is read
 * once, by this pass, and never by a pattern.
 *
 * <p>The pass reads one table entry per char ({@link CharInfo}): the case key, and flags that mark digits,
 * capital letters and separators. Prose has few of those, so most chars take one branch. A
 * filter on three chars ({@link TriggerWords#mayStartWord}) rules out most starts of a trigger word, and the
 * words are compared at the remaining starts after the loop. The occurrences are recorded in one list, so a
 * string without any costs no allocation per word. The same pass can also work out the matching form of the
 * text ({@link #ofMatchingForm}), so most text is not read a second time for it.
 *
 * <p>Immutable after construction, so one context may be read by detectors on several threads.
 */
final class ScanContext {

    private static final int[] NO_POSITIONS = new int[0];
    // The present bits of a text without any trigger word, shared by all of them.
    private static final long[] NO_WORDS = new long[(TriggerWords.count() + Long.SIZE - 1) / Long.SIZE];

    private final String text;
    private final TextProfile profile;
    private final int[] digitRuns;
    private final int digitRunCount;
    private final int[] separators;
    private final int separatorCount;
    // The occurrences of all trigger words in ascending order of start: the start of each and the id of its word.
    private final int[] hitStarts;
    private final int[] hitWords;
    private final int hitCount;
    // Bit i is set when word i occurs.
    private final long[] present;
    private final boolean hasOneCharPersonKeyword;
    private final int longestCapitalRun;

    private ScanContext(Pass pass) {
        this.text = pass.text;
        this.profile = new TextProfile(pass.text, pass.digits, pass.upperCaseLetters, pass.dots, pass.colons,
                pass.hasAt);
        // The pass wrote into buffers of its thread, so the context keeps copies of the used part.
        this.digitRuns = exactCopy(pass.digitRuns, 2 * pass.digitRunCount);
        this.digitRunCount = pass.digitRunCount;
        this.separators = exactCopy(pass.separators, pass.separatorCount);
        this.separatorCount = pass.separatorCount;
        this.hitStarts = exactCopy(pass.hitStarts, pass.hitCount);
        this.hitWords = exactCopy(pass.hitWords, pass.hitCount);
        this.hitCount = pass.hitCount;
        this.present = pass.present;
        this.hasOneCharPersonKeyword = pass.hasOneCharPersonKeyword;
        this.longestCapitalRun = pass.longestCapitalRun;
    }

    private static int[] exactCopy(int[] buffer, int size) {
        return size == 0 ? NO_POSITIONS : Arrays.copyOf(buffer, size);
    }

    /** Scans {@code text} as it is; the detectors are to see exactly this string. */
    static ScanContext of(String text) {
        Pass pass = Pass.run(text, false);
        pass.recordWords();
        return new ScanContext(pass);
    }

    /**
     * Scans the matching form of {@code original} ({@link NormalizedText}) when the pass can work it out on the
     * way, or returns null. It can when the matching form has the same offsets and differs from the original
     * at most by chars replaced one for one ({@link MatchingChars#ONE_FOR_ONE}), with every combining mark in
     * canonical order: that is, when {@link MatchingFormCheck#sameOffsetsForm} finds the form without looking at
     * the words around a char. {@link #text()} is then {@code original} itself or its copy with those chars
     * replaced. For other text (look-alike letters, supplementary code points, chars that NFKC rewrites) the
     * caller builds the form with {@link NormalizedText#of} and scans it with {@link #of}.
     */
    static ScanContext ofMatchingForm(String original) {
        Pass pass = Pass.run(original, true);
        if (pass == null) {
            return null;
        }
        pass.recordWords();
        return new ScanContext(pass);
    }

    /** Returns the text the detectors see: the scanned text, or the matching form made by {@link #ofMatchingForm}. */
    String text() {
        return text;
    }

    TextProfile profile() {
        return profile;
    }

    /** Number of maximal runs of ASCII digits, in text order. */
    int digitRunCount() {
        return digitRunCount;
    }

    /** Start offset of digit run {@code index}; the char before it, if any, is not an ASCII digit. */
    int digitRunStart(int index) {
        return digitRuns[2 * index];
    }

    /** End offset (exclusive) of digit run {@code index}; the char there, if any, is not an ASCII digit. */
    int digitRunEnd(int index) {
        return digitRuns[2 * index + 1];
    }

    /** Number of ':', '-' and '.' chars in the text. */
    int separatorCount() {
        return separatorCount;
    }

    /** Offset of the {@code index}-th ':', '-' or '.' of the text, in text order. */
    int separatorAt(int index) {
        return separators[index];
    }

    /** Returns the length of the longest run of ASCII capital letters in the text, 0 if it has none. */
    int longestCapitalRun() {
        return longestCapitalRun;
    }

    /** Returns whether the text contains a char that is a person keyword alone ({@link CharInfo#PERSON_KEYWORD_CHAR}). */
    boolean containsOneCharPersonKeyword() {
        return hasOneCharPersonKeyword;
    }

    /** Returns whether {@code word} occurs in the text. */
    boolean contains(TriggerWord word) {
        int id = word.id();
        return (present[id >>> 6] & (1L << id)) != 0;
    }

    /** Returns whether any of {@code words} occurs in the text. */
    boolean containsAny(List<TriggerWord> words) {
        if (hitCount == 0) {
            return false;
        }
        if (words instanceof TriggerWordList list) {
            return list.intersects(present);
        }
        for (int i = 0; i < words.size(); i++) {
            if (contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Receives one occurrence of a trigger word: the word's id and its start offset. */
    @FunctionalInterface
    interface OccurrenceVisitor {
        void visit(int wordId, int start);
    }

    /**
     * Calls {@code visitor} for every occurrence of a word of {@code words}, in ascending order of start, reading
     * only the occurrences the pass recorded: a text without any of the words costs a few bit tests.
     */
    void forEachOccurrence(TriggerWordList words, OccurrenceVisitor visitor) {
        if (!containsAny(words)) {
            return;
        }
        for (int i = 0; i < hitCount; i++) {
            if (words.containsId(hitWords[i])) {
                visitor.visit(hitWords[i], hitStarts[i]);
            }
        }
    }

    /** Returns the start offsets of the occurrences of {@code word}, ascending. Overlapping ones are included. */
    int[] occurrences(TriggerWord word) {
        if (!contains(word)) {
            return NO_POSITIONS;
        }
        int id = word.id();
        int count = 0;
        for (int i = 0; i < hitCount; i++) {
            if (hitWords[i] == id) {
                count++;
            }
        }
        int[] starts = new int[count];
        int size = 0;
        for (int i = 0; i < hitCount; i++) {
            if (hitWords[i] == id) {
                starts[size++] = hitStarts[i];
            }
        }
        return starts;
    }

    /** Returns the start offsets of the occurrences of all {@code words}, ascending, without duplicates. */
    int[] occurrences(List<TriggerWord> words) {
        if (!containsAny(words)) {
            return NO_POSITIONS;
        }
        TriggerWordList selected = words instanceof TriggerWordList list ? list : TriggerWordList.of(words);
        int[] starts = new int[hitCount];
        int size = 0;
        for (int i = 0; i < hitCount; i++) {
            if (selected.containsId(hitWords[i])) {
                starts[size++] = hitStarts[i];
            }
        }
        // The pass records the words in order of their start, so a repeated start follows its first occurrence.
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || starts[unique - 1] != starts[i]) {
                starts[unique++] = starts[i];
            }
        }
        return Arrays.copyOf(starts, unique);
    }

    /** The single pass: counts, digit runs, separators and trigger words, in one loop over the chars. */
    private static final class Pass {

        private static final int MAX_KEPT_BUFFER = 1 << 20;
        private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

        // The text the pass read: the original, or its copy with chars replaced one for one.
        private String text;
        // The length of the text. The char buffer the pass reads may be longer.
        private final int length;
        private int digits;
        private int upperCaseLetters;
        private int longestCapitalRun;
        private int dots;
        private int colons;
        private boolean hasAt;
        private boolean hasOneCharPersonKeyword;
        private int[] digitRuns;
        private int digitRunCount;
        private int[] separators;
        private int separatorCount;
        private int[] hitStarts;
        private int[] hitWords;
        private int hitCount;
        private long[] present = NO_WORDS;
        // Whether the pass replaced chars one for one, so that the text it read is a copy.
        private boolean replaced;
        // The state the loop hands to recordWords: the thread's buffers, the chars it read and the starts it found.
        private final Buffers buffers;
        private char[] chars;
        private int[] starts;
        private int startCount;

        private Pass(String text, Buffers buffers) {
            this.text = text;
            this.length = text.length();
            this.buffers = buffers;
            this.digitRuns = buffers.digitRuns;
            this.separators = buffers.separators;
            this.hitStarts = buffers.hitStarts;
            this.hitWords = buffers.hitWords;
        }

        /**
         * Buffers of one thread that every pass on it reuses: the chars of the text, and the positions it records
         * before they are copied to arrays of their exact size. A pass drops its references to them once its
         * words are recorded, so the next pass on the thread may overwrite them. Buffers that grew past
         * {@link #MAX_KEPT_BUFFER} entries are dropped after the pass, so one huge value does not pin its size in
         * memory.
         */
        private static final class Buffers {
            private char[] chars = new char[4096];
            private int[] digitRuns = new int[256];
            private int[] separators = new int[256];
            private int[] hitStarts = new int[64];
            private int[] hitWords = new int[64];
            private int[] starts = new int[4096];

            /** Returns a char array of at least {@code length} chars, the kept one if it is large enough. */
            char[] chars(int length) {
                if (chars.length >= length) {
                    return chars;
                }
                char[] grown = new char[Math.max(length, 2 * chars.length)];
                if (grown.length <= MAX_KEPT_BUFFER) {
                    chars = grown;
                }
                return grown;
            }

            /** Returns an int array of at least {@code length} entries, the kept one if it is large enough. */
            int[] starts(int length) {
                if (starts.length >= length) {
                    return starts;
                }
                int[] grown = new int[Math.max(length, 2 * starts.length)];
                if (grown.length <= MAX_KEPT_BUFFER) {
                    starts = grown;
                }
                return grown;
            }

            /** Keeps the position arrays that {@code pass} grew, unless they grew too large. */
            void keep(Pass pass) {
                digitRuns = kept(digitRuns, pass.digitRuns);
                separators = kept(separators, pass.separators);
                hitStarts = kept(hitStarts, pass.hitStarts);
                hitWords = kept(hitWords, pass.hitWords);
            }

            private static int[] kept(int[] current, int[] used) {
                return used.length <= MAX_KEPT_BUFFER ? used : current;
            }
        }

        /**
         * Reads {@code text} and records where trigger words may start; {@link #recordWords} must follow before
         * the pass is read. With {@code matchingForm} set, it reads the matching form of {@code text} instead, as
         * {@link #ofMatchingForm} describes, or returns null when that form needs {@link NormalizedText#of}.
         *
         * <p>The word comparisons are in another method so that the JIT compiles this loop on its own. When C2
         * inlined them here, the pass ran about a sixth slower in some JVM runs. This method is longer than the
         * 325 bytecodes that C2 inlines at most by default, so it is not inlined into its callers either.
         */
        static Pass run(String text, boolean matchingForm) {
            Buffers buffers = BUFFERS.get();
            Pass pass = new Pass(text, buffers);
            int length = pass.length;
            char[] chars = buffers.chars(length);
            text.getChars(0, length, chars, 0);
            // At most one start per char, so the loop never grows this array.
            int[] starts = buffers.starts(length);
            int startCount = 0;
            int upperCaseLetters = 0;
            int capitalRun = 0;
            int lastCapital = -2;
            int longestCapitalRun = 0;
            int flags = 0;
            int digitRunEnd = 0;
            // The three chars before the current one, nearest last. Before the text they are 0, which starts no
            // word and is not a word char.
            char thirdBefore = 0;
            char secondBefore = 0;
            char previous = 0;

            // The loop only records where a word may start, and the words are compared after it. The loop is then
            // smaller and compiles to faster code (the pass took about a tenth less time on the benchmark corpora),
            // and the comparisons see the matching form, whose chars the loop replaces as it reaches them.
            int i = 0;
            while (i < length) {
                int info = CharInfo.of(chars[i]);
                if (info > CharInfo.KEY_MASK) {
                    // A digit, capital letter, separator, '@' or a char the matching form may change: prose has
                    // few of them.
                    if (info >= CharInfo.MATCHING_FORM_FLAGS && matchingForm) {
                        digitRunEnd = pass.enterMatchingFormAt(chars, i, digitRunEnd);
                        if (digitRunEnd < 0) {
                            buffers.keep(pass);
                            return null;
                        }
                        info = CharInfo.of(chars[i]);
                    }
                    flags |= info;
                    if ((info & CharInfo.DIGIT) != 0) {
                        if (i >= digitRunEnd) {
                            digitRunEnd = pass.addDigitRun(chars, i);
                        }
                    } else if ((info & CharInfo.UPPER_CASE) != 0) {
                        upperCaseLetters++;
                        capitalRun = i == lastCapital + 1 ? capitalRun + 1 : 1;
                        lastCapital = i;
                        longestCapitalRun = Math.max(longestCapitalRun, capitalRun);
                    } else if ((info & CharInfo.SEPARATOR) != 0) {
                        pass.addSeparator(chars[i], i);
                    }
                }

                // The start filter, for this char as it is after any replacement and for the chars without flags
                // after it, most of prose. This inner loop makes no call: when a call above was not inlined, as
                // happened in some JVM runs with chars the matching form changes, the pass ran up to a third slower.
                // A start inside a word is tested against the stricter filter.
                do {
                    char c = chars[i];
                    if (TriggerWords.mayStartWord(secondBefore, previous, c) && i > 1
                            && (!TriggerWord.isAsciiWordChar(thirdBefore)
                                    || TriggerWords.mayStartInsideWord(secondBefore, previous, c))) {
                        starts[startCount++] = i - 2;
                    }
                    thirdBefore = secondBefore;
                    secondBefore = previous;
                    previous = c;
                    i++;
                } while (i < length && CharInfo.of(chars[i]) <= CharInfo.KEY_MASK);
            }

            if (pass.replaced) {
                pass.text = new String(chars, 0, length);
            }
            pass.upperCaseLetters = upperCaseLetters;
            pass.longestCapitalRun = longestCapitalRun;
            pass.hasAt = (flags & CharInfo.AT_SIGN) != 0;
            pass.hasOneCharPersonKeyword = (flags & CharInfo.PERSON_KEYWORD_CHAR) != 0;
            pass.chars = chars;
            pass.starts = starts;
            pass.startCount = startCount;
            return pass;
        }

        /**
         * Compares the words at the starts that {@link #run} recorded and records their occurrences. Then it
         * hands the buffers back to the thread and drops its references to them.
         */
        void recordWords() {
            for (int i = 0; i < startCount; i++) {
                matchWordsAt(chars, starts[i]);
            }
            // The loop looked at each start only once it had read the third char, so the last two chars, which
            // can start only a two-char word, are left.
            if (length >= 2) {
                int lastPairKey = TriggerWords.pair(caseKey(chars[length - 2]), caseKey(chars[length - 1]));
                TriggerWord[] lastPair = TriggerWords.pairWords(lastPairKey);
                if (lastPair != null) {
                    matchWords(lastPair, chars, length - 2);
                }
            }
            buffers.keep(this);
            chars = null;
            starts = null;
        }

        /**
         * Handles the char at {@code index}, which has a matching-form flag, and returns the end of the last digit
         * run, or -1 when the matching form needs {@link NormalizedText#of}. A combining mark in canonical order
         * stays. A char replaced one for one is replaced in {@code chars}; when it becomes a digit right after the
         * last digit run, that run goes on through it and the ASCII digits after it.
         */
        private int enterMatchingFormAt(char[] chars, int index, int digitRunEnd) {
            char c = chars[index];
            int info = CharInfo.of(c);
            if ((info & CharInfo.ONE_FOR_ONE) == 0) {
                boolean markStays = (info & CharInfo.COMBINING_MARK) != 0 && markInCanonicalOrder(chars, index, c);
                return markStays ? digitRunEnd : -1;
            }

            char target = MatchingChars.oneForOneTarget(c);
            chars[index] = target;
            replaced = true;
            if (digitRunCount == 0 || digitRunEnd != index || !TextChars.isAsciiDigit(target)) {
                return digitRunEnd;
            }
            int end = digitEnd(chars, index + 1);
            digitRuns[2 * digitRunCount - 1] = end;
            digits += end - index;
            return end;
        }

        /**
         * Returns what {@link MatchingFormCheck#inCanonicalOrder} returns for the mark {@code mark} at
         * {@code index}, read from the pass's chars. The char before the mark has the original's combining class,
         * because a replaced char and its replacement both have class 0, and it is not a surrogate, which ends the
         * pass. At 35 bytecodes, the most that C2 inlines at a rarely seen call, it stays inlined in the loop.
         */
        private static boolean markInCanonicalOrder(char[] chars, int index, char mark) {
            // Math.max lets the JIT prove the read in bounds, so it does not guess that index is never 0.
            int before = MatchingChars.combiningClass(chars[Math.max(index - 1, 0)]);
            return index == 0 || before == 0 || before <= MatchingChars.combiningClass(mark);
        }

        /** Returns the end of the ASCII digits that start at {@code from}, which is {@code from} if there are none. */
        private int digitEnd(char[] chars, int from) {
            int end = from;
            while (end < length && TextChars.isAsciiDigit(chars[end])) {
                end++;
            }
            return end;
        }

        /** Records the maximal digit run that starts at {@code start} and returns its end. */
        private int addDigitRun(char[] chars, int start) {
            int end = digitEnd(chars, start + 1);
            if (2 * digitRunCount + 2 > digitRuns.length) {
                digitRuns = Arrays.copyOf(digitRuns, 2 * digitRuns.length);
            }
            digitRuns[2 * digitRunCount] = start;
            digitRuns[2 * digitRunCount + 1] = end;
            digitRunCount++;
            digits += end - start;
            return end;
        }

        /** Records a ':', '-' or '.' at {@code index} and counts the dots and colons. */
        private void addSeparator(char c, int index) {
            if (separatorCount == separators.length) {
                separators = Arrays.copyOf(separators, 2 * separators.length);
            }
            separators[separatorCount++] = index;
            if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            }
        }

        /** Returns the case key of {@code c} ({@link TriggerWord#caseKey}). */
        private static int caseKey(char c) {
            return CharInfo.of(c) & CharInfo.KEY_MASK;
        }

        /** Records the words that start at {@code start}, which has at least two chars after it. */
        private void matchWordsAt(char[] chars, int start) {
            int firstKey = caseKey(chars[start]);
            int secondKey = caseKey(chars[start + 1]);
            int thirdKey = caseKey(chars[start + 2]);
            TriggerWord[] pairWords = TriggerWords.pairWords(TriggerWords.pair(firstKey, secondKey));
            if (pairWords != null) {
                matchWords(pairWords, chars, start);
            }
            // Past the end, no word of four chars can start here, and 0 lets every shorter word through.
            int fourthKey = start + 3 < length ? caseKey(chars[start + 3]) : 0;
            if (!TriggerWords.mayContinueWord(firstKey, secondKey, thirdKey, fourthKey)) {
                return;
            }
            TriggerWord[] tripleWords = TriggerWords.tripleWords(TriggerWords.triple(firstKey, secondKey, thirdKey));
            if (tripleWords != null) {
                matchWords(tripleWords, chars, start);
            }
        }

        private void matchWords(TriggerWord[] words, char[] chars, int start) {
            for (TriggerWord word : words) {
                if (word.recordedAt(chars, length, start)) {
                    addHit(word.id(), start);
                }
            }
        }

        private void addHit(int wordId, int start) {
            if (hitCount == hitStarts.length) {
                int capacity = 2 * hitCount;
                hitStarts = Arrays.copyOf(hitStarts, capacity);
                hitWords = Arrays.copyOf(hitWords, capacity);
            }
            hitStarts[hitCount] = start;
            hitWords[hitCount] = wordId;
            hitCount++;
            if (present == NO_WORDS) {
                present = new long[NO_WORDS.length];
            }
            present[wordId >>> 6] |= 1L << wordId;
        }
    }

    // Shared digit-run facts for the detectors of long numbers. Computed on first use, so a text that reaches
    // none of them never pays. A race may compute them twice, which is harmless because DigitRunFacts is
    // immutable with final fields, so any thread that reads the reference also reads its contents.
    private DigitRunFacts digitRunFacts;

    /** Returns the facts about the digit runs that several detectors share, computed on the first call. */
    DigitRunFacts digitRunFacts() {
        DigitRunFacts facts = digitRunFacts;
        if (facts == null) {
            facts = DigitRunFacts.of(this);
            digitRunFacts = facts;
        }
        return facts;
    }
}
