package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A series groups articles in order (part numbers first, then publication time), each with
 * "part n of m" navigation, a series page and a series feed; a part not published yet is not
 * counted.
 */
class SeriesTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite series() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a-first.md", """
                ---
                title: How the station was built
                date: 2025-07-05
                series: {name: Inside the station, part: 1}
                ---
                Part one.
                """);
        s.write("content/articles/b-second.md", """
                ---
                title: Who keeps it running
                date: 2025-07-01
                series: {name: Inside the station, part: 2}
                ---
                Part two.
                """);
        s.write("content/articles/c-third.md", """
                ---
                title: What comes after it
                date: 2025-07-03
                series: [Inside the station]
                ---
                Part three.
                """);
        s.write("content/articles/d-later.md", """
                ---
                title: Quolltastic sequel
                date: 2025-07-06
                publishDate: 2025-09-01T00:00:00Z
                series: Inside the station
                ---
                Not yet.
                """);
        s.write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-04\n---\nNot in a series.\n");
        return s;
    }

    @Test
    void partsAreOrderedAndLinkedWithASeriesPageAndFeed() throws Exception {
        TestSite s = series();
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-01T00:00:00Z"))).build();

        Document second = s.page("articles/b-second/");
        assertThat(second.select(".series-nav p").first().text()).isEqualTo("Part 2 of 3 in the series Inside the station");
        assertThat(second.select(".series-nav p a").attr("href")).isEqualTo("../../series/inside-the-station/");
        assertThat(second.select(".series-nav li").eachText())
                .containsExactly("How the station was built", "Who keeps it running", "What comes after it");
        assertThat(second.select(".series-nav [aria-current=page]").text()).isEqualTo("Who keeps it running");
        assertThat(second.select(".series-steps a").eachText()).containsExactly("← Part 1: How the station was built",
                "Part 3: What comes after it →");
        assertThat(second.select(".series-steps a").eachAttr("href")).containsExactly("../a-first/", "../c-third/");
        assertThat(s.page("articles/a-first/").select(".series-steps a").eachText())
                .containsExactly("Part 2: Who keeps it running →");
        assertThat(s.page("articles/other/").select(".series-nav")).isEmpty();
        JsonNode ld = TestSite.jsonLd(second);
        assertThat(ld.get("isPartOf").toString()).isEqualTo("{\"@type\":\"CreativeWorkSeries\",\"name\":\"Inside the"
                + " station\",\"url\":\"https://news.example.org/series/inside-the-station/\"}");
        assertThat(ld.get("position").asInt()).isEqualTo(2);

        Document page = s.page("series/inside-the-station/");
        assertThat(page.select("h1").text()).isEqualTo("Inside the station");
        assertThat(page.select(".series-parts h2 a").eachText())
                .containsExactly("How the station was built", "Who keeps it running", "What comes after it");
        assertThat(page.select(".series-parts .kicker").eachText()).containsExactly("Part 1", "Part 2", "Part 3");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).contains("feed.xml");
        String feed = s.text("series/inside-the-station/feed.xml");
        assertThat(feed).contains("<title>Inside the station · Test Desk</title>");
        assertThat(feed.split("<entry>")).hasSize(4);
        assertThat(s.page("series/").select("main li").eachText()).containsExactly("Inside the station 3 parts");
        assertThat(EmbargoTest.filesContaining(s.site(), "Quolltastic")).isEmpty();

        // when the last part is published, it is part 4 of 4
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-09-02T00:00:00Z"))).build();
        assertThat(s.page("articles/c-third/").select(".series-nav p").first().text())
                .isEqualTo("Part 3 of 4 in the series Inside the station");
    }

    @Test
    void twoArticlesGivingOnePartNumberIsAnError() {
        TestSite s = series();
        s.write("content/articles/c-third.md", """
                ---
                title: What comes after it
                date: 2025-07-03
                series:
                  name: Inside the station
                  part: 2
                ---
                Part three.
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/c-third.md:6:3: error: part 2 of the"
                        + " series \"Inside the station\" is already content/articles/b-second.md; give each part its own"
                        + " number"));
    }

    /**
     * A translation of a part that keeps the series' name as its original writes it is that part in
     * its own language, not a second part with the same number: each language has its own series
     * page, with its own parts.
     */
    @Test
    void aTranslatedPartKeepingTheSeriesNameIsNoSecondPart() {
        TestSite s = TestSite.inEnglishAndRussian(dir, "");
        s.write("content/articles/a-first.md", "---\ntitle: How the station was built\ndate: 2025-07-05\n"
                + "series: {name: Inside the station, part: 1}\n---\nPart one.\n");
        s.write("content/articles/b-second.md", "---\ntitle: Who keeps it running\ndate: 2025-07-06\n"
                + "series: {name: Inside the station, part: 2}\n---\nPart two.\n");
        s.write("content/articles/b-second.ru.md", "---\ntitle: Кто поддерживает станцию\ndate: 2025-07-06\n"
                + "series: {name: Inside the station, part: 2}\n---\nЧасть вторая.\n");
        s.build();
        assertThat(s.page("series/inside-the-station/").select("main a[href*=articles]").eachText())
                .containsExactly("How the station was built", "Who keeps it running");
        assertThat(s.page("ru/series/inside-the-station/").select("main a[href*=articles]").eachText())
                .containsExactly("Кто поддерживает станцию");
    }

    /**
     * A new part written from a copy of the last one, its number left as it was, is told at the new
     * part's number, not at the part published before it, whichever file's name sorts first.
     */
    @Test
    void aRepeatedPartNumberIsToldAtTheLaterPart() {
        TestSite s = series();
        s.write("content/articles/0-copied.md", """
                ---
                title: What comes after it
                date: 2025-07-09
                series:
                  name: Inside the station
                  part: 2
                ---
                Part three.
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/0-copied.md:6:3: error: part 2 of the"
                        + " series \"Inside the station\" is already content/articles/b-second.md; give each part its own"
                        + " number"));
    }

    /** A series whose name has no letter or digit makes no address: the error says so, not that it has no name. */
    @Test
    void aSeriesNamedWithoutALetterIsToldWhy() {
        TestSite s = series();
        s.write("content/articles/c-third.md", "---\ntitle: Rockets\ndate: 2025-07-03\nseries: \"🚀🚀\"\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/c-third.md:4:1: error: series \"🚀🚀\""
                        + " makes no address for its page: its name needs a letter or a digit, like series: Inside the"
                        + " station"));
    }
}
