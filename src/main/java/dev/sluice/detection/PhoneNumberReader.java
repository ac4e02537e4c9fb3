package dev.sluice.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Builds the {@link PhoneNumber} that {@link PhoneNumberUtil#parse(CharSequence, String)} returns for a phone
 * candidate, without parse's generic steps. Those steps (start and end trimming, the viability and extension
 * patterns, letter normalisation) run java.util.regex on the whole candidate and cost most of a parse. For a
 * candidate made only of ASCII digits, the separators ' ', NBSP, '.', '-', '/', '(' and ')' and a leading '+',
 * they reduce to "keep the digits", so this class reads the digits by hand and applies the region-specific
 * steps from the region's {@link RegionParsingRules}.
 *
 * <p>Any candidate or region whose steps the rules cannot decide without a regex goes to parse itself, so the
 * result equals parse's. The steps follow parse as of libphonenumber 9.0.21, and
 * {@code PhoneNumberReaderDifferentialTest} compares the two on every supported region, so it fails when an
 * upgrade changes parse.
 */
final class PhoneNumberReader {

    /** Minimum length of a national significant number: parse rejects shorter ones as too short. */
    private static final int MIN_NATIONAL_LENGTH = 2;
    private static final int MAX_NATIONAL_LENGTH = 17;
    private static final int MAX_COUNTRY_CODE_LENGTH = 3;
    // parse rejects a candidate with fewer digits as not viable, except for exactly two digits, left to parse.
    private static final int MIN_DIGITS = 3;
    private static final String UNKNOWN_REGION = "ZZ";
    private static final String NON_GEOGRAPHIC_REGION = "001";

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    /** Marks a candidate that {@link #readWithoutParse} leaves to parse. */
    static final PhoneNumber NOT_HANDLED = new PhoneNumber();

    // Calling codes have at most three digits, so arrays indexed by the code replace maps of boxed keys.
    private static final int COUNTRY_CODE_LIMIT = 1000;
    private static final boolean[] KNOWN_COUNTRY_CODES = knownCountryCodes();

    private static final Map<String, RegionParsingRules> RULES_BY_REGION = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<RegionParsingRules> RULES_BY_COUNTRY_CODE =
            new AtomicReferenceArray<>(COUNTRY_CODE_LIMIT);

    private PhoneNumberReader() {
    }

    /**
     * Builds the rules of {@code region} and of its calling code now, so that the first numbers read in a scan
     * do not pay for loading metadata and building rules.
     */
    static void prepare(String region) {
        rulesForRegion(region);
        int countryCode = PHONE_UTIL.getCountryCodeForRegion(region);
        if (countryCode != 0) {
            rulesForCountryCode(countryCode);
            PhoneNumberValidity.prepare(countryCode);
        }
    }

    /**
     * Returns what {@code PhoneNumberUtil.parse(candidate, region)} returns, or null where parse throws a
     * {@link NumberParseException}.
     */
    static PhoneNumber parse(String candidate, String region) {
        PhoneNumber number = readWithoutParse(candidate, region);
        if (number != NOT_HANDLED) {
            return number;
        }
        try {
            return PHONE_UTIL.parse(candidate, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Returns the number parse would build, null where parse would throw, or {@link #NOT_HANDLED} when the
     * candidate needs a step this class does not take.
     */
    static PhoneNumber readWithoutParse(String candidate, String region) {
        int first = firstDigitOrPlus(candidate);
        if (first < 0) {
            return NOT_HANDLED;
        }
        boolean international = candidate.charAt(first) == '+';
        String digits = digitsAfter(candidate, international ? first + 1 : first);
        if (digits == null || digits.length() < MIN_DIGITS) {
            return NOT_HANDLED;
        }
        if (international) {
            return readInternational(digits, region);
        }
        if (UNKNOWN_REGION.equals(region)) {
            // parse needs a '+' when the region is unknown.
            return null;
        }
        RegionParsingRules rules = rulesForRegion(region);
        return rules == null ? NOT_HANDLED : readNational(digits, rules);
    }

    /** Reads the digits after a '+': a country calling code and the national number after it. */
    private static PhoneNumber readInternational(String digits, String region) {
        int countryCode = 0;
        int codeLength = 1;
        if (digits.charAt(0) != '0') {
            int potential = 0;
            for (; codeLength <= MAX_COUNTRY_CODE_LENGTH; codeLength++) {
                potential = potential * 10 + (digits.charAt(codeLength - 1) - '0');
                if (KNOWN_COUNTRY_CODES[potential]) {
                    countryCode = potential;
                    break;
                }
            }
        }
        if (countryCode == 0) {
            // parse retries the digits as a national number of the region, which only an unknown region rules out.
            return UNKNOWN_REGION.equals(region) ? null : NOT_HANDLED;
        }
        RegionParsingRules rules = rulesForCountryCode(countryCode);
        if (rules == null) {
            return NOT_HANDLED;
        }
        String national = digits.substring(codeLength);
        if (national.length() < MIN_NATIONAL_LENGTH) {
            return null;
        }
        return finish(countryCode, national, rules);
    }

    /**
     * Reads the digits of a number written without '+' in {@code rules}' region. Numbers that may start with
     * the region's international prefix or its own country code take parse's longer path, so they go to parse.
     */
    private static PhoneNumber readNational(String digits, RegionParsingRules rules) {
        if (rules.internationalPrefixMayStart(digits) || digits.startsWith(rules.countryCodeDigits())) {
            return NOT_HANDLED;
        }
        return finish(rules.countryCode(), digits, rules);
    }

    /** Strips the national prefix as parse does, checks the length and builds the number. */
    private static PhoneNumber finish(int countryCode, String national, RegionParsingRules rules) {
        String significant = rules.stripNationalPrefix(national);
        if (significant == null) {
            return NOT_HANDLED;
        }
        if (significant.length() < MIN_NATIONAL_LENGTH || significant.length() > MAX_NATIONAL_LENGTH) {
            return null;
        }
        PhoneNumber number = new PhoneNumber().setCountryCode(countryCode);
        setLeadingZeros(significant, number);
        return number.setNationalNumber(Long.parseLong(significant));
    }

    /** Records the leading zeros of {@code significant} the way parse does: the last digit never counts. */
    private static void setLeadingZeros(String significant, PhoneNumber number) {
        if (significant.length() < 2 || significant.charAt(0) != '0') {
            return;
        }
        number.setItalianLeadingZero(true);
        int zeros = 1;
        while (zeros < significant.length() - 1 && significant.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros != 1) {
            number.setNumberOfLeadingZeros(zeros);
        }
    }

    /**
     * Returns the index of the first digit or '+', where parse starts reading, or -1 when a char before it is not
     * a '(' or when the candidate has a char outside the handled alphabet.
     */
    private static int firstDigitOrPlus(String candidate) {
        int first = -1;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean digitOrPlus = TextChars.isAsciiDigit(c) || c == '+';
            if (first < 0 && digitOrPlus) {
                first = i;
            } else if (first < 0 && c != '(') {
                return -1;
            }
            if (!digitOrPlus && !isSeparator(c)) {
                return -1;
            }
        }
        return first;
    }

    /** Returns the digits from {@code start} on, or null when a '+' follows. */
    private static String digitsAfter(String candidate, int start) {
        StringBuilder digits = new StringBuilder(candidate.length() - start);
        for (int i = start; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '+') {
                return null;
            }
            if (TextChars.isAsciiDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')';
    }

    /** Returns the rules of a supported region, or null for a region this class leaves to parse. */
    private static RegionParsingRules rulesForRegion(String region) {
        return RULES_BY_REGION.computeIfAbsent(region, RegionParsingRules::forRegion).orNull();
    }

    /** Returns the rules parse applies after reading {@code countryCode}, those of its main region. */
    private static RegionParsingRules rulesForCountryCode(int countryCode) {
        RegionParsingRules rules = RULES_BY_COUNTRY_CODE.get(countryCode);
        if (rules == null) {
            // Two threads may build the same rules, and either result is the same.
            String region = PHONE_UTIL.getRegionCodeForCountryCode(countryCode);
            rules = NON_GEOGRAPHIC_REGION.equals(region)
                    ? RegionParsingRules.forNonGeographicCode(countryCode) : RegionParsingRules.forRegion(region);
            RULES_BY_COUNTRY_CODE.set(countryCode, rules);
        }
        return rules.orNull();
    }

    /** Returns, for each number below 1000, whether libphonenumber has metadata for it as a calling code. */
    private static boolean[] knownCountryCodes() {
        boolean[] known = new boolean[COUNTRY_CODE_LIMIT];
        for (int countryCode : PHONE_UTIL.getSupportedCallingCodes()) {
            if (countryCode > 0 && countryCode < COUNTRY_CODE_LIMIT) {
                known[countryCode] = true;
            }
        }
        return known;
    }
}
