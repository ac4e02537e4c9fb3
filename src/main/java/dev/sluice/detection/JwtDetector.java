package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Finds JSON Web Tokens in compact serialization: three base64url segments separated by dots, where the header
 * decodes to a JSON object with an "alg" member. No "jwt" keyword is needed nearby. The signature segment may
 * be empty (unsecured tokens with alg "none").
 */
final class JwtDetector implements Detector {

    private static final Pattern TOKEN = Pattern.compile(
            "eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{2,}\\.[A-Za-z0-9_\\-]*");

    @Override
    public String id() {
        return "jwt";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every token starts with the base64url form of '{"'.
        return profile.contains("eyJ");
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (!text.contains("eyJ")) {
            return;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            addToken(text, matcher.start(), matcher.end(), findings);
        }
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.contains(TriggerWords.JWT_HEADER);
    }

    /** Finds the same tokens as {@link #detect(String, List)}, running the pattern only where "eyJ" starts. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.JWT_HEADER), TOKEN, Integer.MAX_VALUE,
                (matcher, start, end) -> {
                    addToken(text, start, end, findings);
                    return true;
                });
    }

    private void addToken(String text, int start, int end, List<Finding> findings) {
        if (isTokenChar(text, start - 1) || isTokenChar(text, end)) {
            return;
        }
        String header = text.substring(start, text.indexOf('.', start));
        if (hasAlgorithmMember(header)) {
            findings.add(new Finding(start, end, EntityTypes.JWT, FindingCategory.SECRET, id(), 0.95));
        }
    }

    private static boolean isTokenChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return TextChars.isAsciiAlphanumeric(c) || c == '_' || c == '-';
    }

    static boolean hasAlgorithmMember(String encodedHeader) {
        String json;
        try {
            json = new String(Base64.getUrlDecoder().decode(withoutPadding(encodedHeader)), StandardCharsets.UTF_8)
                    .strip();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return json.startsWith("{") && json.endsWith("}") && json.contains("\"alg\"");
    }

    /** Drops the chars of an incomplete final base64 quantum of one char, which cannot encode a byte. */
    private static String withoutPadding(String encoded) {
        return encoded.length() % 4 == 1 ? encoded.substring(0, encoded.length() - 1) : encoded;
    }
}
