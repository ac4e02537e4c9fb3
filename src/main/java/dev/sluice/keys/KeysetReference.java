package dev.sluice.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * Location of a Tink keyset in JSON form: {@code file:PATH} (relative paths against a base directory) or
 * {@code env:NAME} (the keyset JSON is the value of an environment variable, as Kubernetes secrets are often
 * mounted). Keys are never written in the configuration itself.
 *
 * @param text the reference as written, for example {@code file:keys/atlas-hmac.json}
 */
public record KeysetReference(String text) {

    private static final String FILE = "file:";
    private static final String ENV = "env:";

    public KeysetReference {
        Objects.requireNonNull(text, "text");
        boolean valid = (text.startsWith(FILE) && text.length() > FILE.length())
                || (text.startsWith(ENV) && text.length() > ENV.length());
        if (!valid) {
            throw new IllegalArgumentException("keyset reference '" + text + "' is invalid: use file:PATH for a Tink "
                    + "JSON keyset file or env:NAME for an environment variable that contains one");
        }
    }

    /**
     * Reads and parses the keyset.
     *
     * @param baseDirectory directory that relative file paths are resolved against
     * @param environment   the process environment, passed in so that tests need not change it
     * @param purpose       what the keyset is for, which the error messages name in the command that creates one
     * @throws KeyLoadException if the keyset is missing or is not a valid Tink JSON keyset
     */
    public KeysetHandle load(Path baseDirectory, Map<String, String> environment, KeyPurpose purpose) {
        String json = read(baseDirectory, environment, purpose);
        TinkSetup.register();
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyLoadException("keyset " + text + " is not a valid Tink JSON keyset ("
                    + e.getClass().getSimpleName() + "); create one with: " + generateCommand(purpose, "FILE"));
        }
    }

    /** Returns the command that writes a new keyset for {@code purpose} to {@code out}. */
    static String generateCommand(KeyPurpose purpose, String out) {
        return "sluice keys generate --purpose " + purpose.name().toLowerCase(Locale.ROOT) + " --out " + out;
    }

    private String read(Path baseDirectory, Map<String, String> environment, KeyPurpose purpose) {
        if (text.startsWith(ENV)) {
            String name = text.substring(ENV.length());
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                throw new KeyLoadException("keyset " + text + " is missing: environment variable " + name + " is "
                        + (value == null ? "not set" : "empty") + "; set it to a Tink JSON keyset");
            }
            return value;
        }
        Path file = baseDirectory.resolve(text.substring(FILE.length()));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KeyLoadException("keyset " + text + " is missing: file " + file.toAbsolutePath()
                    + " not found; create it with: " + generateCommand(purpose, file.toString()));
        } catch (IOException e) {
            throw new KeyLoadException("keyset " + text + " cannot be read from " + file.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
