package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Hugging Face user access tokens: {@code hf_} and 34 to 40 ASCII letters and digits. The body must mix
 * upper- and lower-case letters, as random tokens do, so identifiers such as {@code hf_} followed by a long
 * lower-case word are not reported.
 */
final class HuggingFaceTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("hf_[A-Za-z0-9]{34,40}");
    private static final int MAX_CHARS = 43;

    HuggingFaceTokenDetector() {
        super("huggingface", EntityTypes.HUGGINGFACE_TOKEN, List.of("hf_"), TOKEN, MAX_CHARS);
    }

    @Override
    boolean isValid(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        for (int i = start + 3; i < end; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }
}
