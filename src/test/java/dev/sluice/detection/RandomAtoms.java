package dev.sluice.detection;

import java.util.Random;

/**
 * Builds seeded random test strings by joining atoms, so that differential tests meet the awkward neighbours of
 * their edge cases (look-alike letters, case-folding oddities, separators) in many combinations.
 */
final class RandomAtoms {

    private RandomAtoms() {
    }

    /** Returns 1 to {@code maxPieces} atoms drawn from {@code atoms}, joined. */
    static String join(Random random, String[] atoms, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(maxPieces);
        for (int j = 0; j < length; j++) {
            text.append(atoms[random.nextInt(atoms.length)]);
        }
        return text.toString();
    }
}
