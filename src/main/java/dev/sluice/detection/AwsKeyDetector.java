package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds AWS credentials: access key ids (AKIA for long-term keys, ASIA for STS temporary keys, ABIA and ACCA)
 * anywhere, and 40-char secret access keys assigned to a key named like {@code aws_secret_access_key}, or to
 * {@code SecretAccessKey} / {@code secret_access_key} as in the JSON that {@code aws sts assume-role} prints.
 */
final class AwsKeyDetector implements Detector {

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}");
    private static final int ACCESS_KEY_ID_CHARS = 20;

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(?:aws[_.\\-]?secret[_.\\-]?(?:access[_.\\-]?)?key|secret[_.\\-]?access[_.\\-]?key)"
                    + "[\"']?[ \\t]*(?::=|=>|=|:)[ \\t]*[\"']?([A-Za-z0-9/+=]{40})");

    @Override
    public String id() {
        return "aws";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // A key id starts with four capital letters; a secret key follows a name containing "secret".
        return profile.upperCaseLetters() >= 4 || profile.containsIgnoreCase("secret");
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.AWS_KEY_PREFIXES) || context.contains(TriggerWords.SECRET_ANY_CASE);
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        findAccessKeyIds(text, findings);
        if (containsIgnoreCase(text, "secret")) {
            findSecretKeys(text, findings);
        }
    }

    /** Finds the same keys as {@link #detect(String, List)}, running the key id pattern only at its prefixes. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.AWS_KEY_PREFIXES), ACCESS_KEY_ID,
                ACCESS_KEY_ID_CHARS, (matcher, start, end) -> {
                    addAccessKeyId(text, start, end, findings);
                    return true;
                });
        if (context.contains(TriggerWords.SECRET_ANY_CASE)) {
            findSecretKeys(text, findings);
        }
    }

    private void findAccessKeyIds(String text, List<Finding> findings) {
        boolean hasPrefix = text.contains("AKIA") || text.contains("ASIA") || text.contains("ABIA")
                || text.contains("ACCA");
        if (!hasPrefix) {
            return;
        }
        Matcher accessKeys = ACCESS_KEY_ID.matcher(text);
        while (accessKeys.find()) {
            addAccessKeyId(text, accessKeys.start(), accessKeys.end(), findings);
        }
    }

    private void addAccessKeyId(String text, int start, int end, List<Finding> findings) {
        if (!TextChars.asciiAlphanumericAt(text, start - 1) && !TextChars.asciiAlphanumericAt(text, end)) {
            findings.add(new Finding(start, end, EntityTypes.AWS_ACCESS_KEY, FindingCategory.SECRET, id(), 0.95));
        }
    }

    private void findSecretKeys(String text, List<Finding> findings) {
        Matcher secretKeys = SECRET_KEY.matcher(text);
        while (secretKeys.find()) {
            int start = secretKeys.start(1);
            int end = secretKeys.end(1);
            if (!isSecretKeyChar(text, end)) {
                findings.add(new Finding(start, end, EntityTypes.AWS_SECRET_KEY, FindingCategory.SECRET, id(), 0.95));
            }
        }
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSecretKeyChar(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return TextChars.isAsciiAlphanumeric(c) || c == '/' || c == '+' || c == '=';
    }
}
