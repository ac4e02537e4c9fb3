package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Finds UK National Insurance numbers: two prefix letters, six digits and a suffix letter A-D, written without
 * spaces or with a space between every pair ("AB 12 34 56 C"). HMRC never issues D, F, I, Q, U or V as either
 * prefix letter, nor O as the second, nor the prefixes BG, GB, KN, NK, NT, TN and ZZ. Letters must be upper
 * case, so lower-case product codes are not reported.
 */
final class UkNinoDetector implements Detector {

    private static final Pattern NINO = Pattern.compile(
            "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]( ?)[0-9]{2}( ?)[0-9]{2}( ?)[0-9]{2}( ?)[A-D]");

    private static final Set<String> UNUSED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @Override
    public String id() {
        return "uk-nino";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters() >= 3 && profile.digits() >= 6;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        Matcher matcher = NINO.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, end)) {
                continue;
            }
            if (!hasUniformSpacing(matcher) || UNUSED_PREFIXES.contains(text.substring(start, start + 2))) {
                continue;
            }
            findings.add(new Finding(start, end, EntityTypes.UK_NINO, FindingCategory.PERSONAL_DATA, id(), 0.85));
        }
    }

    private static boolean hasUniformSpacing(Matcher matcher) {
        String first = matcher.group(1);
        for (int group = 2; group <= 4; group++) {
            if (!matcher.group(group).equals(first)) {
                return false;
            }
        }
        return true;
    }
}
