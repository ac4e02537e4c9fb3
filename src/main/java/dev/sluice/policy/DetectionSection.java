package dev.sluice.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.sluice.detection.CustomDictionary;
import dev.sluice.detection.CustomPattern;
import dev.sluice.detection.DetectionRules;
import dev.sluice.detection.DetectorTuning;
import dev.sluice.detection.FindingCategory;

/**
 * The {@code detection} section of {@code pipeline.yaml} as written, and its conversion into
 * {@link DetectionRules}. Each problem is added to the caller's error list with the path of the key that contains it.
 */
final class DetectionSection {

    private static final double DEFAULT_PATTERN_SCORE = 0.9;

    @JsonProperty("internal_domains")
    List<String> internalDomains;
    @JsonProperty("ticket_prefixes")
    List<String> ticketPrefixes;
    @JsonProperty("canary_tokens")
    List<String> canaryTokens;
    @JsonProperty("patterns")
    List<PatternEntry> patterns;
    @JsonProperty("dictionaries")
    List<DictionaryEntry> dictionaries;
    @JsonProperty("detectors")
    Map<String, TuningEntry> detectors;

    /** One entry of {@code detection.patterns}. */
    static final class PatternEntry {
        @JsonProperty("name")
        String name;
        @JsonProperty("entity_type")
        String entityType;
        @JsonProperty("category")
        String category;
        @JsonProperty("pattern")
        String pattern;
        @JsonProperty("score")
        Double score;
        @JsonProperty("context")
        List<String> context;
    }

    /** One entry of {@code detection.dictionaries}. */
    static final class DictionaryEntry {
        @JsonProperty("name")
        String name;
        @JsonProperty("entity_type")
        String entityType;
        @JsonProperty("category")
        String category;
        @JsonProperty("terms")
        List<String> terms;
        @JsonProperty("file")
        String file;
    }

    /** The tuning of one detector under {@code detection.detectors}. */
    static final class TuningEntry {
        @JsonProperty("threshold")
        Double threshold;
        @JsonProperty("allow")
        List<String> allow;
        @JsonProperty("context")
        List<String> context;
        @JsonProperty("negative_context")
        List<String> negativeContext;
    }

    /**
     * Returns the rules of {@code section} (none if it is absent), adding every problem to {@code errors}.
     * Dictionary files are read relative to {@code baseDirectory}.
     */
    static DetectionRules toRules(DetectionSection section, Path baseDirectory, List<String> errors) {
        if (section == null) {
            return DetectionRules.none();
        }
        List<CustomPattern> patterns = new ArrayList<>();
        List<PatternEntry> patternEntries = orEmpty(section.patterns);
        for (int i = 0; i < patternEntries.size(); i++) {
            PatternEntry entry = patternEntries.get(i);
            String where = "detection.patterns[" + i + "]";
            FindingCategory category = category(entry == null ? null : entry.category, where, errors);
            if (entry == null || category == null) {
                continue;
            }
            double score = entry.score == null ? DEFAULT_PATTERN_SCORE : entry.score;
            add(errors, where, () -> patterns.add(new CustomPattern(entry.name, entry.entityType, category,
                    entry.pattern, score, orEmpty(entry.context))));
        }

        List<CustomDictionary> dictionaries = new ArrayList<>();
        List<DictionaryEntry> dictionaryEntries = orEmpty(section.dictionaries);
        for (int i = 0; i < dictionaryEntries.size(); i++) {
            DictionaryEntry entry = dictionaryEntries.get(i);
            String where = "detection.dictionaries[" + i + "]";
            FindingCategory category = category(entry == null ? null : entry.category, where, errors);
            if (entry == null || category == null) {
                continue;
            }
            List<String> terms = new ArrayList<>(orEmpty(entry.terms));
            if (entry.file != null && !readTerms(baseDirectory.resolve(entry.file), where, terms, errors)) {
                continue;
            }
            add(errors, where, () -> dictionaries.add(new CustomDictionary(entry.name, entry.entityType, category,
                    terms)));
        }

        Map<String, DetectorTuning> tuning = new LinkedHashMap<>();
        for (Map.Entry<String, TuningEntry> detector : orEmpty(section.detectors).entrySet()) {
            TuningEntry entry = detector.getValue();
            String where = "detection.detectors." + detector.getKey();
            if (entry == null) {
                errors.add(where + " is empty; set threshold, allow, context or negative_context");
                continue;
            }
            double threshold = entry.threshold == null ? DetectorTuning.DEFAULT_THRESHOLD : entry.threshold;
            add(errors, where, () -> tuning.put(detector.getKey(), new DetectorTuning(threshold, orEmpty(entry.allow),
                    orEmpty(entry.context), orEmpty(entry.negativeContext))));
        }

        DetectionRules[] rules = {DetectionRules.none()};
        add(errors, "detection", () -> rules[0] = new DetectionRules(orEmpty(section.internalDomains),
                orEmpty(section.ticketPrefixes), orEmpty(section.canaryTokens), patterns, dictionaries, tuning));
        return rules[0];
    }

    private static FindingCategory category(String name, String where, List<String> errors) {
        if (name == null) {
            errors.add(where + ".category is missing; use one of " + categoryNames());
            return null;
        }
        try {
            return FindingCategory.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(where + ".category '" + name + "' is unknown; use one of " + categoryNames());
            return null;
        }
    }

    private static List<String> categoryNames() {
        List<String> names = new ArrayList<>();
        for (FindingCategory category : FindingCategory.values()) {
            names.add(category.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Reads one term per line, skipping blank lines and lines starting with '#'. */
    private static boolean readTerms(Path file, String where, List<String> terms, List<String> errors) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    terms.add(term);
                }
            }
            return true;
        } catch (IOException e) {
            errors.add(where + ".file: cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "); give a UTF-8 file with one term per line, relative to the pipeline definition");
            return false;
        }
    }

    private static void add(List<String> errors, String where, Runnable build) {
        try {
            build.run();
        } catch (IllegalArgumentException e) {
            errors.add(where + ": " + e.getMessage());
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
