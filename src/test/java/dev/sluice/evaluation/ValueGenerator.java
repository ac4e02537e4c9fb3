package dev.sluice.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generates synthetic values for the corpus: example.com/.org/.net addresses, 555-01xx and Ofcom drama phone
 * numbers, Luhn-valid card numbers, mod-97-valid IBANs, SSNs in never-issued areas 773-899, documentation IP
 * ranges, Verhoeff-valid Aadhaar numbers, Bitcoin and Ethereum addresses with valid checksums, MAC addresses in
 * the documentation block or locally administered, and fake keys. Each method returns a {@link Piece}: the
 * labeled value plus any unlabeled wrapper text around it, such as "mailto:" or a port.
 */
final class ValueGenerator {

    /** A labeled value with unlabeled text before and after it. */
    record Piece(String before, String value, String after) {
        static Piece of(String value) {
            return new Piece("", value, "");
        }
    }

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE64 = ALNUM + "+/";
    private static final String BASE32 = UPPER + "234567";
    private static final String HEX = "0123456789abcdef";

    private static final List<String> LOCAL_PARTS = List.of("ana.silva", "j.doe", "priya.sharma", "m.weber",
            "claire.dubois", "lucia.gomez", "joao.pereira", "yuki.tanaka", "rahul_verma", "support", "ann.review+qa",
            "zoë.müller", "josé.garcía", "k.sato2", "team-annotation", "oneil.k");
    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net",
            "mail.example.com", "vendor.example.org", "lab.example.net", "münchen.example.com");
    private static final List<String> US_AREA_CODES = List.of("212", "415", "312", "617", "206", "303", "512");

    private final Random random;

    ValueGenerator(Random random) {
        this.random = random;
    }

    String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    String chars(String alphabet, int count) {
        StringBuilder builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return builder.toString();
    }

    private String digits(int count) {
        return chars("0123456789", count);
    }

    Piece email() {
        String address = pick(LOCAL_PARTS) + "@" + pick(DOMAINS);
        return switch (random.nextInt(6)) {
            case 0 -> new Piece("<", address, ">");
            case 1 -> new Piece("mailto:", address, "");
            default -> Piece.of(address);
        };
    }

    Piece phone() {
        String area = pick(US_AREA_CODES);
        String line = "01" + digits(2);
        String ukLine = "0" + digits(3);
        return switch (random.nextInt(10)) {
            case 0 -> Piece.of("(" + area + ") 555-" + line);
            case 1 -> Piece.of(area + "-555-" + line);
            case 2 -> Piece.of(area + ".555." + line);
            case 3 -> Piece.of("+1 " + area + " 555 " + line);
            case 4 -> Piece.of("+1-" + area + "-555-" + line);
            case 5 -> Piece.of("020 7946 " + ukLine);
            case 6 -> Piece.of("+44 20 7946 " + ukLine);
            case 7 -> Piece.of("+44 (0)20 7946 " + ukLine);
            case 8 -> Piece.of("07700 900" + digits(3));
            default -> Piece.of("+447700900" + digits(3));
        };
    }

    Piece creditCard() {
        int brand = random.nextInt(5);
        String number = switch (brand) {
            case 0 -> luhn("4" + digits(14));
            case 1 -> luhn("5" + between(1, 5) + digits(13));
            case 2 -> luhn("22" + between(21, 72) + digits(11));
            case 3 -> luhn("3" + (random.nextBoolean() ? "4" : "7") + digits(12));
            default -> luhn("6011" + digits(11));
        };
        if (number.length() == 15) {
            String separator = random.nextBoolean() ? " " : "-";
            return Piece.of(number.substring(0, 4) + separator + number.substring(4, 10) + separator
                    + number.substring(10));
        }
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of(number);
            case 1 -> Piece.of(grouped(number, "-"));
            default -> Piece.of(grouped(number, " "));
        };
    }

    static String luhn(String payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return payload + ((10 - sum % 10) % 10);
    }

    private static String grouped(String compact, String separator) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                builder.append(separator);
            }
            builder.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return builder.toString();
    }

    Piece iban() {
        String country = pick(List.of("DE", "GB", "FR", "ES", "PT", "NL", "BE"));
        String bban = switch (country) {
            case "DE" -> digits(18);
            case "GB" -> chars(UPPER, 4) + digits(14);
            case "FR" -> digits(23);
            case "ES" -> digits(20);
            case "PT" -> digits(21);
            case "NL" -> chars(UPPER, 4) + digits(10);
            default -> digits(12);
        };
        String iban = country + ibanCheckDigits(country, bban) + bban;
        return random.nextInt(3) == 0 ? Piece.of(iban) : Piece.of(grouped(iban, " "));
    }

    static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        int check = 98 - remainder;
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    Piece ssn() {
        String area = Integer.toString(between(773, 899));
        String group = String.format("%02d", between(1, 99));
        String serial = String.format("%04d", between(1, 9999));
        String separator = switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> ".";
            default -> "-";
        };
        return Piece.of(area + separator + group + separator + serial);
    }

    Piece ipAddress() {
        String prefix = pick(List.of("192.0.2.", "198.51.100.", "203.0.113."));
        String ipv4 = prefix + between(1, 254);
        String ipv6 = switch (random.nextInt(3)) {
            case 0 -> "2001:db8::" + Integer.toHexString(between(1, 0xffff));
            case 1 -> "2001:db8:85a3::8a2e:370:" + Integer.toHexString(between(0x1000, 0xffff));
            default -> "2001:0db8:0000:0000:0000:ff00:0042:" + chars(HEX, 4);
        };
        return switch (random.nextInt(8)) {
            case 0 -> new Piece("", ipv4, ":" + pick(List.of("8443", "9092", "5432")));
            case 1 -> Piece.of(ipv6);
            case 2 -> new Piece("[", "2001:db8::" + between(10, 99), "]:443");
            default -> Piece.of(ipv4);
        };
    }

    /** Returns the network address of a documentation /24, written before a "/24" suffix. */
    Piece networkAddress() {
        return Piece.of(pick(List.of("192.0.2.0", "198.51.100.0", "203.0.113.0")));
    }

    Piece awsAccessKey() {
        if (random.nextInt(8) == 0) {
            return Piece.of("AKIAIOSFODNN7EXAMPLE");
        }
        return Piece.of((random.nextInt(3) == 0 ? "ASIA" : "AKIA") + chars(BASE32, 16));
    }

    Piece awsSecretKey() {
        return Piece.of(chars(BASE64, 40));
    }

    Piece gitHubToken() {
        if (random.nextInt(4) == 0) {
            return Piece.of("github_pat_" + chars(ALNUM, 22) + "_" + chars(ALNUM, 59));
        }
        return Piece.of("gh" + pick(List.of("p", "p", "o", "s", "u", "r")) + "_" + chars(ALNUM, 36));
    }

    /** Returns a PEM private key whose line breaks are real newlines, JSON-escaped "\n" or single spaces. */
    Piece privateKey() {
        String kind = pick(List.of("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY"));
        String lineBreak = pick(List.of("\n", "\n", "\\n", " "));
        StringBuilder key = new StringBuilder("-----BEGIN " + kind + "-----");
        int lines = between(2, 5);
        for (int i = 0; i < lines; i++) {
            key.append(lineBreak).append(chars(BASE64, 64));
        }
        key.append(lineBreak).append(chars(BASE64, between(8, 40))).append("==");
        key.append(lineBreak).append("-----END ").append(kind).append("-----");
        return Piece.of(key.toString());
    }

    Piece jwt() {
        String header = pick(List.of("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"RS256\",\"typ\":\"JWT\"}",
                "{\"typ\":\"JWT\",\"alg\":\"ES256\",\"kid\":\"k-" + digits(3) + "\"}"));
        String payload = "{\"sub\":\"annotator-" + digits(4) + "\",\"iss\":\"https://auth.example.com\",\"iat\":"
                + between(1700000000, 1790000000) + ",\"scope\":\"labels:write\"}";
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String token = encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + chars(ALNUM + "-_", header.contains("HS256") ? 43 : 86);
        return Piece.of(token);
    }

    Piece password() {
        return Piece.of(switch (random.nextInt(4)) {
            case 0 -> chars(ALNUM, 10) + pick(List.of("!", "#", "%", "&", "@")) + digits(2);
            case 1 -> pick(List.of("Tr0ub4dor", "S3cure", "Winter", "Kafka", "Label")) + digits(4)
                    + pick(List.of("!", "?", "$", "*"));
            case 2 -> chars(BASE64, 24) + "=";
            default -> chars(ALNUM, 16);
        });
    }

    Piece confidentialityLabel(String language) {
        if (random.nextInt(4) == 0) {
            String localized = switch (language) {
                case "de" -> "VERTRAULICH";
                case "fr" -> "CONFIDENTIEL";
                case "es", "pt" -> "CONFIDENCIAL";
                case "ja" -> "社外秘";
                case "hi" -> "गोपनीय";
                default -> null;
            };
            if (localized != null) {
                return Piece.of(localized);
            }
        }
        String label = pick(List.of("CONFIDENTIAL", "STRICTLY CONFIDENTIAL", "INTERNAL ONLY", "DO NOT DISTRIBUTE",
                "ACME CONFIDENTIAL", "FOR INTERNAL USE ONLY", "UNDER NDA", "EMBARGOED",
                "STRICTLY CONFIDENTIAL – DO NOT DISTRIBUTE", "ACME CONFIDENTIAL - INTERNAL ONLY"));
        return random.nextInt(4) == 0 ? new Piece("[", label, "]") : Piece.of(label);
    }

    Piece codename() {
        String name = pick(List.of("Kestrel", "Nightjar", "Halcyon"));
        return switch (random.nextInt(6)) {
            case 0 -> Piece.of(name.toLowerCase(java.util.Locale.ROOT));
            case 1 -> Piece.of(name.toUpperCase(java.util.Locale.ROOT));
            case 2 -> new Piece("", name, "'s");
            case 3 -> new Piece("", name, "-" + between(2, 4));
            default -> Piece.of(name);
        };
    }

    // Hard negatives: text that looks like a sensitive value but is not one.

    String version() {
        return switch (random.nextInt(4)) {
            case 0 -> "v" + between(1, 3) + "." + between(0, 12) + "." + between(0, 9);
            case 1 -> between(1, 3) + "." + between(10, 99) + "." + between(0, 9) + "." + between(0, 9);
            case 2 -> between(1, 9) + "." + between(0, 30) + "." + between(0, 20) + "-rc" + between(1, 4);
            default -> between(1, 3) + "." + between(0, 20) + "." + between(0, 9);
        };
    }

    String fourPartVersion() {
        return between(1, 3) + "." + between(10, 99) + "." + between(0, 9) + "." + between(0, 9);
    }

    String isoDate() {
        String date = "20" + between(19, 26) + "-" + String.format("%02d", between(1, 12)) + "-"
                + String.format("%02d", between(1, 28));
        return random.nextBoolean() ? date
                : date + "T" + String.format("%02d:%02d:%02dZ", between(0, 23), between(0, 59), between(0, 59));
    }

    String uuid() {
        return chars(HEX, 8) + "-" + chars(HEX, 4) + "-4" + chars(HEX, 3) + "-" + pick(List.of("8", "9", "a", "b"))
                + chars(HEX, 3) + "-" + chars(HEX, 12);
    }

    String hexHash() {
        int length = switch (random.nextInt(4)) {
            case 0 -> 7;
            case 1 -> 64;
            default -> 40;
        };
        return chars(HEX, length);
    }

    String orderNumber() {
        return switch (random.nextInt(5)) {
            case 0 -> "ORD-20" + between(19, 26) + "-" + digits(6);
            case 1 -> "#" + between(10000, 99999);
            case 2 -> "SUP-" + between(1000, 99999);
            case 3 -> "ANN-" + between(100, 9999);
            default -> "PO " + between(4500000, 4599999);
        };
    }

    String epoch() {
        long seconds = between(1600000000, 1790000000);
        return random.nextBoolean() ? Long.toString(seconds) : seconds + digits(3);
    }

    String cssColor() {
        return switch (random.nextInt(3)) {
            case 0 -> "#" + chars(HEX, 6);
            case 1 -> "#" + chars("ABCDEF0123456789", 3);
            default -> "rgb(" + between(0, 255) + ", " + between(0, 255) + ", " + between(0, 255) + ")";
        };
    }

    String numericLiteral() {
        return pick(List.of("0x7fffffff", "1e-9", "65535", "3.14159", "1_000_000", "0.5f", "2147483647", "0b1011",
                "1,234,567", "6.022e23"));
    }

    String harmlessBase64() {
        String plain = pick(List.of("Hello, annotator!", "rubric: helpfulness 1-7", "sample batch 17 of 40",
                "{\"task\":\"rank\",\"items\":4}", "no secrets in here, just a test string"));
        String encoded = Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        return random.nextInt(3) == 0
                ? "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
                : encoded;
    }

    String port() {
        return pick(List.of("8080", "8443", "9092", "5432", "6379", "443", "29092"));
    }

    String decimal() {
        return pick(List.of("0.9873", "12.5", "0.25", "3,75", "98.6", "0.001", "1.0", "4.25"));
    }

    String fileName() {
        return pick(List.of("train_" + isoDate().substring(0, 10) + ".jsonl", "rubric_v2.1.3.pdf",
                "shard-000" + between(10, 99) + "-of-00128.parquet", "IMG_20240315_101500.jpg",
                "export_" + between(100000, 999999) + ".csv", "labels-1.91.2.0.tar.gz", "notes_final(2).docx"));
    }

    // Personal data and vendor secrets of the second group of types.

    /** Returns an ITIN: 9, two digits, a group in the IRS ranges 50-65, 70-88, 90-92 or 94-99, four digits. */
    Piece itin() {
        int[][] groups = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};
        int[] range = groups[random.nextInt(groups.length)];
        String area = "9" + digits(2);
        String group = Integer.toString(between(range[0], range[1]));
        String serial = digits(4);
        return switch (random.nextInt(6)) {
            case 0 -> Piece.of(area + " " + group + " " + serial);
            case 1 -> Piece.of(area + group + serial);
            default -> Piece.of(area + "-" + group + "-" + serial);
        };
    }

    /** Returns a National Insurance number with a prefix HMRC issues, compact or spaced in pairs. */
    Piece nino() {
        String first = "ABCEGHJKLMNPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXY";
        String prefix;
        do {
            prefix = chars(first, 1) + chars(second, 1);
        } while (List.of("BG", "GB", "KN", "NK", "NT", "TN").contains(prefix));
        String number = digits(6);
        String suffix = chars("ABCD", 1);
        return switch (random.nextInt(3)) {
            case 0 -> Piece.of(prefix + number + suffix);
            default -> Piece.of(prefix + " " + number.substring(0, 2) + " " + number.substring(2, 4) + " "
                    + number.substring(4) + " " + suffix);
        };
    }

    /** Returns a 12-digit Aadhaar number starting with 2-9 with its Verhoeff check digit. */
    Piece aadhaar() {
        String number = verhoeff(between(2, 9) + digits(10));
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of(number);
            case 1 -> Piece.of(grouped(number, "-"));
            default -> Piece.of(grouped(number, " "));
        };
    }

    private static final int[][] VERHOEFF_D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] VERHOEFF_INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    /** Appends the Verhoeff check digit to a string of digits. */
    static String verhoeff(String payload) {
        int check = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            check = VERHOEFF_D[check][VERHOEFF_P[(i + 1) % 8][digit]];
        }
        return payload + VERHOEFF_INV[check];
    }

    /** Returns a PAN: three letters, a holder type (mostly P for a person), a letter, four digits, a letter. */
    Piece pan() {
        return Piece.of(chars(UPPER, 3) + pick(List.of("P", "P", "P", "C", "H", "F", "T")) + chars(UPPER, 1)
                + digits(4) + chars(UPPER, 1));
    }

    /** Returns a MAC address in the documentation block 00-00-5E-00-53-xx or a locally administered 02-xx one. */
    Piece macAddress() {
        String hex = random.nextBoolean() ? "00005e0053" + chars(HEX, 2) : "02" + chars(HEX, 10);
        if (random.nextBoolean()) {
            hex = hex.toUpperCase(java.util.Locale.ROOT);
        }
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of(hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8));
            case 1 -> Piece.of(pairs(hex, "-"));
            default -> Piece.of(pairs(hex, ":"));
        };
    }

    private static String pairs(String hex, String separator) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                builder.append(separator);
            }
            builder.append(hex, i, i + 2);
        }
        return builder.toString();
    }

    /** Returns a Bitcoin address (P2PKH, P2SH, bech32 or bech32m) or an Ethereum address, with valid checksums. */
    Piece cryptoAddress() {
        return switch (random.nextInt(6)) {
            case 0 -> Piece.of(base58check((byte) 0x00, bytes(20)));
            case 1 -> Piece.of(base58check((byte) 0x05, bytes(20)));
            case 2 -> Piece.of(segwit(0, bytes(20)));
            case 3 -> Piece.of(segwit(1, bytes(32)));
            case 4 -> Piece.of(ethereum(chars(HEX, 40)));
            default -> Piece.of("0x" + chars(HEX, 40));
        };
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    static String base58check(byte version, byte[] payload) {
        byte[] body = new byte[payload.length + 1];
        body[0] = version;
        System.arraycopy(payload, 0, body, 1, payload.length);
        byte[] checksum = sha256(sha256(body));
        byte[] full = java.util.Arrays.copyOf(body, body.length + 4);
        System.arraycopy(checksum, 0, full, body.length, 4);
        java.math.BigInteger value = new java.math.BigInteger(1, full);
        StringBuilder encoded = new StringBuilder();
        java.math.BigInteger radix = java.math.BigInteger.valueOf(58);
        while (value.signum() > 0) {
            java.math.BigInteger[] division = value.divideAndRemainder(radix);
            encoded.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < full.length && full[i] == 0; i++) {
            encoded.append('1');
        }
        return encoded.reverse().toString();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(input);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /** Encodes a mainnet segwit address: bech32 (BIP 173) for version 0, bech32m (BIP 350) otherwise. */
    static String segwit(int version, byte[] program) {
        List<Integer> data = new java.util.ArrayList<>();
        data.add(version);
        int accumulator = 0;
        int bits = 0;
        for (byte b : program) {
            accumulator = (accumulator << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                data.add((accumulator >> bits) & 31);
            }
        }
        if (bits > 0) {
            data.add((accumulator << (5 - bits)) & 31);
        }
        List<Integer> values = new java.util.ArrayList<>(List.of(3, 3, 0, 2, 3));
        values.addAll(data);
        values.addAll(List.of(0, 0, 0, 0, 0, 0));
        int constant = version == 0 ? 1 : 0x2bc830a3;
        int polymod = bech32Polymod(values) ^ constant;
        StringBuilder address = new StringBuilder("bc1");
        for (int value : data) {
            address.append(BECH32.charAt(value));
        }
        for (int i = 0; i < 6; i++) {
            address.append(BECH32.charAt((polymod >> (5 * (5 - i))) & 31));
        }
        return address.toString();
    }

    private static int bech32Polymod(List<Integer> values) {
        int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int checksum = 1;
        for (int value : values) {
            int top = checksum >>> 25;
            checksum = ((checksum & 0x1ffffff) << 5) ^ value;
            for (int i = 0; i < 5; i++) {
                if (((top >> i) & 1) == 1) {
                    checksum ^= generator[i];
                }
            }
        }
        return checksum;
    }

    /** Applies the EIP-55 mixed-case checksum to 40 lowercase hex chars. */
    static String ethereum(String lowerHex) {
        byte[] hash = dev.sluice.detection.Keccak256Access.digest(lowerHex);
        StringBuilder address = new StringBuilder("0x");
        for (int i = 0; i < lowerHex.length(); i++) {
            char c = lowerHex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            address.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return address.toString();
    }

    Piece gitLabToken() {
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of("gldt-" + chars(ALNUM + "_-", 20));
            case 1 -> Piece.of("glrt-" + chars(ALNUM + "_-", 20));
            default -> Piece.of("glpat-" + chars(ALNUM + "_-", 20));
        };
    }

    Piece slackToken() {
        String team = between(1, 9) + digits(between(9, 12));
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of("xoxp-" + team + "-" + between(1, 9) + digits(11) + "-" + between(1, 9) + digits(11)
                    + "-" + chars(HEX, 32));
            case 1 -> Piece.of("xapp-1-A0" + chars(UPPER + "0123456789", 9) + "-" + between(1, 9) + digits(12) + "-"
                    + chars(HEX, 64));
            default -> Piece.of("xoxb-" + team + "-" + between(1, 9) + digits(12) + "-" + chars(ALNUM, 24));
        };
    }

    Piece slackWebhook() {
        return Piece.of("https://hooks.slack.com/services/T0" + chars(UPPER + "0123456789", 8) + "/B0"
                + chars(UPPER + "0123456789", 8) + "/" + chars(ALNUM, 24));
    }

    Piece stripeKey() {
        return switch (random.nextInt(5)) {
            case 0 -> Piece.of("sk_test_" + chars(ALNUM, 24));
            case 1 -> Piece.of("rk_live_" + chars(ALNUM, 99));
            case 2 -> Piece.of("whsec_" + chars(ALNUM, 32));
            default -> Piece.of("sk_live_" + pick(List.of("51", "4e")) + chars(ALNUM, 97));
        };
    }

    Piece googleApiKey() {
        return Piece.of("AIza" + chars(ALNUM + "_-", 35));
    }

    Piece openAiKey() {
        return switch (random.nextInt(4)) {
            case 0 -> Piece.of("sk-" + chars(ALNUM, 20) + "T3BlbkFJ" + chars(ALNUM, 20));
            case 1 -> Piece.of("sk-svcacct-" + chars(ALNUM + "_-", 74) + "T3BlbkFJ" + chars(ALNUM + "_-", 74));
            default -> Piece.of("sk-proj-" + chars(ALNUM + "_-", 74) + "T3BlbkFJ" + chars(ALNUM + "_-", 74));
        };
    }

    Piece anthropicKey() {
        String kind = random.nextInt(4) == 0 ? "admin01" : "api03";
        return Piece.of("sk-ant-" + kind + "-" + chars(ALNUM + "_-", 93) + "AA");
    }

    /** Returns the base64 of 64 random bytes, the form of an Azure storage account key. */
    Piece azureStorageKey() {
        return Piece.of(Base64.getEncoder().encodeToString(bytes(64)));
    }

    /** Returns a SAS signature: the base64 of a 32-byte HMAC, percent-encoded as it appears in a URL. */
    Piece azureSasSignature() {
        String signature = Base64.getEncoder().encodeToString(bytes(32));
        return Piece.of(signature.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    }

    /** Returns an opaque bearer token that is not a JWT. */
    Piece bearerToken() {
        return switch (random.nextInt(3)) {
            case 0 -> Piece.of(chars(ALNUM, 8) + digits(2) + chars(ALNUM, 30));
            case 1 -> Piece.of("ya29.a0" + chars(ALNUM + "_-", 120) + digits(2));
            default -> Piece.of(chars(HEX, 8) + between(1, 9) + chars(HEX, 31));
        };
    }

    /** Returns the base64 of "user:password" as sent in a Basic Authorization header. */
    Piece basicAuth() {
        String user = pick(List.of("svc-labels", "annotator", "ci-bot", "admin", "priya.sharma"));
        String credentials = user + ":" + password().value();
        return Piece.of(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    // Hard negatives of the second group of types.

    /** Returns a publishable Stripe key, which is meant to be public. */
    String stripePublishableKey() {
        return pick(List.of("pk_live_", "pk_test_")) + chars(ALNUM, 24 + random.nextInt(2) * 75);
    }

    String commitHash() {
        return chars(HEX, 40);
    }

    /** Returns a 12-digit order number, the length of an Aadhaar number. */
    String twelveDigitOrder() {
        return between(2, 9) + digits(11);
    }

    /** Returns a product or batch code that starts like a PAN but does not have its shape. */
    String productCode() {
        return switch (random.nextInt(3)) {
            case 0 -> chars(UPPER, 5) + digits(4);
            case 1 -> chars(UPPER, 3) + "-" + chars(UPPER, 2) + digits(4) + chars(UPPER, 1);
            default -> "SKU" + chars(UPPER, 2) + digits(5);
        };
    }

    /** Returns a build number of six two-digit groups joined by dots or dashes, decimal only. */
    String buildNumber() {
        String separator = random.nextBoolean() ? "-" : ".";
        StringBuilder build = new StringBuilder(String.format("%02d", between(20, 26)));
        for (int i = 0; i < 5; i++) {
            build.append(separator).append(String.format("%02d", between(0, 59)));
        }
        return build.toString();
    }

    /** Returns a cache or idempotency key made of "sk-" and a hex digest. */
    String skHexDigest() {
        return "sk-" + chars(HEX, random.nextBoolean() ? 40 : 64);
    }
}
