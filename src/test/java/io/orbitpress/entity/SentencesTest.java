package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            One. Two.                                   | One. / Two.
            Stop! Go? Yes.                              | Stop! / Go? / Yes.
            He said "Go." Then left.                    | He said "Go." / Then left.
            (It flew.) Then it landed.                  | (It flew.) / Then it landed.
            Dr. Yui met Mr. Platonov. Then they ate.    | Dr. Yui met Mr. Platonov. / Then they ate.
            The U.S. and U.K. crews met. Done.          | The U.S. and U.K. crews met. / Done.
            Ask A. Berg. She knows.                     | Ask A. Berg. / She knows.
            On Dec. 5 it flew. On Jan. 6 it landed.     | On Dec. 5 it flew. / On Jan. 6 it landed.
            Version 2.0 flew. It worked.                | Version 2.0 flew. / It worked.
            It flew at 3 p.m. today.                    | It flew at 3 p.m. today.
            Boeing Co. built it. Gen. Lee flew it.      | Boeing Co. built it. / Gen. Lee flew it.
            In 2025. 2026 follows.                      | In 2025. / 2026 follows.
            e.g. this. And i.e. that.                   | e.g. this. / And i.e. that.
            no capital. after this                      | no capital. after this
            """)
    void splitsSentences(String text, String expected) {
        Sentences sentences = Sentences.of(text);
        String actual = sentences.ranges().stream()
                .map(r -> text.substring(r[0], r[1]).strip())
                .collect(Collectors.joining(" / "));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            One.  Two   words.    | 8  | Two words.
            A \uFFFCcode\uFFFC here.  | 3  | A code here.
            """)
    void cleansTheSentenceAroundAnIndex(String text, int index, String expected) {
        assertThat(Sentences.of(text).around(index)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void rangesCoverTheWholeText() {
        String text = "A b. C d. E f.";
        List<int[]> ranges = Sentences.of(text).ranges();
        assertThat(ranges).hasSize(3);
        assertThat(ranges.get(0)[0]).isZero();
        assertThat(ranges.get(2)[1]).isEqualTo(text.length());
    }
}
