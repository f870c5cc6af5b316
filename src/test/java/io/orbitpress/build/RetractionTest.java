package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story the desk retracts ({@code retracted:}, with {@code retractedNote:}) stays up with its
 * text, under a notice in the story's language that says when and why; the notice comes first in
 * its feed entry, the corrections page lists it, and the retraction is the story's last change.
 */
class RetractionTest {

    @TempDir
    Path dir;

    private TestSite newsroom() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "languages: [en, ru]\n");
        s.write("content/articles/pad-fire.md", """
                ---
                title: Fire reported at the pad
                date: 2026-11-25
                retracted: 2026-12-02
                retractedNote: The one source of the report could not be confirmed.
                corrections: [{date: 2026-11-26, text: "An earlier version gave the wrong pad."}]
                tags: [launch]
                ---
                A fire broke out at the pad, a source said.

                ## Retraction

                Why the desk took it back.
                """);
        s.write("content/articles/ru/pad-fire.md", """
                ---
                title: На площадке пожар
                date: 2026-11-25
                translationKey: pad-fire
                retracted: 2026-12-02T09:30:00Z
                tags: [запуск]
                ---
                На площадке начался пожар, сообщил источник.
                """);
        s.write("content/articles/launch.md", "---\ntitle: Launch day\ndate: 2026-11-20\ntags: [launch]\n---\nText.\n");
        return s;
    }

    @Test
    void aRetractedStoryStaysUpUnderItsNotice() {
        TestSite s = newsroom();
        BuildResult r = s.build();
        assertThat(r.warnings()).isEmpty();

        Document page = s.page("articles/pad-fire/");
        Element notice = page.selectFirst("header.story-head #retraction");
        assertThat(notice).isNotNull();
        assertThat(notice.text()).isEqualTo("Retracted This article was retracted on December 2, 2026. Its text stays"
                + " below as it was published. The one source of the report could not be confirmed.");
        assertThat(notice.selectFirst("time").attr("datetime")).isEqualTo("2026-12-02T00:00:00Z");
        // the text stays, and the corrections with it
        assertThat(page.select(".story-body").text()).isEqualTo("A fire broke out at the pad, a source said. Retraction"
                + " Why the desk took it back.");
        // a heading of the text leaves the notice its id: the page has each once
        assertThat(page.select("[id=retraction]")).hasSize(1);
        assertThat(page.select(".story-body h2").attr("id")).isEqualTo("retraction-1");
        assertThat(page.select("#corrections li").text()).contains("An earlier version gave the wrong pad.");

        Document ru = s.page("ru/articles/pad-fire/");
        assertThat(ru.selectFirst("#retraction").text()).startsWith("Материал опровергнут Редакция опровергла этот"
                + " материал 2 декабря 2026").endsWith("Его текст оставлен ниже в том виде, в каком был опубликован.");
        assertThat(ru.select("#retraction p")).hasSize(2); // no note: no paragraph for it

        // the corrections page: the retraction, newest first, linked to its notice
        Document corrections = s.page("corrections/");
        assertThat(corrections.select("ol.timeline li").eachText()).containsExactly(
                "December 2, 2026 Fire reported at the pad Retracted: The one source of the report could not be"
                        + " confirmed.",
                "November 26, 2026 Fire reported at the pad An earlier version gave the wrong pad.");
        assertThat(corrections.selectFirst("ol.timeline li a").attr("href"))
                .isEqualTo("../articles/pad-fire/#retraction");

        // a feed's reader is told first; the retraction is the story's last change
        String feed = s.text("feed.xml");
        String entry = feed.substring(feed.indexOf("Fire reported at the pad"));
        assertThat(entry).contains("<updated>2026-12-02T00:00:00Z</updated>");
        String content = entry.substring(entry.indexOf("<content"));
        assertThat(content.indexOf("This article was retracted on")).isPositive()
                .isLessThan(content.indexOf("A fire broke out at the pad"));
        assertThat(s.text("sitemap.xml")).contains("<loc>https://news.example.org/articles/pad-fire/</loc>\n"
                + "    <lastmod>2026-12-02T00:00:00Z</lastmod>");
        // the story stays in the site's lists
        assertThat(s.page("").select("a[href$=articles/pad-fire/]")).isNotEmpty();
    }

    /** The retraction is kept with the story in the cache folder: a warm build writes what a cold one does. */
    @Test
    void aWarmBuildShowsTheRetractionAsAColdOneDoes() throws IOException {
        TestSite s = newsroom();
        String cache = "--cache=" + dir.resolve("cache");
        assertThat(run("build", "--quiet", cache, "--source", dir.toString())).isZero();
        s.write("content/articles/launch.md", "---\ntitle: Launch day\ndate: 2026-11-20\ntags: [launch]\n---\nMore.\n");
        assertThat(run("build", "--quiet", cache, "--source", dir.toString())).isZero();
        assertThat(run("build", "--quiet", "--no-cache", "--source", dir.toString(), "--out", dir.resolve("cold")
                .toString())).isZero();
        for (String f : java.util.List.of("articles/pad-fire/index.html", "ru/articles/pad-fire/index.html",
                "corrections/index.html", "feed.xml", "sitemap.xml")) {
            assertThat(dir.resolve("site").resolve(f)).as(f).hasSameBinaryContentAs(dir.resolve("cold").resolve(f));
        }
        assertThat(s.text("articles/pad-fire/index.html")).contains("id=\"retraction\"");
    }

    private static int run(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = io.orbitpress.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true), args);
        assertThat(err.toString()).isEmpty();
        return exit;
    }

    @Test
    void aStoryNotRetractedShowsNoNotice() {
        TestSite s = newsroom();
        s.build();
        assertThat(s.page("articles/launch/").select("#retraction, .retraction")).isEmpty();
        assertThat(s.text("articles/launch/index.html")).doesNotContain("retract");
    }

    @Test
    void aRetractionWrittenWrongIsToldAtItsKey() {
        TestSite s = newsroom();
        s.write("content/articles/yes.md", "---\ntitle: Yes\ndate: 2026-11-20\nretracted: true\n---\nText.\n");
        s.write("content/articles/note.md", "---\ntitle: Note\ndate: 2026-11-20\nretractedNote: Unconfirmed.\n---\n"
                + "Text.\n");
        s.write("content/articles/early.md", "---\ntitle: Early\ndate: 2026-11-20\nretracted: 2026-11-19\n---\n"
                + "Text.\n");
        s.write("content/articles/slip.md", "---\ntitle: Slip\ndate: 2026-11-20\nretraction: 2026-11-21\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> {
            assertThat(f.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(
                    "content/articles/note.md:4:1: error: retractedNote is written without retracted, so the story"
                            + " shows no retraction; write the time the desk retracted it (retracted: 2026-12-02), or"
                            + " remove the note",
                    "content/articles/yes.md:4:12: error: retracted takes the time the desk retracted the story, not"
                            + " yes or no: write retracted: 2026-12-02, or a time, retracted: 2026-12-02T10:00Z");
            assertThat(f.diagnostics()).filteredOn(d -> !d.isError()).extracting(Diagnostic::format).contains(
                    "content/articles/early.md:4:1: warning: retracted is before the story's publication time,"
                            + " 2026-11-20 00:00 +00:00; check the two dates")
                    .anyMatch(m -> m.startsWith("content/articles/slip.md:4:1: warning: unknown key \"retraction\"; did"
                            + " you mean \"retracted\"?"));
        });
    }
}
