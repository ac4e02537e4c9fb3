package dev.sluice.schemaregistry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.apache.kafka.common.config.ConfigException;

/**
 * Reads trust and key stores of type {@code PEM}, as Kafka clients accept them: a trust store file of one or more
 * {@code CERTIFICATE} blocks, and a key store file with an unencrypted PKCS#8 {@code PRIVATE KEY} block (RSA or EC)
 * followed by its certificate chain. Both become in-memory key stores, so the rest of the TLS setup is the same as for
 * JKS and PKCS12 files.
 */
final class PemStores {

    static final String TYPE = "PEM";

    private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String KEY_END = "-----END PRIVATE KEY-----";
    private static final String ENCRYPTED_KEY_BEGIN = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
    private static final String CERTIFICATE_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String CERTIFICATE_END = "-----END CERTIFICATE-----";
    private static final String KEY_ALIAS = "client";
    private static final char[] NO_PASSWORD = new char[0];

    private PemStores() {
    }

    /** Returns a trust store holding every certificate of the PEM file at {@code location}. */
    static KeyStore trustStore(String locationKey, String location) {
        Collection<? extends Certificate> certificates = certificates(locationKey, location, read(locationKey,
                location));
        if (certificates.isEmpty()) {
            throw new ConfigException(locationKey, location, "has no CERTIFICATE block");
        }
        try {
            KeyStore store = emptyStore();
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            return store;
        } catch (GeneralSecurityException e) {
            throw new ConfigException(locationKey, location, "cannot hold its certificates in a trust store ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Returns a key store holding the PEM file's private key under an empty password, with its chain. */
    static KeyStore keyStore(String locationKey, String location) {
        String pem = read(locationKey, location);
        if (pem.contains(ENCRYPTED_KEY_BEGIN)) {
            throw new ConfigException(locationKey, location, "contains an encrypted PEM key, which is not supported; use "
                    + "an unencrypted PKCS#8 key in a file readable only by Sluice, or a PKCS12 key store");
        }
        int begin = pem.indexOf(KEY_BEGIN);
        int end = pem.indexOf(KEY_END);
        if (begin < 0 || end < begin) {
            throw new ConfigException(locationKey, location, "has no " + KEY_BEGIN + " block; a PEM key store needs an "
                    + "unencrypted PKCS#8 private key followed by its certificate chain");
        }
        byte[] keyBytes = decodeBase64(locationKey, location, pem.substring(begin + KEY_BEGIN.length(), end));
        PrivateKey key = privateKey(locationKey, location, keyBytes);
        List<Certificate> chain = new ArrayList<>(certificates(locationKey, location, pem));
        if (chain.isEmpty()) {
            throw new ConfigException(locationKey, location, "has a private key but no CERTIFICATE block for it");
        }
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry(KEY_ALIAS, key, NO_PASSWORD, chain.toArray(Certificate[]::new));
            return store;
        } catch (GeneralSecurityException e) {
            throw new ConfigException(locationKey, location, "its key does not match its certificate chain ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Returns the password of the key in {@link #keyStore}: PEM keys are stored without one. */
    static char[] keyPassword() {
        return NO_PASSWORD.clone();
    }

    private static String read(String locationKey, String location) {
        try {
            return Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new ConfigException(locationKey, location, "file not found");
        } catch (IOException e) {
            throw new ConfigException(locationKey, location, "cannot be read as PEM text ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static Collection<? extends Certificate> certificates(String locationKey, String location, String pem) {
        String blocks = certificateBlocks(pem);
        if (blocks.isEmpty()) {
            return List.of();
        }
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(blocks.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new ConfigException(locationKey, location, "has a CERTIFICATE block that is not a valid X.509 "
                    + "certificate (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Returns the CERTIFICATE blocks of {@code pem}, one after the other, without any other block. */
    private static String certificateBlocks(String pem) {
        StringBuilder blocks = new StringBuilder();
        int from = 0;
        while (true) {
            int begin = pem.indexOf(CERTIFICATE_BEGIN, from);
            int end = begin < 0 ? -1 : pem.indexOf(CERTIFICATE_END, begin);
            if (end < 0) {
                return blocks.toString();
            }
            blocks.append(pem, begin, end + CERTIFICATE_END.length()).append('\n');
            from = end + CERTIFICATE_END.length();
        }
    }

    private static PrivateKey privateKey(String locationKey, String location, byte[] pkcs8) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                // Not a key of this algorithm: try the next one.
            }
        }
        throw new ConfigException(locationKey, location, "has a PRIVATE KEY block that is not an RSA, EC or Ed25519 "
                + "PKCS#8 key");
    }

    private static byte[] decodeBase64(String locationKey, String location, String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(locationKey, location, "has a PRIVATE KEY block that is not valid base64");
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("an empty PKCS12 store cannot be created", e);
        }
        return store;
    }
}
