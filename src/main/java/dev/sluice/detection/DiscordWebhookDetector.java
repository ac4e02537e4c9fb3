package dev.sluice.detection;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Finds Discord webhook URLs: {@code https://discord.com/api/webhooks/<id>/<token>} with a 17- to 20-digit
 * snowflake id and a 60- to 68-char token. The hosts {@code discordapp.com}, {@code ptb.discord.com} and
 * {@code canary.discord.com} and a versioned path ({@code /api/v10/webhooks/}) are found too. Anyone holding the
 * URL can post to the channel, so the whole URL is the secret.
 */
final class DiscordWebhookDetector extends PrefixedTokenDetector {

    private static final Pattern WEBHOOK = Pattern.compile(
            "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/"
                    + "[A-Za-z0-9_\\-]{60,68}");
    private static final int MAX_CHARS = 140;

    DiscordWebhookDetector() {
        super("discord-webhook", EntityTypes.DISCORD_WEBHOOK, List.of("https://discord.com/api/",
                "https://discordapp.com/api/", "https://ptb.discord.com/api/", "https://canary.discord.com/api/"),
                WEBHOOK, MAX_CHARS);
    }
}
