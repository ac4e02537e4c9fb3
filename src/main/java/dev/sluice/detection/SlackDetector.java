package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Slack credentials: bot, user, workspace-app, refresh and session tokens ({@code xoxb-}, {@code xoxp-},
 * {@code xoxa-}, {@code xoxr-}, {@code xoxs-}, {@code xoxe-}, also after the {@code xoxe.} rotation prefix),
 * app-level tokens ({@code xapp-}) and incoming webhook URLs on {@code hooks.slack.com}. A webhook finding spans
 * the whole URL, scheme included, because the path is the credential.
 */
final class SlackDetector implements Detector {

    // A token body is a group of digits, a dash, then at least 8 digits, letters and dashes.
    private static final Pattern TOKEN = Pattern.compile(
            "(?:xoxe\\.)?xox[abeprs]-[0-9]{1,20}-[0-9A-Za-z\\-]{8,250}|xapp-[0-9]-[0-9A-Za-z\\-]{20,250}");

    private static final List<TriggerWord> TOKEN_PREFIXES = TriggerWords.SLACK_PREFIXES.subList(0, 2);
    private static final TriggerWord WEBHOOK_HOST = TriggerWords.SLACK_PREFIXES.get(2);

    /** Length of the longest match of {@link #TOKEN}: "xoxe.xoxb-", 20 digits, '-' and 250 chars. */
    private static final int MAX_TOKEN_CHARS = 10 + 20 + 1 + 250;

    private static final Pattern WEBHOOK = Pattern.compile(
            "(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,20}/[A-Za-z0-9_/]{8,200}");

    @Override
    public String id() {
        return "slack";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.contains("xox") || profile.contains("xapp-") || profile.contains("hooks.slack.com");
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (text.contains("xox") || text.contains("xapp-")) {
            find(TOKEN, text, EntityTypes.SLACK_TOKEN, findings);
        }
        if (text.contains("hooks.slack.com")) {
            find(WEBHOOK, text, EntityTypes.SLACK_WEBHOOK, findings);
        }
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.SLACK_PREFIXES);
    }

    /**
     * Finds the same tokens and webhooks as {@link #detect(String, List)}. Every token starts with "xox" (also
     * after "xoxe.") or "xapp-", so the token pattern runs only there. Webhook URLs are rare, and the webhook
     * pattern searches the whole text only when it contains "hooks.slack.com".
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TOKEN_PREFIXES), TOKEN, MAX_TOKEN_CHARS,
                (matcher, start, end) -> {
                    add(text, start, end, EntityTypes.SLACK_TOKEN, findings);
                    return true;
                });
        if (context.contains(WEBHOOK_HOST)) {
            find(WEBHOOK, text, EntityTypes.SLACK_WEBHOOK, findings);
        }
    }

    private void find(Pattern pattern, String text, String entityType, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            add(text, matcher.start(), matcher.end(), entityType, findings);
        }
    }

    private void add(String text, int start, int end, String entityType, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return;
        }
        findings.add(new Finding(start, end, entityType, FindingCategory.SECRET, id(), 0.95));
    }
}
