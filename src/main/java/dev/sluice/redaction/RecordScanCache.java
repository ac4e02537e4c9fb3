package dev.sluice.redaction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.sluice.detection.Finding;

/**
 * Scans each distinct string of one record once, however many vendors' policies scan it. Create one per record:
 * it keeps every string it has seen until it is dropped.
 */
public final class RecordScanCache implements TextScanner {

    private final TextScanner scanner;
    private final Map<String, List<Finding>> results = new HashMap<>();

    public RecordScanCache(TextScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public List<Finding> scan(String text) {
        List<Finding> cached = results.get(text);
        if (cached == null) {
            cached = List.copyOf(scanner.scan(text));
            results.put(text, cached);
        }
        return cached;
    }

    /** Returns the number of findings per entity type over every distinct string scanned, sorted by type. */
    public Map<String, Integer> countsByEntityType() {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<Finding> findings : results.values()) {
            findings.forEach(finding -> counts.merge(finding.entityType(), 1, Integer::sum));
        }
        return counts;
    }
}
