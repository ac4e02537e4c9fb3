package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Stripe secret and restricted API keys ({@code sk_live_}, {@code rk_live_}, {@code sk_test_},
 * {@code rk_test_}) and webhook signing secrets ({@code whsec_}). Test-mode keys are secrets too, because they
 * read and write the account's test data. Publishable keys ({@code pk_}) are meant to be public and are not
 * reported.
 */
final class StripeKeyDetector implements Detector {

    private static final Pattern KEY = Pattern.compile("(?:[sr]k_(?:live|test)_|whsec_)[0-9A-Za-z]{20,247}");

    /** Length of the longest match of {@link #KEY}: "sk_live_" and 247 chars. */
    private static final int MAX_KEY_CHARS = 8 + 247;

    @Override
    public String id() {
        return "stripe";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.contains("k_live_") || profile.contains("k_test_") || profile.contains("whsec_");
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = KEY.matcher(text);
        while (matcher.find()) {
            addMatch(text, matcher.start(), matcher.end(), findings);
        }
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.STRIPE_PREFIXES);
    }

    /** Finds the same keys as {@link #detect(String, List)}, running the pattern only at its prefixes. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, keyStarts(context), KEY, MAX_KEY_CHARS,
                (matcher, start, end) -> {
                    addMatch(text, start, end, findings);
                    return true;
                });
    }

    /**
     * Returns every offset where a match of {@link #KEY} can start: one char before each "k_live_" and
     * "k_test_", and at each "whsec_".
     */
    private static int[] keyStarts(ScanContext context) {
        int[] starts = context.occurrences(TriggerWords.STRIPE_PREFIXES);
        String text = context.text();
        for (int i = 0; i < starts.length; i++) {
            if (!text.startsWith("whsec_", starts[i])) {
                starts[i] = Math.max(0, starts[i] - 1);
            }
        }
        java.util.Arrays.sort(starts);
        return starts;
    }

    private void addMatch(String text, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.STRIPE_KEY, FindingCategory.SECRET, id(), 0.95));
    }
}
