package dev.sluice.schemaregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void encodeWritesMagicAndBigEndianId() {
        byte[] framed = WireFormat.encode(0x01020304, new byte[] {0x02, 0x78});

        assertThat(framed).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04, 0x02, 0x78);
    }

    @Test
    void encodeOfSchemaIdOne() {
        byte[] framed = WireFormat.encode(1, new byte[] {0x02, 0x78});

        assertThat(framed).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x78);
    }

    @Test
    void encodeOfLargestIdUsesAllBits() {
        byte[] framed = WireFormat.encode(Integer.MAX_VALUE, new byte[0]);

        assertThat(framed).containsExactly(0x00, 0x7f, 0xff, 0xff, 0xff);
    }

    @Test
    void encodeCopiesSliceOfBody() {
        byte[] framed = WireFormat.encode(7, new byte[] {0x10, 0x20, 0x30, 0x40}, 1, 2);

        assertThat(framed).containsExactly(0x00, 0x00, 0x00, 0x00, 0x07, 0x20, 0x30);
    }

    @Test
    void parseReadsIdAndBodyPosition() {
        WireFormat.Header header = WireFormat.parse(new byte[] {0x00, 0x01, 0x02, 0x03, 0x04, 0x02, 0x78});

        assertThat(header.schemaId()).isEqualTo(0x01020304);
        assertThat(header.bodyOffset()).isEqualTo(5);
        assertThat(header.bodyLength()).isEqualTo(2);
    }

    @Test
    void parseAcceptsEmptyBody() {
        WireFormat.Header header = WireFormat.parse(new byte[] {0x00, 0x00, 0x00, 0x00, 0x09});

        assertThat(header.schemaId()).isEqualTo(9);
        assertThat(header.bodyLength()).isZero();
    }

    @Test
    void parseOfSliceOffsetsBody() {
        byte[] buffer = {0x55, 0x00, 0x00, 0x00, 0x00, 0x03, 0x02, 0x78};

        WireFormat.Header header = WireFormat.parse(buffer, 1, 7);

        assertThat(header.schemaId()).isEqualTo(3);
        assertThat(header.bodyOffset()).isEqualTo(6);
        assertThat(header.bodyLength()).isEqualTo(2);
    }

    @Test
    void parseOfByteBufferKeepsPosition() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0x00, 0x00, 0x00, 0x01, 0x00, 0x02, 0x78});

        WireFormat.Header header = WireFormat.parse(buffer);

        assertThat(header.schemaId()).isEqualTo(256);
        assertThat(header.bodyLength()).isEqualTo(2);
        assertThat(buffer.position()).isZero();
    }

    @Test
    void parseOfIdWithHighBitIsNegative() {
        WireFormat.Header header = WireFormat.parse(new byte[] {0x00, (byte) 0xff, (byte) 0xff, (byte) 0xff,
            (byte) 0xfe});

        assertThat(header.schemaId()).isEqualTo(-2);
    }

    @Test
    void parseOfNullIsNotWireFormat() {
        assertThatThrownBy(() -> WireFormat.parse((byte[]) null))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.NOT_WIRE_FORMAT));
    }

    @Test
    void parseOfShortPayloadIsNotWireFormat() {
        assertThatThrownBy(() -> WireFormat.parse(new byte[] {0x00, 0x00, 0x00, 0x01}))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("4 bytes")
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.NOT_WIRE_FORMAT));
    }

    @Test
    void parseOfEmptyPayloadIsNotWireFormat() {
        assertThatThrownBy(() -> WireFormat.parse(new byte[0]))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.NOT_WIRE_FORMAT));
    }

    @Test
    void parseOfWrongMagicIsNotWireFormat() {
        assertThatThrownBy(() -> WireFormat.parse(new byte[] {0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d}))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("0x7b")
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.NOT_WIRE_FORMAT));
    }

    @Test
    void parseOfShortByteBuffer() {
        assertThatThrownBy(() -> WireFormat.parse(ByteBuffer.wrap(new byte[] {0x00, 0x00})))
                .isInstanceOf(WireFormatException.class)
                .satisfies(e -> assertThat(((WireFormatException) e).reason())
                        .isEqualTo(WireFormatException.Reason.NOT_WIRE_FORMAT));
    }
}
