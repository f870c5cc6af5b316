package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's page lists exactly the articles that mention them, each with the right sentence. */
class EntityPagesTest {

    @TempDir
    Path dir;

    @Test
    void personAndMissionPagesFromMentionsAndFrontMatter() {
        TestSite s = new TestSite(dir);
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\nrole: Commander\norganization: nasa\n---\nA NASA astronaut.\n");
        s.write("content/people/kimiya-yui.md", "---\nname: Kimiya Yui\n---\nA JAXA astronaut.\n");
        s.write("content/missions/crew-11.md", "---\nname: Crew-11\ncrew: [zena-cardman, kimiya-yui]\nlaunch: 2025-08-01\n---\nA flight.\n");
        s.write("content/organizations/nasa.md", "---\nname: NASA\n---\nThe agency.\n");
        s.write("content/articles/launch.md", """
                ---
                title: Launch day
                date: 2025-08-01
                ---
                The rocket rose at dawn. Commander Zena Cardman
                waved to the crowd. Later, Cardman's crew reached orbit.
                """);
        s.write("content/articles/docking.md", """
                ---
                title: Docking
                date: 2025-08-02
                missions: [crew-11]
                people: [kimiya-yui]
                ---
                Crew-11 docked on Saturday. `Zena Cardman` appears here only in code.
                """);
        s.write("content/articles/other.md", """
                ---
                title: Unrelated
                date: 2025-08-03
                ---
                Kimiya Yui talked about Crew-12 plans.
                """);
        s.build();

        Document zena = s.page("people/zena-cardman/");
        assertThat(zena.select(".timeline li a").eachText()).containsExactly("Launch day");
        assertThat(zena.select(".timeline li blockquote").eachText())
                .containsExactly("Commander Zena Cardman waved to the crowd.");
        assertThat(zena.select(".fact-box a").eachText()).contains("NASA", "Crew-11");

        Document launch = s.page("articles/launch/");
        assertThat(launch.select(".story-body a[href=../../people/zena-cardman/]")).hasSize(1);
        assertThat(launch.select(".chips a").eachText()).containsExactly("Zena Cardman");

        Document crew = s.page("missions/crew-11/");
        assertThat(crew.select(".timeline li a").eachText()).containsExactly("Docking");
        assertThat(crew.select(".fact-box a").eachText()).contains("Zena Cardman", "Kimiya Yui");

        // named in front matter only: listed, with no empty quote where a sentence would be
        Document kimiya = s.page("people/kimiya-yui/");
        assertThat(kimiya.select(".timeline li a").eachText()).containsExactlyInAnyOrder("Unrelated", "Docking");
        assertThat(kimiya.select(".timeline li blockquote")).hasSize(1).first()
                .extracting(org.jsoup.nodes.Element::text).isEqualTo("Kimiya Yui talked about Crew-12 plans.");

        Document crew12 = s.page("missions/crew-12/");
        assertThat(crew12.select(".badge-undescribed")).isNotEmpty();
        assertThat(crew12.select(".timeline li a").eachText()).containsExactly("Unrelated");

        assertThat(s.text("people/zena-cardman/feed.xml")).contains("<title>Launch day</title>")
                .doesNotContain("<title>Docking</title>");
    }

    /**
     * A fact of a registry file may name another entity by its name or an alias, in any case, as
     * well as by its id: it is linked as the id is; a value a letter or two from a registered name
     * warns that it is shown as text; any other is text.
     */
    @Test
    void aFactThatNamesAnEntityLinksToItsPage() {
        TestSite s = new TestSite(dir);
        s.write("content/organizations/nasa.md", "---\nname: NASA\naliases: [National Aeronautics and Space"
                + " Administration]\n---\nThe agency.\n");
        s.write("content/people/neil-armstrong.md", """
                ---
                name: Neil Armstrong
                organization: Nasa
                agency: [national aeronautics and space administration, Nassa, ESA HQ, KASA]
                ---
                An astronaut.
                """);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-08-01\n---\nNeil Armstrong and NASA.\n");
        BuildResult r = s.build();
        Document page = s.page("people/neil-armstrong/");
        assertThat(page.select(".fact-box dd a").eachText()).containsExactly("NASA", "NASA");
        assertThat(page.select(".fact-box dd a").eachAttr("href")).containsOnly("../../organizations/nasa/");
        // KASA is an agency of its own, a letter from NASA: no warning
        assertThat(page.select(".fact-box dd").text()).contains("Nassa", "ESA HQ", "KASA");
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                "content/people/neil-armstrong.md:4:57: warning: organization \"Nassa\" is not a registered name; did"
                        + " you mean \"NASA\"? As written it is shown as text, not linked to a page");
    }

    @Test
    void anUndescribedEntitySpelledTwoWaysIsNamedAsTheFirstArticleSpellsIt() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                extraction:
                  patterns:
                    missions: ["Lander[- ]4"]
                """);
        for (int i = 1; i <= 40; i++) {
            s.write("content/articles/a-%02d.md".formatted(i), """
                    ---
                    title: Story %d
                    date: 2025-08-%02d
                    ---
                    Engineers readied %s for the test.
                    """.formatted(i, 1 + i % 28, i == 1 ? "Lander-4" : "Lander 4"));
        }
        for (int build = 0; build < 3; build++) {
            s.build();
            assertThat(s.page("missions/lander-4/").select("h1").text()).as("build %d", build).isEqualTo("Lander-4");
        }
    }

    /**
     * A profile that names its subject first in a heading was quoted on the entity's page by the
     * heading alone, "Christina Koch"; the first sentence that says more is quoted.
     */
    @Test
    void aHeadingOfTheNameAloneIsNotTheQuote() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut.\n");
        s.write("content/articles/names.md", """
                ---
                title: Names to watch
                date: 2025-08-01
                ---
                ## Zena Cardman

                Cardman commands Crew-11, her first flight.
                """);
        s.build();
        assertThat(s.page("people/zena-cardman/").select(".timeline li blockquote").eachText())
                .containsExactly("Cardman commands Crew-11, her first flight.");
    }

    /**
     * A quotation's attribution line ("— Oleg Kononenko, in 2023") was quoted on the entity's page
     * as the sentence that names him, a reader seeing neither the words quoted nor the story; the
     * first sentence that is no attribution is quoted, and an attribution only when there is none.
     */
    @Test
    void aQuotationsAttributionIsNotTheQuoteWhenASentenceSaysMore() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/oleg-kononenko.md", "---\nname: Oleg Kononenko\n---\nA cosmonaut.\n");
        s.write("content/people/scott-kelly.md", "---\nname: Scott Kelly\n---\nAn astronaut.\n");
        s.write("content/articles/record.md", """
                ---
                title: Record
                date: 2025-08-01
                ---
                > "We fly for the work, not for records."
                >
                > — Oleg Kononenko, in 2023

                > "Space belongs to everyone."
                >
                > —Scott Kelly

                The record fell on Sunday, when Oleg Kononenko passed 878 days in space.
                """);
        s.build();
        assertThat(s.page("people/oleg-kononenko/").select(".timeline li blockquote").eachText())
                .containsExactly("The record fell on Sunday, when Oleg Kononenko passed 878 days in space.");
        assertThat(s.page("people/scott-kelly/").select(".timeline li blockquote").eachText())
                .containsExactly("—Scott Kelly");

        s.write("content/articles/dialogue.md", """
                ---
                title: Dialogue
                date: 2025-08-02
                ---
                — Oleg Kononenko is ready to fly, — the trainer said.

                Oleg Kononenko nodded.
                """);
        s.build();
        assertThat(s.page("people/oleg-kononenko/").select(".timeline li blockquote").eachText())
                .contains("— Oleg Kononenko is ready to fly, — the trainer said.");
    }

    /**
     * A story that opens with a table of the crew was quoted on each person's page by the table's
     * row ("Cosmonaut: Oleg Kononenko · Days in space: 1,111"), though a sentence of the story says
     * what it tells of him; a sentence is quoted when there is one, the row when there is none (a
     * list item of the name and a role says less than the row).
     */
    @Test
    void aTableRowIsNotTheQuoteWhenASentenceNamesThePerson() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/oleg-kononenko.md", "---\nname: Oleg Kononenko\n---\nA cosmonaut.\n");
        s.write("content/people/peggy-whitson.md", "---\nname: Peggy Whitson\n---\nAn astronaut.\n");
        s.write("content/articles/records.md", """
                ---
                title: Days in space
                date: 2025-08-01
                ---
                | Flier | Days in space |
                |---|---|
                | Oleg Kononenko | 1,111 |
                | Peggy Whitson | 675 |

                Oleg Kononenko holds the record, set on his fifth flight.

                - Peggy Whitson, commander
                """);
        s.build();
        assertThat(s.page("people/oleg-kononenko/").select(".timeline li blockquote").eachText())
                .containsExactly("Oleg Kononenko holds the record, set on his fifth flight.");
        assertThat(s.page("people/peggy-whitson/").select(".timeline li blockquote").eachText())
                .as("in the table and a list item that says less than its row: the row")
                .containsExactly("Flier: Peggy Whitson \u00b7 Days in space: 675");
    }
}
