package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds GitLab tokens by their documented prefixes: personal, project and group access tokens ({@code glpat-}),
 * deploy tokens ({@code gldt-}), runner authentication tokens ({@code glrt-}), pipeline trigger tokens
 * ({@code glptt-}), feed tokens ({@code glft-}), OAuth application secrets ({@code gloas-}), SCIM tokens
 * ({@code glsoat-}), CI/CD job tokens ({@code glcbt-}), incoming mail tokens ({@code glimt-}), agent tokens
 * ({@code glagent-}) and feature flag client tokens ({@code glffct-}). The body is at least 20 chars of
 * {@code [A-Za-z0-9_.-]}, which covers the dotted routable token format. A final '.' ends a sentence and is not part of the token.
 */
final class GitLabTokenDetector implements Detector {

    private static final Pattern TOKEN = Pattern.compile(
            "gl(?:pat|dt|rt|ptt|ft|oas|soat|cbt|imt|agent|ffct)-[A-Za-z0-9_.\\-]{20,300}");

    /** Length of the longest match of {@link #TOKEN}: "glagent-" and 300 chars. */
    private static final int MAX_TOKEN_CHARS = 8 + 300;

    @Override
    public String id() {
        return "gitlab";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every prefix starts with "gl".
        return profile.contains("gl");
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            addMatch(text, matcher.start(), matcher.end(), findings);
        }
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.GITLAB_PREFIXES);
    }

    /** Finds the same tokens as {@link #detect(String, List)}, running the pattern only at its prefixes. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.GITLAB_PREFIXES), TOKEN, MAX_TOKEN_CHARS,
                (matcher, start, end) -> {
                    addMatch(text, start, end, findings);
                    return true;
                });
    }

    private void addMatch(String text, int start, int matchEnd, List<Finding> findings) {
        int end = SecretSpans.trimTrailingDots(text, start, matchEnd);
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, matchEnd)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.GITLAB_TOKEN, FindingCategory.SECRET, id(), 0.95));
    }
}
