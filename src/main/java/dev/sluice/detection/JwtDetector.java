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

    /**
     * Finds the same tokens as {@link #detect(String, List)}. A token contains only base64url chars and dots,
     * so a char scan finds the pattern's matches only in the maximal runs of those chars that contain an "eyJ".
     * The runs are disjoint and the scan skips a failed header, so the time stays linear even when the text
     * repeats "eyJ" without a dot.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int coveredUntil = 0;
        for (int header : context.occurrences(TriggerWords.JWT_HEADER)) {
            if (header < coveredUntil) {
                continue;
            }
            int runStart = header;
            while (runStart > coveredUntil && isTokenOrDot(text.charAt(runStart - 1))) {
                runStart--;
            }
            int runEnd = header;
            while (runEnd < text.length() && isTokenOrDot(text.charAt(runEnd))) {
                runEnd++;
            }
            coveredUntil = runEnd;
            JwtCandidates.findAll(text, runStart, runEnd, (start, end) -> addToken(text, start, end, findings));
        }
    }

    private static boolean isTokenOrDot(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '_' || c == '-' || c == '.';
    }

    private void addToken(String text, int start, int end, List<Finding> findings) {
        if (isTokenChar(text, start - 1) || isTokenChar(text, end)) {
            return;
        }
        String header = text.substring(start, text.indexOf('.', start));
        if (hasAlgorithmMember(header)) {
            findings.add(new Finding(start, end, EntityTypes.JWT, FindingCategory.SECRET, id(), 0.95, "jwt-header"));
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
