package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Corpora;
import io.orbitpress.testing.Seeded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search's word reader ({@link SearchText#words}), which reads ASCII pieces by hand, finds
 * the words the normalizer and pattern find ({@link SearchText#wordsByPattern}).
 */
class SearchTextPropertiesTest {

    /**
     * ASCII letters, digits, spaces and punctuation (the apostrophe, full stop, colon and
     * underscore among them: a word, and a final sigma's test, reach across them), letters with
     * marks written whole and as a letter and a combining mark, sigmas, the dotted capital I,
     * ligatures and full-width digits (compatibility decompositions), Cyrillic, a letter beyond
     * the Basic Multilingual Plane, typographic quotes and no-break spaces.
     */
    private static final String[] PIECES = {"a", "Z", "q", "0", "9", " ", " ", "\n", "\t", "\r", "-", ",", ".", ":", "'",
        "_", "^", "`", "(", ")", "/", "é", "e\u0301", "\u0301", "Ä", "ß", "ẞ", "Σ", "σ", "ς", "ΟΔΟΣ", "İ", "ı", "ﬁ",
        "１", "²", "½", "Союз", "ЖЁ", "\uD835\uDEFC", "’", "“", "”", "\u00A0", "\u2003", "٣", "ǅ", "Ω", "\u0345"};

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(3000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheWordsThePatternFinds(Seeded.Case c) {
        java.util.Random r = c.random();
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = Seeded.size(r, 24); i < n; i++) {
            sb.append(r.nextInt(3) == 0 ? "Word" + r.nextInt(100) : PIECES[r.nextInt(PIECES.length)]);
        }
        String text = sb.toString();
        assertThat(SearchText.words(text)).as(text).isEqualTo(SearchText.wordsByPattern(text));
    }

    @Test
    void longRunsAreLeftOutAlike() {
        String text = "short " + "x".repeat(SearchText.MAX_WORD) + " " + "y".repeat(SearchText.MAX_WORD + 1)
                + " é" + "z".repeat(SearchText.MAX_WORD);
        assertThat(SearchText.words(text)).isEqualTo(SearchText.wordsByPattern(text)).hasSize(2);
    }

    /** Every Markdown file of ../shared/corpora, read as text: real prose in several languages. */
    @Test
    void findsTheWordsThePatternFindsInTheCorpora() throws IOException {
        List<Path> files = Corpora.markdownFiles();
        assertThat(files).as("Markdown files in the corpora").hasSizeGreaterThan(100);
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertThat(SearchText.words(text)).as(f.toString()).isEqualTo(SearchText.wordsByPattern(text));
        }
    }
}
