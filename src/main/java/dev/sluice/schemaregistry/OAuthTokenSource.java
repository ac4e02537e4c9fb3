package dev.sluice.schemaregistry;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gets access tokens from an OAuth 2.0 token endpoint with the client-credentials grant (RFC 6749, section 4.4) and
 * keeps each until {@link OAuthSettings#expiryBuffer()} before it expires. Thread-safe: one fetch at a time, and
 * callers in between get the cached token.
 */
final class OAuthTokenSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private final HttpClient httpClient;
    private final OAuthSettings settings;
    private final Duration requestTimeout;
    private final LongSupplier nanoClock;

    private String token;
    private long replaceAtNanos;

    OAuthTokenSource(HttpClient httpClient, OAuthSettings settings, Duration requestTimeout, LongSupplier nanoClock) {
        this.httpClient = httpClient;
        this.settings = settings;
        this.requestTimeout = requestTimeout;
        this.nanoClock = nanoClock;
    }

    /**
     * Returns a token that is not about to expire, fetching one if needed.
     *
     * @throws SchemaRegistryException UNAUTHORIZED if the issuer rejects the client, UNAVAILABLE if it cannot be
     *                                 reached or returns a 5xx status
     */
    synchronized String token() {
        if (token == null || nanoClock.getAsLong() - replaceAtNanos >= 0) {
            fetch();
        }
        return token;
    }

    /** Forgets the cached token, after the registry rejected it. */
    synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        HttpRequest request = HttpRequest.newBuilder(settings.issuer())
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + clientCredentials())
                .POST(HttpRequest.BodyPublishers.ofString(formBody(), StandardCharsets.UTF_8))
                .build();

        HttpResponse<byte[]> response;
        try {
            response = httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE, "OAuth token endpoint "
                    + settings.issuer() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE,
                    "Interrupted while fetching an OAuth token", e);
        }

        int status = response.statusCode();
        if (status >= 500) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE, "OAuth token endpoint "
                    + settings.issuer() + " returned HTTP " + status, null);
        }
        if (status != 200) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAUTHORIZED, "OAuth token endpoint "
                    + settings.issuer() + " rejected client " + settings.clientId() + " with HTTP " + status
                    + errorCode(response.body()) + "; check " + OAuthSettings.CLIENT_ID + ", "
                    + OAuthSettings.CLIENT_SECRET + " and " + OAuthSettings.SCOPE, null);
        }

        JsonNode json = parse(response.body());
        JsonNode accessToken = json.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, "OAuth token endpoint "
                    + settings.issuer() + " returned no access_token", null);
        }

        long lifetimeSeconds = json.path("expires_in").asLong(DEFAULT_LIFETIME_SECONDS);
        long usableSeconds = Math.max(0, lifetimeSeconds - settings.expiryBuffer().toSeconds());
        token = accessToken.asText();
        replaceAtNanos = nanoClock.getAsLong() + Duration.ofSeconds(usableSeconds).toNanos();
    }

    private JsonNode parse(byte[] body) {
        if (body.length > MAX_RESPONSE_BYTES) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, "OAuth token endpoint "
                    + settings.issuer() + " returned more than " + MAX_RESPONSE_BYTES + " bytes", null);
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, "OAuth token endpoint "
                    + settings.issuer() + " returned a body that is not JSON", e);
        }
    }

    /** Returns the RFC 6749 error code of an error response, such as " (invalid_client)", or "" if there is none. */
    private static String errorCode(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body).get("error");
            return error != null && error.isTextual() ? " (" + error.asText() + ")" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private String formBody() {
        String body = "grant_type=client_credentials";
        return settings.scope() == null ? body : body + "&scope=" + formEncode(settings.scope());
    }

    /** Client id and secret, each form-encoded as RFC 6749 section 2.3.1 requires, then base64 for basic auth. */
    private String clientCredentials() {
        String pair = formEncode(settings.clientId()) + ":" + formEncode(settings.clientSecret());
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    URI issuer() {
        return settings.issuer();
    }
}
