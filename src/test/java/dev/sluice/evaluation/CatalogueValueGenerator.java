package dev.sluice.evaluation;

import java.util.List;
import java.util.Random;

/**
 * Generates synthetic values for the catalogue types of the corpus: national identifiers with valid check digits
 * or letters, computed here independently of the detectors, and vendor tokens of random chars in each vendor's
 * documented shape. No value belongs to a real person or account.
 */
final class CatalogueValueGenerator {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String ALNUM = UPPER + LOWER + DIGITS;
    private static final String BASE64_URL = ALNUM + "-_";
    private static final String HEX = "0123456789abcdef";

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String FI_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String IT_MONTHS = "ABCDEHLMPRST";
    private static final int[] IT_ODD_VALUES = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private final Random random;

    CatalogueValueGenerator(Random random) {
        this.random = random;
    }

    private String chars(String alphabet, int count) {
        StringBuilder builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return builder.toString();
    }

    private int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    private static int[] digitsOf(String text) {
        int[] digits = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            digits[i] = text.charAt(i) - '0';
        }
        return digits;
    }

    private static String twoDigits(int value) {
        return String.format("%02d", value);
    }

    private static String grouped(String digits, String separator, int... sizes) {
        StringBuilder builder = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                builder.append(separator);
            }
            builder.append(digits, at, at + size);
            at += size;
        }
        return builder.toString();
    }

    // National identifiers.

    ValueGenerator.Piece ukNhs() {
        String number;
        do {
            String payload = between(1, 9) + chars(DIGITS, 8);
            int[] d = digitsOf(payload);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += d[i] * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            number = check == 10 ? null : payload + check;
        } while (number == null);
        return switch (random.nextInt(4)) {
            case 0 -> ValueGenerator.Piece.of(number);
            case 1 -> ValueGenerator.Piece.of(grouped(number, "-", 3, 3, 4));
            default -> ValueGenerator.Piece.of(grouped(number, " ", 3, 3, 4));
        };
    }

    ValueGenerator.Piece esNif() {
        String digits = twoDigits(between(10, 99)) + chars(DIGITS, 6);
        char letter = NIF_LETTERS.charAt(Integer.parseInt(digits) % 23);
        return ValueGenerator.Piece.of(random.nextInt(4) == 0 ? digits + "-" + letter : digits + letter);
    }

    ValueGenerator.Piece esNie() {
        int prefix = random.nextInt(3);
        String digits = between(1, 9) + chars(DIGITS, 6);
        char letter = NIF_LETTERS.charAt(Integer.parseInt(prefix + digits) % 23);
        char prefixLetter = "XYZ".charAt(prefix);
        return ValueGenerator.Piece.of(random.nextInt(4) == 0
                ? prefixLetter + "-" + digits + "-" + letter
                : prefixLetter + digits + letter);
    }

    ValueGenerator.Piece itFiscalCode() {
        int day = between(1, 28) + (random.nextBoolean() ? 40 : 0);
        String code = chars(UPPER, 6) + twoDigits(between(0, 99)) + IT_MONTHS.charAt(random.nextInt(12))
                + twoDigits(day) + chars(UPPER, 1) + chars(DIGITS, 3);
        int sum = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? IT_ODD_VALUES[value] : value;
        }
        return ValueGenerator.Piece.of(code + (char) ('A' + sum % 26));
    }

    ValueGenerator.Piece sgNricFin() {
        char prefix = "STFG".charAt(random.nextInt(4));
        String digits = chars(DIGITS, 7);
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        int sum = (prefix == 'T' || prefix == 'G') ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        String table = (prefix == 'S' || prefix == 'T') ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return ValueGenerator.Piece.of(prefix + digits + table.charAt(sum % 11));
    }

    ValueGenerator.Piece plPesel() {
        int year = between(1950, 2015);
        int month = between(1, 12) + (year >= 2000 ? 20 : 0);
        String payload = twoDigits(year % 100) + twoDigits(month) + twoDigits(between(1, 28)) + chars(DIGITS, 4);
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (payload.charAt(i) - '0') * weights[i];
        }
        return ValueGenerator.Piece.of(payload + (10 - sum % 10) % 10);
    }

    ValueGenerator.Piece fiPersonalIdentityCode() {
        int year = between(1930, 2020);
        String date = twoDigits(between(1, 28)) + twoDigits(between(1, 12)) + twoDigits(year % 100);
        String sign = year >= 2000 ? "A" : List.of("-", "-", "Y", "X").get(random.nextInt(4));
        String individual = String.format("%03d", between(2, 899));
        char check = FI_CHECK_CHARS.charAt(Integer.parseInt(date + individual) % 31);
        return ValueGenerator.Piece.of(date + sign + individual + check);
    }

    ValueGenerator.Piece brCpf() {
        String digits;
        do {
            digits = chars(DIGITS, 9);
        } while (digits.chars().distinct().count() == 1);
        digits += cpfCheck(digits);
        digits += cpfCheck(digits);
        return ValueGenerator.Piece.of(random.nextInt(3) == 0
                ? digits
                : digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
                        + digits.substring(9));
    }

    private static int cpfCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (digits.length() + 1 - i);
        }
        int check = sum * 10 % 11;
        return check == 10 ? 0 : check;
    }

    ValueGenerator.Piece caSin() {
        String number = ValueGenerator.luhn(between(1, 7) + chars(DIGITS, 7));
        return switch (random.nextInt(4)) {
            case 0 -> ValueGenerator.Piece.of(number);
            case 1 -> ValueGenerator.Piece.of(grouped(number, "-", 3, 3, 3));
            default -> ValueGenerator.Piece.of(grouped(number, " ", 3, 3, 3));
        };
    }

    ValueGenerator.Piece nlBsn() {
        String number = elevenProof();
        return ValueGenerator.Piece.of(random.nextInt(4) == 0 ? grouped(number, ".", 4, 2, 3) : number);
    }

    /** Returns nine digits that pass the Dutch eleven test, drawn until one does. */
    private String elevenProof() {
        while (true) {
            String number = between(1, 6) + chars(DIGITS, 8);
            int[] d = digitsOf(number);
            int sum = -d[8];
            for (int i = 0; i < 8; i++) {
                sum += d[i] * (9 - i);
            }
            if (sum % 11 == 0) {
                return number;
            }
        }
    }

    ValueGenerator.Piece auTfn() {
        int[] weights = {1, 4, 3, 7, 5, 8, 6, 9, 10};
        while (true) {
            String number = between(1, 9) + chars(DIGITS, 8);
            int[] d = digitsOf(number);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += d[i] * weights[i];
            }
            if (sum % 11 == 0) {
                return ValueGenerator.Piece.of(random.nextBoolean() ? grouped(number, " ", 3, 3, 3) : number);
            }
        }
    }

    ValueGenerator.Piece auAbn() {
        int[] weights = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
        while (true) {
            String number = between(1, 9) + chars(DIGITS, 10);
            int[] d = digitsOf(number);
            int sum = -weights[0];
            for (int i = 0; i < 11; i++) {
                sum += d[i] * weights[i];
            }
            if (sum % 89 == 0) {
                return ValueGenerator.Piece.of(random.nextInt(3) == 0 ? number : grouped(number, " ", 2, 3, 3, 3));
            }
        }
    }

    ValueGenerator.Piece auMedicare() {
        String payload = between(2, 6) + chars(DIGITS, 7);
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (payload.charAt(i) - '0') * weights[i];
        }
        String number = payload + sum % 10 + between(1, 9);
        return ValueGenerator.Piece.of(random.nextBoolean() ? grouped(number, " ", 4, 5, 1) : number);
    }

    ValueGenerator.Piece frNir() {
        String departement = random.nextInt(8) == 0 ? (random.nextBoolean() ? "2A" : "2B")
                : twoDigits(between(1, 95));
        String payload = between(1, 2) + twoDigits(between(0, 99)) + twoDigits(between(1, 12)) + departement
                + String.format("%03d", between(1, 999)) + String.format("%03d", between(1, 999));
        long number = Long.parseLong(payload.replace("2A", "19").replace("2B", "18"));
        String nir = payload + twoDigits((int) (97 - number % 97));
        return ValueGenerator.Piece.of(random.nextInt(3) == 0 ? nir : nir.charAt(0) + " " + nir.substring(1, 3)
                + " " + nir.substring(3, 5) + " " + nir.substring(5, 7) + " " + nir.substring(7, 10) + " "
                + nir.substring(10, 13) + " " + nir.substring(13));
    }

    ValueGenerator.Piece deTaxId() {
        while (true) {
            String payload = between(1, 9) + chars(DIGITS, 9);
            if (hasOneRepeatedDigit(payload)) {
                String number = payload + isoMod1110(payload);
                return ValueGenerator.Piece.of(random.nextBoolean() ? number : grouped(number, " ", 2, 3, 3, 3));
            }
        }
    }

    /** Returns whether exactly one digit occurs twice in {@code payload} and every other at most once. */
    private static boolean hasOneRepeatedDigit(String payload) {
        int[] counts = new int[10];
        payload.chars().forEach(c -> counts[c - '0']++);
        int twice = 0;
        for (int count : counts) {
            if (count > 2) {
                return false;
            }
            twice += count == 2 ? 1 : 0;
        }
        return twice == 1;
    }

    private static int isoMod1110(String payload) {
        int product = 10;
        for (int i = 0; i < payload.length(); i++) {
            int sum = (payload.charAt(i) - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10;
    }

    /** Returns a nine-digit number that passes Luhn, without a context word around it: a hard negative. */
    String nineDigitLuhn() {
        return ValueGenerator.luhn(between(1, 7) + chars(DIGITS, 7));
    }

    /** Returns a nine-digit number that passes the Dutch eleven test, without context: a hard negative. */
    String nineDigitElevenProof() {
        return elevenProof();
    }

    // Vendor tokens: random chars in each vendor's documented shape.

    ValueGenerator.Piece huggingFaceToken() {
        return ValueGenerator.Piece.of("hf_" + chars(UPPER, 2) + chars(LOWER, 2) + chars(UPPER + LOWER, 30));
    }

    ValueGenerator.Piece npmToken() {
        return ValueGenerator.Piece.of("npm_" + chars(ALNUM, 36));
    }

    ValueGenerator.Piece pypiToken() {
        return ValueGenerator.Piece.of("pypi-AgEIcHlwaS5vcmc" + chars(BASE64_URL, between(60, 160)) + chars(ALNUM, 1));
    }

    ValueGenerator.Piece dockerHubToken() {
        return ValueGenerator.Piece.of((random.nextInt(4) == 0 ? "dckr_oat_" : "dckr_pat_") + chars(ALNUM, 1)
                + chars(BASE64_URL, 25) + chars(ALNUM, 1));
    }

    ValueGenerator.Piece sendGridKey() {
        return ValueGenerator.Piece.of("SG." + chars(BASE64_URL, 21) + chars(ALNUM, 1) + "." + chars(BASE64_URL, 42)
                + chars(ALNUM, 1));
    }

    ValueGenerator.Piece twilioKey() {
        return ValueGenerator.Piece.of("SK" + chars(HEX, 32));
    }

    ValueGenerator.Piece shopifyToken() {
        String prefix = List.of("shpat_", "shpat_", "shpca_", "shppa_", "shpss_").get(random.nextInt(5));
        return ValueGenerator.Piece.of(prefix + chars(HEX, 32));
    }

    ValueGenerator.Piece digitalOceanToken() {
        String prefix = List.of("dop_v1_", "dop_v1_", "doo_v1_", "dor_v1_").get(random.nextInt(4));
        return ValueGenerator.Piece.of(prefix + chars(HEX, 64));
    }

    ValueGenerator.Piece vaultToken() {
        String prefix = random.nextInt(4) == 0 ? "hvb." : "hvs.";
        return ValueGenerator.Piece.of(prefix + chars(UPPER, 1) + chars(LOWER, 1) + chars(DIGITS, 1)
                + chars(ALNUM + "_", between(60, 100)) + chars(ALNUM, 1));
    }

    ValueGenerator.Piece databricksToken() {
        return ValueGenerator.Piece.of("dapi" + chars(HEX, 32) + (random.nextInt(3) == 0 ? "-2" : ""));
    }

    ValueGenerator.Piece postmanKey() {
        return ValueGenerator.Piece.of("PMAK-" + chars(HEX, 24) + "-" + chars(HEX, 34));
    }

    ValueGenerator.Piece discordWebhook() {
        String host = random.nextInt(4) == 0 ? "discordapp.com" : "discord.com";
        return ValueGenerator.Piece.of("https://" + host + "/api/webhooks/" + between(1, 9) + chars(DIGITS, 17)
                + "/" + chars(ALNUM, 1) + chars(BASE64_URL, 66) + chars(ALNUM, 1));
    }

    ValueGenerator.Piece telegramBotToken() {
        return ValueGenerator.Piece.of(between(1, 9) + chars(DIGITS, between(7, 9)) + ":AA" + chars(BASE64_URL, 32)
                + chars(ALNUM, 1));
    }
}
