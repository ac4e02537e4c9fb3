package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds SendGrid API keys: {@code SG.}, a 22-char key id, '.', and a 43-char secret, both in base64url. The
 * fixed lengths keep dotted names such as {@code SG.config.value} out.
 */
final class SendGridKeyDetector extends PrefixedTokenDetector {

    private static final Pattern TOKEN = Pattern.compile("SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}");
    private static final int TOKEN_CHARS = 69;

    SendGridKeyDetector() {
        super("sendgrid", EntityTypes.SENDGRID_API_KEY, List.of("SG."), TOKEN, TOKEN_CHARS);
    }
}
