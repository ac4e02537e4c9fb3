package dev.sluice.bench;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionSettings;
import dev.sluice.detection.Finding;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the size of each corpus and the engine's findings in it by entity type, for docs/benchmarks.md.
 * Run with {@code java -cp target/benchmarks.jar dev.sluice.bench.CorpusStats}.
 */
public final class CorpusStats {

    private CorpusStats() {
    }

    public static void main(String[] args) {
        DetectionEngine engine = new DetectionEngine(DetectionSettings.defaults());
        for (String name : new String[] {"dense", "sparse"}) {
            Corpus corpus = Corpus.named(name);
            Map<String, Integer> findings = new TreeMap<>();
            int smallest = Integer.MAX_VALUE;
            int largest = 0;
            for (String record : corpus.records()) {
                int bytes = Corpus.utf8Length(record);
                smallest = Math.min(smallest, bytes);
                largest = Math.max(largest, bytes);
                for (Finding finding : engine.scan(record)) {
                    findings.merge(finding.entityType(), 1, Integer::sum);
                }
            }
            int total = findings.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%s: %d records of %d to %d UTF-8 bytes, %d bytes, %d chars, %d findings"
                            + " (one per %d bytes) %s%n",
                    name, corpus.records().size(), smallest, largest, corpus.utf8Bytes(), corpus.chars(), total,
                    total == 0 ? 0 : corpus.utf8Bytes() / total, findings);
        }
    }
}
