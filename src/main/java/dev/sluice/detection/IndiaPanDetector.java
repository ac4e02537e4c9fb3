package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Indian Permanent Account Numbers: five letters, four digits and a letter, upper case. The fourth letter
 * is the holder type that the Income Tax Department assigns. The types are P person, C company, H Hindu
 * undivided family, F firm, A association of persons, T trust, B body of individuals, L local authority,
 * J artificial juridical person and G government. Ten-char codes with another fourth letter are not reported.
 */
final class IndiaPanDetector implements Detector {

    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]");
    private static final int PAN_CHARS = 10;

    @Override
    public String id() {
        return "in-pan";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= 6 && profile.digits() >= 4;
    }

    /**
     * Runs the pattern anchored where a word has a capital letter and a digit at the offsets of a PAN's fifth
     * and sixth chars, because an unanchored search would start a match at every capital letter of the text.
     */
    @Override
    public void detect(String text, List<Finding> findings) {
        int last = text.length() - PAN_CHARS;
        for (int start = 0; start <= last; start++) {
            tryAt(text, start, findings);
        }
    }

    /**
     * Finds the same numbers as {@link #detect(String, List)}. The four digits of a PAN follow five capitals,
     * so the only start near a digit run is five chars before it, and only the runs that follow a capital are
     * tried.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        int last = text.length() - PAN_CHARS;
        for (int run : context.digitRunFacts().runsAfterCapital()) {
            int start = context.digitRunStart(run) - 5;
            if (start > last) {
                break;
            }
            if (start >= 0) {
                tryAt(text, start, findings);
            }
        }
    }

    private void tryAt(String text, int start, List<Finding> findings) {
        char fifth = text.charAt(start + 4);
        if (fifth < 'A' || fifth > 'Z' || !TextChars.isAsciiDigit(text.charAt(start + 5))
                || TextChars.wordCharBefore(text, start)) {
            return;
        }
        Matcher matcher = PAN.matcher(new TextWindow(text, start, start + PAN_CHARS));
        int end = start + PAN_CHARS;
        if (matcher.matches() && !TextChars.wordCharAt(text, end)) {
            findings.add(new Finding(start, end, EntityTypes.IN_PAN, FindingCategory.PERSONAL_DATA, id(), 0.8));
        }
    }
}
