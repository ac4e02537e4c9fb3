package dev.sluice.detection;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Returns {@link PhoneNumberUtil#isValidNumber} with less work for a calling code shared by several regions.
 *
 * <p>For such a code, isValidNumber first picks the number's region: the first listed region whose leading
 * digits start the number, or, for a region without leading digits, whose number types accept it. Then it checks
 * the number against that region's types again. So a number valid in the first listed region, when that region
 * has no leading digits, is valid, and this class calls only {@link PhoneNumberUtil#isValidNumberForRegion} for it,
 * which checks the types once. Every other number gets isValidNumber itself.
 *
 * <p>Before either call, the length of the national significant number must be a possible length of one of the
 * calling code's regions: isValidNumber checks a region's general description first, and that check rejects a
 * number of any other length before it runs the description's pattern.
 */
final class PhoneNumberValidity {

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();
    private static final String NON_GEOGRAPHIC_REGION = "001";

    /** The first listed region of each shared calling code whose region has no leading digits, or "" if none. */
    private static final Map<Integer, String> FIRST_REGION_TO_TRY = new ConcurrentHashMap<>();

    /** For each calling code, bit n is set when a national significant number of n digits may be valid. */
    private static final Map<Integer, Integer> POSSIBLE_LENGTHS = new ConcurrentHashMap<>();

    private static final int ANY_LENGTH = -1;
    private static final long[] POWERS_OF_TEN = powersOfTen();

    private PhoneNumberValidity() {
    }

    /** Computes the per-code data of {@code countryCode} now and loads libphonenumber's metadata of its regions. */
    static void prepare(int countryCode) {
        POSSIBLE_LENGTHS.computeIfAbsent(countryCode, PhoneNumberValidity::possibleLengths);
        FIRST_REGION_TO_TRY.computeIfAbsent(countryCode, PhoneNumberValidity::firstRegionToTry);
        for (String region : PHONE_UTIL.getRegionCodesForCountryCode(countryCode)) {
            PHONE_UTIL.getExampleNumber(region);
        }
    }

    /** Returns {@code PHONE_UTIL.isValidNumber(number)}. */
    static boolean isValidNumber(PhoneNumber number) {
        int lengths = POSSIBLE_LENGTHS.computeIfAbsent(number.getCountryCode(), PhoneNumberValidity::possibleLengths);
        int length = significantLength(number);
        if (length < Integer.SIZE && (lengths & (1 << length)) == 0) {
            return false;
        }
        String firstRegion = FIRST_REGION_TO_TRY.computeIfAbsent(number.getCountryCode(),
                PhoneNumberValidity::firstRegionToTry);
        if (!firstRegion.isEmpty() && PHONE_UTIL.isValidNumberForRegion(number, firstRegion)) {
            return true;
        }
        return PHONE_UTIL.isValidNumber(number);
    }

    private static String firstRegionToTry(int countryCode) {
        List<String> regions = PHONE_UTIL.getRegionCodesForCountryCode(countryCode);
        if (regions.size() < 2) {
            return "";
        }
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                .getMetadataForRegion(regions.get(0));
        return metadata == null || metadata.hasLeadingDigits() ? "" : regions.get(0);
    }

    /**
     * Returns the length of {@code PHONE_UTIL.getNationalSignificantNumber(number)}: the digits of the national
     * number after the leading zeros that the number records.
     */
    private static int significantLength(PhoneNumber number) {
        int zeros = number.isItalianLeadingZero() && number.getNumberOfLeadingZeros() > 0
                ? number.getNumberOfLeadingZeros() : 0;
        long national = number.getNationalNumber();
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && national >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return zeros + digits;
    }

    /** Returns the possible lengths of every region of {@code countryCode} as bits, or all bits if one has none. */
    private static int possibleLengths(int countryCode) {
        MetadataSource metadataSource = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        int lengths = 0;
        for (String region : PHONE_UTIL.getRegionCodesForCountryCode(countryCode)) {
            PhoneMetadata metadata = NON_GEOGRAPHIC_REGION.equals(region)
                    ? metadataSource.getMetadataForNonGeographicalRegion(countryCode)
                    : metadataSource.getMetadataForRegion(region);
            List<Integer> regionLengths = metadata == null ? List.of() : metadata.getGeneralDesc().getPossibleLengthList();
            if (metadata == null || regionLengths.isEmpty()) {
                return ANY_LENGTH;
            }
            for (int length : regionLengths) {
                lengths |= length >= 0 && length < Integer.SIZE ? 1 << length : ANY_LENGTH;
            }
        }
        return lengths;
    }

    private static long[] powersOfTen() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
