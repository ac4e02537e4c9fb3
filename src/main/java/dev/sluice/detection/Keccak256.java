package dev.sluice.detection;

import java.nio.charset.StandardCharsets;

/**
 * Keccak-256 as Ethereum uses it: the original Keccak padding (0x01), not the SHA3-256 padding (0x06) of FIPS 202,
 * so the JDK's SHA3-256 gives other digests. Used only to check EIP-55 address checksums.
 */
final class Keccak256 {

    private static final int RATE_BYTES = 136;

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};

    // Rotation offsets and lane order of the combined rho and pi steps.
    private static final int[] ROTATIONS = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62,
        18, 39, 61, 20, 44};
    private static final int[] PI_LANES = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20,
        14, 22, 9, 6, 1};

    private Keccak256() {
    }

    /** Returns the 32-byte Keccak-256 digest of the ASCII string {@code text}. */
    static byte[] digest(String text) {
        byte[] input = text.getBytes(StandardCharsets.US_ASCII);
        int blocks = input.length / RATE_BYTES + 1;
        byte[] padded = new byte[blocks * RATE_BYTES];
        System.arraycopy(input, 0, padded, 0, input.length);
        padded[input.length] ^= 0x01;
        padded[padded.length - 1] ^= (byte) 0x80;

        long[] state = new long[25];
        for (int block = 0; block < blocks; block++) {
            for (int lane = 0; lane < RATE_BYTES / 8; lane++) {
                state[lane] ^= littleEndianLong(padded, block * RATE_BYTES + lane * 8);
            }
            permute(state);
        }

        byte[] digest = new byte[32];
        for (int i = 0; i < digest.length; i++) {
            digest[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return digest;
    }

    private static long littleEndianLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    /** Applies the 24 rounds of Keccak-f[1600] to {@code state} in place. */
    private static void permute(long[] state) {
        long[] columns = new long[5];
        for (long roundConstant : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                columns[x] = state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long theta = columns[(x + 4) % 5] ^ Long.rotateLeft(columns[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    state[y + x] ^= theta;
                }
            }

            long carried = state[1];
            for (int i = 0; i < 24; i++) {
                int lane = PI_LANES[i];
                long next = state[lane];
                state[lane] = Long.rotateLeft(carried, ROTATIONS[i]);
                carried = next;
            }

            for (int y = 0; y < 25; y += 5) {
                long[] row = {state[y], state[y + 1], state[y + 2], state[y + 3], state[y + 4]};
                for (int x = 0; x < 5; x++) {
                    state[y + x] = row[x] ^ (~row[(x + 1) % 5] & row[(x + 2) % 5]);
                }
            }
            state[0] ^= roundConstant;
        }
    }
}
