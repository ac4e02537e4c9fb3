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
            int start = matcher.start();
            int end = matcher.end();
            if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.STRIPE_KEY, FindingCategory.SECRET, id(), 0.95));
        }
    }
}
