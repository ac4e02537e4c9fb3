package dev.sluice.detection;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
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
 */
final class PhoneNumberValidity {

    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();

    /** The first listed region of each shared calling code whose region has no leading digits, or "" if none. */
    private static final Map<Integer, String> FIRST_REGION_TO_TRY = new ConcurrentHashMap<>();

    private PhoneNumberValidity() {
    }

    /** Returns {@code PHONE_UTIL.isValidNumber(number)}. */
    static boolean isValidNumber(PhoneNumber number) {
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
}
