package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the built-in theme shows a reader: topics by name, entity facts once, values as words,
 * the chips of a story on one line, the current section marked and the mentioned name marked.
 */
class ThemePagesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                tags:
                  nasa-roscosmos: "NASA–Roscosmos"
                """);
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\norganization: nasa\n---\nAn astronaut.\n");
        s.write("content/people/kimiya-yui.md", "---\nname: Kimiya Yui\n---\nA JAXA astronaut.\n");
        s.write("content/people/oleg-platonov.md", "---\nname: Oleg Platonov\n---\nA cosmonaut.\n");
        s.write("content/missions/crew-11.md", """
                ---
                name: Crew-11
                organization: nasa
                crew: [zena-cardman, kimiya-yui]
                status: active
                ---
                A flight.
                """);
        s.write("content/organizations/nasa.md", "---\nname: NASA\n---\nThe agency.\n");
        s.write("content/organizations/jaxa.md", "---\nname: JAXA\n---\nJapan's agency.\n");
        s.write("content/articles/old.md", """
                ---
                title: Old
                date: 2025-07-01
                tags: [seat-exchange, nasa-roscosmos, crew-11]
                ---
                Talks went on.
                """);
        s.write("content/articles/new.md", """
                ---
                title: New
                date: 2025-08-01
                tags: [Seat Exchange, crew-11]
                people: [oleg-platonov]
                organizations: [jaxa]
                ---
                Commander Zena Cardman and Kimiya Yui flew on Crew-11 for NASA. Cardman waved.
                """);
        s.build();
        return s;
    }

    /**
     * What a screen reader lists stays whole: the home page's cards are headings under "Latest
     * stories", not beside it; a story with no other story around it has no empty "More stories"
     * navigation; a name no story mentions has no empty list of stories.
     */
    @Test
    void headingsAndLandmarksHoldWhatTheySay() {
        TestSite s = site();
        s.write("content/articles/third.md", "---\ntitle: Third\ndate: 2025-08-02\n---\nText.\n");
        s.build();
        Document home = s.page("");
        assertThat(home.select("h2.section-label").text()).isEqualTo("Latest stories");
        assertThat(home.select(".card-grid .card-title")).extracting(Element::tagName).containsOnly("h3").hasSize(2);
        assertThat(s.page("tags/crew-11/").select(".card-title")).extracting(Element::tagName).containsOnly("h2");
        assertThat(s.page("articles/new/").select("nav.prev-next a")).isNotEmpty();
        assertThat(s.page("people/kimiya-yui/").select("ol.timeline li")).isNotEmpty();

        TestSite alone = new TestSite(dir.resolve("alone"));
        alone.write("content/people/kimiya-yui.md", "---\nname: Kimiya Yui\n---\nA JAXA astronaut.\n");
        alone.write("content/articles/only.md", "---\ntitle: Only\ndate: 2025-08-01\n---\nText.\n");
        alone.build();
        assertThat(alone.page("articles/only/").select("nav.prev-next")).isEmpty();
        assertThat(alone.page("people/kimiya-yui/").select("ol.timeline")).isEmpty();
        assertThat(alone.page("people/kimiya-yui/").select(".appearances p").text()).isNotEmpty();
        // nor does a search engine get the search form, or a list with nothing in it
        assertThat(alone.text("sitemap.xml")).contains("/people/</loc>", "/articles/only/</loc>")
                .doesNotContain("/search/", "/organizations/", "/missions/", "/corrections/", "/tags/");
    }

    @Test
    void topicsAreNamedOnceAndLinkToTheirEntity() {
        TestSite s = site();
        Document newer = s.page("articles/new/");
        // "Seat Exchange" is the first spelling that is more than the slug, though the older article wrote the slug
        assertThat(newer.select(".tags a").eachText()).containsExactly("Seat Exchange", "Crew-11");
        assertThat(s.page("articles/old/").select(".tags a").eachText())
                .containsExactly("Seat Exchange", "NASA–Roscosmos", "Crew-11");
        // a topic that is a mission leads to the mission; the others to their topic page
        assertThat(newer.select(".tags a").eachAttr("href"))
                .containsExactly("../../tags/seat-exchange/", "../../missions/crew-11/");
        Document tag = s.page("tags/crew-11/");
        assertThat(tag.select("h1").text()).isEqualTo("Crew-11");
        assertThat(tag.select(".see-entity a").attr("href")).isEqualTo("../../missions/crew-11/");
        assertThat(s.page("tags/").select(".index-list a").eachText())
                .containsExactly("Crew-11", "NASA–Roscosmos", "Seat Exchange");
    }

    @Test
    void aMissionListsItsCrewOnceAndShowsValuesAsWords() {
        Document crew = site().page("missions/crew-11/");
        assertThat(crew.select(".fact-box a").eachText()).containsOnlyOnce("Zena Cardman", "Kimiya Yui", "NASA");
        assertThat(crew.select(".fact-box h3").eachText()).doesNotContain("People", "Organizations");
        Element status = crew.select(".fact-box dt:containsOwn(Status) + dd").first();
        assertThat(status).isNotNull();
        assertThat(status.text()).isEqualTo("Active");
    }

    @Test
    void aPersonsOrganizationIsShownOnce() {
        Document zena = site().page("people/zena-cardman/");
        assertThat(zena.select(".fact-box a").eachText()).containsOnlyOnce("NASA");
    }

    @Test
    void anAgencysPeopleAreNotListedAgainAmongCompanions() {
        Document nasa = site().page("organizations/nasa/");
        // Zena Cardman works for NASA (a fact of hers) and appears with it; Kimiya Yui only appears with it
        assertThat(nasa.select(".fact-box a").eachText()).containsOnlyOnce("Zena Cardman", "Kimiya Yui");
        assertThat(nasa.select(".fact-box h3:containsOwn(Often) + ul a").eachText()).contains("Kimiya Yui")
                .doesNotContain("Zena Cardman");
    }

    @Test
    void theChipsOfAStoryFitOneLineAndTheRestOpenOnDemand() {
        Document newer = site().page("articles/new/");
        Element chips = newer.selectFirst("nav.chips");
        assertThat(chips).isNotNull();
        // front matter first (Oleg Platonov), then the text's mentions, kind by kind; a second name would not fit
        assertThat(chips.select(".chip-line a").eachText()).containsExactly("Oleg Platonov");
        assertThat(chips.select("details.chip-more > summary").text()).isEqualTo("+5 more");
        assertThat(chips.select("details.chip-more .chip-group h2").eachText())
                .containsExactly("People", "Missions", "Organizations");
        assertThat(chips.select("a").eachText()).containsExactlyInAnyOrder("Zena Cardman", "Kimiya Yui",
                "Oleg Platonov", "Crew-11", "NASA", "JAXA");
    }

    @Test
    void theCurrentSectionIsMarkedOnDetailPages() {
        TestSite s = site();
        assertThat(s.page("articles/new/").select(".sections [aria-current]").eachText()).containsExactly("Latest");
        assertThat(s.page("missions/crew-11/").select(".sections [aria-current=true]").eachText())
                .containsExactly("Missions");
        assertThat(s.page("people/").select(".sections [aria-current=page]").eachText()).containsExactly("People");
        assertThat(s.page("tags/crew-11/").select(".sections [aria-current=true]").eachText())
                .containsExactly("Topics");
    }

    /**
     * The sections name only kinds that have a page to show: a new site with one person and no
     * organization or author does not lead its readers to "Organizations: Nothing here yet.".
     */
    @Test
    void theSectionsLeaveOutAKindWithNothingInIt() {
        TestSite alone = new TestSite(dir.resolve("alone"));
        alone.write("content/people/kimiya-yui.md", "---\nname: Kimiya Yui\n---\nA JAXA astronaut.\n");
        alone.write("content/articles/only.md", "---\ntitle: Only\ndate: 2025-08-01\ntags: [iss]\n---\nText.\n");
        alone.build();
        for (String page : new String[] {"", "articles/only/", "people/kimiya-yui/", "organizations/", "search/"}) {
            assertThat(alone.page(page).select("nav.sections a").eachText()).as(page)
                    .containsExactly("Latest", "People", "Topics");
        }
        assertThat(alone.page("search/").select("noscript").html()).contains("People").doesNotContain("Organizations",
                "Missions", "Authors");
        // the page of an empty kind is still there for an old link
        assertThat(alone.page("organizations/").select("main p").text()).isEqualTo("Nothing here yet.");
    }

    @Test
    void theMentionedNameIsMarkedInEachQuotedSentence() {
        TestSite s = site();
        Document zena = s.page("people/zena-cardman/");
        Element quote = zena.selectFirst(".timeline blockquote.mention");
        assertThat(quote).isNotNull();
        assertThat(quote.text()).isEqualTo("Commander Zena Cardman and Kimiya Yui flew on Crew-11 for NASA.");
        assertThat(quote.select("mark").eachText()).containsExactly("Zena Cardman");
        assertThat(s.page("missions/crew-11/").select(".timeline mark").eachText()).containsExactly("Crew-11");
    }

    @Test
    void theCopyrightStandsOnItsOwnLine() {
        Document home = site().page("");
        assertThat(home.select(".site-footer .copyright").text()).startsWith("©").endsWith("Test Desk");
        assertThat(home.select(".footer-links").text()).doesNotContain("©");
    }

    /**
     * A story with no paragraph of its own is summed up by its first list item or its first
     * picture's caption; one with none of them is warned about, and its page writes no description
     * at all rather than an empty one, which HTML does not allow.
     */
    @Test
    void aStoryWithNothingToSummarizeIsWarnedAboutAndItsPageHasNoEmptyDescription() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/static/pad.png", io.orbitpress.image.TestImages.png(300, 200, false));
        s.write("content/articles/list.md", "---\ntitle: Checklist\ndate: 2025-07-30\n---\n## Overview\n\n- one\n- two\n");
        s.write("content/articles/photo.md", "---\ntitle: Photo\ndate: 2025-07-30\n---\n"
                + "![The pad](/pad.png \"The pad at dawn. | Photo: Desk\")\n");
        s.write("content/articles/heading.md", "---\ntitle: Heading\ndate: 2025-07-30\n---\n## Overview\n");
        // a decorative picture's alt, "", says nothing of the story
        s.write("content/articles/decor.md", "---\ntitle: Decor\ndate: 2025-07-30\n---\n![\"\"](/pad.png)\n");
        assertThat(s.build().warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                "content/articles/decor.md:1:1: warning: this story has no summary, and no text to take one from (no"
                        + " paragraph, list or picture caption); add a line like summary: \"The crew docked at 2:27 a.m.\""
                        + " to the front matter: search engines, link previews and feeds show it",
                "content/articles/heading.md:1:1: warning: this story has no summary, and no text to take one from (no"
                        + " paragraph, list or picture caption); add a line like summary: \"The crew docked at 2:27 a.m.\""
                        + " to the front matter: search engines, link previews and feeds show it");
        assertThat(s.page("articles/heading/").select("meta[name=description], meta[property=og:description],"
                + " meta[name=twitter:description]")).isEmpty();
        assertThat(s.page("articles/list/").select("meta[name=description]").attr("content")).isEqualTo("one");
        assertThat(s.page("articles/photo/").select("meta[name=description]").attr("content"))
                .isEqualTo("The pad at dawn.");
    }
}
