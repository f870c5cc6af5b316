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
            At 11:43 a.m. EDT the crew launched. Next.  | At 11:43 a.m. EDT the crew launched. / Next.
            It lifted off at 9 p.m. Monday. Then.       | It lifted off at 9 p.m. Monday. / Then.
            Docking was at 2 a.m. The hatch opened.     | Docking was at 2 a.m. / The hatch opened.
            At 6 A.M. UTC it flew. Then.                | At 6 A.M. UTC it flew. / Then.
            Met Mrs. Kim and Ms. Lee. Then.             | Met Mrs. Kim and Ms. Lee. / Then.
            Ask St. Clair, Jr. Day or Sr. Ray. Then.    | Ask St. Clair, Jr. Day or Sr. Ray. / Then.
            Gen. A and Col. B met Lt. Cole. Then.       | Gen. A and Col. B met Lt. Cole. / Then.
            Capt. D, Cmdr. E and Sgt. F came. Then.     | Capt. D, Cmdr. E and Sgt. F came. / Then.
            Fuel, air, etc. 5 kinds went. Then.         | Fuel, air, etc. 5 kinds went. / Then.
            Fuel, air, etc. Then it flew.               | Fuel, air, etc. / Then it flew.
            Pad No. 39A is ready. Go.                   | Pad No. 39A is ready. / Go.
            Did it say No. Then it did.                 | Did it say No. / Then it did.
            Read J. Smith and J.R.R. Tolkien. Then.     | Read J. Smith and J.R.R. Tolkien. / Then.
            In Washington, D.C. Bakanov spoke. Then.    | In Washington, D.C. Bakanov spoke. / Then.
            Flights in Feb. 2026 and Sept. 9. Then.     | Flights in Feb. 2026 and Sept. 9. / Then.
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''          | Zena flew. Yui landed.       | false | 12 | Yui landed.
            ''          | Zena flew. Yui landed.       | true  | 12 | Zena flew. Yui landed.
            'The crew:' | Kimiya Yui, JAXA             | false | 0  | The crew: Kimiya Yui, JAXA
            'The crew:' | Kimiya Yui flew. Oleg too.   | false | 3  | The crew: Kimiya Yui flew.
            'The crew:' | Kimiya Yui flew. Oleg too.   | false | 18 | Oleg too.
            """)
    void aLeadComesBeforeTheFirstSentenceAndAWholeBlockIsOne(String lead, String text, boolean whole, int index,
            String expected) {
        assertThat(Sentences.of(lead, text, whole).around(index)).isEqualTo(expected);
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
