package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/** Finds Google API keys: {@code AIza} followed by exactly 35 chars of {@code [0-9A-Za-z_-]}. */
final class GoogleApiKeyDetector implements Detector {

    private static final Pattern KEY = Pattern.compile("AIza[0-9A-Za-z_\\-]{35}");
    private static final int KEY_CHARS = 4 + 35;

    @Override
    public String id() {
        return "google-api-key";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.contains("AIza");
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
        return context.contains(TriggerWords.GOOGLE_KEY_PREFIX);
    }

    /** Finds the same keys as {@link #detect(String, List)}, running the pattern only where "AIza" starts. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.GOOGLE_KEY_PREFIX), KEY, KEY_CHARS,
                (matcher, start, end) -> {
                    addMatch(text, start, end, findings);
                    return true;
                });
    }

    private void addMatch(String text, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || isKeyChar(text, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.GOOGLE_API_KEY, FindingCategory.SECRET, id(), 0.95));
    }

    private static boolean isKeyChar(String text, int index) {
        return TextChars.wordCharAt(text, index) || (index < text.length() && text.charAt(index) == '-');
    }
}
