package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Corrections and updates: a dated notice on the article, the feed entry and JSON-LD updated to
 * the latest change with a {@code correction} item each, and a page listing every correction,
 * newest first, each linked to its notice.
 */
class CorrectionsTest {

    @TempDir
    java.nio.file.Path dir;

    /**
     * A story's headings leave the page's own ids to it: a heading "Corrections" does not take the
     * box's id, so the byline's "Corrected" link and the notices' anchors lead to the notices,
     * and the page has every id once.
     */
    @Test
    void aHeadingNamedAsAPartOfThePageLeavesItsIdToIt() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/heads.md", """
                ---
                title: Headings that clash
                date: 2025-08-02T10:00:00Z
                corrections:
                  - date: 2025-08-03T09:00:00Z
                    text: Fixed the time.
                ---
                Intro.

                ## Main

                ## Corrections

                ## Correction 1

                ## Related heading

                ## Corrections
                """);
        s.build();
        Document a = s.page("articles/heads/");
        assertThat(a.select(".story-body h2").eachAttr("id")).containsExactly("main-1", "corrections-1",
                "correction-1-1", "related-heading-1", "corrections-2");
        assertThat(a.select("#corrections").first().text()).contains("Fixed the time.");
        assertThat(a.select("#correction-1").text()).contains("Fixed the time.");
        List<String> ids = a.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates().contains("main", "corrections", "correction-1");
    }

    @Test
    void correctionsShowOnTheArticleInFeedsJsonLdAndTheCorrectionsPage() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", """
                ---
                title: Capsule docks
                date: 2025-08-02T10:00:00Z
                updated: 2025-08-02T12:00:00Z
                corrections:
                  - date: 2025-08-03T09:00:00Z
                    text: An earlier version gave the docking time as 6:27 a.m.; it was 2:27 a.m.
                  - date: 2025-08-02T15:30:00Z
                    text: An earlier version misspelt the commander's name.
                ---
                The capsule docked.
                """);
        s.write("content/articles/launch.md", """
                ---
                title: Launch
                date: 2025-08-01
                updated: 2025-08-02
                corrections: [{date: 2025-08-01T20:00:00Z, text: The launch pad was 39A.}, {date: 2025-08-03,
                  text: The crew was four.}]
                ---
                Liftoff.
                """);
        s.write("content/articles/plain.md", "---\ntitle: Plain\ndate: 2025-07-01\n---\nNothing to correct.\n");
        s.build();

        Document a = s.page("articles/docking/");
        assertThat(a.select(".byline .updated time").attr("datetime")).isEqualTo("2025-08-02T12:00:00Z");
        assertThat(a.select(".byline a.corrected").attr("href")).isEqualTo("#corrections");
        assertThat(a.select(".byline a.corrected time").attr("datetime")).isEqualTo("2025-08-03T09:00:00Z");
        assertThat(a.select("#corrections li").eachText()).containsExactly(
                "August 2, 2025, 3:30 PM UTC: An earlier version misspelt the commander's name.",
                "August 3, 2025, 9:00 AM UTC: An earlier version gave the docking time as 6:27 a.m.; it was 2:27 a.m.");
        assertThat(a.select("#corrections li").eachAttr("id")).containsExactly("correction-1", "correction-2");
        JsonNode ld = TestSite.jsonLd(a);
        assertThat(ld.get("dateModified").asString()).isEqualTo("2025-08-03T09:00:00Z");
        assertThat(ld.get("correction")).hasSize(2);
        assertThat(ld.get("correction").get(1).toString()).isEqualTo("{\"@type\":\"CorrectionComment\",\"text\":\"An"
                + " earlier version gave the docking time as 6:27 a.m.; it was 2:27 a.m.\",\"datePublished\":"
                + "\"2025-08-03T09:00:00Z\",\"url\":\"https://news.example.org/articles/docking/#correction-2\"}");
        assertThat(s.page("articles/plain/").select("#corrections, .corrected")).isEmpty();
        // a date written as a day alone is shown as a day, not as midnight; a time written is shown
        assertThat(a.select(".byline .meta > time").text()).isEqualTo("August 2, 2025, 10:00 AM UTC");
        Document launch = s.page("articles/launch/");
        assertThat(launch.select(".byline .meta > time").text()).isEqualTo("August 1, 2025");
        assertThat(launch.select(".byline .updated time").text()).isEqualTo("August 2, 2025");
        assertThat(launch.select("#corrections li").eachText()).containsExactly(
                "August 1, 2025, 8:00 PM UTC: The launch pad was 39A.", "August 3, 2025: The crew was four.");

        String feed = s.text("feed.xml");
        assertThat(feed).contains("<updated>2025-08-03T09:00:00Z</updated>\n  <generator>")
                .contains("<published>2025-08-02T10:00:00Z</published>\n    <updated>2025-08-03T09:00:00Z</updated>");
        assertThat(s.text("sitemap.xml")).contains("<lastmod>2025-08-03T09:00:00Z</lastmod>");
        // a reader of the feed learns what was corrected, as a reader of the page does
        String corrected = "&lt;aside class=&quot;corrections&quot;&gt;&lt;h2&gt;Corrections&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;"
                + "&lt;time datetime=&quot;2025-08-02T15:30:00Z&quot;&gt;August 2, 2025, 3:30 PM UTC&lt;/time&gt;: An"
                + " earlier version misspelt the commander&apos;s name.&lt;/li&gt;";
        assertThat(feed).contains(corrected);
        assertThat(s.text("rss.xml")).contains("The launch pad was 39A.");
        assertThat(s.text("feed.json")).contains("<aside class=\\\"corrections\\\"><h2>Corrections</h2>",
                "August 3, 2025</time>: The crew was four.");

        Document page = s.page("corrections/");
        assertThat(page.select("main li a").eachText()).containsExactly("Capsule docks", "Launch", "Capsule docks",
                "Launch");
        assertThat(page.select("main li a").eachAttr("href")).containsExactly("../articles/docking/#correction-2",
                "../articles/launch/#correction-2", "../articles/docking/#correction-1",
                "../articles/launch/#correction-1");
        assertThat(page.select("main li time").eachAttr("datetime")).containsExactly("2025-08-03T09:00:00Z",
                "2025-08-03T00:00:00Z", "2025-08-02T15:30:00Z", "2025-08-01T20:00:00Z");
        assertThat(s.page("").select("footer a[href=corrections/]")).hasSize(1);
    }

    @Test
    void aCorrectionWithoutDateOrTextIsAnErrorAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-01
                corrections:
                  - text: No date given.
                  - date: 2025-08-02
                    txt: A key one letter off.
                ---
                Text.
                """);
        // at the correction, and at the key one letter off text:, naming it (both were told at corrections:)
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/x.md:5:5: error: each correction needs a"
                        + " date: and a text:, like corrections: [{date: 2025-08-02, text: \"An earlier version gave the"
                        + " wrong time.\"}]", "content/articles/x.md:7:5: error: a correction takes text:, not txt:; each"
                        + " correction needs a date: and a text:, like corrections: [{date: 2025-08-02, text: \"An earlier"
                        + " version gave the wrong time.\"}]"));
    }

    /**
     * A correction whose text is written as a list (two notes as bullets) or whose date is a map
     * has both keys: it is told at the key, as what it is, not as a correction without them.
     */
    @Test
    void aCorrectionsTextWrittenAsAListIsToldAtItsKey() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-01
                corrections:
                  - date: 2025-08-02
                    text:
                      - An earlier version misnamed the commander.
                      - It also gave the wrong time.
                ---
                Text.
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/x.md:6:5: error: a correction's text:"
                        + " must be one text, not a list; write the notes as one text, or a correction each, like"
                        + " corrections: [{date: 2025-08-02, text: \"An earlier version gave the wrong time.\"}]"));
    }

    /**
     * A correction shows its date and text alone: another key beside them (who made it, a link) is
     * not on the page, and is told at its line rather than dropped without a word.
     */
    @Test
    void aCorrectionsOtherKeyIsWarnedOfAsNotShown() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-05
                corrections:
                  - date: 2025-08-06
                    text: An earlier version gave the wrong time.
                    by: Mira Castell
                ---
                Text.
                """);
        assertThat(s.build().warnings()).extracting(d -> d.format()).containsExactly("content/articles/x.md:7:5:"
                + " warning: a correction shows its date: and text: alone, so by: is not on the page; put what it says"
                + " in the text, or remove it");
    }

    @Test
    void aCorrectionDatedBeforeTheStoryIsWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-05T11:00:00-04:00
                corrections:
                  - {date: 2025-08-05, text: Same day.}
                  - {date: 2025-07-05, text: A month early.}
                ---
                Text.
                """);
        // at the correction's date:, not at corrections:
        assertThat(s.build().warnings()).extracting(d -> d.format()).containsExactly("content/articles/x.md:6:6:"
                + " warning: the correction dated 2025-07-05 comes before the story's own date; check its date");
    }

    @Test
    void aCorrectionDatedAfterTheBuildsClockIsWarnedAboutOnPublishedStoriesOnly() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-05T11:00:00Z
                corrections:
                  - {date: 2025-08-06T09:00:00Z, text: A day later.}
                  - {date: 2026-08-06T09:00:00Z, text: The year after.}
                ---
                Text.
                """);
        s.write("content/articles/held.md", """
                ---
                title: Held
                date: 2025-08-09T11:00:00Z
                corrections: [{date: 2025-08-09T12:00:00Z, text: After the embargo too.}]
                ---
                Text.
                """);
        java.time.Instant now = java.time.Instant.parse("2025-08-07T10:30:00Z");
        BuildResult r = new SiteBuild(BuildOptions.of(s.root).withNow(now)).build();
        // at the correction's date:
        assertThat(r.warnings()).extracting(d -> d.format()).containsExactly("content/articles/x.md:6:6: warning: the"
                + " correction dated 2026-08-06 09:00 +00:00 is later than this build's time, 2025-08-07 10:30 +00:00;"
                + " check its date (it is shown as written)");
        // shown as written
        assertThat(s.page("articles/x/").select("#corrections li").eachText()).hasSize(2);
    }

    /**
     * A story's date or update later than the build's clock, on a story out by its publishDate,
     * is most likely a slip of the year: told, and shown as written; a story still held back is
     * not told.
     */
    @Test
    void aDateOrUpdateAfterTheBuildsClockIsWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: X
                date: 2025-08-20T09:00:00Z
                publishDate: 2025-08-01T09:00:00Z
                ---
                Text.
                """);
        s.write("content/articles/y.md", """
                ---
                title: Y
                date: 2025-08-05T11:00:00Z
                updated: 2026-08-06T09:00:00Z
                ---
                Text.
                """);
        s.write("content/articles/z.md", "---\ntitle: Z\ndate: 2025-08-05\nlastmod: 2025-09-01\n---\nText.\n");
        s.write("content/articles/held.md", "---\ntitle: Held\ndate: 2025-08-09T11:00:00Z\n"
                + "updated: 2025-08-10T11:00:00Z\n---\nText.\n");
        java.time.Instant now = java.time.Instant.parse("2025-08-07T10:30:00Z");
        s.write("content/articles/x.md", s.read("content/articles/x.md").replace("date: 2025-08-20T09:00:00Z",
                "date: 2025-08-01T09:00:00Z"));
        BuildResult r = new SiteBuild(BuildOptions.of(s.root).withNow(now)).build();
        assertThat(r.warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/y.md:4:1: warning: updated 2026-08-06 09:00 +00:00 is later than this build's time,"
                        + " 2025-08-07 10:30 +00:00; check its date (it is shown as written)",
                "content/articles/z.md:4:1: warning: lastmod 2025-09-01 is later than this build's time,"
                        + " 2025-08-07 10:30 +00:00; check its date (it is shown as written)");
        assertThat(s.page("articles/y/").select(".byline").text()).contains("2026");
    }

    /**
     * A story out by its publishDate while its date is still to come, a slip of the year in one of
     * them (publishDate: 2025-12-07 for 2026-12-07), went out at once, embargo broken, with a
     * warning among others: an error, and nothing is written.
     */
    @Test
    void aDateAheadOfAPublishDateThatHasPassedIsAnError() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/docking.md", """
                ---
                title: Docking
                date: 2026-12-07T12:00:00-05:00
                publishDate: 2025-12-07T12:00:00-05:00
                ---
                Text.
                """);
        java.time.Instant now = java.time.Instant.parse("2026-12-07T06:35:00Z");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withNow(now)).build())
                .isInstanceOfSatisfying(io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/docking.md:3:1: error: the"
                + " date 2026-12-07 17:00 +00:00 is later than this build's time, 2026-12-07 06:35 +00:00, but"
                + " publishDate 2025-12-07 17:00 +00:00 has passed: the story would go out now, dated ahead; fix the"
                + " slip in one of them (publishDate: holds a story until its time; without it, date: does)"));
        assertThat(s.site().resolve("articles/docking/index.html")).doesNotExist();
    }

    /**
     * A correction written under a slip of its key (correction:, Corrections:, corections:) was
     * dropped with a warning among others, and the story went out uncorrected while the desk
     * believed it corrected: an error at the key, and the site published before stays as it was.
     * A key listed in extraKeys is a template's own, and left alone.
     */
    @Test
    void aCorrectionUnderASlipOfItsKeyIsAnError() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", "---\ntitle: Docking\ndate: 2025-08-02\n---\nText.\n");
        s.build();
        String published = java.nio.file.Files.readString(s.site().resolve("articles/docking/index.html"));
        s.write("content/articles/docking.md", """
                ---
                title: Docking
                date: 2025-08-02
                correction:
                  - date: 2025-08-03
                    text: An earlier version gave the wrong port.
                ---
                Text.
                """);
        s.write("content/articles/launch.md", """
                ---
                title: Launch
                date: 2025-08-01
                Corrections: [{date: 2025-08-03, text: An earlier version gave the wrong pad.}]
                ---
                Text.
                """);
        assertThat(s.problems()).containsExactly(
                "content/articles/docking.md:4:1: error: unknown key \"correction\"; did you mean \"corrections\"? As"
                        + " written the correction is not published, and the story goes out without it: write"
                        + " corrections:, or list correction in site.yaml extraKeys",
                "content/articles/launch.md:4:1: error: unknown key \"Corrections\"; did you mean \"corrections\"? As"
                        + " written the correction is not published, and the story goes out without it: write"
                        + " corrections:, or list Corrections in site.yaml extraKeys");
        assertThat(java.nio.file.Files.readString(s.site().resolve("articles/docking/index.html"))).isEqualTo(published);
        s.write("content/site.yaml", s.read("content/site.yaml") + "extraKeys: [correction, Corrections]\n");
        s.build();
    }

    /** A Russian desk's word for the corrections ({@code исправления:}, {@code поправка:}) is as much a slip of the key. */
    @Test
    void aCorrectionUnderARussianWordIsAnError() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", """
                ---
                title: Стыковка
                date: 2025-08-02
                исправления:
                  - date: 2025-08-03
                    text: В предыдущей версии был неверно указан модуль.
                ---
                Текст.
                """);
        s.write("content/articles/launch.md", """
                ---
                title: Старт
                date: 2025-08-01
                поправка: {date: 2025-08-03, text: В предыдущей версии был неверно указан стартовый комплекс.}
                ---
                Текст.
                """);
        assertThat(s.problems()).containsExactly(
                "content/articles/docking.md:4:1: error: unknown key \"исправления\"; did you mean \"corrections\"? As"
                        + " written the correction is not published, and the story goes out without it: write"
                        + " corrections:, or list исправления in site.yaml extraKeys",
                "content/articles/launch.md:4:1: error: unknown key \"поправка\"; did you mean \"corrections\"? As"
                        + " written the correction is not published, and the story goes out without it: write"
                        + " corrections:, or list поправка in site.yaml extraKeys");
    }
}
