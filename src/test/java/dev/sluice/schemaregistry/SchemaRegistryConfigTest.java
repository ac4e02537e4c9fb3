package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryConfigTest {

    private static Map<String, Object> withUrl(String url) {
        Map<String, Object> configs = new HashMap<>();
        configs.put(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, url);
        return configs;
    }

    @Test
    void defaultsMatchConfluent() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(withUrl("http://registry.example.com:8081"));

        assertThat(config.isMock()).isFalse();
        assertThat(config.urls()).containsExactly(URI.create("http://registry.example.com:8081"));
        assertThat(config.credentialsSource()).isEqualTo(SchemaRegistryConfig.CredentialsSource.URL);
        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificAvroReader()).isFalse();
        assertThat(config.readerSchema()).isNull();
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void commaSeparatedUrlsKeepOrder() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(
                withUrl(" http://a.example.com:8081/ , https://b.example.org/registry,"));

        assertThat(config.urls()).containsExactly(
                URI.create("http://a.example.com:8081"), URI.create("https://b.example.org/registry"));
    }

    @Test
    void urlUserInfoIsRemovedFromUrls() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(withUrl("https://alice:s3cret@b.example.org"));

        assertThat(config.urls()).containsExactly(URI.create("https://b.example.org"));
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void mockUrlSelectsScope() {
        SchemaRegistryConfig config = SchemaRegistryConfig.parse(withUrl("mock://unit"));

        assertThat(config.isMock()).isTrue();
        assertThat(config.mockScope()).isEqualTo("unit");
        assertThat(config.urls()).isEmpty();
    }

    @Test
    void mockUrlWithOtherUrlIsRejected() {
        assertThatThrownBy(() -> SchemaRegistryConfig.parse(withUrl("mock://unit,http://a.example.com")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SCHEMA_REGISTRY_URL);
    }

    @Test
    void missingUrlIsRejected() {
        assertThatThrownBy(() -> SchemaRegistryConfig.parse(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SCHEMA_REGISTRY_URL);
    }

    @Test
    void unsupportedSchemeIsRejected() {
        assertThatThrownBy(() -> SchemaRegistryConfig.parse(withUrl("ftp://a.example.com")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.SCHEMA_REGISTRY_URL)
                .hasMessageContaining("http(s)://");
    }

    @Test
    void invalidUrlHidesCredentials() {
        assertThatThrownBy(() -> SchemaRegistryConfig.parse(withUrl("http://alice:s3cret@a.example.com/?q=1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void booleansAcceptStringsAndBooleans() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, "FALSE");
        configs.put(SchemaRegistryConfig.USE_LATEST_VERSION, Boolean.TRUE);
        configs.put(SchemaRegistryConfig.SPECIFIC_AVRO_READER, "true");

        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThat(config.autoRegisterSchemas()).isFalse();
        assertThat(config.useLatestVersion()).isTrue();
        assertThat(config.specificAvroReader()).isTrue();
    }

    @Test
    void invalidBooleanNamesKeyAndAllowedValues() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, "yes");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS)
                .hasMessageContaining("true, false");
    }

    @Test
    void invalidCredentialsSourceNamesAllowedValues() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE)
                .hasMessageContaining("URL, USER_INFO");
    }

    @Test
    void userInfoSourceNeedsUserInfo() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "no-colon-secret");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.BASIC_AUTH_USER_INFO)
                .hasMessageNotContaining("no-colon-secret");
    }

    @Test
    void userInfoSourceIsCaseInsensitive() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "user_info");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "user:secret");

        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThat(config.credentialsSource()).isEqualTo(SchemaRegistryConfig.CredentialsSource.USER_INFO);
        assertThat(config.userInfo()).isEqualTo("user:secret");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void legacyUserInfoKeyIsRead() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        configs.put(SchemaRegistryConfig.LEGACY_BASIC_AUTH_USER_INFO, "legacy:secret");

        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThat(config.userInfo()).isEqualTo("legacy:secret");
    }

    @Test
    void currentUserInfoKeyWinsOverLegacy() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
        configs.put(SchemaRegistryConfig.BASIC_AUTH_USER_INFO, "current:secret");
        configs.put(SchemaRegistryConfig.LEGACY_BASIC_AUTH_USER_INFO, "legacy:secret");

        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThat(config.userInfo()).isEqualTo("current:secret");
    }

    @Test
    void readerSchemaIsParsed() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.READER_SCHEMA,
                "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");

        Schema reader = SchemaRegistryConfig.parse(configs).readerSchema();

        assertThat(reader.getFullName()).isEqualTo("R");
        assertThat(reader.getField("a")).isNotNull();
    }

    @Test
    void invalidReaderSchemaNamesKey() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.READER_SCHEMA, "{\"type\":\"record\"");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.READER_SCHEMA);
    }

    @Test
    void numericSettingOutOfRangeNamesRange() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put(SchemaRegistryConfig.MAX_RETRIES, "-1");

        assertThatThrownBy(() -> SchemaRegistryConfig.parse(configs))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(SchemaRegistryConfig.MAX_RETRIES)
                .hasMessageContaining("from 0 to 100");
    }

    @Test
    void unknownKeysAreIgnored() {
        Map<String, Object> configs = withUrl("mock://unit");
        configs.put("bootstrap.servers", "127.0.0.1:9092");
        configs.put("latest.compatibility.strict", new Object());

        SchemaRegistryConfig config = SchemaRegistryConfig.parse(configs);

        assertThat(config.mockScope()).isEqualTo("unit");
    }
}
