package dev.sluice.schemaregistry;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;

/**
 * Walks an Avro binary body with its writer schema before Avro decodes it, so that corrupt input fails with
 * {@link WireFormatException.Reason#CORRUPT_AVRO} instead of a large allocation or a misleading error.
 *
 * <p>Every string, bytes, fixed and block length must fit in the bytes that remain, union and enum indexes must be in
 * range, and the body must end exactly where the value ends. Avro's own limits (the {@code org.apache.avro.limits.*}
 * system properties of Avro 1.12) default to about 2 GiB per value, so without this walk a corrupt length prefix makes
 * the decoder allocate up to that much. Collections of items that take zero bytes (such as an array of nulls) cannot
 * be bounded by the input size, so they share a budget of {@link #MAX_ZERO_SIZE_ITEMS} items per body.
 */
final class AvroBodyValidator {

    /** Maximum number of zero-byte collection items in one body; each one still costs a reference when decoded. */
    static final int MAX_ZERO_SIZE_ITEMS = 1_000_000;

    /** Maximum nesting of records, arrays, maps and unions, which keeps a recursive schema from overflowing the stack. */
    static final int MAX_DEPTH = 200;

    private final byte[] buffer;
    private final int end;
    private final Map<Schema, Long> minimumSizes = new IdentityHashMap<>();
    private int position;
    private long zeroSizeItems;

    private AvroBodyValidator(byte[] buffer, int offset, int length) {
        this.buffer = buffer;
        this.position = offset;
        this.end = offset + length;
    }

    /**
     * Checks that the {@code length} bytes of {@code buffer} from {@code offset} are exactly one value of
     * {@code writerSchema}.
     *
     * @throws WireFormatException with reason CORRUPT_AVRO, describing the position but not the content
     */
    static void validate(Schema writerSchema, byte[] buffer, int offset, int length) {
        AvroBodyValidator validator = new AvroBodyValidator(buffer, offset, length);
        validator.skipValue(writerSchema, 0);
        if (validator.position != validator.end) {
            throw corrupt("Avro body has " + (validator.end - validator.position)
                    + " bytes left over after the value ends at body offset " + (validator.position - offset));
        }
    }

    private void skipValue(Schema schema, int depth) {
        if (depth > MAX_DEPTH) {
            throw corrupt("Avro value nests deeper than " + MAX_DEPTH + " levels");
        }
        switch (schema.getType()) {
            case NULL -> {
            }
            case BOOLEAN -> {
                int value = readByte();
                if (value != 0 && value != 1) {
                    throw corrupt("Invalid boolean byte " + value + " at offset " + (position - 1));
                }
            }
            case INT -> readInt();
            case LONG -> readLong();
            case FLOAT -> skipBytes(4);
            case DOUBLE -> skipBytes(8);
            case STRING, BYTES -> skipBytes(readLength("string or bytes length"));
            case FIXED -> skipBytes(schema.getFixedSize());
            case ENUM -> {
                int index = readInt();
                if (index < 0 || index >= schema.getEnumSymbols().size()) {
                    throw corrupt("Enum index " + index + " is out of range for " + schema.getFullName() + " with "
                            + schema.getEnumSymbols().size() + " symbols");
                }
            }
            case UNION -> {
                List<Schema> branches = schema.getTypes();
                int index = readInt();
                if (index < 0 || index >= branches.size()) {
                    throw corrupt("Union index " + index + " is out of range for a union of " + branches.size()
                            + " branches");
                }
                skipValue(branches.get(index), depth + 1);
            }
            case RECORD -> {
                for (Schema.Field field : schema.getFields()) {
                    skipValue(field.schema(), depth + 1);
                }
            }
            case ARRAY -> skipBlocks(schema.getElementType(), false, depth);
            case MAP -> skipBlocks(schema.getValueType(), true, depth);
            default -> throw new IllegalStateException("Unknown Avro type " + schema.getType());
        }
    }

    /** Skips the blocks of an array or map: a count, a byte size when the count is negative, then the items. */
    private void skipBlocks(Schema itemSchema, boolean isMap, int depth) {
        long minimumItemSize = (isMap ? 1 : 0) + minimumSize(itemSchema);
        while (true) {
            long count = readLong();
            if (count == 0) {
                return;
            }
            if (count < 0) {
                if (count == Long.MIN_VALUE) {
                    throw corrupt("Invalid collection block count at offset " + position);
                }
                count = -count;
                long blockSize = readLong();
                if (blockSize < 0 || blockSize > end - position) {
                    throw corrupt("Collection block size " + blockSize + " exceeds the " + (end - position)
                            + " bytes left");
                }
            }
            if (minimumItemSize == 0) {
                zeroSizeItems += count;
                if (zeroSizeItems > MAX_ZERO_SIZE_ITEMS) {
                    throw corrupt("Collections of zero-byte items hold more than " + MAX_ZERO_SIZE_ITEMS + " items");
                }
            } else if (count > (end - position) / minimumItemSize) {
                throw corrupt("Collection block of " + count + " items cannot fit in the " + (end - position)
                        + " bytes left");
            }
            for (long i = 0; i < count; i++) {
                if (isMap) {
                    skipBytes(readLength("map key length"));
                }
                skipValue(itemSchema, depth + 1);
            }
        }
    }

    /** Returns a lower bound of the encoded size of any value of {@code schema}. */
    private long minimumSize(Schema schema) {
        Long known = minimumSizes.get(schema);
        if (known != null) {
            return known;
        }
        // A record that is still being measured refers to itself; 0 keeps the result a lower bound.
        minimumSizes.put(schema, 0L);
        long size = switch (schema.getType()) {
            case NULL -> 0;
            case BOOLEAN, INT, LONG, STRING, BYTES, ENUM, UNION, ARRAY, MAP -> 1;
            case FLOAT -> 4;
            case DOUBLE -> 8;
            case FIXED -> schema.getFixedSize();
            case RECORD -> {
                long sum = 0;
                for (Schema.Field field : schema.getFields()) {
                    sum = Math.min(Integer.MAX_VALUE, sum + minimumSize(field.schema()));
                }
                yield sum;
            }
        };
        minimumSizes.put(schema, size);
        return size;
    }

    private int readByte() {
        if (position >= end) {
            throw truncated();
        }
        return buffer[position++] & 0xff;
    }

    private void skipBytes(long count) {
        if (count > end - position) {
            throw truncated();
        }
        position += (int) count;
    }

    private long readLength(String what) {
        int start = position;
        long length = readLong();
        if (length < 0) {
            throw corrupt("Negative " + what + " " + length + " at offset " + start);
        }
        if (length > end - position) {
            throw corrupt("The " + what + " " + length + " at offset " + start + " exceeds the " + (end - position)
                    + " bytes left");
        }
        return length;
    }

    private int readInt() {
        int start = position;
        int raw = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            raw |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw corrupt("Invalid int encoding at offset " + start + ": longer than 5 bytes");
    }

    private long readLong() {
        int start = position;
        long raw = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = readByte();
            raw |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (raw >>> 1) ^ -(raw & 1);
            }
        }
        throw corrupt("Invalid long encoding at offset " + start + ": longer than 10 bytes");
    }

    private WireFormatException truncated() {
        return corrupt("Avro body is truncated: a value needs more than the bytes left");
    }

    private static WireFormatException corrupt(String message) {
        return new WireFormatException(WireFormatException.Reason.CORRUPT_AVRO, message);
    }
}
