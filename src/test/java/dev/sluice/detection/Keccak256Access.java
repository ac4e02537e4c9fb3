package dev.sluice.detection;

/** Gives tests in other packages the engine's Keccak-256, which the EIP-55 checksum of Ethereum addresses uses. */
public final class Keccak256Access {

    private Keccak256Access() {
    }

    /** Returns the 32-byte Keccak-256 digest of the ASCII string {@code text}. */
    public static byte[] digest(String text) {
        return Keccak256.digest(text);
    }
}
