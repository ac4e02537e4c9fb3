package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds calendar dates with a year in a short window and checks that they exist: ISO "1987-03-12", numeric
 * "12.03.1987", "3/12/1987" (day-month or month-day, either reading may make it valid), "12 March 1987",
 * "March 12, 1987", "12. März 1987", "12 de marzo de 1987", "1987年3月12日" and "1987년 3월 12일". Month names
 * are English, German, French, Spanish, Portuguese and Italian, full or abbreviated.
 */
final class CalendarDates {

    /** Earliest and latest year accepted as a birth year. */
    private static final int MIN_YEAR = 1870;
    private static final int MAX_YEAR = 2100;
    private static final int TWO_DIGIT_YEARS = 100;
    /** Length of the longest month name, "septiembre". */
    private static final int MAX_MONTH_CHARS = 10;

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(", ")"));

    /** Dates written with digits only: ISO, numeric day-month-year or month-day-year, Japanese and Korean. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})([-/.])(\\d{1,2})"
            + "|(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4}|\\d{2})"
            + "|(\\d{4}) ?[年년] ?(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]");

    /** Dates with a month name, tried only where a letter follows the day or precedes it. */
    private static final Pattern NAMED_DATE = Pattern.compile("(?i)"
            + "(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)? (?:de )?" + MONTH + "\\.?,? (?:de |del )?(\\d{4})"
            + "|" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})");

    /** A valid date found at {@code [start, end)}. */
    record Span(int start, int end) {
    }

    private CalendarDates() {
    }

    /**
     * Returns the first valid date that starts in {@code [from, latestStart]} and ends by {@code limit}, not touching
     * other digits, or null. The pattern runs anchored, only at each digit run of the window and at the word just
     * before it (where "March 12, 1987" starts), because an unanchored search would start at every position.
     */
    static Span first(String text, int from, int latestStart, int limit) {
        int end = Math.min(limit, text.length());
        int i = from;
        while (i < end) {
            if (!TextChars.isAsciiDigit(text.charAt(i)) || TextChars.digitAt(text, i - 1)) {
                i++;
                continue;
            }
            int monthStart = wordStartBefore(text, i, from);
            Span date = monthStart < 0 || monthStart > latestStart ? null : dateAt(text, monthStart, end);
            if (date == null && i <= latestStart) {
                date = dateAt(text, i, end);
            }
            if (date != null) {
                return date;
            }
            if (i > latestStart && (monthStart < 0 || monthStart > latestStart)) {
                return null;
            }
            i++;
        }
        return null;
    }

    /** Returns the start of the month name that ends one space (and an optional '.') before {@code digit}, or -1. */
    private static int wordStartBefore(String text, int digit, int from) {
        int i = digit - 1;
        if (i < from || text.charAt(i) != ' ') {
            return -1;
        }
        i--;
        if (i >= from && text.charAt(i) == '.') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= from && wordEnd - i <= MAX_MONTH_CHARS && Character.isLetter(text.charAt(i))) {
            i--;
        }
        boolean month = i + 1 < wordEnd && MONTHS.containsKey(text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT));
        return month ? i + 1 : -1;
    }

    private static Span dateAt(String text, int start, int end) {
        boolean named = !TextChars.isAsciiDigit(text.charAt(start)) || letterAfterDay(text, start, end);
        Matcher matcher = (named ? NAMED_DATE : NUMERIC_DATE).matcher(new TextWindow(text, start, end));
        if (!matcher.lookingAt()) {
            return null;
        }
        int dateEnd = start + matcher.end();
        boolean isolated = !TextChars.digitAt(text, start - 1) && !TextChars.digitAt(text, dateEnd);
        boolean valid = named ? isValidNamed(matcher) : isValidNumeric(matcher);
        return isolated && valid ? new Span(start, dateEnd) : null;
    }

    /**
     * Returns whether the digits at {@code start} are followed by an ordinal suffix or by a space and a Latin
     * letter, as in "12th", "12 March" and "12. März".
     */
    private static boolean letterAfterDay(String text, int start, int end) {
        int i = start;
        while (i < end && TextChars.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        if (i < end && (text.charAt(i) == '.' || text.charAt(i) == 'º')) {
            i++;
        }
        if (i < end && TextChars.isAsciiLetter(text.charAt(i))) {
            return true;
        }
        return i + 1 < end && text.charAt(i) == ' ' && Character.isLetter(text.charAt(i + 1))
                && Character.UnicodeScript.of(text.charAt(i + 1)) == Character.UnicodeScript.LATIN;
    }

    private static boolean isValidNumeric(Matcher m) {
        if (m.group(1) != null) {
            return m.group(2).equals(m.group(4)) && exists(year(m.group(1)), num(m.group(3)), num(m.group(5)));
        }
        if (m.group(6) != null) {
            int year = year(m.group(10));
            int a = num(m.group(6));
            int b = num(m.group(8));
            return m.group(7).equals(m.group(9)) && (exists(year, b, a) || exists(year, a, b));
        }
        return exists(year(m.group(11)), num(m.group(12)), num(m.group(13)));
    }

    private static boolean isValidNamed(Matcher m) {
        if (m.group(1) != null) {
            return exists(year(m.group(3)), month(m.group(2)), num(m.group(1)));
        }
        return exists(year(m.group(6)), month(m.group(4)), num(m.group(5)));
    }

    /** Returns whether the date exists. A two-digit year is read as a year of the 1900s for the leap-year test. */
    static boolean exists(int year, int month, int day) {
        if (year < TWO_DIGIT_YEARS) {
            year += 1900;
        }
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen"},
            {"february", "feb", "februar", "février", "fevrier", "févr", "fév", "febrero", "fevereiro", "fev",
                "febbraio"},
            {"march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maio", "maggio", "mag"},
            {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"},
            {"august", "aug", "août", "aout", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro",
                "dicembre"}};
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
