package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checks {@link OverlapResolver} against a plain statement of its rule on random findings. */
class OverlapResolverTest {

    private static final List<String> TYPES = List.of(EntityTypes.PHONE_NUMBER, EntityTypes.US_SSN,
            EntityTypes.CREDIT_CARD, EntityTypes.PERSON, EntityTypes.PASSWORD, EntityTypes.DATE_OF_BIRTH);
    private static final List<String> DETECTORS = List.of("phone", "us-ssn", "credit-card");
    private static final double[] SCORES = {0.4, 0.7, 0.85, 1.0};

    @Test
    void resolveKeepsHighestRankedOfOverlaps() {
        List<Finding> findings = List.of(
                finding(0, 10, EntityTypes.PHONE_NUMBER, "phone", 0.7),
                finding(2, 11, EntityTypes.US_SSN, "us-ssn", 0.85),
                finding(12, 20, EntityTypes.PERSON, "person", 0.7),
                finding(19, 25, EntityTypes.PERSON, "person", 0.85));

        List<Finding> kept = OverlapResolver.resolve(findings);

        assertThat(kept).containsExactly(findings.get(1), findings.get(3));
    }

    @Test
    void resolveMatchesRuleOnRandomFindings() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 3000; round++) {
            List<Finding> findings = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(60);
                int end = start + 1 + random.nextInt(15);
                findings.add(finding(start, end, TYPES.get(random.nextInt(TYPES.size())),
                        DETECTORS.get(random.nextInt(DETECTORS.size())), SCORES[random.nextInt(SCORES.length)]));
            }

            assertThat(OverlapResolver.resolve(findings)).as("resolved %s", findings)
                    .isEqualTo(resolveByRule(findings));
        }
    }

    /** Takes findings greedily in rank order and keeps those that overlap no kept one, kept in a TreeMap. */
    private static List<Finding> resolveByRule(List<Finding> findings) {
        Comparator<Finding> rank = Comparator
                .comparingInt((Finding f) -> OverlapResolver.priority(f.entityType())).reversed()
                .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
                .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                .thenComparingInt(Finding::start)
                .thenComparing(Finding::entityType)
                .thenComparing(Finding::detectorId);
        List<Finding> ranked = new ArrayList<>(findings);
        ranked.sort(rank);
        TreeMap<Integer, Finding> kept = new TreeMap<>();
        for (Finding candidate : ranked) {
            boolean overlaps = kept.values().stream().anyMatch(other -> other.overlaps(candidate));
            if (!overlaps) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static Finding finding(int start, int end, String type, String detector, double score) {
        return new Finding(start, end, type, FindingCategory.PERSONAL_DATA, detector, score);
    }
}
