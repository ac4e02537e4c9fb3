package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Runs one operator-supplied RE2/J pattern over the whole text. Empty matches cannot happen: {@link CustomPattern}
 * rejects patterns that match the empty string.
 */
final class CustomPatternDetector implements Detector {

    /** Prefix of the ids of custom pattern detectors. */
    static final String ID_PREFIX = "pattern:";

    private final CustomPattern definition;
    private final Pattern pattern;

    CustomPatternDetector(CustomPattern definition) {
        this.definition = definition;
        this.pattern = definition.compiled();
    }

    @Override
    public String id() {
        return ID_PREFIX + definition.name();
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            findings.add(new Finding(matcher.start(), matcher.end(), definition.entityType(), definition.category(),
                    id(), definition.score()));
        }
    }
}
