package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * The links of a story's text in its feed entries are absolute, whatever form the story writes
 * them in: a feed reader resolves a relative link against the feed's own address (or drops it),
 * so a link relative to the story's page ("../other/"), an anchor of the page ("#notes") and a
 * footnote's back-and-forth links would lead elsewhere, most often to a page that does not exist.
 */
class FeedLinksTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void linksRelativeToTheStoryPageAreAbsoluteInEveryFeed() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/desk/
                timeZone: UTC
                """);
        s.write("content/articles/other.md", """
                ---
                title: Other
                date: 2025-07-30
                ---
                The other story.
                """);
        s.write("content/articles/story.md", """
                ---
                title: Story
                date: 2025-07-31
                ---
                See [the other story](../other/), [the notes](#notes), [the home page](../../)
                and [from the root](/articles/other/), with a footnote.[^1]

                ## Notes

                Written [elsewhere](https://example.com/a?b=1&c=2) and [by mail](mailto:desk@example.org).

                [^1]: The note.
                """);
        s.build();

        String page = "https://news.example.org/desk/articles/story/";
        Document atom = Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser());
        Document rss = Jsoup.parse(s.text("rss.xml"), "", Parser.xmlParser());
        JsonNode json = JsonMapper.builder().build().readTree(s.text("feed.json"));
        List<String> contents = List.of(
                atomEntry(atom, page).selectFirst("content").text(),
                rssItem(rss, page).selectFirst("description").text(),
                jsonItem(json, page).get("content_html").asString());
        for (String content : contents) {
            List<String> links = links(content);
            assertThat(links).contains("https://news.example.org/desk/articles/other/", page + "#notes",
                    "https://news.example.org/desk/", "https://example.com/a?b=1&c=2", "mailto:desk@example.org");
            assertThat(links).as("the footnote's links lead to the story's page")
                    .anySatisfy(l -> assertThat(l).startsWith(page + "#fn"))
                    .anySatisfy(l -> assertThat(l).startsWith(page + "#fnref"));
            assertThat(links).allSatisfy(l -> assertThat(l).matches("(https|mailto):.*"));
        }
        // the story's own page keeps its links relative
        Document story = s.page("articles/story/");
        assertThat(story.select("article a[href=../other/]")).hasSize(2);
        assertThat(story.select("article a[href=#notes]")).hasSize(1);
    }

    /**
     * A lead picture on another site is the JSON Feed item's {@code image}, as it is the page's
     * {@code og:image} and its JSON-LD image: the item had none, since only a picture the site
     * resized has copies.
     */
    @Test
    void aLeadPictureOnAnotherSiteIsTheJsonFeedItemsImage() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/far.md", """
                ---
                title: Far
                date: 2025-07-31
                image: https://images.example.com/crew/dragon.jpg?w=1600&q=80
                image_alt: Dragon at the station
                image_credit: "Photo: NASA"
                ---
                The text.
                """);
        s.write("content/articles/none.md", """
                ---
                title: None
                date: 2025-07-30
                ---
                No picture.
                """);
        s.build();

        String image = "https://images.example.com/crew/dragon.jpg?w=1600&q=80";
        assertThat(s.page("articles/far/").select("meta[property=og:image]").attr("content")).isEqualTo(image);
        JsonNode json = JsonMapper.builder().build().readTree(s.text("feed.json"));
        assertThat(jsonItem(json, "https://news.example.org/articles/far/").get("image").asString()).isEqualTo(image);
        assertThat(jsonItem(json, "https://news.example.org/articles/none/").has("image")).isFalse();
    }

    private static Element atomEntry(Document feed, String url) {
        return feed.select("entry").stream().filter(e -> e.selectFirst("id").text().equals(url)).findFirst().orElseThrow();
    }

    private static Element rssItem(Document feed, String url) {
        return feed.select("item").stream().filter(e -> e.selectFirst("guid").text().equals(url)).findFirst().orElseThrow();
    }

    private static JsonNode jsonItem(JsonNode feed, String url) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("id").asString().equals(url)) {
                return item;
            }
        }
        throw new AssertionError("no item " + url);
    }

    /** Every href and src of an entry's HTML, as written. */
    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return links;
    }
}
