package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds HashiCorp Vault tokens in the format of Vault 1.10 and later: service tokens ({@code hvs.}), batch tokens
 * ({@code hvb.}) and recovery tokens ({@code hvr.}), followed by at least 24 chars of {@code [A-Za-z0-9_-]}. The
 * body must mix digits with upper- and lower-case letters, so dotted names such as {@code hvs.config_settings}
 * are not reported. Legacy {@code s.} tokens are too short a prefix to find without false positives.
 */
final class VaultTokenDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("hv[sbr]\\.[A-Za-z0-9_\\-]{24,512}");
    private static final int MAX_CHARS = 516;
    private static final int PREFIX_CHARS = 4;

    VaultTokenDetector() {
        super("vault", EntityTypes.HASHICORP_VAULT_TOKEN, List.of("hvs.", "hvb.", "hvr."), TOKEN, MAX_CHARS);
    }

    @Override
    boolean isValid(String text, int start, int end) {
        return SecretSpans.hasMixedAlphanumerics(text, start + PREFIX_CHARS, end);
    }
}
