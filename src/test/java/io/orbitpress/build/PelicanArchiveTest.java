package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Pelican (or MultiMarkdown) archive's stories, whose metadata is {@code Key: value} lines at
 * the top of the file without {@code ---} lines, are read as Pelican reads them.
 */
class PelicanArchiveTest {

    @TempDir
    java.nio.file.Path dir;

    private static final String STORY = """
            Title: The beginning of a summer of code
            Date: 2019-05-13 20:30
            Modified: 2019-05-20
            Category: GSoC
            Tags: GSoC, GSoC19, poliastro
            Slug: summer-of-code-begins
            Author: Eleftheria Chatziargyriou
            Summary: A student joins the project
              for the summer.

            After forking the library, the first week went to reading its code.

            The plan
            ========

            Orbits first, then plots.
            """;

    @Test
    void aPelicanHeaderIsTheStorysFrontMatter() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/2019-05-13-the-beginning.md", STORY);
        BuildResult r = s.build();

        assertThat(r.warnings()).extracting(Diagnostic::format).isEmpty();
        Document page = s.page("articles/summer-of-code-begins/");
        assertThat(page.select("h1").first().text()).isEqualTo("The beginning of a summer of code");
        assertThat(page.select("article time[datetime]").first().attr("datetime")).startsWith("2019-05-13T20:30");
        assertThat(page.text()).contains("Eleftheria Chatziargyriou").doesNotContain("Title:", "Slug:", "Tags:");
        assertThat(page.select("h1, h2, h3").eachText()).contains("The plan");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("A student joins the project for the summer.");
        // Tags: is a list separated by commas, and the category one more topic, as Pelican has them
        assertThat(s.page("tags/gsoc19/").select("h1").text()).contains("GSoC19");
        assertThat(s.page("tags/poliastro/").select("h1").text()).contains("poliastro");
        assertThat(s.page("tags/gsoc/").select("h1").text()).contains("GSoC");
        assertThat(s.read("site/sitemap.xml")).contains("<lastmod>2019-05-20");
    }

    @Test
    void aPelicanDraftIsADraft() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", TestSite.story("Published", "Out."));
        s.write("content/articles/b.md", "Title: Not yet\nDate: 2019-05-13\nStatus: draft\n\nIn the works.\n");
        s.build();

        assertThat(s.site().resolve("articles/a/index.html")).exists();
        assertThat(s.site().resolve("articles/b")).doesNotExist();
    }

    @Test
    void aMistakeInAHeaderIsToldAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "Title: Crew-11 docks\nTags: iss\nDate: 2019-13-45\n\nText.\n");
        List<String> problems = s.problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("content/articles/a.md:3:7: error:");
    }

    @Test
    void linesThatOpenWithALowerCaseTitleStayTheMissingFrontMatterTheyAre() {
        // YAML that lost its --- lines: told so, not read as a header with "[a, b]" for topics
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "title: Crew-11 docks\ndate: 2025-08-01\ntags: [iss, crew]\n\nText.\n");

        assertThat(s.problems()).containsExactly("content/articles/a.md:1:1: error: no front matter; an article"
                + " starts with ---, then title: and date: lines, then ---");
    }
}
