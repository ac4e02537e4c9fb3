package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Finds cryptocurrency wallet addresses, each validated by its checksum:
 * <ul>
 *   <li>Bitcoin P2PKH and P2SH addresses ('1' or '3' then base58): 25 bytes with version 0x00 or 0x05, whose last
 *       4 bytes are the first 4 of the double SHA-256 of the first 21;</li>
 *   <li>Bitcoin segwit addresses ({@code bc1}, one letter case): a valid BIP 173 bech32 checksum for witness
 *       version 0, or BIP 350 bech32m for versions 1 to 16, and a witness program of a valid length;</li>
 *   <li>Ethereum addresses ({@code 0x} and 40 hex digits): all lower or all upper case, or mixed case with a
 *       valid EIP-55 checksum.</li>
 * </ul>
 */
final class CryptoWalletDetector implements Detector {

    private static final Pattern BASE58_ADDRESS = Pattern.compile("[13][1-9A-HJ-NP-Za-km-z]{25,34}");
    private static final Pattern BECH32_ADDRESS = Pattern.compile("(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}");
    private static final Pattern ETHEREUM_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    // "bc1" and "BC1", the prefixes of BECH32_ADDRESS, made once: a sub-list of TriggerWordList is a copy.
    private static final TriggerWordList BECH32_PREFIXES = TriggerWords.CRYPTO_PREFIXES.subList(0, 2);

    private static final int MIN_BASE58_CHARS = 26;
    private static final int MAX_BASE58_CHARS = 35;
    private static final int MAX_BECH32_CHARS = 3 + 71;
    private static final int ETHEREUM_CHARS = 2 + 40;

    private static final String BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** Whether an ASCII char is in {@link #BASE58_ALPHABET}, indexed by char. */
    private static final boolean[] BASE58_DIGITS = base58Digits();
    private static final String BECH32_ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONSTANT = 1;
    private static final int BECH32M_CONSTANT = 0x2bc830a3;
    private static final int[] BECH32_GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    @Override
    public String id() {
        return "crypto";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // A base58 address starts with '1' or '3', a segwit address with "bc1" and an Ethereum one with "0x".
        return profile.digits() >= 1;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        findBase58Addresses(text, findings);
        if (text.contains("bc1") || text.contains("BC1")) {
            find(BECH32_ADDRESS, text, findings);
        }
        if (text.contains("0x")) {
            find(ETHEREUM_ADDRESS, text, findings);
        }
    }

    /**
     * Runs the base58 pattern anchored at each '1' or '3' that starts a word of at least
     * {@value #MIN_BASE58_CHARS} letters and digits, because an unanchored search would start a match at every
     * '1' and '3' of the text.
     */
    /**
     * Finds the same addresses as {@link #detect(String, List)}. A base58 address starts with a digit that no
     * word char precedes, so it starts a digit run, and only those starts are tried. Its body reaches past a
     * run shorter than an address, so only runs followed by a letter and long runs are tried. Segwit and
     * Ethereum patterns run only where "bc1", "BC1" or "0x" starts.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        DigitRunFacts facts = context.digitRunFacts();
        int resumeAt = 0;
        for (int run : DigitRunFacts.union(facts.runsBeforeLetter(), facts.runsOfAtLeast(MIN_BASE58_CHARS))) {
            int start = context.digitRunStart(run);
            if (!mayContinueBase58After(text, start, context.digitRunEnd(run))) {
                continue;
            }
            char first = text.charAt(start);
            if (start >= resumeAt && (first == '1' || first == '3') && hasBase58Body(text, start)) {
                resumeAt = Math.max(resumeAt, tryBase58At(text, start, findings));
            }
        }
        AnchoredScan.findAtStarts(text, context.occurrences(BECH32_PREFIXES),
                BECH32_ADDRESS, MAX_BECH32_CHARS, (matcher, start, end) -> {
                    addValidated(text, start, end, findings);
                    return true;
                });
        AnchoredScan.findAtStarts(text, context.occurrences(TriggerWords.CRYPTO_PREFIXES.get(2)), ETHEREUM_ADDRESS,
                ETHEREUM_CHARS, (matcher, start, end) -> {
                    addValidated(text, start, end, findings);
                    return true;
                });
    }

    private void findBase58Addresses(String text, List<Finding> findings) {
        int resumeAt = 0;
        for (int start = 0; start < text.length(); start++) {
            if (start >= resumeAt) {
                resumeAt = Math.max(resumeAt, tryBase58At(text, start, findings));
            }
        }
    }

    /**
     * Returns false when the digit run {@code [start, end)} is shorter than an address and the char after it is
     * no base58 digit, so that {@link #hasBase58Body} fails at {@code start}. Numbers in prose are followed by a
     * space or punctuation, so most runs are ruled out by this one char.
     */
    private static boolean mayContinueBase58After(String text, int start, int end) {
        if (end - start >= MIN_BASE58_CHARS) {
            return true;
        }
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return next < 0x80 && BASE58_DIGITS[next];
    }

    /**
     * Returns whether the {@value #MIN_BASE58_CHARS} - 1 chars after {@code start} are base58 digits, as
     * {@link #BASE58_ADDRESS} requires, so that numbers in prose are rejected before RE2J runs.
     */
    private static boolean hasBase58Body(String text, int start) {
        if (start + MIN_BASE58_CHARS > text.length()) {
            return false;
        }
        for (int i = start + 1; i < start + MIN_BASE58_CHARS; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || !BASE58_DIGITS[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] base58Digits() {
        boolean[] digits = new boolean[0x80];
        for (int i = 0; i < BASE58_ALPHABET.length(); i++) {
            digits[BASE58_ALPHABET.charAt(i)] = true;
        }
        return digits;
    }

    /**
     * Tries a base58 address at {@code start} and returns the offset where the search may resume: the end of
     * an address found, or 0 when none was found.
     */
    private int tryBase58At(String text, int start, List<Finding> findings) {
        if (start > text.length() - MIN_BASE58_CHARS) {
            return 0;
        }
        char first = text.charAt(start);
        if ((first != '1' && first != '3') || !TextChars.isAsciiAlphanumeric(text.charAt(start + MIN_BASE58_CHARS - 1))
                || TextChars.wordCharBefore(text, start)) {
            return 0;
        }
        Matcher matcher = BASE58_ADDRESS.matcher(
                new TextWindow(text, start, Math.min(text.length(), start + MAX_BASE58_CHARS)));
        if (!matcher.lookingAt()) {
            return 0;
        }
        int end = start + matcher.end();
        if (!TextChars.wordCharAt(text, end) && isBase58CheckAddress(text.substring(start, end))) {
            findings.add(new Finding(start, end, EntityTypes.CRYPTO, FindingCategory.PERSONAL_DATA, id(), 0.95,
                    "base58check"));
            return end;
        }
        return 0;
    }

    private void find(Pattern pattern, String text, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            addValidated(text, matcher.start(), matcher.end(), findings);
        }
    }

    private void addValidated(String text, int start, int end, List<Finding> findings) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return;
        }
        String address = text.substring(start, end);
        String validator = switch (address.charAt(0)) {
            case '0' -> isEthereumAddress(address) ? "eip55" : null;
            case 'b', 'B' -> isSegwitAddress(address) ? "bech32" : null;
            default -> isBase58CheckAddress(address) ? "base58check" : null;
        };
        if (validator != null) {
            findings.add(new Finding(start, end, EntityTypes.CRYPTO, FindingCategory.PERSONAL_DATA, id(), 0.95,
                    validator));
        }
    }

    static boolean isBase58CheckAddress(String address) {
        BigInteger value = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(58);
        for (int i = 0; i < address.length(); i++) {
            value = value.multiply(base).add(BigInteger.valueOf(BASE58_ALPHABET.indexOf(address.charAt(i))));
        }
        byte[] magnitude = value.toByteArray();
        int leadingOnes = 0;
        while (leadingOnes < address.length() && address.charAt(leadingOnes) == '1') {
            leadingOnes++;
        }
        int offset = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int significant = value.signum() == 0 ? 0 : magnitude.length - offset;
        if (leadingOnes + significant != 25) {
            return false;
        }
        byte[] bytes = new byte[25];
        System.arraycopy(magnitude, offset, bytes, leadingOnes, significant);
        if (bytes[0] != 0x00 && bytes[0] != 0x05) {
            return false;
        }
        byte[] checksum = doubleSha256(Arrays.copyOfRange(bytes, 0, 21));
        return Arrays.equals(Arrays.copyOfRange(checksum, 0, 4), Arrays.copyOfRange(bytes, 21, 25));
    }

    static boolean isSegwitAddress(String address) {
        boolean lower = address.equals(address.toLowerCase(java.util.Locale.ROOT));
        boolean upper = address.equals(address.toUpperCase(java.util.Locale.ROOT));
        if (!lower && !upper) {
            return false;
        }
        String data = address.toLowerCase(java.util.Locale.ROOT).substring(3);
        int[] values = new int[data.length()];
        for (int i = 0; i < data.length(); i++) {
            values[i] = BECH32_ALPHABET.indexOf(data.charAt(i));
        }
        int witnessVersion = values[0];
        if (witnessVersion > 16) {
            return false;
        }
        int expected = witnessVersion == 0 ? BECH32_CONSTANT : BECH32M_CONSTANT;
        if (bech32Polymod("bc", values) != expected) {
            return false;
        }
        int programBits = (values.length - 7) * 5;
        if (programBits % 8 >= 5) {
            return false;
        }
        int programBytes = programBits / 8;
        if (programBytes < 2 || programBytes > 40) {
            return false;
        }
        return witnessVersion != 0 || programBytes == 20 || programBytes == 32;
    }

    private static int bech32Polymod(String humanReadablePart, int[] values) {
        int checksum = 1;
        for (int i = 0; i < humanReadablePart.length(); i++) {
            checksum = bech32Step(checksum, humanReadablePart.charAt(i) >> 5);
        }
        checksum = bech32Step(checksum, 0);
        for (int i = 0; i < humanReadablePart.length(); i++) {
            checksum = bech32Step(checksum, humanReadablePart.charAt(i) & 31);
        }
        for (int value : values) {
            checksum = bech32Step(checksum, value);
        }
        return checksum;
    }

    private static int bech32Step(int checksum, int value) {
        int top = checksum >>> 25;
        int next = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; i++) {
            if (((top >>> i) & 1) != 0) {
                next ^= BECH32_GENERATOR[i];
            }
        }
        return next;
    }

    static boolean isEthereumAddress(String address) {
        String hex = address.substring(2);
        String lower = hex.toLowerCase(java.util.Locale.ROOT);
        if (hex.equals(lower) || hex.equals(hex.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        byte[] hash = Keccak256.digest(lower);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.isDigit(c)) {
                continue;
            }
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0x0F;
            boolean shouldBeUpper = nibble >= 8;
            if (shouldBeUpper != Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] doubleSha256(byte[] bytes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return sha256.digest(sha256.digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is missing from this JDK, which every Java SE JDK provides",
                    missing);
        }
    }
}
