package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** A Markdown table written in a box that scrolls sideways, the table itself left a table. */
class TableScrollTest {

    private final MarkdownEngine engine = new MarkdownEngine(false);

    @Test
    void aTableIsWrittenInAFocusableNamedBoxThatScrolls() {
        String html = engine.render(engine.parse("""
                Launch schedule:

                | Mission | Date | Pad |
                |:--------|:----:|----:|
                | Crew-11 | Aug 1 | [39A](/pads/39a/) |
                """));
        assertThat(html).isEqualTo("""
                <p>Launch schedule:</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label="Table 1">
                <table>
                <thead>
                <tr>
                <th align="left">Mission</th>
                <th align="center">Date</th>
                <th align="right">Pad</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">Crew-11</td>
                <td align="center">Aug 1</td>
                <td align="right"><a href="/pads/39a/">39A</a></td>
                </tr>
                </tbody>
                </table>
                </div>
                """);
    }

    @Test
    void theTablesOfAStoryAreNumberedInItsLanguageFromOneForEachStory() {
        MarkdownEngine russian = new MarkdownEngine(false, n -> "Таблица " + n);
        Node doc = russian.parse("""
                | Миссия | Дата |
                |---|---|
                | Союз МС-28 | 27 ноября |

                > | Экипаж |
                > |---|
                > | Кудь-Сверчков |
                """);
        String html = russian.render(doc);
        assertThat(html).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Таблица 1\">")
                .contains("<blockquote>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Таблица 2\">");
        assertThat(russian.render(doc)).as("rendered again, the numbers start again").isEqualTo(html);
    }

    @Test
    void aNameFromASitesTextsIsEscaped() {
        MarkdownEngine quoted = new MarkdownEngine(false, n -> "\"Table\" <" + n + ">");
        assertThat(quoted.render(quoted.parse("| a |\n|---|\n| b |\n")))
                .startsWith("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"&quot;Table&quot; &lt;1&gt;\">\n");
    }

    @Test
    void theParsedDocumentKeepsItsTableWhereItWas() {
        Node doc = engine.parse("Text.\n\n| a |\n|---|\n| b |\n");
        engine.render(doc);
        Node table = doc.getFirstChild().getNext();
        assertThat(table).isInstanceOf(TableBlock.class);
        assertThat(table.getParent()).isInstanceOf(Document.class);
        assertThat(table.getNext()).isNull();
    }

    @Test
    void aTableWrittenAsHtmlIsTheAuthorsAndLeftAlone() {
        MarkdownEngine unsafe = new MarkdownEngine(true);
        String html = unsafe.render(unsafe.parse("""
                <table class="launches">
                <tr><td>Crew-11</td></tr>
                </table>
                """));
        assertThat(html).isEqualTo("""
                <table class="launches">
                <tr><td>Crew-11</td></tr>
                </table>
                """);
        assertThat(engine.render(engine.parse("<table><tr><td>x</td></tr></table>\n"))).doesNotContain("table-scroll");
    }
}
