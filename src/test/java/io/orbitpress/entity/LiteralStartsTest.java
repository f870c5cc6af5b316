package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LiteralStartsTest {
    private static final List<String> LITERALS = List.of("Crew-", "Cr", "STS-", "", "Zoë", "\uFFFCx", "aa");
    private static final LiteralStarts STARTS = new LiteralStarts(LITERALS);

    @Test
    void findsTheNextPlaceAnyLiteralStarts() {
        String text = "xCrew-1 STS-2 Zoë \uFFFCx aaa";
        assertThat(STARTS.next(text.toCharArray(), 0)).isEqualTo(1);
        assertThat(STARTS.next(text.toCharArray(), 2)).isEqualTo(8);
        assertThat(STARTS.next(text.toCharArray(), 9)).isEqualTo(14);
        assertThat(STARTS.next(text.toCharArray(), 15)).isEqualTo(18);
        assertThat(STARTS.next(text.toCharArray(), 19)).isEqualTo(21);
        assertThat(STARTS.next(text.toCharArray(), 22)).isEqualTo(22);
        assertThat(STARTS.next(text.toCharArray(), 23)).isEqualTo(-1);
        assertThat(STARTS.next(text.toCharArray(), 99)).isEqualTo(-1);
        assertThat(STARTS.next("".toCharArray(), 0)).isEqualTo(-1);
    }

    @Test
    void canPassOverPlacesAfterALetterOrDigit() {
        LiteralStarts wordStarts = new LiteralStarts(LITERALS, true);
        String text = "xCrew-1 9STS-2 (STS-3 éaa aa";
        assertThat(wordStarts.next(text.toCharArray(), 0)).isEqualTo(16);
        assertThat(wordStarts.next(text.toCharArray(), 17)).as("é is not ASCII, so it is not passed over").isEqualTo(23);
        assertThat(wordStarts.next(text.toCharArray(), 24)).isEqualTo(26);
        assertThat(wordStarts.next("Crew".toCharArray(), 0)).isZero();
    }

    @Test
    void tellsWhichLiteralStartsThere() {
        String text = "Crew-1";
        assertThat(STARTS.startsAt(text.toCharArray(), 0, 0)).isTrue();
        assertThat(STARTS.startsAt(text.toCharArray(), 0, 1)).isTrue();
        assertThat(STARTS.startsAt(text.toCharArray(), 0, 2)).isFalse();
        assertThat(STARTS.startsAt(text.toCharArray(), 0, 3)).as("the empty literal is never found").isFalse();
    }

    @Test
    void agreesWithIndexOfOnRandomText() {
        String alphabet = "CrewSTS-Zoë\uFFFCxa ";
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            for (int from = 0; from <= s.length(); from++) {
                int expected = -1;
                for (String literal : LITERALS) {
                    int at = literal.isEmpty() ? -1 : s.indexOf(literal, from);
                    if (at >= 0 && (expected < 0 || at < expected)) {
                        expected = at;
                    }
                }
                assertThat(STARTS.next(s.toCharArray(), from)).as(s + " from " + from).isEqualTo(expected);
            }
        }
    }
}
