package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A page written to {@link Utf8Writer} in pieces, by any of its methods, is the bytes
 * {@code String.getBytes(UTF_8)} gives for the whole text: what the renderer wrote before.
 */
class Utf8WriterTest {

    @Property(tries = 2000)
    void piecesEncodeAsTheWholeText(@ForAll("pieces") List<String> pieces, @ForAll("ways") List<Integer> ways) {
        Utf8Writer out = new Utf8Writer(1);
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            whole.append(p);
            switch (ways.isEmpty() ? 0 : ways.get(i % ways.size())) {
                case 0 -> out.write(p);
                case 1 -> out.write(p.toCharArray(), 0, p.length());
                case 2 -> p.chars().forEach(out::write);
                case 3 -> {
                    // inside a larger array and string, so offsets count
                    char[] padded = ("xy" + p + "z").toCharArray();
                    out.write(padded, 2, p.length());
                }
                case 4 -> out.write("ab" + p + "c", 2, p.length());
                default -> out.append(new StringBuilder("-").append(p).append('-'), 1, p.length() + 1);
            }
        }
        assertThat(out.toBytes()).isEqualTo(whole.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void joinsASurrogatePairSplitBetweenWritesAndMarksLoneHalves() {
        String rocket = "\uD83D\uDE80";
        Utf8Writer out = new Utf8Writer(4);
        out.write("launch " + rocket.charAt(0));
        out.write(rocket.charAt(1) + " \uDE80 and \uD83D");
        assertThat(new String(out.toBytes(), StandardCharsets.UTF_8)).isEqualTo("launch " + rocket + " ? and ?");
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u00a0', '\u07ff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0800', '\ud7ff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\ud800', '\udfff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ue000', '\uffff')));
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        }).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> ways() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(6);
    }
}
