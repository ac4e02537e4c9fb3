package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds PyPI API tokens: {@code pypi-} followed by a macaroon in base64url whose first bytes encode the issuer
 * "pypi.org", so every token starts with {@code pypi-AgEIcHlwaS5vcmc}. At least 50 more base64url chars follow.
 */
final class PyPiTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,1000}");
    private static final int MAX_CHARS = 1020;

    PyPiTokenDetector() {
        super("pypi", EntityTypes.PYPI_TOKEN, List.of("pypi-AgEIcHlwaS5vcmc"), TOKEN, MAX_CHARS);
    }
}
