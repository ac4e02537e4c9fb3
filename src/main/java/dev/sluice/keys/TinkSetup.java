package dev.sluice.keys;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.mac.MacConfig;

/**
 * Registers the Tink primitives Sluice uses, once per JVM.
 */
final class TinkSetup {

    private static volatile boolean registered;

    private TinkSetup() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (TinkSetup.class) {
            if (registered) {
                return;
            }
            try {
                MacConfig.register();
                DeterministicAeadConfig.register();
                AeadConfig.register();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Tink primitives cannot be registered", e);
            }
            registered = true;
        }
    }
}
