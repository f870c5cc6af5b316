package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed per topic and per series, RSS 2.0 beside every Atom feed, the site's JSON Feed, and
 * autodiscovery links on the pages the feeds belong to. (The sample site's feeds are read by a
 * real feed reader in PublishedSiteTest.)
 */
class FeedsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void topicsAndSeriesHaveAtomAndRssFeedsAndTheSiteAJsonFeed() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", """
                ---
                title: "Crew \\"go\\" for launch & <b>docking</b>"
                date: 2025-07-30T08:00:00-04:00
                tags: [launch]
                series: Launch week
                ---
                First — with “quotes” and </script>.
                """);
        s.write("content/articles/two.md", """
                ---
                title: Second
                date: 2025-07-31
                tags: [launch, crew]
                series: Launch week
                ---
                Second.
                """);
        s.build();

        for (String dirName : new String[] {"", "tags/launch/", "tags/crew/", "series/launch-week/"}) {
            assertThat(s.site().resolve(dirName + "feed.xml")).as(dirName).isRegularFile();
            assertThat(s.site().resolve(dirName + "rss.xml")).as(dirName).isRegularFile();
        }
        String rss = s.text("tags/launch/rss.xml");
        assertThat(rss).contains("<rss version=\"2.0\"", "<link>https://news.example.org/tags/launch/</link>",
                "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"https://news.example.org/tags/launch/rss.xml\"/>",
                "<pubDate>Wed, 30 Jul 2025 12:00:00 GMT</pubDate>", "<category>launch</category>",
                "<guid isPermaLink=\"true\">https://news.example.org/articles/one/</guid>");
        assertThat(rss.indexOf("<title>Second</title>")).isLessThan(rss.indexOf("<title>Crew"));
        assertThat(s.text("tags/crew/feed.xml")).contains("<title>Second</title>").doesNotContain("docking");
        assertThat(s.text("feed.xml")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">");
        // the topics in Atom as in RSS and JSON Feed (RFC 4287, 4.2.2): a reader filters by them
        assertThat(s.text("tags/launch/feed.xml")).contains("<category term=\"launch\"/>");
        // each feed says what it holds: the site's its description, a topic's and a series' their own
        assertThat(s.text("feed.xml")).doesNotContain("Articles about", "Series:");
        assertThat(s.text("tags/launch/feed.xml")).contains("<subtitle>Articles about launch on Test Desk</subtitle>");
        assertThat(rss).contains("<description>Articles about launch on Test Desk</description>");
        assertThat(s.text("series/launch-week/feed.xml")).contains("<subtitle>Series: Launch week · Test Desk</subtitle>");

        JsonNode json = JsonMapper.builder().build().readTree(s.text("feed.json"));
        assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("items")).hasSize(2);
        JsonNode first = json.get("items").get(1);
        assertThat(first.get("title").asString()).isEqualTo("Crew \"go\" for launch & <b>docking</b>");
        assertThat(first.get("content_html").asString()).contains("“quotes”", "&lt;/script&gt;");
        assertThat(first.get("date_published").asString()).isEqualTo("2025-07-30T12:00:00Z");
        assertThat(first.get("tags").toString()).isEqualTo("[\"launch\"]");

        Document topic = s.page("tags/launch/");
        assertThat(topic.select("link[rel=alternate]").eachAttr("href")).containsExactly("../../feed.xml",
                "../../rss.xml", "../../feed.json", "feed.xml", "rss.xml");
        assertThat(topic.select("a.follow").attr("href")).isEqualTo("feed.xml");
        assertThat(s.page("series/launch-week/").select("link[rel=alternate][type=application/rss+xml]")
                .eachAttr("href")).containsExactly("../../rss.xml", "rss.xml");
        assertThat(s.page("articles/one/").select("link[rel=alternate]").eachAttr("href"))
                .as("an article has the site's feeds only").containsExactly("../../feed.xml", "../../rss.xml",
                        "../../feed.json");
    }

    /**
     * A story with no body (a dek and a source link): its feed entries carry its summary as its
     * text, not an empty content_html or content that says it has none.
     */
    @Test
    void aStoryWithNoBodyIsItsSummaryInEveryFeed() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/bare.md", """
                ---
                title: Bare
                date: 2025-07-30
                summary: Only a dek & a link.
                ---
                """);
        new SiteBuild(BuildOptions.of(s.root)).build();

        JsonNode item = JsonMapper.builder().build().readTree(s.text("feed.json")).get("items").get(0);
        assertThat(item.has("content_html")).as(item.toString()).isFalse();
        assertThat(item.get("content_text").asString()).isEqualTo("Only a dek & a link.");
        Document atom = org.jsoup.Jsoup.parse(s.text("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(atom.select("entry > content")).isEmpty();
        assertThat(atom.select("entry > summary").text()).isEqualTo("Only a dek & a link.");
        Document rss = org.jsoup.Jsoup.parse(s.text("rss.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(rss.select("item > description").eachText()).containsExactly("Only a dek &amp; a link."); // HTML, as RSS readers take it
    }
}
