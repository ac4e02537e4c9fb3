package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/** Finds npm access tokens: {@code npm_} and exactly 36 ASCII letters and digits. */
final class NpmTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("npm_[A-Za-z0-9]{36}");
    private static final int TOKEN_CHARS = 40;

    NpmTokenDetector() {
        super("npm", EntityTypes.NPM_TOKEN, List.of("npm_"), TOKEN, TOKEN_CHARS);
    }
}
