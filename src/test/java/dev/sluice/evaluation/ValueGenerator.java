package dev.sluice.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generates synthetic values for the corpus: example.com/.org/.net addresses, 555-01xx and Ofcom drama phone
 * numbers, Luhn-valid card numbers, mod-97-valid IBANs, SSNs in never-issued areas 773-899, documentation IP
 * ranges and fake keys. Each method returns a {@link Piece}: the labeled value plus any unlabeled wrapper
 * text around it, such as "mailto:" or a port.
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
}
