package dev.sluice.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} before any decoding, so that a line with invalid UTF-8 can be
 * reported by number and the lines after it still read. Splitting bytes is safe for UTF-8 because byte 0x0A never
 * occurs inside a multi-byte sequence. Holds one line in memory at a time.
 */
final class ByteLineReader {

    /** One line without its {@code '\n'}; {@code terminated} is false only for a last line with no newline. */
    record Line(byte[] bytes, boolean terminated) {
    }

    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean endOfStream;

    ByteLineReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the next line, or returns null at the end of the stream.
     * NOTE: a line is held whole in memory, so a single line of several gigabytes can exhaust the heap.
     */
    Line next() throws IOException {
        byte[] line = new byte[0];
        int lineLength = 0;
        while (true) {
            if (position == limit && !fill()) {
                return lineLength == 0 ? null : new Line(Arrays.copyOf(line, lineLength), false);
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int chunk = end - position;
            if (lineLength + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(lineLength + chunk, line.length * 2));
            }
            System.arraycopy(buffer, position, line, lineLength, chunk);
            lineLength += chunk;
            if (newline >= 0) {
                position = newline + 1;
                return new Line(Arrays.copyOf(line, lineLength), true);
            }
            position = limit;
        }
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
            endOfStream = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
