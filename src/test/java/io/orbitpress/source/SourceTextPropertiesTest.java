package io.orbitpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import io.orbitpress.testing.Seeded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file's text is what a strict UTF-8 decoder reads from it (after a byte-order mark, with line
 * ends made LF), whether the file is plain ASCII, which takes a shortcut, or not; bytes that are
 * not UTF-8, or a NUL, give a problem instead.
 */
class SourceTextPropertiesTest {

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(3000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWhatAStrictDecoderReads(Seeded.Case c) {
        byte[] bytes = file(c.random());
        SourceText.Result r = SourceText.decode(bytes, "content/articles/a.md");
        Optional<String> expected = reference(bytes);
        assertThat(r.text()).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        assertThat(r.problem().isPresent()).isEqualTo(expected.isEmpty());
    }

    private static Optional<String> reference(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(s.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A BOM or not, then up to six pieces: mostly ASCII, some other text, now and then odd bytes. */
    private static byte[] file(Random r) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (r.nextBoolean()) {
            out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        for (byte[] piece : Seeded.list(r, 6, SourceTextPropertiesTest::piece)) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static byte[] piece(Random r) {
        int pick = r.nextInt(14);
        if (pick < 10) {
            StringBuilder ascii = new StringBuilder(Seeded.stringInRange(r, 30, ' ', '~'));
            for (int i = 0; i < ascii.length(); i++) {
                if (Seeded.chance(r, 0.1)) {
                    ascii.setCharAt(i, Seeded.oneOf(r, '\n', '\r', '\t'));
                }
            }
            return ascii.toString().getBytes(StandardCharsets.US_ASCII);
        }
        if (pick < 13) {
            return Seeded.stringInRange(r, 4, '\u00a0', '\u30ff').getBytes(StandardCharsets.UTF_8);
        }
        byte[] odd = new byte[Seeded.size(r, 1, 3)];
        r.nextBytes(odd);
        return odd;
    }
}
