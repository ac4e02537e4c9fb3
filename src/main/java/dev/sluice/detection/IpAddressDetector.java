package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds IPv4 and IPv6 addresses. Addresses are validated by hand-written parsers, never by
 * {@code InetAddress.getByName}, which may send a DNS query for a string that is not a literal address.
 *
 * <p>An IPv4 match that is part of a longer dotted run is a version string and is not reported. Neither is one
 * that follows version context on its line: a version word of the corpus languages ("v", "version",
 * "build", "release", "Versionsnummer", "versión", "versão", "バージョン", "संस्करण"), a phrase such as
 * "upgraded the SDK to", "Update auf" or "atualize para", or a markdown changelog heading "## [". A four-part
 * number that follows such a version within {@value #LIST_GAP_CHARS} chars of the same sentence ("auf Version 1.87.4.1 aktualisieren,
 * nicht auf 3.82.6.8") is the next item of the same list when only list words ("nicht auf", "ou", "and") stand
 * between them.
 */
final class IpAddressDetector implements Detector {

    /** Words that may stand between two versions of one list, in the languages of the version words. */
    private static final Set<String> LIST_WORDS = Set.of(
            "and", "or", "not", "nor", "to", "instead", "of", "than", "currently", "now", "vs", "versus",
            "und", "oder", "nicht", "auf", "statt", "anstatt", "aktuell", "derzeit", "aktualisieren",
            "et", "ou", "pas", "vers", "actuellement", "au", "lieu", "de",
            "y", "o", "no", "a", "en", "vez", "actualmente", "e", "não", "para", "em", "atualmente",
            "では", "なく", "ではなく", "から", "へ", "现在", "पर", "अपडेट", "करें", "नहीं", "से", "या", "और");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    // Matched against the lower-cased text before the number.
    private static final Pattern VERSION_CONTEXT = Pattern.compile(
            "(?:\\bv|\\bver|\\bversion|\\bversion to|\\bbuild|\\brelease|\\brelease[ -]?candidate|\\brc|"
                    + "\\btag|\\bversionsnummer|\\bversión|\\bversão|バージョン|संस्करण|"
                    + "\\bauf version|\\b(?:update|upgrade|aktualisierung|aktualisiert|aktualisieren) auf|"
                    + "(?:^|\\s)à (?:jour|niveau) vers|\\bactualiz[a-zó]* a|\\batualiz[a-zçã]* para)"
                    + "[ \\t]*[:=]?[ \\t]*$");

    // "upgraded to", "updated the SDK to", "bumped core deps to". Group 1 contains the words between verb and
    // "to", which must not name a network thing ("updated the DNS record to 192.0.2.8").
    private static final Pattern UPDATED_TO = Pattern.compile(
            "\\b(?:upgraded|updated|bumped|upgrade|update|bump|downgraded|pinned)"
                    + "((?:[ \\t]+[\\p{L}\\p{N}_.\\-]+){0,3}?)[ \\t]+to[ \\t]*[:=]?[ \\t]*$");

    // Words that make the number next to them an address. Matched against lower-cased text.
    private static final Pattern NETWORK_WORD = Pattern.compile(
            "(?:^|[^\\p{L}\\p{N}_])(?:ip|ipv4|ips|addr|address|adresse|ip-adresse|dirección|endereço|host|hostname|"
                    + "server|servers|serveur|servidor|client|cliente|from|peer|gateway|proxy|dns|record|subnet|"
                    + "firewall|endpoint|node|router|resolver)(?:[^\\p{L}\\p{N}_]|$)|"
                    + "アドレス|サーバ|ホスト|पता|सर्वर|आईपी");

    private static final Pattern CHANGELOG_HEADING = Pattern.compile("^[ \\t]*#+[ \\t]*\\[?v?$");

    /** Length of the shortest match of {@link #IPV4}. */
    private static final int MIN_IPV4_CHARS = 7;

    private static final int CONTEXT_CHARS = 40;

    private static final int LIST_GAP_CHARS = 40;

    @Override
    public String id() {
        return "ip-address";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        // IPv4 needs four digits and three dots; every IPv6 form has at least two colons.
        return (profile.digits() >= 4 && profile.dots() >= 3) || profile.colons() >= 2;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, IpAddressDetector::forEachIpv4Candidate, IpAddressDetector::forEachIpv6Candidate);
    }

    /**
     * Finds the same addresses as {@link #detect(String, List)}. IPv4 runs start only at the context's digit
     * runs. IPv6 candidates are looked for only in a text with two colons, because every address has two.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        String text = context.text();
        if (context.digitRunFacts().dottedQuadRuns().length > 0) {
            findIpv4(text, findings, (t, consumer) -> forEachIpv4Candidate(context, consumer));
        }
        if (context.profile().colons() >= 2) {
            findIpv6(text, findings, (t, consumer) -> forEachIpv6Candidate(context, consumer));
        }
    }

    /**
     * Reports the candidates of {@link #forEachIpv6Candidate(String, CandidateSpans.Consumer)} that contain at
     * least two colons, because {@link #findIpv6} finds addresses in no others. The colons are found among the
     * context's separator positions instead of by searching the text. A run has two colons exactly when its
     * first colon and the next colon of the text are joined by run chars. So prose colons ("Note: ", "14:30")
     * cost a char or two each and are never reported. The walk ends at the text's last colon.
     */
    static void forEachIpv6Candidate(ScanContext context, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int coveredUntil = 0;
        int previousColon = -1;
        int colonsLeft = context.profile().colons();
        for (int k = 0; k < context.separatorCount() && colonsLeft > 0; k++) {
            int colon = context.separatorAt(k);
            if (text.charAt(colon) != ':') {
                continue;
            }
            colonsLeft--;
            if (colon < coveredUntil) {
                continue;
            }
            if (previousColon >= 0 && joinedByRunChars(text, previousColon, colon)) {
                coveredUntil = reportIpv6Run(text, previousColon, coveredUntil, consumer);
                previousColon = -1;
            } else {
                previousColon = colon;
            }
        }
    }

    /** Returns whether every char strictly between {@code from} and {@code to} is a hex digit, colon or dot. */
    private static boolean joinedByRunChars(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!isIpv6RunChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports what {@link #forEachIpv4Candidate(String, CandidateSpans.Consumer)} reports. Each run of digits
     * and dots starts at a digit, so only digit runs outside the previous run start one. A match's octets are
     * four digit runs one char apart, so a match starts in a run that {@link DigitRunFacts#dottedQuadRuns}
     * lists, and no match starts before the first listed run of a run of digits and dots. So the scan starts
     * there and finds the same matches.
     */
    static void forEachIpv4Candidate(ScanContext context, CandidateSpans.Consumer consumer) {
        String text = context.text();
        int length = text.length();
        int coveredUntil = 0;
        for (int run : context.digitRunFacts().dottedQuadRuns()) {
            int runStart = context.digitRunStart(run);
            if (runStart < coveredUntil) {
                continue;
            }
            int i = context.digitRunEnd(run);
            int lastDigit = i - 1;
            int dots = 0;
            while (i < length && (TextChars.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                if (text.charAt(i) == '.') {
                    dots++;
                } else {
                    lastDigit = i;
                }
                i++;
            }
            coveredUntil = i;
            if (dots >= 3 && lastDigit + 1 - runStart >= MIN_IPV4_CHARS) {
                Ipv4Candidates.findAll(text, runStart, lastDigit + 1, consumer);
            }
        }
    }

    /**
     * Finds addresses among the matches of {@link #IPV4} and the IPv6 candidates (maximal runs of hex digits,
     * colons and dots that contain a colon) that {@code ipv4Candidates} and {@code ipv6Candidates} report. The
     * IPv6 parser decides which candidates are addresses.
     */
    void detect(String text, List<Finding> findings, CandidateSpans.Source ipv4Candidates,
            CandidateSpans.Source ipv6Candidates) {
        findIpv4(text, findings, ipv4Candidates);
        if (text.indexOf(':') >= 0) {
            findIpv6(text, findings, ipv6Candidates);
        }
    }

    /**
     * Reports the matches of {@link #IPV4} that a {@code find()} loop over the whole text reports. A match
     * contains only digits and dots, so the pattern runs only on maximal runs of them, from the first digit to
     * the last, that have at least three dots.
     */
    static void forEachIpv4Candidate(String text, CandidateSpans.Consumer consumer) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!TextChars.isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int lastDigit = i;
            int dots = 0;
            while (i < length && (TextChars.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                if (text.charAt(i) == '.') {
                    dots++;
                } else {
                    lastDigit = i;
                }
                i++;
            }
            if (dots >= 3 && lastDigit + 1 - runStart >= MIN_IPV4_CHARS) {
                CandidateSpans.findAll(IPV4, text, runStart, lastDigit + 1, consumer);
            }
        }
    }

    /**
     * Reports the matches of {@code [0-9A-Fa-f.]*:[0-9A-Fa-f:.]*} that a {@code find()} loop over the whole text
     * reports: the maximal runs of hex digits, colons and dots that contain a colon. The pattern's first part takes every char
     * of such a run before its first colon, and its second part takes the rest. So the whole run is the match,
     * and it is reported without running the pattern.
     */
    static void forEachIpv6Candidate(String text, CandidateSpans.Consumer consumer) {
        int length = text.length();
        int from = 0;
        while (from < length) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                return;
            }
            from = reportIpv6Run(text, colon, from, consumer);
        }
    }

    /**
     * Reports the maximal run of hex digits, colons and dots around {@code colon}, reading no further left than
     * {@code from}, and returns the run's end.
     */
    private static int reportIpv6Run(String text, int colon, int from, CandidateSpans.Consumer consumer) {
        int runStart = colon;
        while (runStart > from && isIpv6RunChar(text.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = colon + 1;
        while (runEnd < text.length() && isIpv6RunChar(text.charAt(runEnd))) {
            runEnd++;
        }
        consumer.accept(runStart, runEnd);
        return runEnd;
    }

    private static boolean isIpv6RunChar(char c) {
        return TextChars.isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
    }

    private void findIpv4(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        int[] versionEnd = {-1};
        candidates.forEach(text, (start, end) -> {
            // A ':' before the match makes it the embedded IPv4 tail of an IPv6 address, found below.
            boolean ipv6Tail = start > 0 && text.charAt(start - 1) == ':';
            if (ipv6Tail || isInLongerDottedRun(text, start, end) || TextChars.wordCharBefore(text, start)
                    || TextChars.wordCharAt(text, end)) {
                return;
            }
            if (!isValidIpv4(text, start, end)) {
                return;
            }
            if (hasVersionContext(text, start) || continuesVersionList(text, versionEnd[0], start)) {
                versionEnd[0] = end;
                return;
            }
            findings.add(new Finding(start, end, EntityTypes.IP_ADDRESS, FindingCategory.PERSONAL_DATA, id(), 0.8));
        });
    }

    private static boolean isInLongerDottedRun(String text, int start, int end) {
        boolean dottedBefore = start >= 2 && text.charAt(start - 1) == '.'
                && TextChars.asciiAlphanumericAt(text, start - 2);
        boolean dottedAfter = end + 1 < text.length() && text.charAt(end) == '.'
                && TextChars.asciiAlphanumericAt(text, end + 1);
        return dottedBefore || dottedAfter;
    }

    /** Returns whether each of the four octets is 0-255 without a leading zero. */
    static boolean isValidIpv4(CharSequence text, int start, int end) {
        int octetStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                int length = i - octetStart;
                if (length < 1 || length > 3) {
                    return false;
                }
                if (length > 1 && text.charAt(octetStart) == '0') {
                    return false;
                }
                int value = 0;
                for (int j = octetStart; j < i; j++) {
                    char c = text.charAt(j);
                    if (!TextChars.isAsciiDigit(c)) {
                        return false;
                    }
                    value = value * 10 + (c - '0');
                }
                if (value > 255) {
                    return false;
                }
                octetStart = i + 1;
            }
        }
        return true;
    }

    /** Returns whether the text on the same line just before {@code start} marks a version number. */
    static boolean hasVersionContext(String text, int start) {
        int lineStart = contextStart(text, start);
        return mayEndVersionWord(text, lineStart, start) && versionPatternsMatch(text, start);
    }

    /** Returns what {@link #hasVersionContext} returns, running the patterns without the char checks first. */
    static boolean versionPatternsMatch(String text, int start) {
        int lineStart = contextStart(text, start);
        String before = text.substring(lineStart, start).toLowerCase(Locale.ROOT);
        if (VERSION_CONTEXT.matcher(before).find() || CHANGELOG_HEADING.matcher(before).find()) {
            return true;
        }
        Matcher updatedTo = UPDATED_TO.matcher(before);
        return updatedTo.find() && !NETWORK_WORD.matcher(updatedTo.group(1)).find();
    }

    /**
     * Returns where the context before {@code start} begins: after the last line break before it, but at most
     * {@value #CONTEXT_CHARS} chars back. Only that window is searched for the line break, so a long line costs
     * no more than a short one.
     */
    static int contextStart(String text, int start) {
        int limit = Math.max(0, start - CONTEXT_CHARS);
        for (int i = start - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * Returns false only when none of the version patterns can match {@code text[lineStart, start)}. Each of them
     * ends with a word, '#' or '[' followed by blanks, at most one ':' or '=' and blanks. Every such word ends
     * with a letter, so an ASCII char other than a letter, '#' or '[' there rules all of them out, and so do
     * ASCII letters that cannot end one of the words.
     */
    private static boolean mayEndVersionWord(String text, int lineStart, int start) {
        int i = skipBlanks(text, lineStart, start);
        if (i > lineStart && (text.charAt(i - 1) == ':' || text.charAt(i - 1) == '=')) {
            i = skipBlanks(text, lineStart, i - 1);
        }
        if (i == lineStart) {
            return false;
        }
        char last = text.charAt(i - 1);
        if (last >= 0x80 || last == '#' || last == '[') {
            return true;
        }
        return TextChars.isAsciiLetter(last) && VersionWordEndings.mayEndWith(text, lineStart, i);
    }

    /** Returns the offset after the last char before {@code end} that is not ' ' or a tab, or {@code from}. */
    private static int skipBlanks(String text, int from, int end) {
        int i = end;
        while (i > from && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i;
    }

    /**
     * Returns whether the number at {@code start} is the next item after a version that ended at
     * {@code versionEnd}: close by, in the same sentence, and with no network word between them.
     */
    private static boolean continuesVersionList(String text, int versionEnd, int start) {
        if (versionEnd < 0 || start - versionEnd > LIST_GAP_CHARS) {
            return false;
        }
        for (int i = versionEnd; i < start; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '.' || c == ';' || c == '!' || c == '?' || c == '\u3002'
                    || c == '\u0964') {
                return false;
            }
        }
        String gap = text.substring(versionEnd, start).toLowerCase(Locale.ROOT);
        return !NETWORK_WORD.matcher(gap).find() && onlyListWords(gap);
    }

    /**
     * Returns whether every word of {@code gap} is one that joins two versions in a list ("nicht auf",
     * "(actuellement", ", não para"). Any other word ("version 1.2.3.4, blocking 203.0.113.5") leaves the second
     * number an address, because masking a version is safer than leaking an address.
     */
    private static boolean onlyListWords(String gap) {
        int i = 0;
        while (i < gap.length()) {
            if (!isWordChar(gap.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < gap.length() && isWordChar(gap.charAt(i))) {
                i++;
            }
            if (!LIST_WORDS.contains(gap.substring(wordStart, i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private void findIpv6(String text, List<Finding> findings, CandidateSpans.Source candidates) {
        candidates.forEach(text, (start, matchEnd) -> {
            int end = matchEnd;
            // A trailing dot or colon is punctuation after the address ("…91c3." or "::1:"), not part of it.
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            if (end - start >= 2 && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
                end--;
            }
            // Adjacent letters or underscores make it part of an identifier such as std::string::npos.
            if (TextChars.wordCharBefore(text, start) || TextChars.wordCharAt(text, matchEnd)) {
                return;
            }
            if (end - start > 45 || !mayBeIpv6(text, start, end)) {
                return;
            }
            String candidate = text.substring(start, end);
            if (hasDecimalDigit(candidate) && Ipv6Parser.isValid(candidate)) {
                findings.add(new Finding(start, end, EntityTypes.IP_ADDRESS, FindingCategory.PERSONAL_DATA,
                        id(), 0.8));
            }
        });
    }

    /**
     * Returns false when {@code text[start, end)} lacks a decimal digit or has fewer than two colons, so that
     * neither {@link #hasDecimalDigit} nor {@link Ipv6Parser#isValid} would accept it: an address needs "::" or
     * seven colons between eight groups. Prose colons ("Note: ...") are rejected without copying the candidate.
     */
    private static boolean mayBeIpv6(String text, int start, int end) {
        boolean digit = false;
        int colons = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colons++;
            } else if (TextChars.isAsciiDigit(c)) {
                digit = true;
            }
        }
        return digit && colons >= 2;
    }

    /**
     * Returns whether the candidate has a decimal digit. Requiring one rejects the bare "::" and C++-style
     * names made only of hex letters ("abc::def"), at the cost of missing addresses such as "fe::ab".
     */
    private static boolean hasDecimalDigit(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            if (TextChars.isAsciiDigit(candidate.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
