package dev.sluice.detection;

import java.util.List;

/**
 * Finds the lab's project codenames from the settings as whole words, case-insensitively: "(Kestrel)",
 * "Kestrel." and "Kestrel's" match, "Kenya" does not match the codename "Ken".
 */
final class CodenameDetector implements Detector {

    private final DictionaryMatcher codenames;

    CodenameDetector(List<String> codenames) {
        this.codenames = new DictionaryMatcher(codenames, true);
    }

    @Override
    public String id() {
        return "codename";
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int[] span : codenames.findWholeWords(text)) {
            findings.add(new Finding(span[0], span[1], EntityTypes.CODENAME, FindingCategory.PROPRIETARY_MARKER,
                    id(), 0.9));
        }
    }
}
