package dev.sluice.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * Writes new cleartext Tink JSON keysets, readable by their owner only. An existing file is never overwritten, so
 * that a key in use cannot be lost by generating another.
 */
public final class KeysetFiles {

    private KeysetFiles() {
    }

    /**
     * Generates a keyset for {@code purpose} and writes it to {@code file}, creating missing parent directories.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code file} exists
     */
    public static void writeNew(KeyPurpose purpose, Path file) throws IOException {
        String json;
        try {
            json = TinkJsonProtoKeysetFormat.serializeKeyset(purpose.generate(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IOException("Tink cannot serialize a new " + purpose + " keyset", e);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions keeps its defaults.
        }
    }
}
