package io.orbitpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file's text is what a strict UTF-8 decoder reads from it (after a byte-order mark, with line
 * ends made LF), whether the file is plain ASCII, which takes a shortcut, or not; bytes that are
 * not UTF-8, or a NUL, give a problem instead.
 */
class SourceTextPropertiesTest {

    @Property(tries = 3000)
    void readsWhatAStrictDecoderReads(@ForAll("files") byte[] bytes) {
        SourceText.Result r = SourceText.decode(bytes, "content/articles/a.md");
        Optional<String> expected = reference(bytes);
        assertThat(r.text()).isEqualTo(expected);
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

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', '\t')
                .ofMaxLength(30).map(s -> s.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> text = Arbitraries.strings().withCharRange('\u00a0', '\u30ff').ofMaxLength(4)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> odd = Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(3).map(l -> {
            byte[] b = new byte[l.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = l.get(i);
            }
            return b;
        });
        Arbitrary<byte[]> bom = Arbitraries.just(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, ascii), net.jqwik.api.Tuple.of(3, text), net.jqwik.api.Tuple.of(1, odd));
        return Arbitraries.oneOf(bom.map(List::of), Arbitraries.just(List.<byte[]>of()))
                .flatMap(head -> piece.list().ofMaxSize(6).map(rest -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    head.forEach(out::writeBytes);
                    rest.forEach(out::writeBytes);
                    return out.toByteArray();
                }));
    }
}
