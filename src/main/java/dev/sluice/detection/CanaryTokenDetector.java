package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds canary tokens: strings the lab plants in internal data sets so that a leak can be traced. A canary in a
 * record bound for a vendor proves the record carries internal data, so the finding is in the confidentiality
 * label category and the whole record is quarantined. Tokens match as whole words, ignoring case; a token in the
 * canonical GUID form also matches without its hyphens.
 */
final class CanaryTokenDetector implements Detector {

    private static final int GUID_LENGTH = 36;

    private final DictionaryMatcher tokens;
    private final boolean empty;

    CanaryTokenDetector(List<String> canaryTokens) {
        List<String> forms = new ArrayList<>();
        for (String token : canaryTokens) {
            String stripped = token.strip();
            forms.add(stripped);
            if (isGuid(stripped)) {
                forms.add(stripped.replace("-", ""));
            }
        }
        this.tokens = new DictionaryMatcher(forms, true);
        this.empty = forms.isEmpty();
    }

    /** Returns whether {@code token} has the 8-4-4-4-12 hex form of a GUID. */
    static boolean isGuid(String token) {
        if (token.length() != GUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < GUID_LENGTH; i++) {
            char c = token.charAt(i);
            boolean hyphenSlot = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (hyphenSlot ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String id() {
        return "canary-token";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return !empty;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        for (int[] span : tokens.findWholeWords(text)) {
            findings.add(new Finding(span[0], span[1], EntityTypes.CANARY_TOKEN,
                    FindingCategory.CONFIDENTIALITY_LABEL, id(), 1.0, "exact-token"));
        }
    }
}
