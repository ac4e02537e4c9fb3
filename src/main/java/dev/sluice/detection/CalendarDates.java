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

    private static final Map<String, Integer> MONTHS = months();

    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(", ")"));

    private static final Pattern DATE = Pattern.compile("(?i)"
            + "(\\d{4})([-/.])(\\d{1,2})([-/.])(\\d{1,2})"
            + "|(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4}|\\d{2})"
            + "|(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)? (?:de )?" + MONTH + "\\.?,? (?:de |del )?(\\d{4})"
            + "|" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})"
            + "|(\\d{4}) ?[年년] ?(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]");

    /** A valid date found at {@code [start, end)}. */
    record Span(int start, int end) {
    }

    private CalendarDates() {
    }

    /**
     * Returns the first valid date that starts in {@code [from, latestStart]} and ends by {@code limit}, not touching
     * other digits, or null.
     */
    static Span first(String text, int from, int latestStart, int limit) {
        Matcher matcher = DATE.matcher(new TextWindow(text, from, Math.min(limit, text.length())));
        while (matcher.find()) {
            int start = from + matcher.start();
            int end = from + matcher.end();
            if (start > latestStart) {
                return null;
            }
            if (!TextChars.digitAt(text, start - 1) && !TextChars.digitAt(text, end) && isValid(matcher)) {
                return new Span(start, end);
            }
        }
        return null;
    }

    private static boolean isValid(Matcher m) {
        if (m.group(1) != null) {
            return m.group(2).equals(m.group(4)) && exists(year(m.group(1)), num(m.group(3)), num(m.group(5)));
        }
        if (m.group(6) != null) {
            int year = year(m.group(10));
            int a = num(m.group(6));
            int b = num(m.group(8));
            return m.group(7).equals(m.group(9)) && (exists(year, b, a) || exists(year, a, b));
        }
        if (m.group(11) != null) {
            return exists(year(m.group(13)), month(m.group(12)), num(m.group(11)));
        }
        if (m.group(14) != null) {
            return exists(year(m.group(16)), month(m.group(14)), num(m.group(15)));
        }
        return exists(year(m.group(17)), num(m.group(18)), num(m.group(19)));
    }

    /** Returns whether the date exists; a two-digit year is read as a year of the 1900s for the leap-year test. */
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
