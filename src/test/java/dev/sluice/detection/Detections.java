package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/** Runs one detector and turns its findings into "TYPE:text" strings that read well in assertion messages. */
final class Detections {

    private Detections() {
    }

    static List<String> of(Detector detector, String text) {
        List<Finding> findings = new ArrayList<>();
        detector.detect(text, findings);
        return findings.stream().map(f -> f.entityType() + ":" + text.substring(f.start(), f.end())).toList();
    }

    static List<String> texts(Detector detector, String text) {
        List<Finding> findings = new ArrayList<>();
        detector.detect(text, findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
