package dev.sluice.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A benchmark corpus: strings of 1 to 4 KB of UTF-8, the size of the prompt, response and annotation fields that
 * the pipeline scans one at a time.
 *
 * @param name      corpus name as given to {@link #named}
 * @param records   the strings, in generation order
 * @param utf8Bytes total UTF-8 length of all records, the unit of the MB/s figures
 * @param chars     total UTF-16 length of all records
 */
public record Corpus(String name, List<String> records, long utf8Bytes, long chars) {

    /** Default size of a generated corpus: 1,000,000 bytes of UTF-8, plus at most one record. */
    public static final int DEFAULT_BYTES = 1_000_000;

    static final int MIN_RECORD_BYTES = 1024;
    static final int MAX_RECORD_BYTES = 4096;

    /** Fixed seeds, so every run scans the same text. */
    private static final long DENSE_SEED = 0x5_1ce_0001L;
    private static final long SPARSE_SEED = 0x5_1ce_0002L;

    public Corpus {
        records = List.copyOf(records);
    }

    /** Returns the corpus called {@code dense} or {@code sparse}, generated from its fixed seed. */
    public static Corpus named(String name) {
        return switch (name) {
            case "dense" -> dense(DENSE_SEED, DEFAULT_BYTES);
            case "sparse" -> sparse(SPARSE_SEED, DEFAULT_BYTES);
            default -> throw new IllegalArgumentException("unknown corpus '" + name + "': expected dense or sparse");
        };
    }

    /** Generates English support-ticket prose with one sensitive value every 150 to 450 bytes. */
    public static Corpus dense(long seed, int targetBytes) {
        Random random = new Random(seed);
        DenseText text = new DenseText(random);
        return pack("dense", random, text::nextUnit, targetBytes);
    }

    /**
     * Generates prompts and responses in English, German, French, Spanish, Portuguese, Japanese, Chinese and Hindi,
     * with code, numbers and dates, and about one sensitive value per 25 KB.
     */
    public static Corpus sparse(long seed, int targetBytes) {
        Random random = new Random(seed);
        SparseText text = new SparseText(random);
        return pack("sparse", random, text::nextUnit, targetBytes);
    }

    /**
     * Joins text units into records of MIN_RECORD_BYTES to MAX_RECORD_BYTES, each with its own target size drawn
     * uniformly. A unit is never split, so a sensitive value always lies whole inside one record.
     */
    private static Corpus pack(String name, Random random, Supplier<String> units, int targetBytes) {
        List<String> records = new ArrayList<>();
        long totalBytes = 0;
        long totalChars = 0;
        String pending = units.get();
        while (totalBytes < targetBytes) {
            int recordTarget = MIN_RECORD_BYTES + random.nextInt(MAX_RECORD_BYTES - MIN_RECORD_BYTES + 1);
            StringBuilder record = new StringBuilder();
            int recordBytes = 0;
            while (true) {
                int unitBytes = utf8Length(pending) + (record.length() == 0 ? 0 : 1);
                if (recordBytes + unitBytes > MAX_RECORD_BYTES && recordBytes >= MIN_RECORD_BYTES) {
                    break;
                }
                if (record.length() > 0) {
                    record.append(' ');
                }
                record.append(pending);
                recordBytes += unitBytes;
                pending = units.get();
                if (recordBytes >= recordTarget) {
                    break;
                }
            }
            records.add(record.toString());
            totalBytes += recordBytes;
            totalChars += record.length();
        }
        return new Corpus(name, records, totalBytes, totalChars);
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
