package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Anthropic API and admin keys: {@code sk-ant-}, a key kind with a version number ({@code api03},
 * {@code admin01}), a dash and at least 32 chars of {@code [A-Za-z0-9_-]}.
 */
final class AnthropicKeyDetector implements Detector {

    private static final Pattern KEY = Pattern.compile("sk-ant-[a-z]{2,10}[0-9]{2}-[A-Za-z0-9_\\-]{32,300}");

    /** Length of the longest match of {@link #KEY}: "sk-ant-", 10 letters, 2 digits, '-' and 300 chars. */
    private static final int MAX_KEY_CHARS = 7 + 10 + 2 + 1 + 300;

    @Override
    public String id() {
        return "anthropic";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.contains("sk-ant-");
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
        return context.contains(TriggerWords.SK_DASH);
    }

    /** Finds the same keys as {@link #detect(String, List)}, running the pattern only where "sk-" starts. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.SK_DASH), KEY, MAX_KEY_CHARS,
                (matcher, start, end) -> {
                    addMatch(text, start, end, findings);
                    return true;
                });
    }

    private void addMatch(String text, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.ANTHROPIC_API_KEY, FindingCategory.SECRET, id(), 0.95));
    }
}
