package dev.sluice.detection;

import java.util.List;

/**
 * Finds Telegram bot tokens: the bot id (8 to 10 digits), ':', and a 35-char secret of {@code [A-Za-z0-9_-]}
 * that starts with 'A', as the secrets BotFather issues do. In Bot API URLs the token follows "bot" directly
 * ({@code https://api.telegram.org/bot<token>/getMe}), so a "bot" right before the id does not count as a glued
 * word; the finding covers the token without "bot".
 */
final class TelegramBotTokenDetector implements Detector {

    private static final String SEPARATOR = ":A";
    private static final String URL_MARKER = "bot";
    private static final int MIN_ID_DIGITS = 8;
    private static final int MAX_ID_DIGITS = 10;
    private static final int SECRET_CHARS = 35;

    @Override
    public String id() {
        return "telegram-bot";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.colons() > 0 && profile.digits() >= MIN_ID_DIGITS && profile.contains(SEPARATOR);
    }

    /**
     * Returns false unless a run of at least {@value #MIN_ID_DIGITS} digits ends right before a ":A", which every
     * token has, so the text is not searched for ":A" when no bot id can precede it.
     */
    @Override
    public boolean mayMatch(ScanContext context) {
        TextProfile profile = context.profile();
        if (profile.colons() == 0 || profile.digits() < MIN_ID_DIGITS) {
            return false;
        }
        String text = context.text();
        for (int run = 0; run < context.digitRunCount(); run++) {
            int end = context.digitRunEnd(run);
            if (end - context.digitRunStart(run) >= MIN_ID_DIGITS && text.startsWith(SEPARATOR, end)) {
                return true;
            }
        }
        return false;
    }

    /** Looks for each ":A", then checks the bot id before it and the secret after it by hand. */
    @Override
    public void detect(String text, List<Finding> findings) {
        int from = 0;
        while (true) {
            int colon = text.indexOf(SEPARATOR, from);
            if (colon < 0) {
                return;
            }
            from = colon + 1;

            int start = idStart(text, colon);
            int end = colon + 1 + SECRET_CHARS;
            if (start < 0 || end > text.length() || !isSecret(text, colon + 1, end) || continuesToken(text, end)) {
                continue;
            }

            findings.add(new Finding(start, end, EntityTypes.TELEGRAM_BOT_TOKEN, FindingCategory.SECRET, id(),
                    0.95));
            from = end;
        }
    }

    /** Returns the start of the 8- to 10-digit bot id that ends at {@code colon}, or -1 when there is none. */
    private static int idStart(String text, int colon) {
        int start = colon;
        while (start > 0 && colon - start <= MAX_ID_DIGITS && TextChars.isAsciiDigit(text.charAt(start - 1))) {
            start--;
        }
        int digits = colon - start;
        if (digits < MIN_ID_DIGITS || digits > MAX_ID_DIGITS) {
            return -1;
        }
        boolean afterBot = start >= URL_MARKER.length()
                && text.startsWith(URL_MARKER, start - URL_MARKER.length())
                && !PrefixedTokenDetector.isTokenChar(text, start - URL_MARKER.length() - 1);
        return afterBot || !PrefixedTokenDetector.isTokenChar(text, start - 1) ? start : -1;
    }

    private static boolean isSecret(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!TextChars.isAsciiAlphanumeric(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean continuesToken(String text, int end) {
        return PrefixedTokenDetector.isTokenChar(text, end) || (end < text.length() && text.charAt(end) == '-');
    }
}
