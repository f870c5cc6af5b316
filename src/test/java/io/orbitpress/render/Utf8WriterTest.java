package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page writer against the JDK's encoder: whatever text is written, in whatever pieces and by
 * whichever of the writer's methods, its bytes are {@code String.getBytes(UTF_8)} of the whole
 * text, surrogates without their pair included. Seeded: each case's name is its seed; the base
 * seed is taken from {@code -Dorbitpress.seed=N}.
 */
class Utf8WriterTest {

    private static final long SEED = Long.getLong("orbitpress.seed", 20_261_205L);
    /** Characters of every width UTF-8 has, halves of pairs among them. */
    private static final char[] ALPHABET = ("<a href=\"/x\">Orbit é ß · — “” Орбита МКС 宇宙 \uD83D\uDE80 \uD83C\uDF0D"
            + " \uD83D \uDE80 \uDBFF\uDFFF \uD800 \uFFFF \u0000 \u007F\u0080\u07FF\u0800").toCharArray();

    static Stream<Long> seeds() {
        System.out.println("Utf8WriterTest: base seed " + SEED + " (rerun with -Dorbitpress.seed=" + SEED + ")");
        Random r = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(i -> r.nextLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBytesAreTheJdksEncodingOfTheWholeText(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        int length = r.nextInt(r.nextBoolean() ? 40 : 3_000);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String whole = text.toString();
        Utf8Writer out = new Utf8Writer(r.nextInt(200));
        int at = 0;
        while (at < whole.length()) {
            int n = Math.min(whole.length() - at, 1 + r.nextInt(r.nextBoolean() ? 4 : 700));
            switch (r.nextInt(4)) {
                case 0 -> out.write(whole.substring(at, at + n));
                case 1 -> out.write(whole, at, n);
                case 2 -> {
                    char[] padded = ("..." + whole.substring(at, at + n) + "...").toCharArray();
                    out.write(padded, 3, n);
                }
                default -> {
                    n = 1;
                    out.write(whole.charAt(at));
                }
            }
            at += n;
        }
        assertThat(out.bytes()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPairSplitBetweenTwoWritesIsOneCharacter() {
        Utf8Writer out = new Utf8Writer(0);
        out.write("rocket \uD83D");
        out.write("\uDE80!");
        assertThat(new String(out.bytes(), StandardCharsets.UTF_8)).isEqualTo("rocket \uD83D\uDE80!");
    }

    @Test
    void aHalfPairAtTheEndIsAQuestionMark() {
        Utf8Writer out = new Utf8Writer(0);
        out.write("end \uD83D");
        assertThat(out.bytes()).isEqualTo("end ?".getBytes(StandardCharsets.US_ASCII));
    }
}
