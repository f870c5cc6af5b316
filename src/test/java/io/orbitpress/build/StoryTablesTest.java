package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story's Markdown table on a built site: a table still (screen readers read its rows and
 * columns), in a box that scrolls it sideways, takes the keyboard's focus and is named in the
 * story's language; the box is in the feeds as on the page, and nowhere in what is only text.
 */
class StoryTablesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                language: en
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                """);
        site.write("content/articles/schedule.md", """
                ---
                title: Launch schedule
                date: 2025-07-30
                ---
                | Mission | Launch |
                |---|---|
                | Crew-11 | August 1 |

                The crews after it:

                | Mission | Launch |
                |---|---|
                | Crew-12 | February 2026 |
                """);
        site.write("content/articles/ru/raspisanie.md", """
                ---
                title: Расписание запусков
                date: 2025-07-30
                ---
                Ближайшие старты.

                | Миссия | Старт |
                |---|---|
                | Союз МС-28 | 27 ноября |
                """);
        return site;
    }

    private static List<String> names(Document page) {
        return page.select(".story-body > div.table-scroll[tabindex=0][role=region] > table").stream()
                .map(t -> t.parent().attr("aria-label")).toList();
    }

    @Test
    void aStorysTablesScrollInANamedBoxInTheStorysLanguage() {
        TestSite s = site();
        s.build();
        Document en = s.page("articles/schedule/");
        assertThat(names(en)).containsExactly("Table 1", "Table 2");
        Element first = en.selectFirst(".table-scroll > table");
        assertThat(first.select("thead th").eachText()).containsExactly("Mission", "Launch");
        assertThat(first.select("tbody td").eachText()).containsExactly("Crew-11", "August 1");
        assertThat(names(s.page("ru/articles/raspisanie/"))).containsExactly("Таблица 1");

        // the stylesheet scrolls the box, and leaves the table a table
        String css = s.text("assets/style.css");
        assertThat(css).contains(".table-scroll { overflow-x: auto; }");
        assertThat(css.lines().filter(l -> l.startsWith(".story-body table"))).singleElement().asString()
                .doesNotContain("display").doesNotContain("overflow");
    }

    @Test
    void theBoxIsInTheFeedsAndNotInTheTextOfSearchOrSummaries() throws java.io.IOException {
        TestSite s = site();
        s.build();
        Document atom = Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser());
        Document content = Jsoup.parseBodyFragment(atom.selectFirst("entry content").text());
        assertThat(content.select("div.table-scroll[aria-label=Table 1] > table tbody td").eachText())
                .containsExactly("Crew-11", "August 1");
        Document rss = Jsoup.parse(s.text("rss.xml"), "", Parser.xmlParser());
        assertThat(Jsoup.parseBodyFragment(rss.selectFirst("item description").text()).select(".table-scroll > table"))
                .hasSize(2);
        JsonNode item = JsonMapper.builder().build().readTree(s.text("feed.json")).get("items").get(0);
        assertThat(Jsoup.parseBodyFragment(item.get("content_html").asString()).select(".table-scroll > table"))
                .hasSize(2);

        StringBuilder search = new StringBuilder();
        try (var files = java.nio.file.Files.walk(s.site().resolve("search"))) {
            files.filter(java.nio.file.Files::isRegularFile).filter(f -> f.toString().endsWith(".js"))
                    .forEach(f -> search.append(s.text(s.site().relativize(f).toString())));
        }
        assertThat(search.toString()).contains("Crew-12").doesNotContain("Table 1").doesNotContain("table-scroll");
        assertThat(s.page("ru/articles/raspisanie/").select("meta[name=description]").attr("content"))
                .isEqualTo("Ближайшие старты.");
    }

    @Test
    void aSiteNamesItsTablesInItsOwnWords() {
        TestSite s = site();
        s.write("templates/messages_ru.properties", s.read("templates/messages_ru.properties")
                + "article.table=Таблица {0} (прокручивается)\n");
        s.build();
        assertThat(names(s.page("ru/articles/raspisanie/"))).containsExactly("Таблица 1 (прокручивается)");
        assertThat(names(s.page("articles/schedule/"))).containsExactly("Table 1", "Table 2");
    }

    @Test
    void aNameTheSiteWroteWrongIsToldAtItsLineAndBreaksNoStory() {
        TestSite s = site();
        s.write("templates/messages_ru.properties", "article.table=Таблица {0, plural, one{\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).singleElement().asString()
                .startsWith("templates/messages_ru.properties:1:15: error: article.table: this message cannot be read"));
    }

    @Test
    void theTablesOfALiveBlogAreNumberedAcrossItsEntries() {
        TestSite s = site();
        s.write("content/articles/live.md", """
                ---
                title: Launch day
                date: 2025-08-01
                layout: liveblog
                ---
                ## 11:43 Liftoff

                | Stage | Time |
                |---|---|
                | Max Q | T+1:02 |

                ## 11:52 Separation

                | Stage | Time |
                |---|---|
                | SECO | T+8:40 |
                """);
        s.build();
        assertThat(s.page("articles/live/").select("div.table-scroll > table").stream()
                .map(t -> t.parent().attr("aria-label")).sorted().toList()).containsExactly("Table 1", "Table 2");
    }
}
