package dev.sluice.detection;

import dev.sluice.detection.TriggerWord.CaseRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The chars of a text that may match a char of a {@link TriggerWord}: the char itself for a word of the
 * {@link CaseRule#EXACT} rule, and every char with the same case key ({@link TriggerWord#caseKey}) for the
 * other rules. Two chars that match by any rule have the same case key, so a filter built from these chars never
 * drops an occurrence. Used once, to build the start filters of {@link TriggerWords}.
 */
final class CaseVariants {

    // The chars of each case key, filled for the whole char range on first use.
    private List<List<Character>> byKey;

    /** Returns the chars that may match the char at {@code index} of {@code word}. */
    List<Character> of(TriggerWord word, int index) {
        char c = word.word().charAt(index);
        if (word.caseRule() == CaseRule.EXACT) {
            return List.of(c);
        }
        return charsOfKey(TriggerWord.caseKey(c));
    }

    private List<Character> charsOfKey(char key) {
        if (byKey == null) {
            byKey = new ArrayList<>(Character.MAX_VALUE + 1);
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                byKey.add(null);
            }
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                int k = TriggerWord.caseKey(c);
                if (byKey.get(k) == null) {
                    byKey.set(k, new ArrayList<>(2));
                }
                byKey.get(k).add(c);
            }
        }
        return byKey.get(key);
    }
}
