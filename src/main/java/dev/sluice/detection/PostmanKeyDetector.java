package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/** Finds Postman API keys: {@code PMAK-}, 24 hex digits, '-', and 34 hex digits. */
final class PostmanKeyDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}");
    private static final int TOKEN_CHARS = 64;

    PostmanKeyDetector() {
        super("postman", EntityTypes.POSTMAN_API_KEY, List.of("PMAK-"), TOKEN, TOKEN_CHARS);
    }
}
