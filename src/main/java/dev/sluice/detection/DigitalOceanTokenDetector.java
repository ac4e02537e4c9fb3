package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds DigitalOcean tokens: personal access tokens ({@code dop_v1_}), OAuth access tokens ({@code doo_v1_}) and
 * OAuth refresh tokens ({@code dor_v1_}), each followed by 64 lower-case hex digits.
 */
final class DigitalOceanTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("do[por]_v1_[0-9a-f]{64}");
    private static final int TOKEN_CHARS = 71;

    DigitalOceanTokenDetector() {
        super("digitalocean", EntityTypes.DIGITALOCEAN_TOKEN, List.of("dop_v1_", "doo_v1_", "dor_v1_"), TOKEN,
                TOKEN_CHARS);
    }
}
