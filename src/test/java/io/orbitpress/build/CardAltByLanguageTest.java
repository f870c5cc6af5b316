package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default card's alt text in each of the site's languages ({@code images.defaultAlt: {en: ...,
 * ru: ...}}), as a registry file names a person in each: a Russian page's {@code og:image:alt}
 * was the English text, and a text per language was an error.
 */
class CardAltByLanguageTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String alt) {
        return site(dir, alt);
    }

    private static TestSite site(java.nio.file.Path root, String alt) {
        TestSite s = new TestSite(root);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                languages: [en, ru]
                images:
                  default: /images/card.png
                  defaultAlt: %s
                """.formatted(alt));
        s.write("content/static/images/card.png", TestImages.png(1200, 630, false));
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-08-01\n---\nText.\n");
        s.write("content/articles/ru/a.md", "---\ntitle: А\ndate: 2025-08-01\n---\nТекст.\n");
        return s;
    }

    @Test
    void eachLanguageHasItsOwnAltText() {
        TestSite s = site("{en: \"Test Desk: mission news\", ru: \"Тестовая редакция: новости миссий\"}");
        s.build();

        assertThat(s.page("articles/a/").select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Test Desk: mission news");
        assertThat(s.page("ru/articles/a/").select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Тестовая редакция: новости миссий");
        assertThat(s.page("ru/").select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Тестовая редакция: новости миссий");
    }

    @Test
    void oneTextServesEveryLanguageAndALanguageLeftOutTakesTheDefaultLanguages() {
        TestSite s = site("\"Test Desk\"");
        s.build();
        assertThat(s.page("ru/articles/a/").select("meta[property=og:image:alt]").attr("content")).isEqualTo("Test Desk");

        TestSite t = site(dir.resolve("other"), "{en: \"Test Desk\"}");
        t.build();
        assertThat(t.page("ru/articles/a/").select("meta[property=og:image:alt]").attr("content")).isEqualTo("Test Desk");
    }

    @Test
    void aLanguageTheSiteLacksIsAnErrorAtItsKey() {
        TestSite s = site("{en: \"Test Desk\", de: \"Testredaktion\"}");

        assertThat(s.problems()).singleElement().asString().startsWith("content/site.yaml:7:")
                .contains("\"de\" is not one of the site's languages (en, ru)");
    }
}
