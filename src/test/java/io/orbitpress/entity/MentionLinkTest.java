package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MentionLinkTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    /** Links in two steps and in one scan ({@code extractAndLink}); both must give the same page and mentions. */
    private static String linked(String markdown) {
        Node document = Registry.parse(markdown);
        Extraction extraction = Registry.EXTRACTOR.extract(document);
        Registry.EXTRACTOR.linkFirstMentions(document, extraction, (kind, id) -> "/" + kind + "/" + id + "/");
        String twoSteps = HTML.render(document).strip();

        Node again = Registry.parse(markdown);
        Extraction once = Registry.EXTRACTOR.extractAndLink(again, (kind, id) -> "/" + kind + "/" + id + "/");
        assertThat(HTML.render(again).strip()).as("extractAndLink").isEqualTo(twoSteps);
        assertThat(once).isEqualTo(extraction);
        return twoSteps;
    }

    /**
     * A mission a pattern finds (it gets a page of its own) is linked like a registered one: its
     * first mention in the text, in document order with the names around it, never inside a name.
     */
    @Test
    void linksTheFirstMentionOfAMissionAPatternFinds() {
        assertThat(linked("Crew-12 met Zena Cardman. Crew-12 docked."))
                .isEqualTo("<p><a href=\"/missions/crew-12/\">Crew-12</a> met <a href=\"/people/zena-cardman/\">"
                        + "Zena Cardman</a>. Crew-12 docked.</p>");
        assertThat(linked("# Soyuz MS-28\n\nZena Cardman flew with *Expedition 73* before Soyuz MS-28 left."))
                .isEqualTo("<h1>Soyuz MS-28</h1>\n<p><a href=\"/people/zena-cardman/\">Zena Cardman</a> flew with"
                        + " <em><a href=\"/missions/expedition-73/\">Expedition 73</a></em> before <a href="
                        + "\"/missions/soyuz-ms-28/\">Soyuz MS-28</a> left.</p>");
        // a registered mission's name is a name, not a pattern's hit
        assertThat(linked("SpaceX Crew-11 and Crew-11.")).isEqualTo("<p><a href=\"/missions/crew-11/\">SpaceX"
                + " Crew-11</a> and Crew-11.</p>");
    }

    @Test
    void linksTheFirstMentionOnce() {
        assertThat(linked("Zena Cardman flew. Zena Cardman returned."))
                .isEqualTo("<p><a href=\"/people/zena-cardman/\">Zena Cardman</a> flew. Zena Cardman returned.</p>");
    }

    @Test
    void doesNotLinkAgainInsideALink() {
        assertThat(linked("[Zena Cardman](https://example.org/) met Zena Cardman."))
                .isEqualTo("<p><a href=\"https://example.org/\">Zena Cardman</a> met "
                        + "<a href=\"/people/zena-cardman/\">Zena Cardman</a>.</p>");
    }

    @Test
    void skipsHeadingsAndLinksTheFirstMentionInText() {
        assertThat(linked("# Zena Cardman\n\nZena Cardman flew."))
                .isEqualTo("<h1>Zena Cardman</h1>\n<p><a href=\"/people/zena-cardman/\">Zena Cardman</a> flew.</p>");
    }

    @Test
    void linksSeveralEntitiesInOneTextNode() {
        assertThat(linked("NASA sent Zena Cardman and Kimiya Yui, then NASA waited."))
                .isEqualTo("<p><a href=\"/organizations/nasa/\">NASA</a> sent "
                        + "<a href=\"/people/zena-cardman/\">Zena Cardman</a> and "
                        + "<a href=\"/people/kimiya-yui/\">Kimiya Yui</a>, then NASA waited.</p>");
    }

    @Test
    void leavesCodeAloneAndLinksTheMentionAfterIt() {
        assertThat(linked("`Zena Cardman` and Zena Cardman"))
                .isEqualTo("<p><code>Zena Cardman</code> and <a href=\"/people/zena-cardman/\">Zena Cardman</a></p>");
    }

    @Test
    void mentionSplitByEmphasisIsPassedOverForTheNextOne() {
        assertThat(linked("*Zena* Cardman left; Zena Cardman came back."))
                .isEqualTo("<p><em>Zena</em> Cardman left; <a href=\"/people/zena-cardman/\">Zena Cardman</a> came back.</p>");
    }

    @Test
    void linksAMentionAcrossALineBreak() {
        assertThat(linked("Then Zena\nCardman flew, and Kimiya\nYui too."))
                .isEqualTo("<p>Then <a href=\"/people/zena-cardman/\">Zena\nCardman</a> flew, and "
                        + "<a href=\"/people/kimiya-yui/\">Kimiya\nYui</a> too.</p>");
    }

    @Test
    void linksInsideEmphasisAndAfterAnEntity() {
        assertThat(linked("AT&amp;T and **Boeing**"))
                .isEqualTo("<p>AT&amp;T and <strong><a href=\"/organizations/boeing/\">Boeing</a></strong></p>");
    }

    @Test
    void linksASurnameWhenItIsTheFirstLinkableMention() {
        assertThat(linked("## Sean Duffy\n\nDuffy spoke."))
                .isEqualTo("<h2>Sean Duffy</h2>\n<p><a href=\"/people/sean-duffy/\">Duffy</a> spoke.</p>");
    }

    @Test
    void linksOnlyEntitiesInTheExtraction() {
        Node document = Registry.parse("NASA and Boeing");
        Extraction extraction = Registry.EXTRACTOR.extract(document);
        Extraction onlyBoeing = new Extraction(
                extraction.mentions().stream().filter(m -> m.id().equals("boeing")).toList(), java.util.List.of(), java.util.List.of());
        Registry.EXTRACTOR.linkFirstMentions(document, onlyBoeing, (kind, id) -> "/" + id + "/");
        assertThat(HTML.render(document).strip()).isEqualTo("<p>NASA and <a href=\"/boeing/\">Boeing</a></p>");
    }

    @Test
    void noHrefMeansNoLink() {
        Node document = Registry.parse("NASA and Boeing");
        Registry.EXTRACTOR.linkFirstMentions(document, Registry.EXTRACTOR.extract(document),
                (kind, id) -> id.equals("nasa") ? null : "/" + id + "/");
        assertThat(HTML.render(document).strip()).isEqualTo("<p>NASA and <a href=\"/boeing/\">Boeing</a></p>");
    }
}
