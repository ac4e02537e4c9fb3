package dev.sluice.schemaregistry;

import java.nio.ByteBuffer;

/**
 * Confluent Schema Registry wire format: magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the Avro
 * binary body.
 */
public final class WireFormat {

    /** First byte of every framed payload. */
    public static final byte MAGIC_BYTE = 0;

    /** Length of the magic byte plus the schema id. */
    public static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** Position of the Avro body inside a framed payload, with the schema id read from its header. */
    public record Header(int schemaId, int bodyOffset, int bodyLength) {
    }

    /** Returns {@code avroBody} prefixed with the magic byte and {@code schemaId}. */
    public static byte[] encode(int schemaId, byte[] avroBody) {
        return encode(schemaId, avroBody, 0, avroBody.length);
    }

    /** Returns {@code length} bytes of {@code avroBody} from {@code offset}, prefixed with the header. */
    public static byte[] encode(int schemaId, byte[] avroBody, int offset, int length) {
        byte[] framed = new byte[HEADER_LENGTH + length];
        writeHeader(schemaId, framed);
        System.arraycopy(avroBody, offset, framed, HEADER_LENGTH, length);
        return framed;
    }

    /** Writes the magic byte and {@code schemaId} into the first {@link #HEADER_LENGTH} bytes of {@code target}. */
    public static void writeHeader(int schemaId, byte[] target) {
        target[0] = MAGIC_BYTE;
        target[1] = (byte) (schemaId >>> 24);
        target[2] = (byte) (schemaId >>> 16);
        target[3] = (byte) (schemaId >>> 8);
        target[4] = (byte) schemaId;
    }

    /**
     * Parses the header of {@code payload}.
     *
     * @throws WireFormatException with reason {@link WireFormatException.Reason#NOT_WIRE_FORMAT} if {@code payload} is
     *     null, shorter than the header or does not start with the magic byte
     */
    public static Header parse(byte[] payload) {
        if (payload == null) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT, "Payload is null");
        }
        return parse(payload, 0, payload.length);
    }

    /** Parses the header of the {@code length} bytes of {@code payload} starting at {@code offset}. */
    public static Header parse(byte[] payload, int offset, int length) {
        if (payload == null) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT, "Payload is null");
        }
        if (length < HEADER_LENGTH) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT,
                    "Payload has " + length + " bytes, fewer than the " + HEADER_LENGTH + "-byte wire format header");
        }
        if (payload[offset] != MAGIC_BYTE) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT,
                    "First byte is 0x" + toHex(payload[offset]) + ", expected the magic byte 0x00");
        }
        int schemaId = ((payload[offset + 1] & 0xff) << 24)
                | ((payload[offset + 2] & 0xff) << 16)
                | ((payload[offset + 3] & 0xff) << 8)
                | (payload[offset + 4] & 0xff);
        return new Header(schemaId, offset + HEADER_LENGTH, length - HEADER_LENGTH);
    }

    /**
     * Parses the header of the remaining bytes of {@code payload} without moving its position. The body offset is
     * relative to the buffer's position.
     */
    public static Header parse(ByteBuffer payload) {
        if (payload == null) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT, "Payload is null");
        }
        int length = payload.remaining();
        if (length < HEADER_LENGTH) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT,
                    "Payload has " + length + " bytes, fewer than the " + HEADER_LENGTH + "-byte wire format header");
        }
        int start = payload.position();
        byte magic = payload.get(start);
        if (magic != MAGIC_BYTE) {
            throw new WireFormatException(WireFormatException.Reason.NOT_WIRE_FORMAT,
                    "First byte is 0x" + toHex(magic) + ", expected the magic byte 0x00");
        }
        int schemaId = ((payload.get(start + 1) & 0xff) << 24)
                | ((payload.get(start + 2) & 0xff) << 16)
                | ((payload.get(start + 3) & 0xff) << 8)
                | (payload.get(start + 4) & 0xff);
        return new Header(schemaId, HEADER_LENGTH, length - HEADER_LENGTH);
    }

    private static String toHex(byte value) {
        String hex = Integer.toHexString(value & 0xff);
        return hex.length() == 1 ? "0" + hex : hex;
    }
}
