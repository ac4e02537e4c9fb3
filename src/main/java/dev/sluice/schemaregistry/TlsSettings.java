package dev.sluice.schemaregistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.kafka.common.config.ConfigException;

/**
 * Trust store and key store settings for HTTPS registry URLs, read from Confluent's
 * {@code schema.registry.ssl.*} keys. Stores are JKS, PKCS12 or PEM files ({@link PemStores}). Passwords never
 * appear in {@link #toString()} or in error messages.
 */
public final class TlsSettings {

    private static final String DEFAULT_STORE_TYPE = "JKS";

    private final String truststoreLocation;
    private final char[] truststorePassword;
    private final String truststoreType;
    private final String keystoreLocation;
    private final char[] keystorePassword;
    private final String keystoreType;
    private final char[] keyPassword;

    private TlsSettings(Map<String, ?> configs) {
        this.truststoreLocation = text(configs, SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION);
        this.truststorePassword = chars(configs, SchemaRegistryConfig.SSL_TRUSTSTORE_PASSWORD);
        this.truststoreType = storeType(configs, SchemaRegistryConfig.SSL_TRUSTSTORE_TYPE);
        this.keystoreLocation = text(configs, SchemaRegistryConfig.SSL_KEYSTORE_LOCATION);
        this.keystorePassword = chars(configs, SchemaRegistryConfig.SSL_KEYSTORE_PASSWORD);
        this.keystoreType = storeType(configs, SchemaRegistryConfig.SSL_KEYSTORE_TYPE);
        char[] key = chars(configs, SchemaRegistryConfig.SSL_KEY_PASSWORD);
        this.keyPassword = key != null ? key : keystorePassword;
    }

    static TlsSettings parse(Map<String, ?> configs) {
        return new TlsSettings(configs);
    }

    /** Returns true when a trust store or a key store is configured, so the client needs its own SSLContext. */
    public boolean isConfigured() {
        return truststoreLocation != null || keystoreLocation != null;
    }

    /**
     * Builds an SSLContext from the configured stores. Without a trust store it trusts the JVM's default CAs, and
     * without a key store it presents no client certificate.
     *
     * @throws ConfigException naming the key of a store that is missing, unreadable or has a wrong password
     */
    public SSLContext buildSslContext() {
        try {
            TrustManagerFactory trustFactory = TrustManagerFactory.getInstance(
                    TrustManagerFactory.getDefaultAlgorithm());
            if (truststoreLocation != null && PemStores.TYPE.equals(truststoreType)) {
                trustFactory.init(PemStores.trustStore(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION,
                        truststoreLocation));
            } else if (truststoreLocation != null) {
                trustFactory.init(load(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION, truststoreLocation,
                        truststoreType, truststorePassword));
            } else {
                trustFactory.init((KeyStore) null);
            }
            KeyManagerFactory keyFactory = null;
            if (keystoreLocation != null) {
                boolean pem = PemStores.TYPE.equals(keystoreType);
                KeyStore keyStore = pem ? PemStores.keyStore(SchemaRegistryConfig.SSL_KEYSTORE_LOCATION, keystoreLocation)
                        : load(SchemaRegistryConfig.SSL_KEYSTORE_LOCATION, keystoreLocation, keystoreType,
                                keystorePassword);
                keyFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                try {
                    keyFactory.init(keyStore, pem ? PemStores.keyPassword() : keyPassword);
                } catch (GeneralSecurityException e) {
                    throw new ConfigException("Cannot read the private key in "
                            + SchemaRegistryConfig.SSL_KEYSTORE_LOCATION + " " + keystoreLocation + ": check " + SchemaRegistryConfig.SSL_KEY_PASSWORD + " ("
                            + e.getClass().getSimpleName() + ")");
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyFactory == null ? null : keyFactory.getKeyManagers(), trustFactory.getTrustManagers(),
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ConfigException("Cannot build the TLS context for the schema registry client: " + e);
        }
    }

    private static KeyStore load(String locationKey, String location, String type, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (GeneralSecurityException e) {
            throw new ConfigException("Unsupported store type " + type + " for " + locationKey
                    + ": use JKS, PKCS12 or PEM");
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new ConfigException(locationKey, location, "file not found");
        } catch (IOException | GeneralSecurityException e) {
            // A wrong password surfaces as an IOException whose message names no secret.
            throw new ConfigException(locationKey, location, "cannot load it as a " + type + " store: check the "
                    + "store type and password (" + e.getMessage() + ")");
        }
    }

    private static String text(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static char[] chars(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof org.apache.kafka.common.config.types.Password password) {
            return password.value().toCharArray();
        }
        return value.toString().toCharArray();
    }

    private static String storeType(Map<String, ?> configs, String key) {
        String type = text(configs, key);
        return type == null ? DEFAULT_STORE_TYPE : type.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        if (!isConfigured()) {
            return "default";
        }
        return "{truststore=" + (truststoreLocation == null ? "JVM default" : truststoreLocation + " (" + truststoreType
                + ")") + ", keystore=" + (keystoreLocation == null ? "none" : keystoreLocation + " (" + keystoreType
                + ")") + "}";
    }
}
