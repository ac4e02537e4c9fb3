package dev.sluice.bench;

import java.util.List;

/**
 * The candidate patterns of the ten basic detectors, copied from src/main/java/dev/sluice/detection as RE2/J
 * syntax. The naive and Hyperscan benchmarks match these and nothing else: no validation, no overlap resolution.
 * Update them when a detector's pattern changes.
 */
final class BasicPatterns {

    /**
     * One detector's pattern in RE2/J syntax and in Hyperscan (PCRE) syntax.
     *
     * @param hyperscanStartOffsets whether Hyperscan compiles the pattern with SOM_LEFTMOST, so that it reports
     *                              where each match starts. Hyperscan 5.4 rejects the email and IBAN patterns
     *                              with that flag ("Pattern is too large"), so for them it reports end offsets
     *                              only, and a detector built on it would need a second pass to find the starts.
     */
    record NamedPattern(String name, String re2, String hyperscan, boolean hyperscanStartOffsets) {
    }

    private static final String EMAIL_LOCAL_FIRST_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String EMAIL_LOCAL_CHAR = "[\\p{L}\\p{M}\\p{N}#$%&*+?^_~-]";
    private static final String EMAIL_LABEL_CHAR = "[\\p{L}\\p{M}\\p{N}]";
    private static final String EMAIL = EMAIL_LOCAL_FIRST_CHAR + EMAIL_LOCAL_CHAR + "*(?:\\." + EMAIL_LOCAL_CHAR + "+)*"
            + "@"
            + "(?:" + EMAIL_LABEL_CHAR + "(?:[\\p{L}\\p{M}\\p{N}-]*" + EMAIL_LABEL_CHAR + ")?\\.)+"
            + "(?:[\\p{L}\\p{M}]{2,}|xn--[a-zA-Z0-9-]+)";

    private static final String PHONE_SEPARATOR = "(?:[ \\x{00A0}.\\-/]|\\)[ \\x{00A0}.\\-]?|[ \\x{00A0}.\\-]?\\()";
    private static final String PHONE_CANDIDATE = "(?:\\+|\\(\\+?|\\()?\\d+(?:" + PHONE_SEPARATOR + "\\d+)*";

    /**
     * The ten patterns. The RE2/J and Hyperscan texts are identical because every construct used here has the
     * same meaning in both, provided Hyperscan compiles them in UTF8 mode (for {@code \p{L}} and
     * {@code \x{00A0}}) and without UCP (so that {@code \d} stays ASCII, as in RE2/J).
     */
    static final List<NamedPattern> ALL = List.of(
            endOnly("email", EMAIL),
            same("phone-candidate", PHONE_CANDIDATE),
            same("credit-card", "\\d[\\d \\-]{10,}\\d"),
            endOnly("iban", "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,30}){1,9}"),
            same("us-ssn", "\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{3}\\.\\d{2}\\.\\d{4}"),
            same("ipv4", "\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"),
            same("ipv6-candidate", "[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*"),
            same("aws-access-key-id", "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
            same("github-token", "gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
            same("jwt", "eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{2,}\\.[A-Za-z0-9_\\-]*"));

    private BasicPatterns() {
    }

    private static NamedPattern same(String name, String pattern) {
        return new NamedPattern(name, pattern, pattern, true);
    }

    private static NamedPattern endOnly(String name, String pattern) {
        return new NamedPattern(name, pattern, pattern, false);
    }
}
