package dev.sluice.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of {@code PhoneNumberUtil.parse} that depend on one region's metadata, decided without running a
 * regex on the number. Each metadata pattern is tried once, when the rules are built, on every two-digit string:
 * a pattern that neither matches the start of nor needs more input after "07" matches no number starting with
 * "07" ({@link Matcher#hitEnd()}). Only those constant strings are matched, never text from a record. The
 * patterns run with java.util.regex because RE2/J has no {@code hitEnd}, and libphonenumber writes them for it.
 *
 * <p>A number whose first two digits the international prefix may match is left to parse by the caller, and so is
 * one the national prefix may match, unless the prefix is one or more literal digit strings such as "0|180020".
 * Even then, parse keeps the prefix when the general pattern matches the whole number and not the rest. So a number
 * goes to parse too when the general pattern may match it, judged by the prefix and the two digits after it.
 */
final class RegionParsingRules {

    private static final MetadataSource METADATA =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

    private static final int TWO_DIGIT_PREFIXES = 100;

    /** Rules for metadata this class cannot read, so that every number of the region goes to parse. */
    private static final RegionParsingRules NOT_HANDLED = new RegionParsingRules();

    private final int countryCode;
    private final String countryCodeDigits;
    private final boolean[] internationalPrefixMayStart;
    private final boolean[] nationalPrefixMayStart;
    private final List<String> literalNationalPrefixes;
    private final boolean nationalPrefixNeedsParse;
    private final boolean[] generalPatternMayStartWith;
    // For each literal national prefix that the general pattern may start with, and each two digits after it,
    // whether the general pattern may match a number that starts with the prefix and those digits.
    private final boolean[][] generalPatternMayStartWithNext;
    private final List<Integer> possibleLengths;
    private final List<Integer> localOnlyLengths;

    private RegionParsingRules() {
        this.countryCode = 0;
        this.countryCodeDigits = "";
        this.internationalPrefixMayStart = null;
        this.nationalPrefixMayStart = null;
        this.literalNationalPrefixes = List.of();
        this.nationalPrefixNeedsParse = true;
        this.generalPatternMayStartWith = null;
        this.generalPatternMayStartWithNext = null;
        this.possibleLengths = List.of();
        this.localOnlyLengths = List.of();
    }

    private RegionParsingRules(PhoneMetadata metadata) {
        this.countryCode = metadata.getCountryCode();
        this.countryCodeDigits = String.valueOf(countryCode);
        this.internationalPrefixMayStart = mayStartTable(metadata.getInternationalPrefix());

        String nationalPrefix = metadata.getNationalPrefixForParsing();
        PhoneNumberDesc general = metadata.getGeneralDesc();
        this.nationalPrefixMayStart = nationalPrefix.isEmpty() ? null : mayStartTable(nationalPrefix);
        this.literalNationalPrefixes = literalAlternatives(nationalPrefix);
        // A transform rule rewrites the number, so it stays with parse.
        this.nationalPrefixNeedsParse = literalNationalPrefixes.isEmpty()
                || !metadata.getNationalPrefixTransformRule().isEmpty();
        // parse keeps a prefix when the whole number matches the general pattern and the rest does not. That
        // needs the pattern unless no number starting with the prefix can match it.
        Pattern generalPattern = Pattern.compile(general.getNationalNumberPattern());
        this.generalPatternMayStartWith = new boolean[literalNationalPrefixes.size()];
        this.generalPatternMayStartWithNext = new boolean[literalNationalPrefixes.size()][];
        for (int i = 0; i < literalNationalPrefixes.size(); i++) {
            String prefix = literalNationalPrefixes.get(i);
            generalPatternMayStartWith[i] = mayMatchStartingWith(generalPattern, prefix, true);
            if (generalPatternMayStartWith[i]) {
                generalPatternMayStartWithNext[i] = mayStartTable(generalPattern, prefix);
            }
        }
        this.possibleLengths = List.copyOf(general.getPossibleLengthList());
        this.localOnlyLengths = List.copyOf(general.getPossibleLengthLocalOnlyList());
    }

    /** Returns the rules of {@code region}, or rules that leave every number to parse for an unsupported one. */
    static RegionParsingRules forRegion(String region) {
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            return NOT_HANDLED;
        }
        return of(METADATA.getMetadataForRegion(region));
    }

    /** Returns the rules of a non-geographic calling code such as 800. */
    static RegionParsingRules forNonGeographicCode(int countryCode) {
        return of(METADATA.getMetadataForNonGeographicalRegion(countryCode));
    }

    private static RegionParsingRules of(PhoneMetadata metadata) {
        if (metadata == null || metadata.getGeneralDesc().getPossibleLengthCount() == 0) {
            return NOT_HANDLED;
        }
        return new RegionParsingRules(metadata);
    }

    /** Returns these rules, or null when every number of the region goes to parse. */
    RegionParsingRules orNull() {
        return this == NOT_HANDLED ? null : this;
    }

    int countryCode() {
        return countryCode;
    }

    String countryCodeDigits() {
        return countryCodeDigits;
    }

    /** Returns whether the region's international prefix may match the start of {@code digits}. */
    boolean internationalPrefixMayStart(String digits) {
        return internationalPrefixMayStart[twoDigitIndex(digits)];
    }

    /**
     * Returns {@code national} after the national prefix step of parse: without a leading national prefix when
     * parse strips it, unchanged when it does not, or null when only parse can tell.
     */
    String stripNationalPrefix(String national) {
        if (nationalPrefixMayStart == null || !nationalPrefixMayStart[twoDigitIndex(national)]) {
            return national;
        }
        if (nationalPrefixNeedsParse) {
            return null;
        }
        // A regex alternation matches with its first alternative that matches.
        for (int i = 0; i < literalNationalPrefixes.size(); i++) {
            String prefix = literalNationalPrefixes.get(i);
            if (national.startsWith(prefix)) {
                if (generalPatternMayStartWith[i] && generalPatternMayStartWithNext(i, national, prefix.length())) {
                    return null;
                }
                String stripped = national.substring(prefix.length());
                return keepsStrippedNumber(stripped.length()) ? stripped : national;
            }
        }
        return national;
    }

    /**
     * Returns whether the general pattern may match {@code national}, judged by the two digits after the prefix
     * {@code i} of {@code prefixLength} digits. A number without two more digits may match.
     */
    private boolean generalPatternMayStartWithNext(int i, String national, int prefixLength) {
        if (national.length() < prefixLength + 2) {
            return true;
        }
        return generalPatternMayStartWithNext[i][twoDigitIndex(national.substring(prefixLength))];
    }

    /**
     * Returns whether parse keeps a number of {@code length} digits after stripping the prefix: its length test
     * must not report too short, local only or invalid length. A number longer than every possible length counts
     * as too long, which parse accepts.
     */
    private boolean keepsStrippedNumber(int length) {
        int minimum = possibleLengths.get(0);
        if (minimum == -1 || localOnlyLengths.contains(length)) {
            return false;
        }
        if (length == minimum || length > possibleLengths.get(possibleLengths.size() - 1)) {
            return true;
        }
        return length > minimum && possibleLengths.contains(length);
    }

    private static int twoDigitIndex(String digits) {
        return (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
    }

    /** Returns, for each two-digit string, whether {@code regex} may match the start of a number beginning so. */
    private static boolean[] mayStartTable(String regex) {
        Pattern pattern = Pattern.compile(regex);
        boolean[] table = new boolean[TWO_DIGIT_PREFIXES];
        for (int i = 0; i < TWO_DIGIT_PREFIXES; i++) {
            table[i] = mayMatchStartingWith(pattern, String.format("%02d", i), false);
        }
        return table;
    }

    /**
     * Returns, for each two-digit string, whether {@code pattern} may match a whole number that begins with
     * {@code prefix} and then those two digits.
     */
    private static boolean[] mayStartTable(Pattern pattern, String prefix) {
        boolean[] table = new boolean[TWO_DIGIT_PREFIXES];
        for (int i = 0; i < TWO_DIGIT_PREFIXES; i++) {
            table[i] = mayMatchStartingWith(pattern, prefix + String.format("%02d", i), true);
        }
        return table;
    }

    /**
     * Returns whether {@code pattern} may match (whole, or at the start with {@code whole} false) some string
     * that begins with {@code prefix}. A failed match that never read past the end of {@code prefix} fails for
     * every longer string too.
     */
    private static boolean mayMatchStartingWith(Pattern pattern, String prefix, boolean whole) {
        Matcher matcher = pattern.matcher(prefix);
        boolean matched = whole ? matcher.matches() : matcher.lookingAt();
        return matched || matcher.hitEnd();
    }

    /**
     * Returns the alternatives of a pattern made only of digit strings joined by '|', such as "0|180020", or an
     * empty list for any other pattern.
     */
    private static List<String> literalAlternatives(String regex) {
        List<String> alternatives = List.of(regex.split("\\|", -1));
        for (String alternative : alternatives) {
            if (!isAsciiDigits(alternative)) {
                return List.of();
            }
        }
        return alternatives;
    }

    private static boolean isAsciiDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!TextChars.isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
