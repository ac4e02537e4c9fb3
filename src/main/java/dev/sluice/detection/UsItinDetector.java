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
            int start = matcher.start();
            int end = matcher.end();
            if (!matcher.group(1).equals(matcher.group(2)) || NumberBounds.continuesNumber(text, start, end)) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.US_ITIN, FindingCategory.PERSONAL_DATA, id(), 0.85));
        }
    }
}
