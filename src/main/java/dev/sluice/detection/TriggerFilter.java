package dev.sluice.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * A 65,536-bit filter on the 16-bit keys of {@link TriggerWords}, with the words behind each set bit.
 *
 * <p>The words are stored densely, one array per set bit, and found by the rank of the bit: the number of set
 * bits before it, from a prefix count per 64-bit block and one {@link Long#bitCount}. So the whole filter takes
 * 8 KB of bits and 4 KB of counts, where an array indexed by key would take 256 KB of mostly null references
 * and push the scanned text out of the cache.
 */
final class TriggerFilter {

    private static final int KEY_COUNT = 1 << 16;
    private static final int BLOCK_SHIFT = 6;

    private final long[] bits = new long[KEY_COUNT >>> BLOCK_SHIFT];
    private final int[] ranks = new int[KEY_COUNT >>> BLOCK_SHIFT];
    private final TriggerWord[][] words;

    /** Builds the filter of {@code keys[i]} for each {@code entries[i]}; a key may repeat. */
    TriggerFilter(int[] keys, List<TriggerWord> entries) {
        for (int key : keys) {
            bits[key >>> BLOCK_SHIFT] |= 1L << key;
        }
        int total = 0;
        for (int block = 0; block < bits.length; block++) {
            ranks[block] = total;
            total += Long.bitCount(bits[block]);
        }

        List<List<TriggerWord>> byRank = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            byRank.add(new ArrayList<>());
        }
        for (int i = 0; i < keys.length; i++) {
            byRank.get(rank(keys[i])).add(entries.get(i));
        }
        this.words = new TriggerWord[total][];
        for (int i = 0; i < total; i++) {
            words[i] = byRank.get(i).toArray(new TriggerWord[0]);
        }
    }

    /** Returns the words with filter key {@code key}, in the order they were added, or null if none. */
    TriggerWord[] wordsAt(int key) {
        int block = key >>> BLOCK_SHIFT;
        long blockBits = bits[block];
        if ((blockBits & (1L << key)) == 0) {
            return null;
        }
        return words[ranks[block] + Long.bitCount(blockBits & ((1L << key) - 1))];
    }

    private int rank(int key) {
        int block = key >>> BLOCK_SHIFT;
        return ranks[block] + Long.bitCount(bits[block] & ((1L << key) - 1));
    }
}
