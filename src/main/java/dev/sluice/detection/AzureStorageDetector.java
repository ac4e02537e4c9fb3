package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Base64;
import java.util.List;

/**
 * Finds Azure Storage credentials:
 * <ul>
 *   <li>account keys after {@code AccountKey=} in a connection string: 88 base64 chars that decode to 64 bytes;</li>
 *   <li>the signature of a shared access signature (SAS): the value of a {@code sig=} query parameter that
 *       decodes, after percent-decoding, to a 32-byte HMAC-SHA256, with the SAS parameters {@code sv=} and
 *       {@code se=} within {@value #SAS_CONTEXT_CHARS} chars. Only the signature is reported, because it is
 *       the part that grants access.</li>
 * </ul>
 */
final class AzureStorageDetector implements Detector {

    private static final Pattern ACCOUNT_KEY = Pattern.compile("(?i)accountkey[ \\t]*=[ \\t]*([A-Za-z0-9+/]{86}==)");

    private static final Pattern SIGNATURE = Pattern.compile("sig=([A-Za-z0-9%+/=]{40,120})");

    private static final int ACCOUNT_KEY_BYTES = 64;
    private static final int SIGNATURE_BYTES = 32;
    private static final int SAS_CONTEXT_CHARS = 400;
    private static final int MAX_SIGNATURE_MATCH_CHARS = 124;

    @Override
    public String id() {
        return "azure-storage";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // An account key ends in "==", and a SAS signature follows "sig=".
        return profile.contains("sig=") || profile.contains("==");
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (SecretSpans.indexOfIgnoreCase(text, "accountkey", 0) >= 0) {
            findAccountKeys(text, findings);
        }
        for (int at = text.indexOf("sig="); at >= 0; at = text.indexOf("sig=", at + 4)) {
            findSignature(text, at, findings);
        }
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.AZURE_MARKERS);
    }

    /**
     * Finds the same keys as {@link #detect(String, List)}: the account key pattern searches the text only when
     * "accountkey" occurs, and signatures are tried at each "sig=" the context recorded.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        for (int at : context.occurrences(TriggerWords.ACCOUNT_KEY)) {
            // SecretSpans.indexOfIgnoreCase also requires an ASCII 'a' or 'A' first.
            if (text.charAt(at) == 'a' || text.charAt(at) == 'A') {
                findAccountKeys(text, findings);
                break;
            }
        }
        for (int at : context.occurrences(TriggerWords.AZURE_MARKERS.get(0))) {
            findSignature(text, at, findings);
        }
    }

    private void findAccountKeys(String text, List<Finding> findings) {
        Matcher matcher = ACCOUNT_KEY.matcher(text);
        while (matcher.find()) {
            int start = matcher.start(1);
            int end = matcher.end(1);
            if (TextChars.wordCharBefore(text, matcher.start()) || isBase64Char(text, end)) {
                continue;
            }
            if (decodedLength(text.substring(start, end)) == ACCOUNT_KEY_BYTES) {
                findings.add(new Finding(start, end, EntityTypes.AZURE_STORAGE_KEY, FindingCategory.SECRET, id(),
                        0.95, "base64-64-bytes"));
            }
        }
    }

    private void findSignature(String text, int at, List<Finding> findings) {
        if (at > 0 && !isParameterSeparator(text.charAt(at - 1))) {
            return;
        }
        Matcher matcher = SIGNATURE.matcher(
                new TextWindow(text, at, Math.min(text.length(), at + MAX_SIGNATURE_MATCH_CHARS)));
        if (!matcher.lookingAt()) {
            return;
        }
        int start = at + matcher.start(1);
        int end = at + matcher.end(1);
        if (isBase64Char(text, end) || (end < text.length() && text.charAt(end) == '%')) {
            return;
        }
        String signature = percentDecode(text.substring(start, end));
        if (signature == null || decodedLength(signature) != SIGNATURE_BYTES) {
            return;
        }
        int contextStart = Math.max(0, at - SAS_CONTEXT_CHARS);
        int contextEnd = Math.min(text.length(), end + SAS_CONTEXT_CHARS);
        if (hasParameter(text, "sv=", contextStart, contextEnd) && hasParameter(text, "se=", contextStart, contextEnd)) {
            findings.add(new Finding(start, end, EntityTypes.AZURE_SAS_TOKEN, FindingCategory.SECRET, id(), 0.9,
                    "base64-32-bytes"));
        }
    }

    private static boolean hasParameter(String text, String name, int from, int to) {
        for (int at = text.indexOf(name, from); at >= 0 && at + name.length() <= to; at = text.indexOf(name, at + 1)) {
            if (at == 0 || isParameterSeparator(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParameterSeparator(char c) {
        return c == '?' || c == '&' || c == ';' || c == '"' || c == '\'' || c == '=' || c == ':'
                || Character.isWhitespace(c);
    }

    private static boolean isBase64Char(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return TextChars.isAsciiAlphanumeric(c) || c == '+' || c == '/' || c == '=';
    }

    /** Decodes %2B, %2F and %3D (any case) and returns null for any other escape. */
    private static String percentDecode(String value) {
        StringBuilder decoded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            if (i + 2 >= value.length()) {
                return null;
            }
            String escape = value.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT);
            switch (escape) {
                case "2B" -> decoded.append('+');
                case "2F" -> decoded.append('/');
                case "3D" -> decoded.append('=');
                default -> {
                    return null;
                }
            }
            i += 2;
        }
        return decoded.toString();
    }

    /** Returns the decoded byte count of standard base64, or -1 when the value is not valid base64. */
    private static int decodedLength(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length;
        } catch (IllegalArgumentException invalid) {
            return -1;
        }
    }
}
