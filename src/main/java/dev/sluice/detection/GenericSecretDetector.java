package dev.sluice.detection;

import java.util.List;

/**
 * Finds high-entropy tokens near a credential word when no vendor-specific detector recognises their format: "the API
 * token for staging is 4f8Kq2Zx9LmN0pR7sT3vW6yB1cD5eF8h, rotate it". A token is reported when all of these hold:
 * <ul>
 *   <li>a credential word (token, secret, key, api key, apikey, credential, password) ends at most
 *       {@value #MAX_GAP} chars before it;</li>
 *   <li>it is a run of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} base64, base64url or hex chars with at least
 *       {@value #MIN_DIGITS} digits and {@value #MIN_LETTERS} letters;</li>
 *   <li>its Shannon entropy is at least {@value #MIN_BITS_PER_CHAR} bits per char, which random keys reach and
 *       identifiers made of words do not;</li>
 *   <li>it is not a UUID (an id, not a secret) nor a key that is public by design (Stripe's publishable
 *       {@code pk_live_} and {@code pk_test_} keys), and no hash word (sha, md5, commit, digest, checksum, hash)
 *       comes between the credential word and it.</li>
 * </ul>
 * Assignments such as {@code api_key=...} are {@link PasswordDetector}'s, which wins any overlap.
 */
final class GenericSecretDetector implements Detector {

    static final int MAX_GAP = 40;
    static final int MIN_LENGTH = 20;
    static final int MAX_LENGTH = 256;
    static final int MIN_DIGITS = 2;
    static final int MIN_LETTERS = 4;
    static final double MIN_BITS_PER_CHAR = 3.5;

    static final String[] CREDENTIAL_WORDS = {"token", "secret", "key", "apikey", "credential", "password"};
    private static final String[] HASH_WORDS = {"sha", "md5", "commit", "digest", "checksum", "hash"};
    private static final String[] PUBLIC_KEY_PREFIXES = {"pk_live_", "pk_test_"};
    private static final int UUID_LENGTH = 36;

    @Override
    public String id() {
        return "generic-secret";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits() >= MIN_DIGITS;
    }

    /** Returns false when the text lacks the digits of a token or every credential word. */
    @Override
    public boolean mayMatch(ScanContext context) {
        return mayMatch(context.profile()) && context.containsAny(TriggerWords.GENERIC_SECRET_WORDS);
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        int reportedUntil = 0;
        for (int i = 0; i < text.length(); i++) {
            int wordEnd = credentialWordEnd(text, i);
            if (wordEnd < 0) {
                continue;
            }
            reportedUntil = findToken(text, wordEnd, reportedUntil, findings);
            i = wordEnd - 1;
        }
    }

    /**
     * Tries only the offsets where the context found a credential word: {@link #credentialWordEnd} rejects every
     * other offset, because it compares the words as {@link String#regionMatches(boolean, int, String, int, int)}
     * does.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int reportedUntil = 0;
        int resumeAt = 0;
        for (int at : context.occurrences(TriggerWords.GENERIC_SECRET_WORDS)) {
            if (at < resumeAt) {
                continue;
            }
            int wordEnd = credentialWordEnd(text, at);
            if (wordEnd < 0) {
                continue;
            }
            reportedUntil = findToken(text, wordEnd, reportedUntil, findings);
            resumeAt = wordEnd;
        }
    }

    /**
     * Adds the first token within {@value #MAX_GAP} chars after the credential word that ends at {@code wordEnd},
     * and returns the offset up to which tokens are reported.
     */
    private int findToken(String text, int wordEnd, int reportedUntil, List<Finding> findings) {
        int tokenStart = Math.max(wordEnd, reportedUntil);
        int limit = Math.min(text.length(), wordEnd + MAX_GAP);
        while (tokenStart < limit) {
            if (!isTokenChar(text.charAt(tokenStart))) {
                tokenStart++;
                continue;
            }
            int tokenEnd = tokenStart;
            while (tokenEnd < text.length() && isTokenChar(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            int start = trimStart(text, tokenStart, tokenEnd);
            int end = trimEnd(text, start, tokenEnd);
            if (looksLikeSecret(text, start, end) && !hashWordBetween(text, wordEnd, start)) {
                findings.add(new Finding(start, end, EntityTypes.GENERIC_SECRET, FindingCategory.SECRET, id(),
                        0.75, "entropy"));
                return tokenEnd;
            }
            tokenStart = tokenEnd;
        }
        return reportedUntil;
    }

    /** Returns the end of a credential word that starts at {@code at} and is not inside a longer word, or -1. */
    private static int credentialWordEnd(String text, int at) {
        char first = (char) (text.charAt(at) | 0x20);
        if (first != 't' && first != 's' && first != 'k' && first != 'a' && first != 'c' && first != 'p') {
            return -1;
        }
        if (at > 0 && TextChars.isAsciiLetter(text.charAt(at - 1))) {
            return -1;
        }
        for (String word : CREDENTIAL_WORDS) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                int end = at + word.length();
                // A trailing 's' makes the plural: tokens, secrets, keys.
                if (end < text.length() && (text.charAt(end) | 0x20) == 's') {
                    end++;
                }
                return end < text.length() && TextChars.isAsciiLetter(text.charAt(end)) ? -1 : end;
            }
        }
        return -1;
    }

    private static boolean looksLikeSecret(String text, int start, int end) {
        int length = end - start;
        if (length < MIN_LENGTH || length > MAX_LENGTH || isUuid(text, start, end)) {
            return false;
        }
        for (String prefix : PUBLIC_KEY_PREFIXES) {
            if (text.startsWith(prefix, start)) {
                return false;
            }
        }
        int digits = 0;
        int letters = 0;
        int[] counts = new int[128];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (TextChars.isAsciiDigit(c)) {
                digits++;
            } else if (TextChars.isAsciiLetter(c)) {
                letters++;
            }
            counts[c]++;
        }
        return digits >= MIN_DIGITS && letters >= MIN_LETTERS && entropy(counts, length) >= MIN_BITS_PER_CHAR;
    }

    private static double entropy(int[] counts, int length) {
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / length;
                bits -= p * (Math.log(p) / Math.log(2));
            }
        }
        return bits;
    }

    private static boolean isUuid(String text, int start, int end) {
        return end - start == UUID_LENGTH && CanaryTokenDetector.isGuid(text.substring(start, end));
    }

    private static boolean hashWordBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String word : HASH_WORDS) {
                if (text.regionMatches(true, i, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Base64, base64url and hex chars, plus '-' and '.' inside dotted or dashed tokens. */
    private static boolean isTokenChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '-'
                || c == '.';
    }

    /** Drops leading separators a token cannot start with. */
    private static int trimStart(String text, int start, int end) {
        int trimmed = start;
        while (trimmed < end && (text.charAt(trimmed) == '=' || text.charAt(trimmed) == '.'
                || text.charAt(trimmed) == '-' || text.charAt(trimmed) == '/')) {
            trimmed++;
        }
        return trimmed;
    }

    /** Drops a sentence-ending '.' or '-' that is not part of the token. */
    private static int trimEnd(String text, int start, int end) {
        int trimmed = end;
        while (trimmed > start && (text.charAt(trimmed - 1) == '.' || text.charAt(trimmed - 1) == '-')) {
            trimmed--;
        }
        return trimmed;
    }
}
