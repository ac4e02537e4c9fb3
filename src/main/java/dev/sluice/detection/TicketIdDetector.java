package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds internal issue tracker ids such as {@code LAB-4821} for the configured project keys. The key is matched
 * case-sensitively, as trackers print it, and the id must stand alone: {@code XLAB-12}, {@code LAB-12a} and
 * {@code LAB-12-3} are not ids.
 */
final class TicketIdDetector implements Detector {

    private static final int MAX_KEY_LENGTH = 16;

    private final Pattern ids;

    TicketIdDetector(List<String> prefixes) {
        this.ids = prefixes.isEmpty() ? null
                : Pattern.compile("(?:" + String.join("|", prefixes.stream().map(String::strip).toList())
                        + ")-[0-9]{1,9}");
    }

    /** Rejects a project key that is not 1 to 16 upper-case ASCII letters and digits starting with a letter. */
    static void requireValidPrefix(String prefix) {
        String key = prefix == null ? "" : prefix.strip();
        boolean valid = !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z';
        for (int i = 0; valid && i < key.length(); i++) {
            char c = key.charAt(i);
            valid = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (!valid) {
            throw new IllegalArgumentException("ticket prefix '" + prefix + "' is not a project key: use 1 to "
                    + MAX_KEY_LENGTH + " upper-case letters and digits starting with a letter, for example LAB");
        }
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
            boolean glued = TextChars.asciiAlphanumericAt(text, start - 1) || TextChars.asciiAlphanumericAt(text, end)
                    || (end < text.length() && text.charAt(end) == '-' && TextChars.asciiAlphanumericAt(text, end + 1));
            if (!glued) {
                findings.add(new Finding(start, end, EntityTypes.INTERNAL_TICKET_ID,
                        FindingCategory.PROPRIETARY_MARKER, id(), 0.9));
            }
        }
    }
}
