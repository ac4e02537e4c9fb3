package dev.sluice.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.common.config.ConfigException;

/**
 * One typed, documented configuration key with its default and its validation.
 *
 * @param name         key as written in the configuration file, for example {@code sluice.topic.input}
 * @param doc          one sentence for the README and for error messages
 * @param defaultValue value used when the key is absent, or {@code null} if the key is required
 * @param parser       converts the text value, throwing {@link IllegalArgumentException} with the allowed values
 * @param <T>          type of the parsed value
 */
public record ConfigField<T>(String name, String doc, String defaultValue, Function<String, T> parser) {

    public ConfigField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(parser, "parser");
    }

    public static ConfigField<String> string(String name, String defaultValue, String doc) {
        return new ConfigField<>(name, doc, defaultValue, ConfigField::nonBlank);
    }

    public static ConfigField<Integer> port(String name, int defaultValue, String doc) {
        return new ConfigField<>(name, doc, Integer.toString(defaultValue), ConfigField::portNumber);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** Parses {@code raw}, or the default when {@code raw} is empty, and names this key in any error. */
    public T parse(Optional<String> raw) {
        String text = raw.map(String::strip).filter(value -> !value.isEmpty()).orElse(defaultValue);
        if (text == null) {
            throw new ConfigException(name + " is missing: " + doc);
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, text, e.getMessage());
        }
    }

    /** Name of the environment variable that overrides this key: upper case, dots and dashes as underscores. */
    public String environmentVariable() {
        return environmentVariableFor(name);
    }

    static String environmentVariableFor(String key) {
        String upper = key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
        return upper.startsWith("SLUICE_") ? upper : "SLUICE_" + upper;
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return value;
    }

    private static int portNumber(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be -1 (disabled), 0 (a free port) or a port from 1 to 65535");
        }
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException("must be -1 (disabled), 0 (a free port) or a port from 1 to 65535");
        }
        return port;
    }
}
