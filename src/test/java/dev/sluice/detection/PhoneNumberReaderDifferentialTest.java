package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link PhoneNumberReader} and {@link PhoneNumberValidity} with the libphonenumber calls they stand in
 * for, on numbers generated for every region libphonenumber supports: its example numbers in national, international
 * and E.164 form, with the separators the detector accepts, plus random digit strings behind national and
 * international prefixes, with leading zeros, extensions, short and long ones. Each is parsed in its own region,
 * without a region ("ZZ") and in a few of the detector's default regions.
 */
class PhoneNumberReaderDifferentialTest {

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();
    private static final String[] SEPARATORS = {" ", "\u00A0", ".", "-", "/", ") ", " (", ")", "("};
    private static final String[] PREFIXES = {"", "0", "00", "+", "(", "(0", "(+", "+0", "1", "8", "010", "011",
            "0011", "90", "06", "09", "+1 ", "+44 (0)", "+49 (0) ", "+39 0", "+7 8", "+800 ", "+979 "};
    private static final String[] EXTRA_REGIONS = {"ZZ", "GB", "DE", "US", "JP", "BR", "MX", "AU", "IT", "AR"};
    private static final int RANDOM_NUMBERS_PER_REGION = 120;

    @Test
    void readerEqualsParseInEveryRegion() {
        Random random = new Random(20261205);
        int compared = 0;
        int readWithoutParse = 0;
        List<String> mismatches = new ArrayList<>();
        for (String region : new TreeSet<>(PHONE_UTIL.getSupportedRegions())) {
            for (String candidate : candidatesFor(region, random)) {
                for (String parseRegion : regionsToTry(region, random)) {
                    PhoneNumber expected = parseOrNull(candidate, parseRegion);
                    PhoneNumber fast = PhoneNumberReader.readWithoutParse(candidate, parseRegion);
                    if (fast != PhoneNumberReader.NOT_HANDLED) {
                        readWithoutParse++;
                        if (!same(expected, fast)) {
                            mismatches.add(parseRegion + " '" + candidate + "': parse " + expected + ", reader " + fast);
                        }
                    }
                    if (!same(expected, PhoneNumberReader.parse(candidate, parseRegion))) {
                        mismatches.add(parseRegion + " '" + candidate + "': parse differs from the fallback");
                    }
                    compared++;
                }
            }
        }

        assertThat(mismatches).as("candidates the reader reads differently from parse").isEmpty();
        assertThat(compared).isGreaterThan(100_000);
        // Most candidates must take the path without parse, or this test proves little about it.
        assertThat(readWithoutParse).isGreaterThan(compared / 2);
    }

    @Test
    void validityEqualsIsValidNumber() {
        Random random = new Random(5);
        int valid = 0;
        List<String> mismatches = new ArrayList<>();
        for (String region : new TreeSet<>(PHONE_UTIL.getSupportedRegions())) {
            for (String candidate : candidatesFor(region, random)) {
                PhoneNumber number = parseOrNull(candidate, region);
                if (number == null) {
                    continue;
                }
                boolean expected = PHONE_UTIL.isValidNumber(number);
                if (PhoneNumberValidity.isValidNumber(number) != expected) {
                    mismatches.add(region + " '" + candidate + "': isValidNumber " + expected);
                }
                valid += expected ? 1 : 0;
            }
        }

        assertThat(mismatches).as("numbers whose validity differs from isValidNumber").isEmpty();
        assertThat(valid).as("valid numbers among the candidates").isGreaterThan(5_000);
    }

    @Test
    void nonGeographicCodesEqualParse() {
        for (int countryCode : PHONE_UTIL.getSupportedGlobalNetworkCallingCodes()) {
            PhoneNumber example = PHONE_UTIL.getExampleNumberForNonGeoEntity(countryCode);
            if (example == null) {
                continue;
            }
            String international = PHONE_UTIL.format(example, PhoneNumberFormat.INTERNATIONAL);
            for (String region : EXTRA_REGIONS) {
                assertThat(same(parseOrNull(international, region), PhoneNumberReader.parse(international, region)))
                        .as(region + " '" + international + "'").isTrue();
            }
        }
    }

    private static List<String> regionsToTry(String region, Random random) {
        return List.of(region, EXTRA_REGIONS[random.nextInt(EXTRA_REGIONS.length)], "ZZ");
    }

    /** Returns the example numbers of {@code region} in several layouts, and random digit strings. */
    private static List<String> candidatesFor(String region, Random random) {
        List<String> candidates = new ArrayList<>();
        for (PhoneNumberType type : PhoneNumberType.values()) {
            PhoneNumber example = PHONE_UTIL.getExampleNumberForType(region, type);
            if (example == null) {
                continue;
            }
            for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                String formatted = PHONE_UTIL.format(example, format);
                candidates.add(formatted);
                candidates.add(withRandomSeparators(formatted, random));
                candidates.add(formatted + " ext. " + random.nextInt(1000));
                candidates.add(formatted + " x" + random.nextInt(100));
            }
            String national = PHONE_UTIL.getNationalSignificantNumber(example);
            candidates.add(national);
            candidates.add(withRandomSeparators("0" + national, random));
            candidates.add(withRandomSeparators(national.substring(0, national.length() - 1), random));
            candidates.add(withRandomSeparators(national + random.nextInt(10), random));
        }
        int countryCode = PHONE_UTIL.getCountryCodeForRegion(region);
        for (int i = 0; i < RANDOM_NUMBERS_PER_REGION; i++) {
            String digits = randomDigits(random, 1 + random.nextInt(18));
            String prefix = switch (random.nextInt(4)) {
                case 0 -> "+" + countryCode + " ";
                case 1 -> "00" + countryCode + " ";
                default -> PREFIXES[random.nextInt(PREFIXES.length)];
            };
            candidates.add(withRandomSeparators(prefix + digits, random));
        }
        return candidates;
    }

    /** Replaces each space and dash of {@code number} with a random separator and adds one at random. */
    private static String withRandomSeparators(String number, Random random) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == ' ' || c == '-') {
                result.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            } else {
                result.append(c);
            }
            if (TextChars.isAsciiDigit(c) && random.nextInt(6) == 0) {
                result.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
        }
        return result.toString();
    }

    private static String randomDigits(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // Zeros are frequent, so that leading zeros and national prefixes come up often.
            digits.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static PhoneNumber parseOrNull(String candidate, String region) {
        try {
            return PHONE_UTIL.parse(candidate, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean same(PhoneNumber expected, PhoneNumber actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return expected.exactlySameAs(actual);
    }
}
