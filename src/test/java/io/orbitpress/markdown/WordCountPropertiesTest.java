package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The word count's plain tree walk and ASCII table count what a visitor asking {@link Character} counts. */
class WordCountPropertiesTest {

    private static final MarkdownEngine MARKDOWN = new MarkdownEngine(false);

    @Property(tries = 1500)
    void countsWhatAVisitorCounts(@ForAll("markdown") String markdown) {
        Node doc = MARKDOWN.parse(markdown);
        assertThat(MarkdownFacts.wordCount(doc)).as(markdown).isEqualTo(reference(doc));
    }

    @Property(tries = 1500)
    void countsWordsAsCharacterDoes(@ForAll("text") String text) {
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

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("# Launch day\n", "Crew-11 docked at 06:30.", " *Soyuz* ", "**MS-27**", "`code span`",
                "\n\n```\nfenced code words\n```\n\n", "\n\n    indented code\n\n", "![alt text](x.png)",
                "[a link](/articles/x/)", "\n- item one\n- item two\n", "\n> quoted text\n", "\n| a | b |\n|---|---|\n| c d | e |\n",
                "<span>html</span>", "Ünïcödé wörds — ok", "x[^1]\n\n[^1]: note text\n", "\n\n", " ", "https://example.org")
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aZ09 _-.,'’éßЖ٣\t\u00A0\u2003").ofMaxLength(20);
    }
}
