package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Shopify access tokens by their prefixes, each followed by 32 hex digits: {@code shpat_} (Admin API access
 * token), {@code shpca_} (custom app), {@code shppa_} (private app) and {@code shpss_} (shared secret).
 */
final class ShopifyTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}");
    private static final int TOKEN_CHARS = 38;

    ShopifyTokenDetector() {
        super("shopify", EntityTypes.SHOPIFY_TOKEN, List.of("shpat_", "shpca_", "shppa_", "shpss_"), TOKEN,
                TOKEN_CHARS);
    }
}
