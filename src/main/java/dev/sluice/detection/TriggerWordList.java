package dev.sluice.detection;

import java.util.AbstractList;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * An immutable list of {@link TriggerWord}s with a bit per word id, so that {@link ScanContext} finds whether any
 * of them occurs with a few 64-bit ANDs instead of a lookup per word. Detectors ask that of every text, most of
 * which contains none of their words.
 */
final class TriggerWordList extends AbstractList<TriggerWord> implements RandomAccess {

    private final TriggerWord[] words;
    private final long[] idBits;

    private TriggerWordList(TriggerWord[] words) {
        this.words = words;
        int maxId = 0;
        for (TriggerWord word : words) {
            maxId = Math.max(maxId, word.id());
        }
        // Sized by the largest id here: TriggerWords makes its lists while it still registers words.
        this.idBits = new long[maxId / Long.SIZE + 1];
        for (TriggerWord word : words) {
            idBits[word.id() >>> 6] |= 1L << word.id();
        }
    }

    /** Returns a list of {@code words} in their order. Every word must be registered in {@link TriggerWords}. */
    static TriggerWordList of(Collection<TriggerWord> words) {
        return new TriggerWordList(words.toArray(new TriggerWord[0]));
    }

    /** Returns whether any word of this list has its bit set in {@code present}, a bitset over word ids. */
    boolean intersects(long[] present) {
        int blocks = Math.min(idBits.length, present.length);
        for (int i = 0; i < blocks; i++) {
            if ((idBits[i] & present[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether word id {@code id} is in this list. */
    boolean containsId(int id) {
        int block = id >>> 6;
        return block < idBits.length && (idBits[block] & (1L << id)) != 0;
    }

    @Override
    public TriggerWord get(int index) {
        return words[index];
    }

    @Override
    public int size() {
        return words.length;
    }

    /** Returns a copy of the words from {@code fromIndex} to {@code toIndex}, with its own id bits: make it once. */
    @Override
    public TriggerWordList subList(int fromIndex, int toIndex) {
        return new TriggerWordList(super.subList(fromIndex, toIndex).toArray(new TriggerWord[0]));
    }
}
