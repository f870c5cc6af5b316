package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
            See p. 4 and pp. 10-12 of it. Then.         | See p. 4 and pp. 10-12 of it. / Then.
            It is on p. The end.                        | It is on p. / The end.
            Прибыли в ЦПК им. Гагарина. Затем.          | Прибыли в ЦПК им. Гагарина. / Затем.
            Встретил проф. Олег Кононенко. Затем.       | Встретил проф. Олег Кононенко. / Затем.
            Проф. Кононенко и акад. Королёв. Затем.     | Проф. Кононенко и акад. Королёв. / Затем.
            Поехали в г. Королёв на ул. Пионерской. Всё. | Поехали в г. Королёв на ул. Пионерской. / Всё.
            Он родился в 1964 г. Затем учился.          | Он родился в 1964 г. / Затем учился.
            См. с. 4 и рис. 2 в нём. Всё.               | См. с. 4 и рис. 2 в нём. / Всё.
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
            \u201CI trust him. Victor Glover is the best pilot I know,\u201D a trainer said. | 20 | \u201CVictor Glover is the best pilot I know,\u201D a trainer said.
            \u00ABЯ верю ему. Олег летает лучше всех\u00BB, сказал тренер. | 20 | \u00ABОлег летает лучше всех\u00BB, сказал тренер.
            \u201CLiftoff,\u201D she said. | 3 | \u201CLiftoff,\u201D she said.
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

    /** A sentence of 180,000 characters with 20,000 mentions is cleaned once, not once per mention. */
    @org.junit.jupiter.api.Test
    void aLongSentenceIsCleanedOnceHoweverManyMentionsItHolds() {
        String text = "NASA and ".repeat(20_000);
        Sentences sentences = Sentences.of(text);
        for (int i = 0; i < text.length(); i += 9) {
            assertThat(sentences.around(i)).hasSizeLessThanOrEqualTo(Sentences.MAX_LENGTH + 2);
        }
        assertThat(sentences.looked()).isLessThanOrEqualTo(2L * text.length());
        assertThat(sentences.around(90_000)).startsWith("\u2026NASA and").endsWith("and\u2026");
    }

    /** A run of 100,000 full stops is looked at once, not once per stop. */
    @org.junit.jupiter.api.Test
    void aLongRunOfMarksIsLookedAtOnce() {
        String text = "It ended" + ".".repeat(100_000) + " then went on. Then it began.";
        Sentences sentences = Sentences.of(text);
        assertThat(sentences.ranges()).hasSize(2);
        assertThat(sentences.looked()).isLessThanOrEqualTo(2L * text.length());
    }

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(1000);
    }

    /**
     * The quote around any index of a long text is what cleaning the whole sentence and capping
     * it around the index gives (the way it was made before a sentence was cleaned only once).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aLongSentenceIsQuotedAsWhenCleanedWhole(Seeded.Case c) {
        java.util.Random r = c.random();
        String text = Seeded.string(r, 300, 3000, "ab \n\t\uFFFC\u00a0.,");
        Sentences sentences = Sentences.of(text);
        for (int k = 0; k < 5; k++) {
            int index = r.nextInt(text.length());
            int[] range = sentences.ranges().stream().filter(x -> x[0] <= index && index < x[1]).findFirst().orElseThrow();
            assertThat(sentences.around(index)).as("index %d of %s", index, text)
                    .isEqualTo(reference(text.substring(range[0], range[1]), index - range[0]));
        }
    }

    /** Cleaning and capping as a whole: separators dropped, white space made one space, ends stripped, cut around the focus. */
    private static String reference(String raw, int focus) {
        StringBuilder out = new StringBuilder();
        int cleanFocus = 0;
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (i == focus) {
                cleanFocus = out.length();
            }
            if (ch == '\uFFFC') {
                continue;
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(ch);
            }
        }
        String all = out.toString();
        int from = 0;
        while (from < all.length() && Character.isWhitespace(all.charAt(from))) {
            from++;
        }
        String sentence = all.strip();
        int at = Math.max(0, cleanFocus - from);
        int max = Sentences.MAX_LENGTH;
        if (sentence.length() <= max) {
            return sentence;
        }
        int start = Math.max(0, Math.min(at - max / 4, sentence.length() - max));
        int end = start + max;
        if (start > 0) {
            int space = sentence.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        if (end < sentence.length()) {
            int space = sentence.lastIndexOf(' ', end);
            end = space <= start ? end : space;
        }
        return (start > 0 ? "\u2026" : "") + sentence.substring(start, end).strip()
                + (end < sentence.length() ? "\u2026" : "");
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
