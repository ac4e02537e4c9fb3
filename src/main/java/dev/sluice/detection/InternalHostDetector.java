package dev.sluice.detection;

import java.util.List;
import java.util.Locale;

/**
 * Finds host names under the lab's internal DNS suffixes, such as {@code grafana-02.corp.acme.example} or the bare
 * suffix {@code acme.internal}, whether they stand alone, in a URL or after an '@'. The suffixes are found with one
 * dictionary pass (case-insensitive, whole words), then each match is widened to the left over the labels of its
 * host name. A suffix glued to more letters ({@code acme.internalized}) is not a match.
 */
final class InternalHostDetector implements Detector {

    private final DictionaryMatcher suffixes;
    private final boolean empty;

    InternalHostDetector(List<String> domains) {
        this.empty = domains.isEmpty();
        this.suffixes = new DictionaryMatcher(domains.stream().map(InternalHostDetector::bare).toList(), true);
    }

    /** Rejects a suffix that is not a DNS name of at least two labels. */
    static void requireValidDomain(String domain) {
        String bare = domain == null ? "" : bare(domain);
        boolean valid = bare.length() >= 3 && bare.indexOf('.') > 0 && !bare.endsWith(".") && !bare.contains("..");
        for (int i = 0; valid && i < bare.length(); i++) {
            char c = bare.charAt(i);
            valid = TextChars.isAsciiAlphanumeric(c) || c == '-' || c == '.';
        }
        if (!valid) {
            throw new IllegalArgumentException("internal domain '" + domain + "' is not a DNS suffix such as "
                    + "corp.acme.example (ASCII letters, digits, '-' and at least one inner '.')");
        }
    }

    private static String bare(String domain) {
        String stripped = domain.strip().toLowerCase(Locale.ROOT);
        return stripped.startsWith(".") ? stripped.substring(1) : stripped;
    }

    @Override
    public String id() {
        return "internal-host";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return !empty && profile.dots() > 0;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int[] span : suffixes.findWholeWords(text)) {
            int start = span[0];
            while (start > 1 && text.charAt(start - 1) == '.' && isLabelChar(text.charAt(start - 2))) {
                start--;
                while (start > 0 && isLabelChar(text.charAt(start - 1))) {
                    start--;
                }
            }
            findings.add(new Finding(start, span[1], EntityTypes.INTERNAL_HOST, FindingCategory.PROPRIETARY_MARKER,
                    id(), 0.95, "dns-suffix"));
        }
    }

    private static boolean isLabelChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '-';
    }
}
