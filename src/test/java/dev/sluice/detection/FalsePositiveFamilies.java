package dev.sluice.detection;

import java.util.List;

/**
 * Texts from the families that number and token detectors most often mistake for identifiers: epoch timestamps,
 * UUIDs, hex digests, order numbers, ISO dates and version strings. Each text is prefixed with a word that a
 * detector may take as context, so that only the value's shape keeps it out.
 */
final class FalsePositiveFamilies {

    private static final List<String> VALUES = List.of(
            "epoch 1733312000 and 1733312000123",
            "run 3f2b8c9e-4d1a-4b6f-9e2d-7c5a1b3e8f90 finished",
            "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "commit 5d41402abc4b2a76b9719d911017c592 merged",
            "order 100234567, 2024120412345 and #55012345678",
            "date 2024-12-04T10:15:30Z, 2024-12-04 and 20241204",
            "version 1.24.3, v2.31.0.1 and 10.0.19045.3693",
            "file settings.local.json at 12:30:45.123");

    private FalsePositiveFamilies() {
    }

    /** Returns each family text after {@code contextWord} and a space. */
    static List<String> after(String contextWord) {
        return VALUES.stream().map(value -> contextWord + " " + value).toList();
    }
}
