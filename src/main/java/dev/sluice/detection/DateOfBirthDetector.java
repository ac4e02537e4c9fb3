package dev.sluice.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds dates of birth: a valid calendar date ({@link CalendarDates}) right after a birth keyword in one of
 * several languages ("DOB:", "date of birth", "born on", "Geburtsdatum", "né le", "fecha de nacimiento", "data di
 * nascita", "生年月日", "出生日期"), or right before Japanese "生まれ". A date without such a keyword is not a
 * finding, so timestamps in logs stay untouched. The plain path finds the keywords in one Aho-Corasick pass, and the
 * engine's path takes them from the trigger words of {@link ScanContext}. A date is searched for only in a short
 * window next to each.
 */
final class DateOfBirthDetector implements Detector {

    /** Maximum chars between a keyword and its date, enough for "date of birth (MM/DD/YYYY): ". */
    private static final int MAX_GAP = 24;
    /** Maximum length of a date, "12 de septiembre de 1987" plus slack. */
    private static final int MAX_DATE_CHARS = 32;
    /** Maximum chars between a date and a keyword written after it. */
    private static final int MAX_GAP_BEFORE = 2;
    private static final double SCORE = 0.9;

    private static final List<String> KEYWORDS_BEFORE_DATE = List.of("dob", "d.o.b.", "date of birth", "birth date",
            "birthdate", "born on", "born", "birthday", "geburtsdatum", "geburtstag", "geboren am", "geboren", "geb.",
            "né le", "née le", "né(e) le", "date de naissance", "fecha de nacimiento", "fecha nac.", "nacido el",
            "nacida el", "data de nascimento", "nascido em", "nascida em", "data di nascita", "nato il", "nata il",
            "生年月日", "出生日期", "誕生日", "生日", "생년월일", "जन्म तिथि", "जन्मतिथि");

    private static final List<String> KEYWORDS_AFTER_DATE = List.of("生まれ");

    /** Keywords written without spaces around them, which count anywhere. */
    private static final Set<String> GLUED = Set.of("生年月日", "出生日期", "誕生日", "生日", "생년월일", "生まれ");

    private static final Trie KEYWORDS = keywords();

    // The trie reports keywords by end offset, and those that end at the same char in alphabetical order.
    private static final Comparator<Keyword> TRIE_ORDER = Comparator.comparingInt(Keyword::end)
            .thenComparing(Keyword::keyword);

    @Override
    public String id() {
        return "date-of-birth";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // Every accepted date has a year of at least two digits plus a day.
        return profile.digits() >= 3;
    }

    /** Returns false when the text lacks the digits of a date or every birth keyword. */
    @Override
    public boolean mayMatch(ScanContext context) {
        return mayMatch(context.profile()) && context.containsAny(TriggerWords.BIRTH_KEYWORDS);
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        List<Keyword> keywords = new ArrayList<>();
        for (Emit emit : KEYWORDS.parseText(text)) {
            keywords.add(new Keyword(emit.getStart(), emit.getKeyword()));
        }
        detect(text, keywords, findings);
    }

    /** Takes the keywords from the context's trigger words, in the order the trie reports them. */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        List<Keyword> keywords = new ArrayList<>();
        for (TriggerWord word : TriggerWords.BIRTH_KEYWORDS) {
            for (int start : context.occurrences(word)) {
                keywords.add(new Keyword(start, word.word()));
            }
        }
        keywords.sort(TRIE_ORDER);
        detect(context.text(), keywords, findings);
    }

    /** Returns the keywords in lower case, as the trie stores them. */
    static List<String> keywordList() {
        List<String> all = new ArrayList<>(KEYWORDS_BEFORE_DATE);
        all.addAll(KEYWORDS_AFTER_DATE);
        return all.stream().map(keyword -> keyword.toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns whether {@code keyword}, in lower case, counts only as a whole word, as every non-glued one does. */
    static boolean countsOnlyAsWholeWord(String keyword) {
        return !GLUED.contains(keyword);
    }

    /** One keyword occurrence, with the keyword in lower case. */
    private record Keyword(int start, String keyword) {

        int end() {
            return start + keyword.length();
        }
    }

    private void detect(String text, List<Keyword> keywords, List<Finding> findings) {
        int searchedUpTo = 0;
        for (Keyword found : keywords) {
            int start = found.start();
            int end = found.end();
            String keyword = found.keyword();
            if (!GLUED.contains(keyword) && (TextChars.continuesWordBefore(text, start, end)
                    || TextChars.continuesWordAfter(text, start, end))) {
                continue;
            }
            CalendarDates.Span date = KEYWORDS_AFTER_DATE.contains(keyword)
                    ? dateBefore(text, start)
                    : dateAfter(text, Math.max(end, searchedUpTo));
            if (date != null) {
                findings.add(new Finding(date.start(), date.end(), EntityTypes.DATE_OF_BIRTH,
                        FindingCategory.PERSONAL_DATA, id(), SCORE, "calendar", text.substring(start, end)));
                searchedUpTo = Math.max(searchedUpTo, date.end());
            }
        }
    }

    private static CalendarDates.Span dateAfter(String text, int from) {
        if (from >= text.length()) {
            return null;
        }
        int limit = from + MAX_GAP + MAX_DATE_CHARS;
        CalendarDates.Span date = CalendarDates.first(text, from, from + MAX_GAP, limit);
        return date != null && gapIsFiller(text, from, date.start()) ? date : null;
    }

    private static CalendarDates.Span dateBefore(String text, int keywordStart) {
        int from = Math.max(0, keywordStart - MAX_GAP_BEFORE - MAX_DATE_CHARS);
        CalendarDates.Span date = CalendarDates.first(text, from, keywordStart, keywordStart);
        while (date != null && keywordStart - date.end() > MAX_GAP_BEFORE) {
            date = CalendarDates.first(text, date.end(), keywordStart, keywordStart);
        }
        return date;
    }

    /** Returns whether the text between a keyword and its date contains no digit and no line break. */
    private static boolean gapIsFiller(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (TextChars.isAsciiDigit(c) || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private static Trie keywords() {
        Trie.TrieBuilder builder = Trie.builder().ignoreCase();
        KEYWORDS_BEFORE_DATE.forEach(builder::addKeyword);
        KEYWORDS_AFTER_DATE.forEach(builder::addKeyword);
        return builder.build();
    }
}
