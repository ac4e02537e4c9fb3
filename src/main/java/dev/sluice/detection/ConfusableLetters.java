package dev.sluice.detection;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters of other scripts that look like an ASCII letter (Cyrillic 'а', 'е', 'о', 'р', 'с', Greek omicron...), and
 * the folding of them inside mixed-script words.
 *
 * <p>The table comes from ICU's confusables data (UTS #39 skeletons, {@link SpoofChecker#getSkeleton}): a letter
 * maps to the ASCII letter with the same skeleton and, where the skeleton is shared by two ASCII letters ('I' and
 * 'l'), to the one of the same case. Only letters of the scripts in {@link #SCRIPTS} are mapped, because these
 * alphabets are the ones that pass for Latin; Arabic, Hebrew, CJK and Indic letters are never folded.
 */
final class ConfusableLetters {

    /** Returned by {@link #latinTarget} for a char that has no ASCII look-alike. */
    static final char NONE = 0;

    private static final Set<Integer> SCRIPTS = Set.of(UScript.CYRILLIC, UScript.GREEK, UScript.ARMENIAN,
            UScript.CHEROKEE, UScript.COPTIC, UScript.LISU);

    private static final int BMP_SIZE = 0x10000;
    private static final char[] TARGETS = buildTargets();

    private ConfusableLetters() {
    }

    /** Returns the ASCII letter that {@code codePoint} looks like, or {@link #NONE}. */
    static char latinTarget(int codePoint) {
        return codePoint < BMP_SIZE ? TARGETS[codePoint] : NONE;
    }

    /**
     * Replaces, in {@code chars[0, length)}, every confusable letter of a word that also contains a Latin letter
     * by its ASCII look-alike. A word is a run of letters, digits and combining marks. Words without a Latin
     * letter stay as they are, so Russian or Greek prose is not touched. Each replacement is one BMP char for one
     * char, so offsets do not move.
     *
     * <p>NOTE: a word made only of look-alikes stays, even next to Latin words: the Cyrillic local part of
     * "аса@example.com" is not folded.
     */
    static void foldMixedScriptWords(char[] chars, int length) {
        CharSequence text = CharBuffer.wrap(chars, 0, length);
        int i = 0;
        while (i < length) {
            if (latinTarget(chars[i]) == NONE) {
                i++;
                continue;
            }
            int start = Words.start(text, i);
            int end = Words.end(text, i);
            if (Words.containsLatinLetter(text, start, end)) {
                for (int k = start; k < end; k++) {
                    char target = latinTarget(chars[k]);
                    if (target != NONE) {
                        chars[k] = target;
                    }
                }
            }
            i = end;
        }
    }

    private static char[] buildTargets() {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        Map<String, List<Character>> asciiBySkeleton = asciiLettersBySkeleton(checker);

        char[] targets = new char[BMP_SIZE];
        for (int c = 0x80; c < BMP_SIZE; c++) {
            if (!UCharacter.isLetter(c) || !SCRIPTS.contains(UScript.getScript(c))) {
                continue;
            }
            List<Character> lookAlikes = asciiBySkeleton.get(checker.getSkeleton(String.valueOf((char) c)));
            if (lookAlikes != null) {
                targets[c] = sameCase(c, lookAlikes);
            }
        }
        return targets;
    }

    private static Map<String, List<Character>> asciiLettersBySkeleton(SpoofChecker checker) {
        Map<String, List<Character>> bySkeleton = new HashMap<>();
        for (char letter = 'A'; letter <= 'z'; letter++) {
            if (TextChars.isAsciiLetter(letter)) {
                String skeleton = checker.getSkeleton(String.valueOf(letter));
                bySkeleton.computeIfAbsent(skeleton, key -> new ArrayList<>()).add(letter);
            }
        }
        return bySkeleton;
    }

    /** Picks the look-alike of the same case as {@code letter}, or the first one when none matches. */
    private static char sameCase(int letter, List<Character> lookAlikes) {
        for (char candidate : lookAlikes) {
            boolean upper = candidate <= 'Z';
            if ((upper && UCharacter.isUUppercase(letter)) || (!upper && UCharacter.isULowercase(letter))) {
                return candidate;
            }
        }
        return lookAlikes.get(0);
    }
}
