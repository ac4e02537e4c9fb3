package dev.sluice.schemaregistry;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.net.ssl.SSLHandshakeException;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API (v1 content type). Schemas by id and ids by
 * subject and schema are cached in LRU caches because they never change once registered. The latest version of a
 * subject is cached for {@link SchemaRegistryConfig#latestCacheTtl()}.
 *
 * <p>With several URLs, a connection failure moves on to the next URL, and later requests start at the URL that last
 * returned a response. A 5xx status, a request timeout, or a connection failure on every URL is retried with
 * exponential backoff, at most {@link SchemaRegistryConfig#maxRetries()} times, on the same URL after a 5xx status or
 * a timeout. A 4xx status is never retried.
 *
 * <p>NOTE: schema references and non-Avro schema types are not supported.
 */
public class RestSchemaRegistryClient implements SchemaRegistryClient {

    /** Content type of Confluent's v1 API, sent with every request body. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final String ACCEPT = "application/vnd.schemaregistry.v1+json, "
            + "application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final int MAX_ERROR_MESSAGE_CHARS = 300;
    /** Maximum response body size; a larger body is rejected as an unexpected response, not read into memory. */
    static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);

    private final List<Endpoint> endpoints;
    private final HttpClient httpClient;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration retryBackoff;
    private final Duration retryBackoffMax;
    private final Duration latestCacheTtl;
    private final AtomicInteger preferredEndpoint = new AtomicInteger();
    private final OAuthTokenSource oauthTokens;
    private final Map<String, String> bearerHeaders;
    private final LruCache<Integer, Schema> schemasById;
    private final LruCache<SubjectSchema, Integer> idsBySubjectSchema;
    private final LruCache<String, TimedLatest> latestBySubject;

    /** One registry base URL with the Authorization header value for it, or null for no auth. */
    private record Endpoint(URI baseUrl, Supplier<String> authorization) {
    }

    private record SubjectSchema(String subject, String schemaText) {
    }

    private record TimedLatest(RegisteredSchema latest, long fetchedAtNanos) {
    }

    private record Response(int status, String body) {
    }

    public RestSchemaRegistryClient(SchemaRegistryConfig config) {
        this(config, httpClientFor(config));
    }

    /** Builds the HttpClient for {@code config}, with an SSLContext from its trust and key stores if it has any. */
    static HttpClient httpClientFor(SchemaRegistryConfig config) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (config.tls().isConfigured()) {
            builder.sslContext(config.tls().buildSslContext());
        }
        return builder.build();
    }

    public RestSchemaRegistryClient(SchemaRegistryConfig config, HttpClient httpClient) {
        if (config.isMock()) {
            throw new IllegalArgumentException("Config selects the mock registry "
                    + MockSchemaRegistry.MOCK_URL_PREFIX + config.mockScope() + ", not a REST registry");
        }
        this.oauthTokens = config.oauth() == null ? null
                : new OAuthTokenSource(httpClient, config.oauth(), config.requestTimeout(), System::nanoTime);
        this.endpoints = endpoints(config, oauthTokens);
        this.bearerHeaders = config.bearerHeaders();
        this.httpClient = httpClient;
        this.requestTimeout = config.requestTimeout();
        this.maxRetries = config.maxRetries();
        this.retryBackoff = config.retryBackoff();
        this.retryBackoffMax = config.retryBackoffMax();
        this.latestCacheTtl = config.latestCacheTtl();
        this.schemasById = new LruCache<>(config.cacheCapacity());
        this.idsBySubjectSchema = new LruCache<>(config.cacheCapacity());
        this.latestBySubject = new LruCache<>(config.cacheCapacity());
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        Response response = send("POST", "/subjects/" + encodeSegment(subject) + "/versions", schemaBody(schema));
        JsonNode json = successJson(response, "register a schema under subject " + subject);
        int id = requiredInt(json, "id");
        idsBySubjectSchema.put(key, id);
        schemasById.put(id, schema);
        return id;
    }

    @Override
    public int lookupId(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        Response response = send("POST", "/subjects/" + encodeSegment(subject), schemaBody(schema));
        JsonNode json = successJson(response, "look up a schema under subject " + subject);
        int id = requiredInt(json, "id");
        idsBySubjectSchema.put(key, id);
        schemasById.put(id, schema);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        Response response = send("GET", "/schemas/ids/" + id, null);
        if (response.status() == 404) {
            throw new WireFormatException(WireFormatException.Reason.UNKNOWN_SCHEMA_ID,
                    "Schema id " + id + " not found in the registry: " + errorSummary(response));
        }
        JsonNode json = successJson(response, "fetch schema id " + id);
        Schema schema = parseSchema(json, "schema id " + id);
        schemasById.put(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        TimedLatest cached = latestBySubject.get(subject);
        if (cached != null && System.nanoTime() - cached.fetchedAtNanos() < latestCacheTtl.toNanos()) {
            return cached.latest();
        }
        Response response = send("GET", "/subjects/" + encodeSegment(subject) + "/versions/latest", null);
        JsonNode json = successJson(response, "fetch the latest version of subject " + subject);
        int id = requiredInt(json, "id");
        int version = requiredInt(json, "version");
        Schema schema = parseSchema(json, "latest version of subject " + subject);
        RegisteredSchema latest = new RegisteredSchema(id, version, schema);
        schemasById.put(id, schema);
        if (!latestCacheTtl.isZero()) {
            latestBySubject.put(subject, new TimedLatest(latest, System.nanoTime()));
        }
        return latest;
    }

    /**
     * Checks with the registry whether {@code schema} is compatible with the latest version under {@code subject}, by
     * the subject's compatibility level. A subject with no versions returns true because there is nothing to break.
     */
    @Override
    public boolean isCompatible(String subject, Schema schema) {
        Response response = send("POST", "/compatibility/subjects/" + encodeSegment(subject) + "/versions/latest",
                schemaBody(schema));
        if (response.status() == 404 && errorCode(response) == 40401) {
            return true;
        }
        JsonNode json = successJson(response, "check the compatibility of a schema under subject " + subject);
        JsonNode compatible = json.get("is_compatible");
        if (compatible == null || !compatible.isBoolean()) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, response.status(), 0,
                    "Registry response to a compatibility check has no boolean field 'is_compatible'");
        }
        return compatible.booleanValue();
    }

    private String schemaBody(Schema schema) {
        ObjectNode body = mapper.createObjectNode();
        body.put("schema", schema.toString());
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON request body", e);
        }
    }

    /**
     * Sends one request. Within an attempt, a connection error, a timeout or a 5xx status moves on to the next URL;
     * when every URL failed, the next attempt starts after a backoff. Returns the first response with a status
     * below 500, and the URL that gave it is tried first next time.
     */
    private Response send(String method, String path, String body) {
        String lastFailure = "no attempt made";
        Throwable lastCause = null;
        boolean tokenRefreshed = false;
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            if (attempt > 0) {
                sleepBeforeRetry(attempt, method, path, lastFailure);
            }
            int start = preferredEndpoint.get();
            for (int i = 0; i < endpoints.size(); i++) {
                int index = (start + i) % endpoints.size();
                Endpoint endpoint = endpoints.get(index);
                URI uri = URI.create(endpoint.baseUrl() + path);
                try {
                    HttpResponse<InputStream> response = httpClient.send(request(endpoint, uri, method, body),
                            HttpResponse.BodyHandlers.ofInputStream());
                    String responseBody = readBody(response, method, uri);
                    if (response.statusCode() >= 500) {
                        lastFailure = method + " " + uri + " returned HTTP " + response.statusCode();
                        lastCause = null;
                        LOG.warn("Schema registry {} returned HTTP {} ({} of {} URLs)", endpoint.baseUrl(),
                                response.statusCode(), i + 1, endpoints.size());
                        continue;
                    }
                    if (response.statusCode() == 401 && oauthTokens != null && !tokenRefreshed) {
                        // A token can be revoked before it expires: fetch a fresh one and send the request again.
                        oauthTokens.invalidate();
                        tokenRefreshed = true;
                        i--;
                        continue;
                    }
                    preferredEndpoint.set(index);
                    return new Response(response.statusCode(), responseBody);
                } catch (HttpConnectTimeoutException | ConnectException e) {
                    lastFailure = method + " " + uri + " could not connect: " + e;
                    lastCause = e;
                    LOG.warn("Schema registry {} did not accept the connection ({} of {} URLs): {}",
                            endpoint.baseUrl(), i + 1, endpoints.size(), e.toString());
                } catch (SSLHandshakeException e) {
                    lastFailure = method + " " + uri + " failed the TLS handshake (" + e.getMessage() + "); if the "
                            + "registry certificate is not signed by a CA the JVM trusts, set "
                            + SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION + " to a trust store that contains it";
                    lastCause = e;
                    LOG.warn("TLS handshake with schema registry {} failed ({} of {} URLs): {}",
                            endpoint.baseUrl(), i + 1, endpoints.size(), e.toString());
                } catch (HttpTimeoutException e) {
                    lastFailure = method + " " + uri + " timed out after " + requestTimeout.toMillis() + " ms";
                    lastCause = e;
                    LOG.warn("Schema registry {} timed out after {} ms ({} of {} URLs)", endpoint.baseUrl(),
                            requestTimeout.toMillis(), i + 1, endpoints.size());
                } catch (IOException e) {
                    lastFailure = method + " " + uri + " failed: " + e;
                    lastCause = e;
                    LOG.warn("Request to schema registry {} failed ({} of {} URLs): {}",
                            endpoint.baseUrl(), i + 1, endpoints.size(), e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE,
                            "Interrupted during " + method + " " + uri, e);
                }
            }
        }
        throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE,
                "Schema registry unavailable after " + (maxRetries + 1) + " attempts; last failure: " + lastFailure,
                lastCause);
    }

    private static String readBody(HttpResponse<InputStream> response, String method, URI uri) throws IOException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE,
                        response.statusCode(), 0, method + " " + uri + " returned a body larger than "
                                + MAX_RESPONSE_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private HttpRequest request(Endpoint endpoint, URI uri, String method, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", ACCEPT);
        if (endpoint.authorization() != null) {
            builder.header("Authorization", endpoint.authorization().get());
            bearerHeaders.forEach(builder::header);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", CONTENT_TYPE);
            builder.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private void sleepBeforeRetry(int attempt, String method, String path, String lastFailure) {
        long base = retryBackoff.toMillis();
        long max = retryBackoffMax.toMillis();
        long delay = attempt - 1 >= 30 ? max : Math.min(max, base << (attempt - 1));
        LOG.warn("Retrying {} {} in {} ms (retry {} of {}) after: {}", method, path, delay, attempt, maxRetries,
                lastFailure);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNAVAILABLE,
                    "Interrupted while waiting to retry " + method + " " + path, e);
        }
    }

    /** Returns the JSON body of a 2xx response, or throws the exception that matches the Confluent error. */
    private JsonNode successJson(Response response, String action) {
        if (response.status() < 200 || response.status() >= 300) {
            throw errorFor(response, action);
        }
        try {
            JsonNode json = mapper.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, response.status(),
                        0, "Failed to " + action + ": the response body is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, response.status(), 0,
                    "Failed to " + action + ": the response body is not valid JSON");
        }
    }

    private SchemaRegistryException errorFor(Response response, String action) {
        int status = response.status();
        int errorCode = errorCode(response);
        SchemaRegistryException.Kind kind;
        if (errorCode == 40401) {
            kind = SchemaRegistryException.Kind.SUBJECT_NOT_FOUND;
        } else if (errorCode == 40402) {
            kind = SchemaRegistryException.Kind.VERSION_NOT_FOUND;
        } else if (errorCode == 40403) {
            kind = SchemaRegistryException.Kind.SCHEMA_NOT_FOUND;
        } else if (errorCode == 42201) {
            kind = SchemaRegistryException.Kind.INVALID_SCHEMA;
        } else if (status == 409) {
            kind = SchemaRegistryException.Kind.INCOMPATIBLE_SCHEMA;
        } else if (status == 401 || status == 403) {
            kind = SchemaRegistryException.Kind.UNAUTHORIZED;
        } else {
            kind = SchemaRegistryException.Kind.UNEXPECTED_RESPONSE;
        }
        return new SchemaRegistryException(kind, status, errorCode,
                "Failed to " + action + ": " + describe(kind) + " (" + errorSummary(response) + ")");
    }

    private static String describe(SchemaRegistryException.Kind kind) {
        return switch (kind) {
            case SUBJECT_NOT_FOUND -> "subject not found";
            case VERSION_NOT_FOUND -> "version not found";
            case SCHEMA_NOT_FOUND -> "schema not found";
            case INVALID_SCHEMA -> "the registry rejected the schema as invalid";
            case INCOMPATIBLE_SCHEMA -> "the schema is incompatible with earlier versions of the subject";
            case UNAUTHORIZED -> "the registry rejected the credentials";
            case UNAVAILABLE -> "the registry is unavailable";
            case UNEXPECTED_RESPONSE -> "unexpected response";
        };
    }

    private int errorCode(Response response) {
        try {
            JsonNode json = mapper.readTree(response.body());
            JsonNode code = json == null ? null : json.get("error_code");
            return code != null && code.canConvertToInt() ? code.intValue() : 0;
        } catch (JsonProcessingException e) {
            return 0;
        }
    }

    /** Returns the HTTP status, error code and registry message of an error response, shortened. */
    private String errorSummary(Response response) {
        String message = null;
        int errorCode = 0;
        try {
            JsonNode json = mapper.readTree(response.body());
            if (json != null && json.isObject()) {
                JsonNode messageNode = json.get("message");
                message = messageNode == null ? null : messageNode.asText();
                JsonNode code = json.get("error_code");
                errorCode = code != null && code.canConvertToInt() ? code.intValue() : 0;
            }
        } catch (JsonProcessingException e) {
            message = null;
        }
        StringBuilder summary = new StringBuilder("HTTP ").append(response.status());
        if (errorCode != 0) {
            summary.append(", error_code ").append(errorCode);
        }
        if (message != null && !message.isEmpty()) {
            if (message.length() > MAX_ERROR_MESSAGE_CHARS) {
                message = message.substring(0, MAX_ERROR_MESSAGE_CHARS) + "...";
            }
            summary.append(": ").append(message);
        }
        return summary.toString();
    }

    private static int requiredInt(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.canConvertToInt()) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, 200, 0,
                    "Registry response has no integer field '" + field + "'");
        }
        return node.intValue();
    }

    private static Schema parseSchema(JsonNode json, String what) {
        JsonNode schemaType = json.get("schemaType");
        if (schemaType != null && !schemaType.isNull() && !"AVRO".equals(schemaType.asText())) {
            throw new WireFormatException(WireFormatException.Reason.INCOMPATIBLE_SCHEMA,
                    "The registry returned a " + schemaType.asText() + " schema for " + what + ", expected AVRO");
        }
        JsonNode text = json.get("schema");
        if (text == null || !text.isTextual()) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.UNEXPECTED_RESPONSE, 200, 0,
                    "Registry response for " + what + " has no string field 'schema'");
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.INVALID_SCHEMA, 200, 0,
                    "The registry returned an invalid Avro schema for " + what + ": " + e.getMessage());
        }
    }

    /** Percent-encodes a subject name as one URL path segment. */
    static String encodeSegment(String segment) {
        // URLEncoder encodes for forms, where a space becomes '+'; a path needs %20 instead.
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Endpoint> endpoints(SchemaRegistryConfig config, OAuthTokenSource oauthTokens) {
        Supplier<String> sharedAuthorization = null;
        if (oauthTokens != null) {
            sharedAuthorization = () -> "Bearer " + oauthTokens.token();
        } else if (config.bearerToken() != null) {
            String bearer = "Bearer " + config.bearerToken();
            sharedAuthorization = () -> bearer;
        } else if (config.credentialsSource() == SchemaRegistryConfig.CredentialsSource.USER_INFO) {
            String basic = basicAuthorization(config.userInfo());
            sharedAuthorization = () -> basic;
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (URI url : config.urlsWithUserInfo()) {
            Supplier<String> authorization = sharedAuthorization;
            if (config.credentialsSource() == SchemaRegistryConfig.CredentialsSource.URL && url.getUserInfo() != null) {
                String basic = basicAuthorization(url.getUserInfo());
                authorization = () -> basic;
            }
            endpoints.add(new Endpoint(SchemaRegistryConfig.withoutUserInfo(url), authorization));
        }
        return List.copyOf(endpoints);
    }

    private static String basicAuthorization(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }
}
