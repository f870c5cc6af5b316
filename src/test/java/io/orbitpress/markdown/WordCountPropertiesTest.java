package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The word count's plain tree walk and ASCII table count what a visitor asking {@link Character} counts. */
class WordCountPropertiesTest {

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine(false);

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(1500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsWhatAVisitorCounts(Seeded.Case c) {
        String markdown = markdown(c.random());
        Node doc = MARKDOWN.parse(markdown);
        assertThat(MarkdownFacts.wordCount(doc)).as(markdown).isEqualTo(reference(doc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void countsWordsAsCharacterDoes(Seeded.Case c) {
        String text = Seeded.string(c.random(), 20, "aZ09 _-.,'’éßЖ٣\t\u00A0\u2003");
        assertThat(MarkdownFacts.words(text)).as(text).isEqualTo(referenceWords(text));
    }

    private static int reference(Node doc) {
        int[] count = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                count[0] += referenceWords(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                count[0] += referenceWords(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock block) {
            }

            @Override
            public void visit(IndentedCodeBlock block) {
            }
        });
        return count[0];
    }

    private static int referenceWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }

    private static final String[] PIECES = {"# Launch day\n", "Crew-11 docked at 06:30.", " *Soyuz* ", "**MS-27**",
            "`code span`", "\n\n```\nfenced code words\n```\n\n", "\n\n    indented code\n\n", "![alt text](x.png)",
            "[a link](/articles/x/)", "\n- item one\n- item two\n", "\n> quoted text\n", "\n| a | b |\n|---|---|\n| c d | e |\n",
            "<span>html</span>", "Ünïcödé wörds — ok", "x[^1]\n\n[^1]: note text\n", "\n\n", " ", "https://example.org"};

    private static String markdown(Random r) {
        return String.join("", Seeded.list(r, 12, x -> Seeded.oneOf(x, PIECES)));
    }
}
