package dev.sluice.detection;

import java.util.Arrays;
import java.util.List;

/**
 * One string as the detectors see it, with what a single pass over it found: the {@link TextProfile} counts,
 * the maximal runs of ASCII digits, the positions of ':', '-' and '.', and every occurrence of each
 * {@link TriggerWord}. Detectors start their patterns only at these positions, so most of the text is read
 * once, by this pass, and never by a pattern.
 *
 * <p>Immutable after construction, so one context may be read by detectors on several threads.
 */
final class ScanContext {

    private static final int[] NO_POSITIONS = new int[0];
    private static final int INITIAL_CAPACITY = 16;

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    // Classes of chars for the pass, so that an ASCII char is classified by one table read.
    private static final byte UNCOUNTED = 0;
    private static final byte DIGIT = 1;
    private static final byte UPPER_CASE = 2;
    private static final byte COUNTED = 3;
    private static final byte NON_ASCII = 4;
    private static final byte[] ASCII_CLASSES = asciiClasses();
    // The case key of each ASCII char in the low 16 bits and its class above them, so one read gives both.
    private static final int[] ASCII_KEYS_AND_CLASSES = asciiKeysAndClasses();

    private static int[] asciiKeysAndClasses() {
        int[] keysAndClasses = new int[ASCII_CLASSES.length];
        for (char c = 0; c < keysAndClasses.length; c++) {
            keysAndClasses[c] = (ASCII_CLASSES[c] << Character.SIZE) | TriggerWord.caseKey(c);
        }
        return keysAndClasses;
    }

    private static byte[] asciiClasses() {
        byte[] classes = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            if (c >= '0' && c <= '9') {
                classes[c] = DIGIT;
            } else if (c >= 'A' && c <= 'Z') {
                classes[c] = UPPER_CASE;
            } else if (c == '.' || c == ':' || c == '-' || c == '@') {
                classes[c] = COUNTED;
            } else {
                classes[c] = UNCOUNTED;
            }
        }
        return classes;
    }

    private final String text;
    private final TextProfile profile;
    private final int[] digitRuns;
    private final int digitRunCount;
    private final int[] separators;
    private final int separatorCount;
    private final int[][] hits;
    private final int[] hitCounts;

    private ScanContext(Pass pass) {
        this.text = pass.text;
        this.profile = new TextProfile(pass.text, pass.digits, pass.upperCaseLetters, pass.dots, pass.colons,
                pass.hasAt);
        this.digitRuns = pass.digitRuns;
        this.digitRunCount = pass.digitRunCount;
        this.separators = pass.separators;
        this.separatorCount = pass.separatorCount;
        this.hits = pass.hits;
        this.hitCounts = pass.hitCounts;
    }

    /** Scans {@code text} as it is; the detectors are to see exactly this string. */
    static ScanContext of(String text) {
        return new ScanContext(Pass.run(text, false));
    }

    /**
     * Folds the full-width forms of {@code text} as {@link TextChars#foldFullWidth} does and scans the result.
     * The fold is checked in the same pass: text without full-width forms is read once, and other text twice.
     */
    static ScanContext folding(String text) {
        Pass pass = Pass.run(text, true);
        if (pass == null) {
            pass = Pass.run(TextChars.foldFullWidth(text), false);
        }
        return new ScanContext(pass);
    }

    /** Returns the text the detectors see, folded to ASCII forms where the context was made by {@link #folding}. */
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

    /** Returns whether {@code word} occurs in the text. */
    boolean contains(TriggerWord word) {
        return hitCounts[word.id()] > 0;
    }

    /** Returns whether any of {@code words} occurs in the text. */
    boolean containsAny(List<TriggerWord> words) {
        for (TriggerWord word : words) {
            if (contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the start offsets of the occurrences of {@code word}, ascending. Overlapping ones are included. */
    int[] occurrences(TriggerWord word) {
        int count = hitCounts[word.id()];
        return count == 0 ? NO_POSITIONS : Arrays.copyOf(hits[word.id()], count);
    }

    /** Returns the start offsets of the occurrences of all {@code words}, ascending, without duplicates. */
    int[] occurrences(List<TriggerWord> words) {
        int total = 0;
        for (TriggerWord word : words) {
            total += hitCounts[word.id()];
        }
        if (total == 0) {
            return NO_POSITIONS;
        }
        int[] merged = new int[total];
        int size = 0;
        for (TriggerWord word : words) {
            int count = hitCounts[word.id()];
            if (count > 0) {
                System.arraycopy(hits[word.id()], 0, merged, size, count);
                size += count;
            }
        }
        Arrays.sort(merged);
        int unique = 0;
        for (int i = 0; i < merged.length; i++) {
            if (unique == 0 || merged[i] != merged[unique - 1]) {
                merged[unique++] = merged[i];
            }
        }
        return unique == merged.length ? merged : Arrays.copyOf(merged, unique);
    }

    /** The single pass: counts, digit runs, separators and trigger words, in one loop over the chars. */
    private static final class Pass {

        private final String text;
        private int digits;
        private int upperCaseLetters;
        private int dots;
        private int colons;
        private boolean hasAt;
        private int[] digitRuns = NO_POSITIONS;
        private int digitRunCount;
        private int[] separators = NO_POSITIONS;
        private int separatorCount;
        private final int[][] hits = new int[TriggerWords.count()][];
        private final int[] hitCounts = new int[TriggerWords.count()];

        private Pass(String text) {
            this.text = text;
        }

        /**
         * Scans {@code text}, or returns null when {@code stopAtFullWidth} is set and the text has a full-width
         * form to fold first.
         */
        static Pass run(String text, boolean stopAtFullWidth) {
            Pass pass = new Pass(text);
            char[] chars = text.toCharArray();
            int length = chars.length;
            int digits = 0;
            int upperCaseLetters = 0;
            int runStart = -1;
            char keyBefore = 0;
            char previousKey = 0;

            for (int i = 0; i < length; i++) {
                char c = chars[i];
                char key;
                int charClass;
                if (c < ASCII_KEYS_AND_CLASSES.length) {
                    int keyAndClass = ASCII_KEYS_AND_CLASSES[c];
                    key = (char) keyAndClass;
                    charClass = keyAndClass >>> Character.SIZE;
                } else {
                    key = TriggerWord.caseKey(c);
                    charClass = NON_ASCII;
                }

                if (charClass == DIGIT) {
                    digits++;
                    if (runStart < 0) {
                        runStart = i;
                    }
                } else {
                    if (runStart >= 0) {
                        pass.addDigitRun(runStart, i);
                        runStart = -1;
                    }
                    if (charClass == UPPER_CASE) {
                        upperCaseLetters++;
                    } else if (charClass == COUNTED) {
                        pass.countPunctuation(c, i);
                    } else if (charClass == NON_ASCII && stopAtFullWidth && isFullWidth(c)) {
                        return null;
                    }
                }

                if (i > 1 && TriggerWords.mayStartWord(keyBefore, previousKey, key)) {
                    pass.matchWordsAt(chars, i - 2, keyBefore, previousKey, key);
                }
                keyBefore = previousKey;
                previousKey = key;
            }

            if (runStart >= 0) {
                pass.addDigitRun(runStart, length);
            }
            // The loop looked at each start only once it had read the third char, so the last two chars, which
            // can start only a two-char word, are left.
            if (length >= 2) {
                TriggerWord[] lastPair = TriggerWords.pairWords(TriggerWords.pair(keyBefore, previousKey));
                if (lastPair != null) {
                    pass.matchWords(lastPair, chars, length - 2);
                }
            }
            pass.digits = digits;
            pass.upperCaseLetters = upperCaseLetters;
            return pass;
        }

        private static boolean isFullWidth(char c) {
            return c == IDEOGRAPHIC_SPACE || (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST);
        }

        /** Counts an ASCII char that is neither a digit nor a capital letter. */
        private void countPunctuation(char c, int index) {
            switch (c) {
                case '.' -> {
                    dots++;
                    addSeparator(index);
                }
                case ':' -> {
                    colons++;
                    addSeparator(index);
                }
                case '-' -> addSeparator(index);
                case '@' -> hasAt = true;
                default -> {
                    // Other chars are neither counted nor recorded.
                }
            }
        }

        /** Records the words that start at {@code start}, where the first three chars have these case keys. */
        private void matchWordsAt(char[] chars, int start, char firstKey, char secondKey, char thirdKey) {
            TriggerWord[] pairWords = TriggerWords.pairWords(TriggerWords.pair(firstKey, secondKey));
            if (pairWords != null) {
                matchWords(pairWords, chars, start);
            }
            TriggerWord[] tripleWords = TriggerWords.tripleWords(TriggerWords.triple(firstKey, secondKey, thirdKey));
            if (tripleWords != null) {
                matchWords(tripleWords, chars, start);
            }
        }

        private void matchWords(TriggerWord[] words, char[] chars, int start) {
            for (TriggerWord word : words) {
                if (word.recordedAt(chars, chars.length, start)) {
                    addHit(word.id(), start);
                }
            }
        }

        private void addHit(int wordId, int start) {
            int[] positions = hits[wordId];
            if (positions == null) {
                positions = new int[INITIAL_CAPACITY];
                hits[wordId] = positions;
            } else if (hitCounts[wordId] == positions.length) {
                positions = Arrays.copyOf(positions, positions.length * 2);
                hits[wordId] = positions;
            }
            positions[hitCounts[wordId]++] = start;
        }

        private void addDigitRun(int start, int end) {
            if (2 * digitRunCount + 2 > digitRuns.length) {
                digitRuns = Arrays.copyOf(digitRuns, Math.max(2 * INITIAL_CAPACITY, digitRuns.length * 2));
            }
            digitRuns[2 * digitRunCount] = start;
            digitRuns[2 * digitRunCount + 1] = end;
            digitRunCount++;
        }

        private void addSeparator(int index) {
            if (separatorCount == separators.length) {
                separators = Arrays.copyOf(separators, Math.max(INITIAL_CAPACITY, separators.length * 2));
            }
            separators[separatorCount++] = index;
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
