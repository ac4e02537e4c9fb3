package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds US Individual Taxpayer Identification Numbers in the grouped form {@code 9XX-GG-SSSS} or
 * {@code 9XX GG SSSS}, with one separator throughout. The group GG must be in a range the IRS assigns to ITINs:
 * 50-65, 70-88, 90-92 or 94-99.
 */
// NOTE: nine unseparated digits are not reported, because order and ticket numbers share that shape.
final class UsItinDetector implements Detector {

    private static final Pattern ITIN = Pattern.compile(
            "9[0-9]{2}([- ])(?:5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])([- ])[0-9]{4}");

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
    }

    /**
     * Finds the same numbers as {@link #detect(String, List)}. A match starts with '9' and two more digits
     * before a separator, so the only start in a digit run is three chars before its end.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int[] starts = new int[context.digitRunCount()];
        int count = 0;
        for (int run = 0; run < context.digitRunCount(); run++) {
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
    }

    private void add(String text, Matcher matcher, int start, int end, List<Finding> findings) {
        if (!matcher.group(1).equals(matcher.group(2)) || NumberBounds.continuesNumber(text, start, end)) {
            return;
        }
        findings.add(new Finding(start, end, EntityTypes.US_ITIN, FindingCategory.PERSONAL_DATA, id(), 0.85));
    }
}
