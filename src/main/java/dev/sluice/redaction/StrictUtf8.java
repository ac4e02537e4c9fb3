package dev.sluice.redaction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes as UTF-8 text only if every byte sequence is valid, so that binary data is never scanned as if it
 * were text with replacement characters.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** Returns the text, or empty if {@code bytes} is not valid UTF-8. The buffer's position is not changed. */
    public static Optional<String> decode(ByteBuffer bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.duplicate())
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> decode(byte[] bytes) {
        return decode(ByteBuffer.wrap(bytes));
    }
}
