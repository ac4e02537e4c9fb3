package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds GitHub tokens: classic tokens (ghp_, gho_, ghu_, ghs_, ghr_ followed by at least 36 alphanumerics) and
 * fine-grained personal access tokens ({@code github_pat_} followed by 82 chars that include an inner
 * underscore). A sentence-final '.' is not part of the token.
 */
final class GitHubTokenDetector implements Detector {

    private static final Pattern TOKEN = Pattern.compile(
            "gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}");

    /** Length of the longest match of {@link #TOKEN}: "ghp_" and 255 chars. */
    private static final int MAX_TOKEN_CHARS = 4 + 255;

    @Override
    public String id() {
        return "github";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every token starts with "gh" + letter + "_" or with "github_pat_".
        return profile.contains("gh") || profile.contains("github_pat_");
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
        return context.containsAny(TriggerWords.GITHUB_PREFIXES);
    }

    /** Finds the same tokens as {@link #detect(String, List)}, running the pattern only at its prefixes. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.GITHUB_PREFIXES), TOKEN, MAX_TOKEN_CHARS,
                (matcher, start, end) -> {
                    addMatch(text, start, end, findings);
                    return true;
                });
    }

    private void addMatch(String text, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.GITHUB_TOKEN, FindingCategory.SECRET, id(), 0.95));
    }
}
