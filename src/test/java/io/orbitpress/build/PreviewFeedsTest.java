package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A build that shows drafts, stories before their time and expired ones ({@code --drafts},
 * {@code --future}, {@code --expired}, as {@code serve} does) marks their pages noindex and
 * leaves them out of the sitemap; it leaves them out of every feed too, which has no such mark:
 * a reader or aggregator subscribed to a staging site would take each entry as published news,
 * and date the site's feed by a story no one has published.
 */
class PreviewFeedsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void draftsAndStoriesNotOutAreInNoFeedOfAPreviewBuild() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/out.md", """
                ---
                title: Out now
                date: 2025-07-30T10:00:00Z
                tags: [launch]
                ---
                Published.
                """);
        s.write("content/articles/draft.md", """
                ---
                title: Draft Zebra
                date: 2025-07-31T10:00:00Z
                tags: [launch]
                draft: true
                ---
                Not ready.
                """);
        s.write("content/articles/later.md", """
                ---
                title: Embargo Yak
                date: 2025-08-10T10:00:00Z
                tags: [launch]
                ---
                Held back.
                """);
        s.write("content/articles/gone.md", """
                ---
                title: Expired Gnu
                date: 2025-07-29T10:00:00Z
                expiryDate: 2025-07-31T00:00:00Z
                tags: [launch]
                ---
                Taken down.
                """);
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-01T00:00:00Z")).withDrafts(true)
                .withFuture(true).withExpired(true)).build();

        // the preview shows them, marked, and keeps them from search engines
        for (String route : new String[] {"articles/draft/", "articles/later/", "articles/gone/"}) {
            assertThat(s.page(route).select("meta[name=robots]").attr("content")).as(route).isEqualTo("noindex");
            assertThat(s.text("sitemap.xml")).doesNotContain(route);
        }
        assertThat(s.page("tags/launch/").select("main").text()).contains("Draft Zebra", "Embargo Yak");

        for (String feed : new String[] {"feed.xml", "tags/launch/feed.xml"}) {
            Document atom = Jsoup.parse(s.text(feed), "", Parser.xmlParser());
            assertThat(atom.select("entry > title").eachText()).as(feed).containsExactly("Out now");
            assertThat(atom.select("feed > updated").text()).as(feed).isEqualTo("2025-07-30T10:00:00Z");
        }
        for (String feed : new String[] {"rss.xml", "tags/launch/rss.xml"}) {
            Document rss = Jsoup.parse(s.text(feed), "", Parser.xmlParser());
            assertThat(rss.select("item > title").eachText()).as(feed).containsExactly("Out now");
        }
        JsonNode json = JsonMapper.builder().build().readTree(s.text("feed.json"));
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.get("items").get(0).get("title").asString()).isEqualTo("Out now");
    }

    /**
     * A topic whose only story is a draft has a page in the preview and feeds with no entry: they
     * are dated by the site's newest published story, not by 1970.
     */
    @Test
    void aFeedWithNoPublishedStoryIsDatedByTheSitesNewest() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/out.md", """
                ---
                title: Out now
                date: 2025-07-30T10:00:00Z
                tags: [launch]
                ---
                Published.
                """);
        s.write("content/articles/draft.md", """
                ---
                title: Draft Zebra
                date: 2025-07-31T10:00:00Z
                tags: [moon]
                draft: true
                ---
                Not ready.
                """);
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-01T00:00:00Z")).withDrafts(true)).build();

        Document atom = Jsoup.parse(s.text("tags/moon/feed.xml"), "", Parser.xmlParser());
        assertThat(atom.select("entry")).isEmpty();
        assertThat(atom.select("feed > updated").text()).isEqualTo("2025-07-30T10:00:00Z");
        Document rss = Jsoup.parse(s.text("tags/moon/rss.xml"), "", Parser.xmlParser());
        assertThat(rss.select("channel > lastBuildDate").text()).isEqualTo("Wed, 30 Jul 2025 10:00:00 GMT");
        assertThat(feedReader(s.root.resolve("site/tags/moon/feed.xml"), s.root.resolve("site/tags/moon/rss.xml")))
                .isEqualTo("ok 2025-07-30 ok 2025-07-30 ");
    }

    /**
     * A site with nothing published yet: RSS says no date; Atom, which must have one, says the
     * start of the epoch rather than a date made up from the clock; both read.
     */
    @Test
    void aSiteWithNothingPublishedHasFeedsWithoutAMadeUpDate() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/draft.md", """
                ---
                title: Draft Zebra
                date: 2025-07-31T10:00:00Z
                draft: true
                ---
                Not ready.
                """);
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-01T00:00:00Z"))).build();

        // Atom must have an updated: the start of the epoch, as a feed never updated
        assertThat(Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser()).select("feed > updated").text())
                .isEqualTo("1970-01-01T00:00:00Z");
        assertThat(s.text("rss.xml")).doesNotContain("1970").doesNotContain("lastBuildDate");
        assertThat(feedReader(s.root.resolve("site/feed.xml"), s.root.resolve("site/rss.xml")))
                .isEqualTo("ok 1970-01-01 ok - ");
    }

    /**
     * What a real feed reader (Debian's python3-feedparser) makes of each feed: "ok" or its
     * complaint, then the feed's date (or "-"), for each.
     */
    private static String feedReader(java.nio.file.Path... feeds) throws Exception {
        java.nio.file.Path python = java.nio.file.Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(python), "/usr/bin/python3");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(python.toString(), "-c", """
                import sys, time
                try:
                    import feedparser
                except ImportError:
                    sys.exit(3)
                out = ""
                for path in sys.argv[1:]:
                    f = feedparser.parse(path)
                    t = f.feed.get("updated_parsed")
                    out += ("ok" if not f.bozo else repr(f.bozo_exception)) + " " + (time.strftime("%Y-%m-%d", t) if t else "-") + " "
                print(out)
                """));
        for (java.nio.file.Path f : feeds) {
            command.add(f.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.exitValue() != 3, "python3-feedparser");
        assertThat(p.exitValue()).as(out).isZero();
        return out.strip() + " ";
    }
}
