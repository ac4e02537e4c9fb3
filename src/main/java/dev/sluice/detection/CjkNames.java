package dev.sluice.detection;

import java.util.Set;

/**
 * Reads Japanese, Chinese and Korean names next to an honorific or an introduction. A name in Han characters
 * must start with a known surname ("田中さん", "王伟先生", and "请联系王伟先生" finds "王伟"). A Katakana name
 * before an honorific is taken as written ("マリアさん"). A Hangul name of two to four syllables must start
 * with a Korean surname ("김민수 씨"). Every read looks at most {@value #MAX_NAME_CHARS} chars away.
 */
final class CjkNames {

    static final int MAX_NAME_CHARS = 4;
    private static final int MIN_KATAKANA_CHARS = 2;
    private static final int MAX_KATAKANA_CHARS = 12;

    /** Words that take an honorific but name a role, not a person ("お客様", "ユーザーさん", "고객님"). */
    private static final Set<String> ROLES = Set.of("ユーザー", "スタッフ", "メンバー", "オペレーター", "カスタマー",
            "ドライバー", "サポート", "고객", "회원", "선생", "사장", "부장", "팀장", "과장", "교수", "여러분", "기사");

    private CjkNames() {
    }

    /** Returns {start, end} of a name that ends at {@code end} (just before an honorific), or null. */
    static int[] before(String text, int end, NameDictionary names) {
        int nameEnd = end;
        if (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ' && isHangul(text, nameEnd - 2)) {
            nameEnd--;
        }
        if (isKatakana(text, nameEnd - 1)) {
            int start = nameEnd;
            while (start > 0 && isKatakana(text, start - 1) && nameEnd - start < MAX_KATAKANA_CHARS) {
                start--;
            }
            boolean whole = !isKatakana(text, start - 1);
            String name = text.substring(start, nameEnd);
            return whole && nameEnd - start >= MIN_KATAKANA_CHARS && !ROLES.contains(name)
                    ? new int[] {start, nameEnd} : null;
        }
        if (isHangul(text, nameEnd - 1)) {
            int start = nameEnd;
            while (start > 0 && isHangul(text, start - 1) && nameEnd - start <= MAX_NAME_CHARS) {
                start--;
            }
            int length = nameEnd - start;
            String name = text.substring(start, nameEnd);
            boolean fits = length >= 2 && length <= MAX_NAME_CHARS && !ROLES.contains(name);
            return fits && names.isCjkSurname(name.substring(0, 1)) ? new int[] {start, nameEnd} : null;
        }
        for (int length = MAX_NAME_CHARS; length >= 1; length--) {
            int start = nameEnd - length;
            if (start >= 0 && allHan(text, start, nameEnd) && startsWithSurname(text, start, nameEnd, names)) {
                return new int[] {start, nameEnd};
            }
        }
        return null;
    }

    /** Returns {start, end} of a name in Han or Hangul starting at {@code start} (after an introduction), or null. */
    static int[] after(String text, int start, NameDictionary names) {
        int begin = start;
        while (begin < text.length() && text.charAt(begin) == ' ') {
            begin++;
        }
        int end = begin;
        boolean hangul = isHangul(text, begin);
        while (end < text.length() && end - begin < MAX_NAME_CHARS
                && (hangul ? isHangul(text, end) : isHan(text, end))) {
            end++;
        }
        if (end - begin < 2) {
            return null;
        }
        String surname = text.substring(begin, begin + 1);
        return names.isCjkSurname(surname) || startsWithSurname(text, begin, end, names)
                ? new int[] {begin, end} : null;
    }

    private static boolean startsWithSurname(String text, int start, int end, NameDictionary names) {
        boolean oneChar = names.isCjkSurname(text.substring(start, start + 1));
        boolean twoChars = end - start >= 2 && names.isCjkSurname(text.substring(start, start + 2));
        return oneChar || twoChars;
    }

    private static boolean allHan(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHan(text, i)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHan(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々';
    }

    private static boolean isKatakana(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c >= '\u30A1' && c <= '\u30FA' || c == 'ー';
    }

    private static boolean isHangul(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c >= '\uAC00' && c <= '\uD7A3';
    }
}
