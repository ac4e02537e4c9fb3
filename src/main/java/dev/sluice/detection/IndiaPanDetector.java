package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Indian Permanent Account Numbers: five letters, four digits and a letter, upper case. The fourth letter
 * is the holder type that the Income Tax Department assigns: P person, C company, H Hindu undivided family,
 * F firm, A association of persons, T trust, B body of individuals, L local authority, J artificial juridical
 * person or G government. Ten-char codes with another fourth letter are not reported.
 */
final class IndiaPanDetector implements Detector {

    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]");

    @Override
    public String id() {
        return "in-pan";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= 6 && profile.digits() >= 4;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = PAN.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.IN_PAN, FindingCategory.PERSONAL_DATA, id(), 0.8));
        }
    }
}
