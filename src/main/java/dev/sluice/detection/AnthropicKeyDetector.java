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
            int start = matcher.start();
            int end = matcher.end();
            if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.ANTHROPIC_API_KEY, FindingCategory.SECRET, id(), 0.95));
        }
    }
}
