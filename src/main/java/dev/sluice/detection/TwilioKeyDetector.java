package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Twilio API key SIDs: {@code SK} and 32 lower-case hex digits. Cache keys and digests share that shape,
 * so the word "twilio" (any letter case, also inside {@code TWILIO_API_KEY}) must occur in the
 * {@value #CONTEXT_CHARS} chars before the key.
 */
final class TwilioKeyDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("SK[0-9a-f]{32}");
    private static final int TOKEN_CHARS = 34;
    private static final int CONTEXT_CHARS = 80;
    private static final String CONTEXT_WORD = "twilio";

    TwilioKeyDetector() {
        super("twilio", EntityTypes.TWILIO_API_KEY, List.of("SK"), TOKEN, TOKEN_CHARS);
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return super.mayMatch(profile) && profile.containsIgnoreCase(CONTEXT_WORD);
    }

    /**
     * Checks the context word through its trigger word, whose rule ({@link TriggerWord.CaseRule#REGION_IGNORE_CASE})
     * matches wherever {@link TextProfile#containsIgnoreCase} does, and possibly at a few more places.
     */
    @Override
    boolean mayMatchWithPrefix(ScanContext context) {
        return context.contains(TriggerWords.TWILIO_ANY_CASE);
    }

    @Override
    boolean isValid(String text, int start, int end) {
        return contextWord(text, start) != null;
    }

    /** Returns "twilio" when it occurs in the window before {@code start}, in any letter case, or null. */
    @Override
    String contextWord(String text, int start) {
        int last = start - CONTEXT_WORD.length();
        for (int i = Math.max(0, start - CONTEXT_CHARS); i <= last; i++) {
            if (text.regionMatches(true, i, CONTEXT_WORD, 0, CONTEXT_WORD.length())) {
                return CONTEXT_WORD;
            }
        }
        return null;
    }
}
