package dev.sluice.schemaregistry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.config.ConfigException;

/**
 * Serde settings, read from the configuration keys that Confluent's Avro serdes use plus a few {@code sluice.} keys.
 * Unknown keys are ignored, so one map can configure the Kafka client and the serdes.
 */
public final class SchemaRegistryConfig {

    /** Comma-separated registry base URLs, or {@code mock://scope} for an in-memory registry. Required. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** {@code URL} (credentials from the URL user info, the default) or {@code USER_INFO}. */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    /** {@code user:password} for basic auth when the source is {@code USER_INFO}. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Older name of {@link #BASIC_AUTH_USER_INFO} that Confluent's serdes still read; used only when that is unset. */
    public static final String LEGACY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    /**
     * {@code STATIC_TOKEN} to send {@link #BEARER_AUTH_TOKEN} as a bearer token, or {@code OAUTHBEARER} to fetch tokens
     * from an OAuth token endpoint ({@link OAuthSettings}). Unset means no bearer auth.
     */
    public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
    /** Token sent as {@code Authorization: Bearer <token>} when the bearer source is {@code STATIC_TOKEN}. */
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    /** Confluent Cloud logical cluster id, sent as the {@code target-sr-cluster} header with bearer auth. */
    public static final String BEARER_AUTH_LOGICAL_CLUSTER = "bearer.auth.logical.cluster";
    /** Confluent Cloud identity pool id, sent as the {@code Confluent-Identity-Pool-Id} header with bearer auth. */
    public static final String BEARER_AUTH_IDENTITY_POOL_ID = "bearer.auth.identity.pool.id";
    /** Subject name strategy for record keys, as a simple or Confluent class name. Default TopicNameStrategy. */
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    /** Subject name strategy for record values, as a simple or Confluent class name. Default TopicNameStrategy. */
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    /** Path of the trust store with the certificates that the client trusts for HTTPS registry URLs. */
    public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    /** Password of the trust store. Optional. */
    public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    /** Type of the trust store, such as JKS or PKCS12. Default JKS. */
    public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    /** Path of the key store with the client certificate and key for mutual TLS. */
    public static final String SSL_KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
    /** Password of the key store. */
    public static final String SSL_KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
    /** Type of the key store, such as JKS or PKCS12. Default JKS. */
    public static final String SSL_KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
    /** Password of the private key in the key store. Default: the key store password. */
    public static final String SSL_KEY_PASSWORD = "schema.registry.ssl.key.password";
    /** Whether the serializer checks a new schema's compatibility with the registry before registering it. */
    public static final String CHECK_COMPATIBILITY = "sluice.schema.registry.check.compatibility";
    /** Whether the serializer registers the record's schema. Default true. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    /** Whether the serializer writes with the latest schema of the subject when it does not register. Default false. */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    /** Whether the deserializer returns generated SpecificRecord classes. Default false. */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    /** JSON of the Avro schema the deserializer resolves every writer schema to. Optional. */
    public static final String READER_SCHEMA = "sluice.avro.reader.schema";
    /** Timeout of one HTTP request to the registry, in milliseconds. Default 30000. */
    public static final String REQUEST_TIMEOUT_MS = "sluice.schema.registry.request.timeout.ms";
    /** Retries after a 5xx status, a timeout, or a connection failure on every URL. Default 3. */
    public static final String MAX_RETRIES = "sluice.schema.registry.max.retries";
    /** Wait before the first retry, in milliseconds; it doubles on each retry. Default 100. */
    public static final String RETRY_BACKOFF_MS = "sluice.schema.registry.retry.backoff.ms";
    /** Maximum wait between retries, in milliseconds. Default 5000. */
    public static final String RETRY_BACKOFF_MAX_MS = "sluice.schema.registry.retry.backoff.max.ms";
    /** Maximum entries in each of the REST client's caches. Default 1000. */
    public static final String CACHE_CAPACITY = "sluice.schema.registry.cache.capacity";
    /** How long the REST client reuses the latest version of a subject, in milliseconds; 0 disables. Default 60000. */
    public static final String LATEST_CACHE_TTL_MS = "sluice.schema.registry.latest.cache.ttl.ms";

    /** Source of the basic-auth credentials. */
    public enum CredentialsSource {
        /** The user info part of each registry URL, such as {@code https://user:password@host}. */
        URL,
        /** The {@link #BASIC_AUTH_USER_INFO} setting. */
        USER_INFO
    }

    private final List<URI> urls;
    private final String mockScope;
    private final CredentialsSource credentialsSource;
    private final String userInfo;
    private final String bearerToken;
    private final OAuthSettings oauth;
    private final Map<String, String> bearerHeaders;
    private final SubjectNameStrategy keySubjectNameStrategy;
    private final SubjectNameStrategy valueSubjectNameStrategy;
    private final TlsSettings tls;
    private final boolean checkCompatibility;
    private final boolean autoRegisterSchemas;
    private final boolean useLatestVersion;
    private final boolean specificAvroReader;
    private final Schema readerSchema;
    private final Duration requestTimeout;
    private final int maxRetries;
    private final Duration retryBackoff;
    private final Duration retryBackoffMax;
    private final int cacheCapacity;
    private final Duration latestCacheTtl;

    private SchemaRegistryConfig(Map<String, ?> configs) {
        String urlSetting = requiredString(configs, SCHEMA_REGISTRY_URL);
        List<String> urlTexts = splitUrls(urlSetting);
        if (urlTexts.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urlSetting,
                    "expected one or more comma-separated http(s) URLs, or mock://scope");
        }
        if (urlTexts.get(0).startsWith(MockSchemaRegistry.MOCK_URL_PREFIX)) {
            if (urlTexts.size() > 1) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, urlSetting,
                        "a mock:// URL must be the only URL");
            }
            String scope = urlTexts.get(0).substring(MockSchemaRegistry.MOCK_URL_PREFIX.length());
            if (scope.isEmpty()) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, urlSetting, "mock:// needs a scope name");
            }
            this.mockScope = scope;
            this.urls = List.of();
        } else {
            this.mockScope = null;
            this.urls = parseHttpUrls(urlSetting, urlTexts);
        }

        this.credentialsSource = parseCredentialsSource(configs.get(BASIC_AUTH_CREDENTIALS_SOURCE));
        Object userInfoValue = configs.get(BASIC_AUTH_USER_INFO);
        if (userInfoValue == null) {
            userInfoValue = configs.get(LEGACY_BASIC_AUTH_USER_INFO);
        }
        this.userInfo = userInfoValue == null ? null : userInfoValue.toString();
        if (credentialsSource == CredentialsSource.USER_INFO && (userInfo == null || userInfo.indexOf(':') < 0)) {
            // The value is a secret, so the message names the key but never shows the value.
            throw new ConfigException("Missing or invalid " + BASIC_AUTH_USER_INFO + ": with "
                    + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO it must be set to user:password");
        }

        this.bearerToken = parseBearerToken(configs, urls);
        this.oauth = isOAuth(configs) ? OAuthSettings.parse(configs) : null;
        this.bearerHeaders = parseBearerHeaders(configs);

        this.keySubjectNameStrategy = SubjectNameStrategy.parse(KEY_SUBJECT_NAME_STRATEGY,
                configs.get(KEY_SUBJECT_NAME_STRATEGY));
        this.valueSubjectNameStrategy = SubjectNameStrategy.parse(VALUE_SUBJECT_NAME_STRATEGY,
                configs.get(VALUE_SUBJECT_NAME_STRATEGY));
        this.tls = TlsSettings.parse(configs);
        this.checkCompatibility = parseBoolean(configs, CHECK_COMPATIBILITY, true);
        this.autoRegisterSchemas = parseBoolean(configs, AUTO_REGISTER_SCHEMAS, true);
        this.useLatestVersion = parseBoolean(configs, USE_LATEST_VERSION, false);
        this.specificAvroReader = parseBoolean(configs, SPECIFIC_AVRO_READER, false);
        this.readerSchema = parseReaderSchema(configs.get(READER_SCHEMA));
        this.requestTimeout = Duration.ofMillis(parseInt(configs, REQUEST_TIMEOUT_MS, 30_000, 1, Integer.MAX_VALUE));
        this.maxRetries = parseInt(configs, MAX_RETRIES, 3, 0, 100);
        this.retryBackoff = Duration.ofMillis(parseInt(configs, RETRY_BACKOFF_MS, 100, 0, Integer.MAX_VALUE));
        this.retryBackoffMax = Duration.ofMillis(parseInt(configs, RETRY_BACKOFF_MAX_MS, 5_000, 0, Integer.MAX_VALUE));
        this.cacheCapacity = parseInt(configs, CACHE_CAPACITY, 1_000, 1, Integer.MAX_VALUE);
        this.latestCacheTtl = Duration.ofMillis(parseInt(configs, LATEST_CACHE_TTL_MS, 60_000, 0, Integer.MAX_VALUE));
    }

    /**
     * Parses {@code configs}.
     *
     * @throws ConfigException naming the key and the allowed values when a value is missing or invalid
     */
    public static SchemaRegistryConfig parse(Map<String, ?> configs) {
        return new SchemaRegistryConfig(configs);
    }

    /** Returns true when {@link #SCHEMA_REGISTRY_URL} is {@code mock://scope}. */
    public boolean isMock() {
        return mockScope != null;
    }

    /** Returns the scope of a {@code mock://scope} URL, or null for a real registry. */
    public String mockScope() {
        return mockScope;
    }

    /** Returns the registry base URLs in failover order, with user info removed. Empty for a mock. */
    public List<URI> urls() {
        return urls.stream().map(SchemaRegistryConfig::withoutUserInfo).toList();
    }

    /** Returns the registry base URLs as configured, including any user info. */
    List<URI> urlsWithUserInfo() {
        return urls;
    }

    public CredentialsSource credentialsSource() {
        return credentialsSource;
    }

    /** Returns {@code user:password}, or null when {@link #BASIC_AUTH_USER_INFO} is not set. */
    public String userInfo() {
        return userInfo;
    }

    /** Returns the static bearer token, or null when bearer auth is not configured or uses OAuth. */
    public String bearerToken() {
        return bearerToken;
    }

    /** Returns the OAuth settings, or null unless {@link #BEARER_AUTH_CREDENTIALS_SOURCE} is OAUTHBEARER. */
    public OAuthSettings oauth() {
        return oauth;
    }

    /** Returns the extra headers sent with bearer auth (Confluent Cloud cluster and identity pool), maybe empty. */
    public Map<String, String> bearerHeaders() {
        return bearerHeaders;
    }

    /** Returns the subject name strategy for keys ({@code isKey} true) or values. */
    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        return isKey ? keySubjectNameStrategy : valueSubjectNameStrategy;
    }

    /** Returns the trust store and key store settings for HTTPS registry URLs. */
    public TlsSettings tls() {
        return tls;
    }

    public boolean checkCompatibility() {
        return checkCompatibility;
    }

    public boolean autoRegisterSchemas() {
        return autoRegisterSchemas;
    }

    public boolean useLatestVersion() {
        return useLatestVersion;
    }

    public boolean specificAvroReader() {
        return specificAvroReader;
    }

    /** Returns the configured reader schema, or null to read with each writer schema. */
    public Schema readerSchema() {
        return readerSchema;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration retryBackoff() {
        return retryBackoff;
    }

    public Duration retryBackoffMax() {
        return retryBackoffMax;
    }

    public int cacheCapacity() {
        return cacheCapacity;
    }

    public Duration latestCacheTtl() {
        return latestCacheTtl;
    }

    private String bearerAuthName() {
        if (oauth != null) {
            return "OAUTHBEARER";
        }
        return bearerToken == null ? "none" : "STATIC_TOKEN";
    }

    @Override
    public String toString() {
        // Leaves out the user info and the credentials in URLs, which are secrets.
        return "SchemaRegistryConfig{urls=" + (isMock() ? MockSchemaRegistry.MOCK_URL_PREFIX + mockScope : urls())
                + ", credentialsSource=" + credentialsSource
                + ", bearerAuth=" + bearerAuthName()
                + ", keySubjectNameStrategy=" + keySubjectNameStrategy.simpleName()
                + ", valueSubjectNameStrategy=" + valueSubjectNameStrategy.simpleName()
                + ", tls=" + tls
                + ", checkCompatibility=" + checkCompatibility
                + ", autoRegisterSchemas=" + autoRegisterSchemas
                + ", useLatestVersion=" + useLatestVersion
                + ", specificAvroReader=" + specificAvroReader
                + ", readerSchema=" + (readerSchema == null ? "none" : readerSchema.getFullName())
                + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries + "}";
    }

    static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("URL without user info is invalid", e);
        }
    }

    private static String requiredString(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ConfigException("Missing required configuration " + key
                    + ": set it to one or more comma-separated http(s) URLs, or mock://scope");
        }
        return value.toString();
    }

    private static List<String> splitUrls(String setting) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start <= setting.length()) {
            int comma = setting.indexOf(',', start);
            int end = comma < 0 ? setting.length() : comma;
            String part = setting.substring(start, end).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return parts;
    }

    private static List<URI> parseHttpUrls(String setting, List<String> texts) {
        List<URI> parsed = new ArrayList<>();
        for (String text : texts) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, withoutCredentials(setting),
                        "invalid URL at index " + e.getIndex() + ": expected http(s)://host[:port][/path]");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, withoutCredentials(setting),
                        "expected http(s)://host[:port][/path] URLs, or a single mock://scope");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, withoutCredentials(setting),
                        "registry URLs cannot have a query or a fragment");
            }
            String normalized = text;
            while (normalized.endsWith("/")) {
                normalized = normalized.substring(0, normalized.length() - 1);
            }
            parsed.add(URI.create(normalized));
        }
        return List.copyOf(parsed);
    }

    /** Hides the user info of every URL in {@code setting}, for error messages. */
    private static String withoutCredentials(String setting) {
        StringBuilder shown = new StringBuilder();
        for (String part : splitUrls(setting)) {
            if (shown.length() > 0) {
                shown.append(',');
            }
            int schemeEnd = part.indexOf("://");
            int at = part.indexOf('@');
            int slash = schemeEnd < 0 ? -1 : part.indexOf('/', schemeEnd + 3);
            if (schemeEnd >= 0 && at > schemeEnd && (slash < 0 || at < slash)) {
                shown.append(part, 0, schemeEnd + 3).append("***@").append(part.substring(at + 1));
            } else {
                shown.append(part);
            }
        }
        return shown.toString();
    }

    private static CredentialsSource parseCredentialsSource(Object value) {
        if (value == null) {
            return CredentialsSource.URL;
        }
        String text = value.toString().strip().toUpperCase(Locale.ROOT);
        for (CredentialsSource source : CredentialsSource.values()) {
            if (source.name().equals(text)) {
                return source;
            }
        }
        throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, value, "allowed values: URL, USER_INFO");
    }

    /**
     * Returns the bearer token, or null when {@link #BEARER_AUTH_CREDENTIALS_SOURCE} is unset. Bearer auth and basic
     * auth both set the Authorization header, so configuring both is rejected.
     */
    private static String parseBearerToken(Map<String, ?> configs, List<URI> urls) {
        Object source = configs.get(BEARER_AUTH_CREDENTIALS_SOURCE);
        Object token = configs.get(BEARER_AUTH_TOKEN);
        if (source == null) {
            if (token != null) {
                throw new ConfigException(BEARER_AUTH_TOKEN + " is set but " + BEARER_AUTH_CREDENTIALS_SOURCE
                        + " is not: set " + BEARER_AUTH_CREDENTIALS_SOURCE + "=STATIC_TOKEN to send the token");
            }
            return null;
        }
        String sourceName = source.toString().strip().toUpperCase(Locale.ROOT);
        if (!"STATIC_TOKEN".equals(sourceName) && !"OAUTHBEARER".equals(sourceName)) {
            throw new ConfigException(BEARER_AUTH_CREDENTIALS_SOURCE, source, "allowed values: STATIC_TOKEN, "
                    + "OAUTHBEARER");
        }
        boolean basicConfigured = configs.get(BASIC_AUTH_CREDENTIALS_SOURCE) != null
                || configs.get(BASIC_AUTH_USER_INFO) != null
                || configs.get(LEGACY_BASIC_AUTH_USER_INFO) != null
                || urls.stream().anyMatch(url -> url.getRawUserInfo() != null);
        if (basicConfigured) {
            throw new ConfigException("Both basic and bearer auth are configured: " + BASIC_AUTH_CREDENTIALS_SOURCE
                    + " (or " + BASIC_AUTH_USER_INFO + ", or user info in " + SCHEMA_REGISTRY_URL + ") and "
                    + BEARER_AUTH_CREDENTIALS_SOURCE + " cannot be used together; remove one of them");
        }
        if ("OAUTHBEARER".equals(sourceName)) {
            return null;
        }
        // The token is a secret, so the message names the key but never shows the value.
        if (token == null || token.toString().isBlank()) {
            throw new ConfigException("Missing " + BEARER_AUTH_TOKEN + ": with " + BEARER_AUTH_CREDENTIALS_SOURCE
                    + "=STATIC_TOKEN it must be set to the token");
        }
        return token.toString().strip();
    }

    private static boolean isOAuth(Map<String, ?> configs) {
        Object source = configs.get(BEARER_AUTH_CREDENTIALS_SOURCE);
        return source != null && "OAUTHBEARER".equals(source.toString().strip().toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> parseBearerHeaders(Map<String, ?> configs) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        Object cluster = configs.get(BEARER_AUTH_LOGICAL_CLUSTER);
        Object pool = configs.get(BEARER_AUTH_IDENTITY_POOL_ID);
        if (cluster != null && !cluster.toString().isBlank()) {
            headers.put("target-sr-cluster", cluster.toString().strip());
        }
        if (pool != null && !pool.toString().isBlank()) {
            headers.put("Confluent-Identity-Pool-Id", pool.toString().strip());
        }
        return Map.copyOf(headers);
    }

    private static boolean parseBoolean(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key, value, "allowed values: true, false");
    }

    private static int parseInt(Map<String, ?> configs, String key, int defaultValue, int min, int max) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        long parsed;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            parsed = ((Number) value).longValue();
        } else {
            try {
                parsed = Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(key, value, "expected an integer from " + min + " to " + max);
            }
        }
        if (parsed < min || parsed > max) {
            throw new ConfigException(key, value, "expected an integer from " + min + " to " + max);
        }
        return (int) parsed;
    }

    private static Schema parseReaderSchema(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Schema schema) {
            return schema;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new ConfigException(READER_SCHEMA, "(schema JSON)",
                    "expected the JSON of an Avro schema: " + e.getMessage());
        }
    }
}
