package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Finds internal issue tracker ids such as {@code LAB-4821} for the configured project keys. The key is matched
 * case-sensitively, as trackers print it, and the id must stand alone: {@code XLAB-12}, {@code LAB-12a} and
 * {@code LAB-12-3} are not ids.
 */
final class TicketIdDetector implements Detector {

    private static final int MAX_KEY_LENGTH = 16;
    private static final int MAX_NUMBER_DIGITS = 9;

    private final Pattern ids;
    // The project keys, when every one is a valid key, for the path that starts at the context's digit runs.
    private final Set<String> keys;

    TicketIdDetector(List<String> prefixes) {
        List<String> stripped = prefixes.stream().map(String::strip).toList();
        this.ids = prefixes.isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", stripped) + ")-[0-9]{1," + MAX_NUMBER_DIGITS + "}");
        this.keys = stripped.stream().allMatch(TicketIdDetector::isValidKey) ? Set.copyOf(stripped) : null;
    }

    /** Rejects a project key that is not 1 to 16 upper-case ASCII letters and digits starting with a letter. */
    static void requireValidPrefix(String prefix) {
        if (!isValidKey(prefix == null ? "" : prefix.strip())) {
            throw new IllegalArgumentException("ticket prefix '" + prefix + "' is not a project key: use 1 to "
                    + MAX_KEY_LENGTH + " upper-case letters and digits starting with a letter, for example LAB");
        }
    }

    private static boolean isValidKey(String key) {
        boolean valid = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z';
        for (int i = 0; valid && i < key.length(); i++) {
            char c = key.charAt(i);
            valid = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return valid;
    }

    @Override
    public String id() {
        return "ticket-id";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return ids != null && profile.digits() > 0 && profile.upperCaseLetters() > 0;
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        if (ids == null) {
            return;
        }
        Matcher matcher = ids.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (!TextChars.asciiAlphanumericAt(text, start - 1) && !continuesAfter(text, end)) {
                findings.add(finding(start, end));
            }
        }
    }

    /**
     * Finds the same ids as {@link #detect(String, List)}, looking only at the digit runs that the context
     * recorded, where the pattern searched the whole text. An id's number is a whole digit run of at most nine
     * digits right after a '-': a longer run leaves a digit glued to the match. The id counts only when the ASCII
     * letters and digits right before that '-' are exactly one key, because a key glued to more of them is
     * rejected. A key never continues a digit run, so no earlier match can hide one.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        if (keys == null) {
            detect(context.text(), findings);
            return;
        }
        String text = context.text();
        for (int run = 0; run < context.digitRunCount(); run++) {
            int number = context.digitRunStart(run);
            int end = context.digitRunEnd(run);
            if (number < 2 || text.charAt(number - 1) != '-' || end - number > MAX_NUMBER_DIGITS) {
                continue;
            }

            int dash = number - 1;
            int start = dash;
            while (start > 0 && dash - start <= MAX_KEY_LENGTH
                    && TextChars.isAsciiAlphanumeric(text.charAt(start - 1))) {
                start--;
            }
            if (start == dash || TextChars.asciiAlphanumericAt(text, start - 1)
                    || !keys.contains(text.substring(start, dash))) {
                continue;
            }

            if (!continuesAfter(text, end)) {
                findings.add(finding(start, end));
            }
        }
    }

    /** Returns whether an ASCII letter or digit, or a '-' and one, follows the id that ends at {@code end}. */
    private static boolean continuesAfter(String text, int end) {
        return TextChars.asciiAlphanumericAt(text, end)
                || (end < text.length() && text.charAt(end) == '-' && TextChars.asciiAlphanumericAt(text, end + 1));
    }

    private Finding finding(int start, int end) {
        return new Finding(start, end, EntityTypes.INTERNAL_TICKET_ID, FindingCategory.PROPRIETARY_MARKER, id(), 0.9);
    }
}
