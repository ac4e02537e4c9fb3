package dev.sluice.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies context words, thresholds and allow-lists to raw findings, before overlaps are resolved.
 *
 * <ol>
 *   <li>A positive context word within {@value #WINDOW} chars before or after the span raises the score by
 *       {@value #BOOST}, up to 1.</li>
 *   <li>A negative context word that is the last word before the span (only spaces and the separators
 *       {@code : # = ( [} between them) lowers it by {@value #PENALTY}. With the default threshold of 0.5 that
 *       drops an unvalidated match (score 0.8 to 0.85) and keeps a checksum-validated one (score 1.0).</li>
 *   <li>A finding that scores below its detector's threshold, or whose text is on its detector's allow-list, is
 *       dropped.</li>
 * </ol>
 *
 * <p>Words match whole, ignoring case; a word made of CJK or kana chars matches anywhere in the window. The word
 * that changed the score is kept in {@link Finding#contextWord()} so that the finding explains itself.
 */
final class FindingScorer {

    static final int WINDOW = 40;
    static final double BOOST = 0.1;
    static final double PENALTY = 0.4;

    // Bits of the chars of a window, one per value of the low six bits of a char. They rule out most words before
    // a search: a word whose first char's bit is clear cannot occur in the window.
    private static final int CHAR_BITS_MASK = Long.SIZE - 1;

    private final Map<String, DetectorTuning> tuning;
    private final DetectorTuning allDetectors;
    private final Map<String, Set<String>> allowLists;
    private final Map<DetectorTuning, ConfiguredWords> configuredWords = new IdentityHashMap<>();

    FindingScorer(Map<String, DetectorTuning> tuning) {
        this.tuning = Map.copyOf(tuning);
        this.allDetectors = tuning.getOrDefault(DetectionRules.ALL_DETECTORS, DetectorTuning.DEFAULT);
        this.allowLists = new HashMap<>();
        tuning.forEach((detector, settings) -> {
            Set<String> canonical = new HashSet<>();
            settings.allow().forEach(value -> canonical.add(AllowList.canonical(value)));
            allowLists.put(detector, canonical);
        });
        for (DetectorTuning settings : this.tuning.values()) {
            configuredWords.put(settings, new ConfiguredWords(settings));
        }
        configuredWords.put(allDetectors, new ConfiguredWords(allDetectors));
    }

    /** The positive and negative context words of one {@link DetectorTuning}, in lower case once. */
    private record ConfiguredWords(ContextWordList positive, ContextWordList negative) {

        ConfiguredWords(DetectorTuning settings) {
            this(new ContextWordList(settings.contextWords()), new ContextWordList(settings.negativeContextWords()));
        }
    }

    /** Returns the findings that pass, each with its score after context words. */
    List<Finding> apply(String text, List<Finding> findings) {
        List<Finding> passed = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            DetectorTuning settings = tuning.getOrDefault(finding.detectorId(), allDetectors);
            Finding scored = score(text, finding, settings);
            if (scored.score() < settings.threshold() || allowed(text, scored)) {
                continue;
            }
            passed.add(scored);
        }
        return passed;
    }

    private Finding score(String text, Finding finding, DetectorTuning settings) {
        ConfiguredWords configured = configuredWords.get(settings);
        ContextWordList builtInPositive = BuiltInContextWords.positiveList(finding.entityType());
        ContextWordList builtInNegative = BuiltInContextWords.negativeList(finding.entityType());
        if (configured.positive().size() + builtInPositive.size() + configured.negative().size()
                + builtInNegative.size() == 0) {
            return finding;
        }

        Finding scored = finding;
        String before = window(text, finding.start() - WINDOW, finding.start());
        String after = window(text, finding.end(), finding.end() + WINDOW);
        String positive = firstWord(before, after, builtInPositive, configured.positive());
        if (positive != null) {
            scored = scored.withContext(Math.min(1.0, scored.score() + BOOST), positive);
        }
        String negative = lastWordIn(before, builtInNegative, configured.negative());
        if (negative != null) {
            scored = scored.withContext(Math.max(0.0, scored.score() - PENALTY), negative);
        }
        return scored;
    }

    private boolean allowed(String text, Finding finding) {
        Set<String> detectorAllow = allowLists.get(finding.detectorId());
        Set<String> allAllow = allowLists.get(DetectionRules.ALL_DETECTORS);
        if ((detectorAllow == null || detectorAllow.isEmpty()) && (allAllow == null || allAllow.isEmpty())) {
            return false;
        }
        String value = AllowList.canonical(text.substring(finding.start(), finding.end()));
        return (detectorAllow != null && detectorAllow.contains(value)) || (allAllow != null && allAllow.contains(value));
    }

    private static String window(String text, int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(text.length(), to);
        return start >= end ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String before, String after, ContextWordList builtIn,
            ContextWordList configured) {
        long charBits = charBits(before) | charBits(after);
        String word = firstWordIn(before, after, charBits, configured);
        return word != null ? word : firstWordIn(before, after, charBits, builtIn);
    }

    private static String firstWordIn(String before, String after, long charBits, ContextWordList words) {
        for (int i = 0; i < words.size(); i++) {
            String lower = words.lowerCase(i);
            if (lower.isEmpty() || (charBits & charBit(lower.charAt(0))) == 0) {
                continue;
            }
            if (containsWord(before, lower) || containsWord(after, lower)) {
                return words.word(i);
            }
        }
        return null;
    }

    private static long charBits(String window) {
        long bits = 0;
        for (int i = 0; i < window.length(); i++) {
            bits |= charBit(window.charAt(i));
        }
        return bits;
    }

    private static long charBit(char c) {
        return 1L << (c & CHAR_BITS_MASK);
    }

    /** Returns the configured or built-in word that {@code before} ends with, ignoring trailing separators. */
    private static String lastWordIn(String before, ContextWordList builtIn, ContextWordList configured) {
        int end = before.length();
        while (end > 0 && isSeparator(before.charAt(end - 1))) {
            end--;
        }
        String word = lastWordIn(before, end, configured);
        return word != null ? word : lastWordIn(before, end, builtIn);
    }

    private static String lastWordIn(String before, int end, ContextWordList words) {
        for (int i = 0; i < words.size(); i++) {
            String lower = words.lowerCase(i);
            int start = end - lower.length();
            if (start >= 0 && before.startsWith(lower, start)
                    && !(TextChars.isAsciiAlphanumeric(lower.charAt(0))
                            && TextChars.asciiAlphanumericAt(before, start - 1))) {
                return words.word(i);
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == ':' || c == '#' || c == '=' || c == '(' || c == '[';
    }

    /** Returns whether {@code word} occurs in {@code window} not glued to ASCII letters or digits. */
    static boolean containsWord(String window, String word) {
        if (word.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = window.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean gluedBefore = TextChars.isAsciiAlphanumeric(word.charAt(0)) && TextChars.asciiAlphanumericAt(window,
                    at - 1);
            boolean gluedAfter = TextChars.isAsciiAlphanumeric(word.charAt(word.length() - 1))
                    && TextChars.asciiAlphanumericAt(window, end);
            if (!gluedBefore && !gluedAfter) {
                return true;
            }
            from = at + 1;
        }
    }
}
