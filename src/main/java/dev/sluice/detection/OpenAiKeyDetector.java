package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds OpenAI API keys: project, service-account and admin keys ({@code sk-proj-}, {@code sk-svcacct-},
 * {@code sk-admin-} followed by at least 40 chars of {@code [A-Za-z0-9_-]}), and legacy user keys ({@code sk-}
 * followed by at least 32 letters and digits). A legacy key must mix digits, upper-case and lower-case letters,
 * as OpenAI's base62 keys do, so that "sk-" before a hex digest or a lower-case slug is not reported.
 */
// NOTE: keys of other vendors in the bare "sk-" shape with mixed case are reported as OPENAI_API_KEY too.
final class OpenAiKeyDetector implements Detector {

    private static final Pattern KEY = Pattern.compile(
            "sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{40,300}|sk-[A-Za-z0-9]{32,200}");

    /** Length of the longest match of {@link #KEY}: "sk-svcacct-" and 300 chars. */
    private static final int MAX_KEY_CHARS = 11 + 300;

    @Override
    public String id() {
        return "openai";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.contains("sk-");
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
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)
                || (end < text.length() && text.charAt(end) == '-')) {
            return;
        }
        if (!isPrefixedKey(text, start) && !SecretSpans.hasMixedAlphanumerics(text, start + 3, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.OPENAI_API_KEY, FindingCategory.SECRET, id(), 0.9));
    }

    private static boolean isPrefixedKey(String text, int start) {
        return text.startsWith("sk-proj-", start) || text.startsWith("sk-svcacct-", start)
                || text.startsWith("sk-admin-", start);
    }
}
