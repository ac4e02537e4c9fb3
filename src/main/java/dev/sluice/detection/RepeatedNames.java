package dev.sluice.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Masks every whole-word repeat of a person name already found. Names are found through context ("Hi Dana",
 * "I'm Dana"), so without this step "Thanks Dana" later in the same text would stay in clear next to the masked
 * greeting, and the two would link the placeholder back to the name.
 */
public final class RepeatedNames {

    /** Names shorter than this are not repeated: two-letter words collide with ordinary text too often. */
    static final int MIN_LENGTH = 3;

    /** Validator reported by the findings this step adds. */
    public static final String VALIDATOR = "repeat-of-found-name";

    private RepeatedNames() {
    }

    /**
     * Returns {@code findings} (non-overlapping, sorted by start) with a finding added for every whole-word
     * occurrence in {@code text} of a {@code PERSON} value in {@code names} that no finding covers yet, sorted by
     * start.
     *
     * @param names PERSON findings keyed by their text, whose type, detector and score the repeats copy
     */
    public static List<Finding> add(String text, List<Finding> findings, Map<String, Finding> names) {
        if (names.isEmpty()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        for (Map.Entry<String, Finding> name : names.entrySet()) {
            String value = name.getKey();
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
                int end = at + value.length();
                if (isWholeWord(text, at, end) && !covered(all, at, end)) {
                    Finding source = name.getValue();
                    all.add(new Finding(at, end, source.entityType(), source.category(), source.detectorId(),
                            source.score(), VALIDATOR, null));
                }
            }
        }
        if (all.size() == findings.size()) {
            return findings;
        }
        all.sort((left, right) -> Integer.compare(left.start(), right.start()));
        return all;
    }

    /** Returns the PERSON findings of {@code text} long enough to repeat, keyed by their text. */
    public static Map<String, Finding> namesIn(String text, List<Finding> findings) {
        Map<String, Finding> names = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (EntityTypes.PERSON.equals(finding.entityType()) && finding.length() >= MIN_LENGTH) {
                names.putIfAbsent(text.substring(finding.start(), finding.end()), finding);
            }
        }
        return names;
    }

    private static boolean isWholeWord(String text, int start, int end) {
        boolean startsWord = start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start));
        boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        return startsWord && endsWord;
    }

    private static boolean covered(List<Finding> findings, int start, int end) {
        for (Finding finding : findings) {
            if (finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }
}
