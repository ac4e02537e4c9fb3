package dev.sluice.redaction.operator;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generators of fake values that can never belong to anyone:
 * <ul>
 *   <li>emails under {@code example.com}, {@code example.org} and {@code example.net} (reserved by RFC 2606);</li>
 *   <li>phone numbers in 555-0100 to 555-0199 (reserved for fiction in the North American plan) or, for British
 *       numbers, 07700 900000 to 07700 900999 (Ofcom's drama range);</li>
 *   <li>IP addresses in the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32;</li>
 *   <li>US SSNs in 987-65-4320 to 987-65-4329 (the range the SSA set aside for advertising);</li>
 *   <li>card numbers and IBANs with fresh random digits and valid checksums (Luhn, mod-97), in the layout of the
 *       original;</li>
 *   <li>names from short built-in lists per script (Latin, Cyrillic, Greek, Arabic, Devanagari, Han, Hangul, Kana).</li>
 * </ul>
 * Other types keep their shape: each digit becomes a random digit and each ASCII letter a random letter of the same
 * case.
 */
final class SurrogateValues {

    private static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net");
    private static final List<String> LATIN_FIRST = List.of("Alex", "Maria", "Jonas", "Sofia", "Liam", "Emma", "Noah",
            "Clara", "Mateo", "Lena", "Hugo", "Nora", "Elias", "Ines", "Oscar", "Julia");
    private static final List<String> LATIN_LAST = List.of("Berg", "Costa", "Novak", "Larsen", "Moreau", "Fischer",
            "Romano", "Silva", "Walker", "Jensen", "Duarte", "Keller", "Lindqvist", "Marin", "Okafor", "Brandt");
    private static final List<String> CYRILLIC = List.of("Иван Петров", "Анна Смирнова", "Олег Соколов",
            "Мария Орлова");
    private static final List<String> GREEK = List.of("Νίκος Παππάς", "Ελένη Γεωργίου", "Γιώργος Νικολάου");
    private static final List<String> ARABIC = List.of("سارة حداد", "عمر خليل", "ليلى منصور");
    private static final List<String> DEVANAGARI = List.of("आरव शर्मा", "सिया वर्मा", "कबीर मेहता");
    private static final List<String> HAN = List.of("王伟", "李娜", "张磊", "陈静");
    private static final List<String> HANGUL = List.of("김민준", "이서연", "박지호");
    private static final List<String> KANA_AND_KANJI = List.of("佐藤 花子", "鈴木 一郎", "高橋 さくら");

    private SurrogateValues() {
    }

    static String email(SplittableRandom random) {
        String first = pick(LATIN_FIRST, random).toLowerCase(Locale.ROOT);
        String last = pick(LATIN_LAST, random).toLowerCase(Locale.ROOT);
        return first + "." + last + random.nextInt(10, 100) + "@" + pick(DOMAINS, random);
    }

    static String phone(String original, SplittableRandom random) {
        StringBuilder dialled = new StringBuilder(original.length());
        original.chars().filter(c -> Character.isDigit(c) || c == '+').forEach(c -> dialled.append((char) c));
        String digits = dialled.toString();
        boolean international = digits.startsWith("+") || digits.startsWith("00");
        boolean british = digits.startsWith("+44") || digits.startsWith("0044")
                || (!international && digits.startsWith("07"));
        if (british) {
            String subscriber = String.format(Locale.ROOT, "900%03d", random.nextInt(1000));
            return international ? "+44 7700 " + subscriber : "07700 " + subscriber;
        }
        String line = String.format(Locale.ROOT, "555-01%02d", random.nextInt(100));
        return (international ? "+1 202-" : "202-") + line;
    }

    static String card(String original, SplittableRandom random) {
        int length = (int) original.chars().filter(Character::isDigit).count();
        int[] digits = new int[length];
        for (int i = 0; i < length - 1; i++) {
            digits[i] = random.nextInt(10);
        }
        digits[0] = 4;
        digits[length - 1] = luhnCheckDigit(digits, length - 1);
        return inLayout(original, digits);
    }

    static String iban(String original, SplittableRandom random) {
        String compact = original.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5) {
            return sameShape(original, random);
        }
        StringBuilder bban = new StringBuilder();
        for (int i = 4; i < compact.length(); i++) {
            char c = compact.charAt(i);
            bban.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10))
                    : Character.isLetter(c) ? (char) ('A' + random.nextInt(26)) : c);
        }
        String country = compact.substring(0, 2);
        String check = String.format(Locale.ROOT, "%02d", 98 - mod97(bban + country + "00"));
        String fresh = country + check + bban;
        int[] chars = fresh.chars().toArray();
        StringBuilder laidOut = new StringBuilder(original.length());
        int next = 0;
        for (int i = 0; i < original.length(); i++) {
            laidOut.append(original.charAt(i) == ' ' ? ' ' : (char) chars[next++]);
        }
        return laidOut.toString();
    }

    static String ipAddress(String original, SplittableRandom random) {
        if (original.indexOf(':') >= 0) {
            return String.format(Locale.ROOT, "2001:db8::%x:%x", random.nextInt(0x10000), random.nextInt(0x10000));
        }
        List<String> networks = List.of("192.0.2.", "198.51.100.", "203.0.113.");
        return pick(networks, random) + random.nextInt(1, 255);
    }

    static String person(String original, SplittableRandom random) {
        Character.UnicodeScript script = firstLetterScript(original);
        return switch (script) {
            case CYRILLIC -> pick(CYRILLIC, random);
            case GREEK -> pick(GREEK, random);
            case ARABIC -> pick(ARABIC, random);
            case DEVANAGARI -> pick(DEVANAGARI, random);
            case HAN -> pick(HAN, random);
            case HANGUL -> pick(HANGUL, random);
            case HIRAGANA, KATAKANA -> pick(KANA_AND_KANJI, random);
            default -> original.strip().indexOf(' ') > 0
                    ? pick(LATIN_FIRST, random) + " " + pick(LATIN_LAST, random)
                    : pick(LATIN_FIRST, random);
        };
    }

    static String ssn(SplittableRandom random) {
        return "987-65-432" + random.nextInt(10);
    }

    static String sameShape(String original, SplittableRandom random) {
        StringBuilder fake = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= '0' && c <= '9') {
                fake.append((char) ('0' + random.nextInt(10)));
            } else if (c >= 'a' && c <= 'z') {
                fake.append((char) ('a' + random.nextInt(26)));
            } else if (c >= 'A' && c <= 'Z') {
                fake.append((char) ('A' + random.nextInt(26)));
            } else {
                fake.append(c);
            }
        }
        return fake.toString();
    }

    private static Character.UnicodeScript firstLetterScript(String text) {
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            if (Character.isLetter(codePoint)) {
                return Character.UnicodeScript.of(codePoint);
            }
            offset += Character.charCount(codePoint);
        }
        return Character.UnicodeScript.LATIN;
    }

    /** Returns the digits placed where the original has digits, with every other char of the original kept. */
    private static String inLayout(String original, int[] digits) {
        StringBuilder laidOut = new StringBuilder(original.length());
        int next = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            laidOut.append(Character.isDigit(c) ? (char) ('0' + digits[next++]) : c);
        }
        return laidOut.toString();
    }

    private static int luhnCheckDigit(int[] digits, int payloadLength) {
        int sum = 0;
        for (int i = payloadLength - 1, position = 0; i >= 0; i--, position++) {
            int digit = digits[i];
            if (position % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static int mod97(String alphanumeric) {
        StringBuilder numeric = new StringBuilder();
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
