package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/** Finds Google API keys: {@code AIza} followed by exactly 35 chars of {@code [0-9A-Za-z_-]}. */
final class GoogleApiKeyDetector implements Detector {

    private static final Pattern KEY = Pattern.compile("AIza[0-9A-Za-z_\\-]{35}");

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
            int start = matcher.start();
            int end = matcher.end();
            if (TextChars.wordCharBefore(text, start) || isKeyChar(text, end)) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.GOOGLE_API_KEY, FindingCategory.SECRET, id(), 0.95));
        }
    }

    private static boolean isKeyChar(String text, int index) {
        return TextChars.wordCharAt(text, index) || (index < text.length() && text.charAt(index) == '-');
    }
}
