package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds US Individual Taxpayer Identification Numbers in the grouped form {@code 9XX-GG-SSSS} or
 * {@code 9XX GG SSSS}, with one separator throughout. The group GG must be in a range the IRS assigns to ITINs:
 * 50-65, 70-88, 90-92 or 94-99. Nine digits without separators share their shape with order and ticket numbers, so
 * the compact form {@code 9XXGGSSSS} is reported only when the word ITIN comes at most
 * {@value #COMPACT_CONTEXT_CHARS} chars before it.
 */
final class UsItinDetector implements Detector {

    private static final String GROUP = "(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])";
    private static final Pattern ITIN = Pattern.compile("9[0-9]{2}([- ])" + GROUP + "([- ])[0-9]{4}");
    private static final Pattern COMPACT_ITIN = Pattern.compile("9[0-9]{2}" + GROUP + "[0-9]{4}");
    private static final int COMPACT_CONTEXT_CHARS = 32;
    private static final String CONTEXT_WORD = "itin";
    private static final int LOWER_CASE_BIT = 0x20;
    private static final int COMPACT_DIGITS = 9;

    /** Length of every match of {@link #ITIN}: nine digits and two separators. */
    private static final int ITIN_CHARS = 11;

    @Override
    public String id() {
        return "us-itin";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits() >= 9;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = ITIN.matcher(text);
        while (matcher.find()) {
            add(text, matcher, matcher.start(), matcher.end(), findings);
        }
        if (indexOfWordItin(text, 0, text.length()) >= 0) {
            findCompact(text, findings);
        }
    }

    private void findCompact(String text, List<Finding> findings) {
        Matcher matcher = COMPACT_ITIN.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (NumberBounds.continuesNumber(text, start, end)
                    || indexOfWordItin(text, Math.max(0, start - COMPACT_CONTEXT_CHARS), start) < 0) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.US_ITIN, FindingCategory.PERSONAL_DATA, id(), 0.8,
                    "irs-ranges"));
        }
    }

    /** Returns where the word ITIN, in any case and not inside a longer word, starts in [from, to), or -1. */
    private static int indexOfWordItin(String text, int from, int to) {
        for (int at = from; at + CONTEXT_WORD.length() <= to; at++) {
            if ((text.charAt(at) | LOWER_CASE_BIT) == 'i' && text.regionMatches(true, at, CONTEXT_WORD, 0, CONTEXT_WORD.length())
                    && !TextChars.isAsciiLetter(charOrSpace(text, at - 1))
                    && !TextChars.isAsciiLetter(charOrSpace(text, at + CONTEXT_WORD.length()))) {
                return at;
            }
        }
        return -1;
    }

    private static char charOrSpace(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : ' ';
    }

    /**
     * Finds the same numbers as {@link #detect(String, List)}. A match starts with '9' and two more digits
     * before a separator, so the only start in a digit run is three chars before its end, and its digit groups
     * are runs of the shape {@link DigitRunFacts#threeGroupRuns} lists.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int[] groupRuns = context.digitRunFacts().threeGroupRuns();
        int[] starts = new int[groupRuns.length];
        int count = 0;
        for (int run : groupRuns) {
            int start = context.digitRunEnd(run) - 3;
            if (start >= context.digitRunStart(run) && text.charAt(start) == '9') {
                starts[count++] = start;
            }
        }
        AnchoredScan.findAtStarts(text, java.util.Arrays.copyOf(starts, count), ITIN, ITIN_CHARS,
                (matcher, start, end) -> {
                    add(text, matcher, start, end, findings);
                    return true;
                });
        if (hasCompactCandidate(context) && indexOfWordItin(text, 0, text.length()) >= 0) {
            findCompact(text, findings);
        }
    }

    /** Returns whether some digit run is nine digits starting with 9, the only shape of a compact ITIN. */
    private static boolean hasCompactCandidate(ScanContext context) {
        for (int run : context.digitRunFacts().runsOfAtLeast(COMPACT_DIGITS)) {
            int start = context.digitRunStart(run);
            if (context.digitRunEnd(run) - start == COMPACT_DIGITS && context.text().charAt(start) == '9') {
                return true;
            }
        }
        return false;
    }

    private void add(String text, Matcher matcher, int start, int end, List<Finding> findings) {
        if (!matcher.group(1).equals(matcher.group(2)) || NumberBounds.continuesNumber(text, start, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.US_ITIN, FindingCategory.PERSONAL_DATA, id(), 0.85,
                "irs-ranges"));
    }
}
