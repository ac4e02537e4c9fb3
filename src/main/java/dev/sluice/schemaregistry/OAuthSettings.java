package dev.sluice.schemaregistry;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;

/**
 * OAuth client-credentials settings of {@code bearer.auth.credentials.source=OAUTHBEARER}, read with Confluent's
 * keys: the client gets a token from the issuer, sends it as {@code Authorization: Bearer}, and fetches a new one
 * shortly before it expires.
 *
 * @param issuer        the token endpoint ({@code bearer.auth.issuer.endpoint.url})
 * @param clientId      {@code bearer.auth.client.id}
 * @param clientSecret  {@code bearer.auth.client.secret}; never logged or shown in errors
 * @param scope         {@code bearer.auth.scope}, or null to ask for the client's default scope
 * @param expiryBuffer  how long before expiry a token is replaced ({@code bearer.auth.cache.expiry.buffer.seconds})
 */
public record OAuthSettings(URI issuer, String clientId, String clientSecret, String scope, Duration expiryBuffer) {

    public static final String ISSUER_ENDPOINT_URL = "bearer.auth.issuer.endpoint.url";
    public static final String CLIENT_ID = "bearer.auth.client.id";
    public static final String CLIENT_SECRET = "bearer.auth.client.secret";
    public static final String SCOPE = "bearer.auth.scope";
    public static final String CACHE_EXPIRY_BUFFER_SECONDS = "bearer.auth.cache.expiry.buffer.seconds";

    private static final long DEFAULT_BUFFER_SECONDS = 300;

    /** Reads the settings, naming each missing or invalid key; secrets are never shown. */
    static OAuthSettings parse(Map<String, ?> configs) {
        String issuer = required(configs, ISSUER_ENDPOINT_URL);
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ISSUER_ENDPOINT_URL, issuer, "not a URL: " + e.getMessage());
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new ConfigException(ISSUER_ENDPOINT_URL, issuer, "must be an http or https URL of the token "
                    + "endpoint");
        }
        Object scope = configs.get(SCOPE);
        Object buffer = configs.get(CACHE_EXPIRY_BUFFER_SECONDS);
        long bufferSeconds;
        try {
            bufferSeconds = buffer == null ? DEFAULT_BUFFER_SECONDS : Long.parseLong(buffer.toString().strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(CACHE_EXPIRY_BUFFER_SECONDS, buffer, "must be a whole number of seconds");
        }
        if (bufferSeconds < 0) {
            throw new ConfigException(CACHE_EXPIRY_BUFFER_SECONDS, buffer, "must be 0 or more");
        }
        return new OAuthSettings(uri, required(configs, CLIENT_ID), required(configs, CLIENT_SECRET),
                scope == null || scope.toString().isBlank() ? null : scope.toString().strip(),
                Duration.ofSeconds(bufferSeconds));
    }

    private static String required(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ConfigException("Missing " + key + ": bearer.auth.credentials.source=OAUTHBEARER needs "
                    + ISSUER_ENDPOINT_URL + ", " + CLIENT_ID + " and " + CLIENT_SECRET);
        }
        return value.toString().strip();
    }

    @Override
    public String toString() {
        return "OAuthSettings{issuer=" + issuer + ", clientId=" + clientId + ", scope=" + scope + "}";
    }
}
