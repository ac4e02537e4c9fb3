package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Databricks personal access tokens: {@code dapi} and 32 lower-case hex digits, sometimes followed by a
 * dash and a digit ({@code -2}) that is part of the token.
 */
final class DatabricksTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("dapi[0-9a-f]{32}(?:-[0-9])?");
    private static final int MAX_CHARS = 38;

    DatabricksTokenDetector() {
        super("databricks", EntityTypes.DATABRICKS_TOKEN, List.of("dapi"), TOKEN, MAX_CHARS);
    }
}
