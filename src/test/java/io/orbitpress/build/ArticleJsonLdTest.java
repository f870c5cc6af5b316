package io.orbitpress.build;

import static io.orbitpress.build.TestSite.jsonLd;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A story's JSON-LD says who wrote it and what it is about as search engines read it: a story
 * that names no author on a site that names none is signed by the site (an Organization with the
 * address of its home page in the story's language), as its feed entries are, rather than by
 * nobody; and a story with no text to take a summary from has no description, rather than an
 * empty one.
 */
class ArticleJsonLdTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aStoryWithoutAuthorIsSignedByTheSiteAndAnEmptySummaryIsLeftOut() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                """);
        s.write("content/articles/unsigned.md", """
                ---
                title: Unsigned
                date: 2025-07-30
                summary: A story nobody signed.
                ---
                The text.
                """);
        s.write("content/articles/bare.md", """
                ---
                title: Bare
                date: 2025-07-31
                ---
                ## Only a heading
                """);
        s.write("content/articles/ru/unsigned.md", """
                ---
                title: Без подписи
                date: 2025-07-30
                ---
                Текст.
                """);
        s.write("content/articles/signed.md", """
                ---
                title: Signed
                date: 2025-08-01
                author: Ann Lee
                ---
                The text.
                """);
        s.build();

        JsonNode unsigned = jsonLd(s.page("articles/unsigned/"));
        assertThat(unsigned.get("author").toString())
                .isEqualTo("{\"@type\":\"Organization\",\"name\":\"Test Desk\",\"url\":\"https://news.example.org/\"}");
        assertThat(unsigned.get("author")).isEqualTo(unsigned.get("publisher"));
        assertThat(unsigned.get("description").asString()).isEqualTo("A story nobody signed.");
        JsonNode ru = jsonLd(s.page("ru/articles/unsigned/"));
        assertThat(ru.get("author").toString()).isEqualTo(
                "{\"@type\":\"Organization\",\"name\":\"Тестовая редакция\",\"url\":\"https://news.example.org/ru/\"}");
        // the same signature as the feed's
        Document feed = Jsoup.parse(s.text("ru/feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("entry author name").eachText()).containsExactly("Тестовая редакция");

        JsonNode bare = jsonLd(s.page("articles/bare/"));
        assertThat(bare.has("description")).as(bare.toString()).isFalse();
        assertThat(bare.get("author").get("@type").asString()).isEqualTo("Organization");

        assertThat(jsonLd(s.page("articles/signed/")).get("author").toString())
                .isEqualTo("{\"@type\":\"Person\",\"name\":\"Ann Lee\"}");
    }
}
