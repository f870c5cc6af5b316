package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The home page of each language describes the site as a schema.org WebSite, its name and
 * address in that language: search engines take a site's name in their results from it, and
 * guess one from the page's title without it. The home list's older pages have none.
 */
class HomePageJsonLdTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void eachLanguagesHomePageIsAWebSite() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                description: News & notes
                baseUrl: https://news.example.org/desk/
                timeZone: UTC
                pageSize: 1
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                    description: Новости
                """);
        for (String name : new String[] {"one", "two"}) {
            s.write("content/articles/" + name + ".md", "---\ntitle: " + name + "\ndate: 2025-07-30\n---\nText.\n");
            s.write("content/articles/ru/" + name + ".md", "---\ntitle: " + name + "\ndate: 2025-07-30\n---\nТекст.\n");
        }
        s.build();

        assertThat(ld(s.page("")).toString()).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
                + "\"name\":\"Test Desk\",\"url\":\"https://news.example.org/desk/\",\"description\":\"News & notes\","
                + "\"inLanguage\":\"en\"}");
        assertThat(ld(s.page("ru/")).toString()).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\","
                + "\"name\":\"Тестовая редакция\",\"url\":\"https://news.example.org/desk/ru/\",\"description\":\"Новости\","
                + "\"inLanguage\":\"ru\"}");
        assertThat(s.page("page/2/").select("script[type=application/ld+json]")).isEmpty();
        assertThat(s.page("ru/page/2/").select("script[type=application/ld+json]")).isEmpty();
        // the name is the one the page's og:site_name gives
        assertThat(s.page("ru/").select("meta[property=og:site_name]").attr("content")).isEqualTo("Тестовая редакция");
    }

    private static JsonNode ld(Document page) {
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        return TestSite.jsonLd(page);
    }
}
