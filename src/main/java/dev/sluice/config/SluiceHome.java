package dev.sluice.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the files that ship with Sluice (pipeline definition, sample events) when Sluice is started from another
 * directory. {@code bin/sluice} sets the system property {@value #PROPERTY} to the checkout.
 */
public final class SluiceHome {

    public static final String PROPERTY = "sluice.home";

    private SluiceHome() {
    }

    /**
     * Returns {@code path} unchanged if it is absolute or exists relative to the working directory, and otherwise the
     * same relative path under the Sluice home directory if that exists there.
     */
    public static Path resolve(String path) {
        Path asGiven = Path.of(path);
        if (asGiven.isAbsolute() || Files.exists(asGiven)) {
            return asGiven;
        }
        String home = System.getProperty(PROPERTY);
        if (home != null) {
            Path underHome = Path.of(home).resolve(asGiven);
            if (Files.exists(underHome)) {
                return underHome;
            }
        }
        return asGiven;
    }
}
