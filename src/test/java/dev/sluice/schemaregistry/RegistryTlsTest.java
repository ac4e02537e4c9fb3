package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the REST client against the stub registry over HTTPS, with a self-signed certificate for 127.0.0.1 that the
 * JDK's keytool generates into a temporary directory.
 */
class RegistryTlsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String STORE_PASSWORD = "changeit-test";
    private static final Schema ORDER = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"org.example\",\"fields\":["
                    + "{\"name\":\"id\",\"type\":\"string\"}]}");

    @TempDir
    static Path dir;
    private static Path serverKeystore;
    private static Path truststore;

    private StubSchemaRegistry stub;

    @BeforeAll
    static void generateCertificate() throws Exception {
        serverKeystore = dir.resolve("server.p12");
        Path certificate = dir.resolve("server.cer");
        truststore = dir.resolve("truststore.p12");
        keytool("-genkeypair", "-alias", "registry", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1, O=Example", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", serverKeystore.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-alias", "registry", "-keystore", serverKeystore.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "registry", "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed with exit code " + process.exitValue()
                    + ": " + output);
        }
    }

    private static KeyStore load(Path path) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store;
    }

    /** Returns the server's context, which trusts its own certificate so a client may present that one too. */
    private static SSLContext serverContext() throws Exception {
        KeyManagerFactory keyFactory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyFactory.init(load(serverKeystore), STORE_PASSWORD.toCharArray());
        TrustManagerFactory trustFactory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustFactory.init(load(truststore));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyFactory.getKeyManagers(), trustFactory.getTrustManagers(), null);
        return context;
    }

    @BeforeEach
    void startStub() throws Exception {
        stub = new StubSchemaRegistry(serverContext());
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    private Map<String, Object> configs(Map<String, Object> extra) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, stub.url());
        configs.put(SchemaRegistryConfig.MAX_RETRIES, 0);
        configs.put(SchemaRegistryConfig.REQUEST_TIMEOUT_MS, 10_000);
        configs.putAll(extra);
        return configs;
    }

    private Map<String, Object> withTruststore() {
        return configs(Map.of(
                SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION, truststore.toString(),
                SchemaRegistryConfig.SSL_TRUSTSTORE_PASSWORD, STORE_PASSWORD,
                SchemaRegistryConfig.SSL_TRUSTSTORE_TYPE, "PKCS12"));
    }

    @Test
    void truststoreMakesHttpsWork() {
        assertThat(stub.url()).startsWith("https://127.0.0.1:");
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(withTruststore()));

        int id = assertTimeoutPreemptively(HANG_GUARD, () -> client.register("orders-value", ORDER));

        assertThat(id).isEqualTo(1);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void withoutTruststoreHandshakeFails() {
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(configs(Map.of())));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> client.register("orders-value", ORDER))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAVAILABLE))
                .hasMessageContaining("TLS handshake")
                .hasMessageContaining(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION));
        assertThat(stub.requests()).isEmpty();
    }

    private Map<String, Object> withKeystore() {
        Map<String, Object> configs = withTruststore();
        configs.put(SchemaRegistryConfig.SSL_KEYSTORE_LOCATION, serverKeystore.toString());
        configs.put(SchemaRegistryConfig.SSL_KEYSTORE_PASSWORD, STORE_PASSWORD);
        configs.put(SchemaRegistryConfig.SSL_KEYSTORE_TYPE, "PKCS12");
        configs.put(SchemaRegistryConfig.SSL_KEY_PASSWORD, STORE_PASSWORD);
        return configs;
    }

    @Test
    void keystorePresentsClientCertificate() throws Exception {
        stub.close();
        stub = new StubSchemaRegistry(serverContext(), true);
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(withKeystore());
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(config);

        int id = assertTimeoutPreemptively(HANG_GUARD, () -> client.register("orders-value", ORDER));

        assertThat(id).isEqualTo(1);
        assertThat(config.toString()).contains("server.p12").doesNotContain(STORE_PASSWORD);
    }

    @Test
    void clientAuthFailsWithoutKeystore() throws Exception {
        stub.close();
        stub = new StubSchemaRegistry(serverContext(), true);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(withTruststore()));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> client.register("orders-value", ORDER))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.kind())
                        .isEqualTo(SchemaRegistryException.Kind.UNAVAILABLE)));
        assertThat(stub.requests()).isEmpty();
    }

    /** Writes the server's key and certificate as PEM: a trust store file and a key store file. */
    private static Path[] pemFiles(boolean encryptedKey) throws Exception {
        KeyStore store = load(serverKeystore);
        java.security.cert.Certificate certificate = store.getCertificate("registry");
        java.security.Key key = store.getKey("registry", STORE_PASSWORD.toCharArray());
        String certificatePem = pem("CERTIFICATE", certificate.getEncoded());
        String keyPem = encryptedKey ? pem("ENCRYPTED PRIVATE KEY", key.getEncoded())
                : pem("PRIVATE KEY", key.getEncoded());
        Path trust = Files.writeString(dir.resolve("trust" + encryptedKey + ".pem"), certificatePem);
        Path keys = Files.writeString(dir.resolve("client" + encryptedKey + ".pem"), keyPem + certificatePem);
        return new Path[] {trust, keys};
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    @Test
    void pemTrustAndKeyStoresWork() throws Exception {
        stub.close();
        stub = new StubSchemaRegistry(serverContext(), true);
        Path[] pem = pemFiles(false);
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(SchemaRegistryConfig.parse(configs(Map.of(
                SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION, pem[0].toString(),
                SchemaRegistryConfig.SSL_TRUSTSTORE_TYPE, "PEM",
                SchemaRegistryConfig.SSL_KEYSTORE_LOCATION, pem[1].toString(),
                SchemaRegistryConfig.SSL_KEYSTORE_TYPE, "pem"))));

        int id = assertTimeoutPreemptively(HANG_GUARD, () -> client.register("orders-value", ORDER));

        assertThat(id).isEqualTo(1);
    }

    @Test
    void encryptedPemKeyIsRejectedWithAdvice() throws Exception {
        Path[] pem = pemFiles(true);
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs(Map.of(
                SchemaRegistryConfig.SSL_KEYSTORE_LOCATION, pem[1].toString(),
                SchemaRegistryConfig.SSL_KEYSTORE_TYPE, "PEM")));

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SSL_KEYSTORE_LOCATION)
                .hasMessageContaining("encrypted PEM key");
    }

    @Test
    void pemTruststoreWithoutCertificateIsRejected() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "no certificates here\n");
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs(Map.of(
                SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION, empty.toString(),
                SchemaRegistryConfig.SSL_TRUSTSTORE_TYPE, "PEM")));

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("has no CERTIFICATE block");
    }

    @Test
    void wrongKeyPasswordNamesKey() {
        Map<String, Object> configs = withKeystore();
        configs.put(SchemaRegistryConfig.SSL_KEY_PASSWORD, "wrong-key-password");
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SSL_KEY_PASSWORD)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-key-password"));
    }

    @Test
    void wrongTruststorePasswordNamesKey() {
        Map<String, Object> configs = withTruststore();
        configs.put(SchemaRegistryConfig.SSL_TRUSTSTORE_PASSWORD, "wrong-password");
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password"));
    }

    @Test
    void missingTruststoreFileNamesKey() {
        Map<String, Object> configs = withTruststore();
        configs.put(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION, dir.resolve("absent.p12").toString());
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThatThrownBy(() -> new RestSchemaRegistryClient(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SSL_TRUSTSTORE_LOCATION)
                .hasMessageContaining("not found");
    }
}
