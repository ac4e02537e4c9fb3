package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Map;

/**
 * Finds IBANs (ISO 13616): country code, two check digits and the BBAN, written unseparated or in groups
 * separated by single spaces. A candidate must have its country's exact length and pass the mod-97 check on
 * the value with separators removed.
 */
final class IbanDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,30}){1,9}");

    /** Length of the longest match of {@link #CANDIDATE}: four chars and nine groups of a space and 30 chars. */
    private static final int MAX_CANDIDATE_CHARS = 4 + 9 * 31;

    /** IBAN length per country: every SEPA country plus other countries of the SWIFT IBAN registry. */
    static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18),
            Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
            Map.entry("VA", 22), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CR", 22), Map.entry("DO", 28), Map.entry("EG", 29), Map.entry("FO", 18),
            Map.entry("GE", 22), Map.entry("GL", 18), Map.entry("GT", 28), Map.entry("IL", 23),
            Map.entry("IQ", 23), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("MD", 24), Map.entry("ME", 22),
            Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("PK", 24), Map.entry("PS", 29),
            Map.entry("QA", 29), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31),
            Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24),
            Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VG", 24), Map.entry("XK", 20));

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // An IBAN starts with two capital letters and two check digits.
        return profile.upperCaseLetters() >= 2 && profile.digits() >= 2;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, IbanDetector::forEachCandidate);
    }

    /** Finds IBANs among the pattern matches that {@code candidates} reports. */
    void detect(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (start, candidateEnd) -> {
            if (TextChars.asciiAlphanumericAt(text, start - 1)) {
                return;
            }
            Integer expectedLength = LENGTHS.get(text.substring(start, start + 2));
            if (expectedLength == null) {
                return;
            }
            int end = endOfLength(text, start, candidateEnd, expectedLength);
            if (end < 0 || TextChars.asciiAlphanumericAt(text, end)) {
                return;
            }
            if (isValid(text.substring(start, end))) {
                findings.add(new Finding(start, end, EntityTypes.IBAN_CODE, FindingCategory.PERSONAL_DATA,
                        id(), 1.0, "mod97"));
            }
        });
    }

    /**
     * Reports the matches of {@link #CANDIDATE} that a {@code find()} loop over the whole text reports. The
     * pattern runs anchored, and only where two capital letters and two digits start a match.
     */
    /** Finds the same IBANs as {@link #detect(String, List)}, trying only two chars before each digit run. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings, (text, consumer) -> forEachCandidate(context, consumer));
    }

    /**
     * Reports what {@link #forEachCandidate(String, CandidateSpans.Consumer)} reports. Two capitals and two
     * digits start a match, so the only start near a digit run is two chars before it, and only the runs that
     * follow a capital are tried. {@link IbanCandidates} finds the end with a char scan in place of the pattern.
     */
    static void forEachCandidate(ScanContext context, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int last = text.length() - 4;
        int searchFrom = 0;
        for (int run : context.digitRunFacts().runsAfterCapital()) {
            int start = context.digitRunStart(run) - 2;
            if (start < searchFrom || start >= last || !mayStartIban(text, start)) {
                continue;
            }
            int end = IbanCandidates.matchEndAt(text, start);
            if (end >= 0) {
                consumer.accept(start, end);
                searchFrom = end;
            }
        }
    }

    static void forEachCandidate(String text, CandidateSpans.Consumer consumer) {
        int last = text.length() - 4;
        int i = 0;
        while (i < last) {
            if (!mayStartIban(text, i)) {
                i++;
                continue;
            }
            int end = CandidateSpans.matchEndAt(CANDIDATE, text, i, MAX_CANDIDATE_CHARS);
            if (end < 0) {
                i++;
                continue;
            }
            consumer.accept(i, end);
            i = end;
        }
    }

    private static boolean mayStartIban(String text, int i) {
        return isAsciiUpperCase(text.charAt(i)) && isAsciiUpperCase(text.charAt(i + 1))
                && TextChars.isAsciiDigit(text.charAt(i + 2)) && TextChars.isAsciiDigit(text.charAt(i + 3));
    }

    private static boolean isAsciiUpperCase(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Returns the end offset at which the candidate contains exactly {@code length} alphanumeric chars, or -1 when
     * that point is inside a group (the candidate then runs on past the IBAN without a separator) or is never
     * reached.
     */
    private static int endOfLength(String text, int start, int candidateEnd, int length) {
        int count = 0;
        for (int i = start; i < candidateEnd; i++) {
            if (text.charAt(i) != ' ') {
                count++;
            }
            if (count == length) {
                boolean groupEnds = i + 1 == candidateEnd || text.charAt(i + 1) == ' ';
                return groupEnds ? i + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Returns whether the value is a well-formed IBAN of a known country with valid check digits. Spaces and
     * dashes are removed first. Never throws: any other char, an unknown country or a wrong length is simply
     * "not an IBAN".
     */
    static boolean isValid(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            if (!TextChars.isAsciiAlphanumeric(c)) {
                return false;
            }
            compact.append(Character.toUpperCase(c));
        }
        if (compact.length() < 4) {
            return false;
        }
        Integer expectedLength = LENGTHS.get(compact.substring(0, 2));
        if (expectedLength == null || expectedLength != compact.length()
                || !TextChars.isAsciiDigit(compact.charAt(2)) || !TextChars.isAsciiDigit(compact.charAt(3))) {
            return false;
        }

        // Move the first four chars to the end, turn letters into 10..35 and take the remainder mod 97
        // digit by digit, so no big-number conversion is needed.
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (TextChars.isAsciiDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return remainder == 1;
    }
}
