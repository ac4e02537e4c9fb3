package dev.sluice.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generates synthetic sensitive values of the same kinds as topology/samples/generate_samples.py. They use
 * reserved example domains, fictional phone ranges and documentation IP ranges. Cards are Luhn-valid, IBANs
 * mod-97-valid and SSNs pass the issuance rules, and key ids and tokens are random but shaped like real ones.
 */
final class SyntheticValues {

    private static final String DIGITS = "0123456789";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String BASE32_UPPER = UPPER + "234567";
    private static final String ALNUM = UPPER + "abcdefghijklmnopqrstuvwxyz" + DIGITS;

    private static final List<String> FIRST_NAMES = List.of("ana", "lukas", "chloe", "mateo", "priya", "yuki",
            "omar", "sofia", "jonas", "amara", "diego", "hannah", "ravi", "ines", "kenji", "leila");
    private static final List<String> LAST_NAMES = List.of("souza", "becker", "martin", "garcia", "sharma",
            "tanaka", "haddad", "rossi", "weber", "okafor", "lopez", "schmidt", "iyer", "ferreira", "sato", "nowak");
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net",
            "mail.example.com", "support.example.org", "corp.example.net");
    private static final List<String> US_AREA_CODES = List.of("312", "415", "206", "617", "303", "512", "646");

    private final Random random;

    SyntheticValues(Random random) {
        this.random = random;
    }

    String email() {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first + (1 + random.nextInt(99));
            case 2 -> first.charAt(0) + last;
            default -> first + "+orders";
        };
        return local + "@" + pick(EMAIL_DOMAINS);
    }

    /** Returns a US 555-01xx number or a UK Ofcom drama number, in one of several common layouts. */
    String phone() {
        String line = String.format("01%02d", random.nextInt(100));
        String area = pick(US_AREA_CODES);
        String mobile = String.format("900%03d", random.nextInt(1000));
        return switch (random.nextInt(6)) {
            case 0 -> "(" + area + ") 555-" + line;
            case 1 -> "+1 " + area + " 555 " + line;
            case 2 -> area + "-555-" + line;
            case 3 -> "07700 " + mobile;
            case 4 -> "+44 7700 " + mobile;
            default -> String.format("+44 20 7946 0%03d", random.nextInt(1000));
        };
    }

    /** Returns a Luhn-valid 16-digit Visa or Mastercard number, plain or in groups of four. */
    String creditCard() {
        String prefix = random.nextBoolean() ? "4" : String.valueOf(51 + random.nextInt(5));
        String body = prefix + chars(DIGITS, 15 - prefix.length());
        String number = body + luhnCheckDigit(body);
        return switch (random.nextInt(3)) {
            case 0 -> number;
            case 1 -> grouped(number, " ");
            default -> grouped(number, "-");
        };
    }

    /** Returns a mod-97-valid German (22 chars) or Dutch (18 chars) IBAN, plain or in groups of four. */
    String iban() {
        boolean german = random.nextBoolean();
        String country = german ? "DE" : "NL";
        String bban = german ? chars(DIGITS, 18) : chars(UPPER, 4) + chars(DIGITS, 10);
        String iban = country + ibanCheckDigits(country, bban) + bban;
        return random.nextBoolean() ? grouped(iban, " ") : iban;
    }

    /** Returns an SSN with area 001-899 except 666, group 01-99 and serial 0001-9999. */
    String usSsn() {
        int area = 1 + random.nextInt(898);
        if (area == 666) {
            area = 667;
        }
        return String.format("%03d-%02d-%04d", area, 1 + random.nextInt(99), 1 + random.nextInt(9999));
    }

    String ipv4() {
        String network = pick(List.of("192.0.2", "198.51.100", "203.0.113"));
        return network + "." + (1 + random.nextInt(254));
    }

    String ipv6() {
        if (random.nextBoolean()) {
            return "2001:db8::" + Integer.toHexString(1 + random.nextInt(0xffff));
        }
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::"
                + Integer.toHexString(1 + random.nextInt(0xffff)) + ":" + Integer.toHexString(random.nextInt(0x10000));
    }

    /** Returns an AWS access key id that ends in EXAMPLE, like the key ids in the AWS documentation. */
    String awsAccessKeyId() {
        return "AKIA" + chars(BASE32_UPPER, 9) + "EXAMPLE";
    }

    String gitHubToken() {
        return "ghp_" + chars(ALNUM, 36);
    }

    /** Returns a JWT whose header is {"alg":"HS256","typ":"JWT"} and whose signature is random bytes. */
    String jwt() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long issuedAt = 1_793_750_400L + random.nextInt(600_000);
        String claims = "{\"sub\":\"svc-labeler-" + (10 + random.nextInt(90)) + "\",\"scope\":\"annotations:write\","
                + "\"iat\":" + issuedAt + ",\"exp\":" + (issuedAt + 3600) + "}";
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        return header + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(signature);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String chars(String alphabet, int count) {
        StringBuilder builder = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return builder.toString();
    }

    private static String grouped(String value, String separator) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                builder.append(separator);
            }
            builder.append(value, i, Math.min(i + 4, value.length()));
        }
        return builder.toString();
    }

    private static char luhnCheckDigit(String payload) {
        int total = 0;
        for (int index = 0; index < payload.length(); index++) {
            int digit = payload.charAt(payload.length() - 1 - index) - '0';
            if (index % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            total += digit;
        }
        return (char) ('0' + (10 - total % 10) % 10);
    }

    private static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return String.format("%02d", 98 - remainder);
    }
}
