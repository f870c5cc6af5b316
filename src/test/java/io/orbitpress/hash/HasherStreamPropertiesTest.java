package io.orbitpress.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file's fingerprint read in pieces is the fingerprint of its bytes read whole, whatever the
 * pieces a stream hands out (a picture is fingerprinted without holding it in memory, and must
 * be known by the fingerprint the static copies give the same bytes).
 */
class HasherStreamPropertiesTest {

    static final long SEED = 20260115L;

    static Stream<Long> seeds() {
        System.out.println("HasherStreamPropertiesTest seed " + SEED);
        Random r = new Random(SEED);
        return Stream.generate(r::nextLong).limit(40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStreamInPiecesHashesAsTheWholeBytes(long seed) throws IOException {
        Random r = new Random(seed);
        int n = r.nextInt(4) == 0 ? r.nextInt(20) : r.nextInt(200_000);
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        InputStream pieces = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, r.nextBoolean() ? 1 + r.nextInt(13) : 1 + r.nextInt(70_000)));
            }
        };
        assertThat(new Hasher().put(pieces, n).finish()).isEqualTo(Fingerprint.of(bytes));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStreamOfAnotherLengthIsAnError(long seed) {
        Random r = new Random(seed);
        byte[] bytes = new byte[1 + r.nextInt(1000)];
        assertThatThrownBy(() -> new Hasher().put(new ByteArrayInputStream(bytes), bytes.length + 1L))
                .isInstanceOf(IOException.class);
    }
}
