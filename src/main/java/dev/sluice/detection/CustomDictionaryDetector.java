package dev.sluice.detection;

import java.util.List;

/**
 * Finds the terms of one operator-supplied dictionary as whole words, ignoring case and accents.
 */
final class CustomDictionaryDetector implements Detector {

    /** Prefix of the ids of dictionary detectors. */
    static final String ID_PREFIX = "dictionary:";

    private final CustomDictionary definition;
    private final DictionaryMatcher terms;

    CustomDictionaryDetector(CustomDictionary definition) {
        this.definition = definition;
        this.terms = new DictionaryMatcher(definition.terms(), true);
    }

    @Override
    public String id() {
        return ID_PREFIX + definition.name();
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int[] span : terms.findWholeWords(text)) {
            findings.add(new Finding(span[0], span[1], definition.entityType(), definition.category(), id(), 1.0,
                    "dictionary"));
        }
    }
}
