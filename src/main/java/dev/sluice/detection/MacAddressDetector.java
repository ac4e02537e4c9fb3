package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds MAC addresses: six hex pairs joined by ':' or by '-', one separator throughout ("00:1A:2B:3C:4D:5E"),
 * or three dotted groups of four hex digits as Cisco prints them ("001a.2b3c.4d5e"). The all-zero and broadcast
 * addresses are reported too. An address made only of decimal digits is not reported, because dotted and dashed
 * decimal groups are dates, versions and reference numbers far more often.
 */
// NOTE: rejecting decimal-only addresses misses about 0.4% of random MAC addresses ((10/16)^12).
final class MacAddressDetector implements Detector {

    static final Pattern MAC = Pattern.compile(
            "[0-9A-Fa-f]{2}([:\\-])[0-9A-Fa-f]{2}([:\\-])[0-9A-Fa-f]{2}([:\\-])[0-9A-Fa-f]{2}([:\\-])[0-9A-Fa-f]{2}"
                    + "([:\\-])[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}");

    private static final int MIN_CHARS = 14;
    private static final int MAX_CHARS = 17;

    @Override
    public String id() {
        return "mac-address";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every form needs five colons, five dashes or two dots.
        return profile.colons() >= 5 || profile.dots() >= 2 || profile.contains("-");
    }

    /**
     * Runs the pattern anchored at each hex pair followed by ':' or '-' and at each hex quad followed by '.',
     * because an unanchored search would start a match at every letter and digit of the text.
     */
    @Override
    public void detect(String text, List<Finding> findings) {
        AnchoredScan.run(text, MAC, MIN_CHARS, MAX_CHARS, MacAddressDetector::isCandidateStart,
                (matcher, start, end) -> accept(text, matcher, start, end, findings));
    }

    private boolean accept(String text, Matcher matcher, int start, int end, List<Finding> findings) {
        if (matcher.start(1) >= 0 && !hasOneSeparator(matcher)) {
            return false;
        }
        if (continuesAddress(text, start, end)
                || TextChars.countDigits(text, start, end) == countHex(text, start, end)) {
            return false;
        }
        findings.add(new Finding(start, end, EntityTypes.MAC_ADDRESS, FindingCategory.PERSONAL_DATA,
                id(), 0.85));
        return true;
    }

    /**
     * Finds the same addresses as {@link #detect(String, List)}. The first separator of an address is two chars
     * after its start (':' or '-') or four chars after it ('.'), so only those offsets before the context's
     * separators are tried. Offsets that fail {@link #isCandidateStart} are dropped before the sort, because
     * the scan would skip them anyway. Most are dropped by {@link #hasPairSeparators} and
     * {@link #hasQuadSeparators} without reading the text, and a text without candidates allocates nothing.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int last = text.length() - MIN_CHARS;
        int[] starts = null;
        int count = 0;
        for (int i = 0; i < context.separatorCount(); i++) {
            int separator = context.separatorAt(i);
            boolean pairs = hasPairSeparators(context, i);
            boolean quads = hasQuadSeparators(context, i);
            if (!pairs && !quads) {
                continue;
            }
            boolean dot = text.charAt(separator) == '.';
            if (dot ? !quads : !pairs) {
                continue;
            }
            int start = separator - (dot ? 4 : 2);
            if (start >= 0 && start <= last && isCandidateStart(text, start)) {
                if (starts == null) {
                    starts = new int[context.separatorCount()];
                }
                starts[count++] = start;
            }
        }
        if (starts == null) {
            return;
        }
        java.util.Arrays.sort(starts, 0, count);
        AnchoredScan.runAt(text, starts, count, MAC, MIN_CHARS, MAX_CHARS, MacAddressDetector::isCandidateStart,
                (matcher, start, end) -> accept(text, matcher, start, end, findings));
    }

    /**
     * Returns whether the context's separators from {@code index} on lie where the five separators of six hex
     * pairs lie, three chars apart. A hex char is no separator, so they are the next five entries of the list.
     * Every start that passes {@link #isCandidateStart} with a ':' or '-' at separator {@code index} passes
     * this test, which reads no char of the text.
     */
    private static boolean hasPairSeparators(ScanContext context, int index) {
        int last = index + 4;
        return last < context.separatorCount() && context.separatorAt(last) == context.separatorAt(index) + 12;
    }

    /**
     * Returns whether the context's separators {@code index} and {@code index + 1} lie five chars apart, as the
     * two dots of three hex quads do. Every start that passes {@link #isCandidateStart} with a '.' at separator
     * {@code index} passes this test.
     */
    private static boolean hasQuadSeparators(ScanContext context, int index) {
        int next = index + 1;
        return next < context.separatorCount() && context.separatorAt(next) == context.separatorAt(index) + 5;
    }

    /**
     * Returns whether an address that {@link #accept} keeps may start at {@code start}: six hex pairs joined by
     * one separator throughout, or three dotted hex quads. The caller guarantees {@code start + MIN_CHARS <=
     * text.length()}.
     */
    static boolean isCandidateStart(String text, int start) {
        if (!isHex(text.charAt(start)) || !isHex(text.charAt(start + 1))) {
            return false;
        }
        char third = text.charAt(start + 2);
        if (third == ':' || third == '-') {
            return hasHexPairs(text, start, third);
        }
        return isHex(third) && isHex(text.charAt(start + 3)) && text.charAt(start + 4) == '.'
                && hexAt(text, start + 5, 4) && text.charAt(start + 9) == '.' && hexAt(text, start + 10, 4);
    }

    /** Returns whether six hex pairs joined by {@code separator} start at {@code start}. */
    private static boolean hasHexPairs(String text, int start, char separator) {
        if (start + MAX_CHARS > text.length()) {
            return false;
        }
        for (int pair = 1; pair < 6; pair++) {
            int at = start + 3 * pair;
            if (text.charAt(at - 1) != separator || !isHex(text.charAt(at)) || !isHex(text.charAt(at + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hexAt(String text, int start, int count) {
        for (int i = start; i < start + count; i++) {
            if (!isHex(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean hasOneSeparator(Matcher matcher) {
        String first = matcher.group(1);
        for (int group = 2; group <= 5; group++) {
            if (!matcher.group(group).equals(first)) {
                return false;
            }
        }
        return true;
    }

    private static int countHex(String text, int start, int end) {
        int hex = 0;
        for (int i = start; i < end; i++) {
            if (Character.digit(text.charAt(i), 16) >= 0) {
                hex++;
            }
        }
        return hex;
    }

    /**
     * Returns whether the match touches a letter, digit or underscore, or continues a longer run of hex groups
     * such as an IPv6 address or a hex dump. A run continues when a separator on either side leads to a
     * separate hex group of one to four digits ("fe80::1", "-0a-"), or to a second separator ("::").
     */
    private static boolean continuesAddress(String text, int start, int end) {
        if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
            return true;
        }
        if (start > 0 && isSeparator(text.charAt(start - 1))) {
            int groupEnd = start - 1;
            int groupStart = groupEnd;
            while (groupStart > 0 && Character.digit(text.charAt(groupStart - 1), 16) >= 0) {
                groupStart--;
            }
            int length = groupEnd - groupStart;
            boolean separateGroup = !TextChars.wordCharBefore(text, groupStart);
            if ((length >= 1 && length <= 4 && separateGroup) || (length == 0 && groupStart > 0
                    && isSeparator(text.charAt(groupStart - 1)))) {
                return true;
            }
        }
        if (end < text.length() && isSeparator(text.charAt(end))) {
            int groupStart = end + 1;
            int groupEnd = groupStart;
            while (groupEnd < text.length() && Character.digit(text.charAt(groupEnd), 16) >= 0) {
                groupEnd++;
            }
            int length = groupEnd - groupStart;
            boolean separateGroup = !TextChars.wordCharAt(text, groupEnd);
            if ((length >= 1 && length <= 4 && separateGroup)
                    || (length == 0 && groupEnd < text.length() && isSeparator(text.charAt(groupEnd)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '-' || c == '.';
    }
}
