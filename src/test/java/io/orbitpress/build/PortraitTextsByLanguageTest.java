package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portrait's texts in each of the site's languages: a registry file writes {@code image_alt},
 * {@code image_caption}, {@code image_credit} and {@code image_copyright} once or per language, as
 * it writes {@code role}. A Russian page showed the English credit and alt text, and a text per
 * language came out as "{en=..., ru=...}".
 */
class PortraitTextsByLanguageTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String person) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "languages: [en, ru]\n");
        s.write("content/static/images/people/oleg.png", TestImages.png(600, 600, false));
        s.write("content/people/oleg-platonov.md", person);
        s.write("content/articles/a.md", "---\ntitle: Aboard\ndate: 2025-08-01\npeople: [oleg-platonov]\n---\nText.\n");
        s.write("content/articles/ru/a.md", "---\ntitle: На борту\ndate: 2025-08-01\npeople: [oleg-platonov]\n---\n"
                + "Текст.\n");
        return s;
    }

    @Test
    void eachLanguagesPageShowsThePortraitWithItsOwnTexts() {
        TestSite s = site("""
                ---
                name: {en: Oleg Platonov, ru: Олег Платонов}
                image: /images/people/oleg.png
                image_alt: {en: "Drawn portrait of Oleg Platonov", ru: "Рисованный портрет Олега Платонова"}
                image_caption: {en: "Before the flight", ru: "Перед полётом"}
                image_credit: {en: "Illustration: Orbit Desk", ru: "Иллюстрация: Orbit Desk"}
                image_copyright: "© Orbit Desk"
                ---
                Cosmonaut.
                """);
        s.build();

        Document en = s.page("people/oleg-platonov/");
        assertThat(en.select("figure.portrait img").attr("alt")).isEqualTo("Drawn portrait of Oleg Platonov");
        assertThat(en.select("figure.portrait figcaption").text())
                .contains("Before the flight", "Illustration: Orbit Desk", "© Orbit Desk");
        Document ru = s.page("ru/people/oleg-platonov/");
        assertThat(ru.select("figure.portrait img").attr("alt")).isEqualTo("Рисованный портрет Олега Платонова");
        assertThat(ru.select("figure.portrait figcaption").text())
                .contains("Перед полётом", "Иллюстрация: Orbit Desk", "© Orbit Desk")
                .doesNotContain("Illustration", "Before", "{");
        // the story without a picture of its own shows the portrait, with the language's alt text
        assertThat(s.page("ru/articles/a/").select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Рисованный портрет Олега Платонова");
    }

    @Test
    void aTextWrittenOnceServesEveryLanguageAndOneWithoutTheSitesLanguageIsAnError() {
        TestSite s = site(withCredit("{ru: \"Иллюстрация: Orbit Desk\"}"));
        assertThat(s.problems()).singleElement().asString().startsWith("content/people/oleg-platonov.md:5:")
                .contains("image_credit per language needs the site's language \"en\"");

        s.write("content/people/oleg-platonov.md", withCredit("{en: \"Illustration: Orbit Desk\"}"));
        s.build();
        Document ru = s.page("ru/people/oleg-platonov/");
        assertThat(ru.select("figure.portrait img").attr("alt")).isEqualTo("Drawn portrait of Oleg Platonov");
        assertThat(ru.select("figure.portrait figcaption").text()).contains("Illustration: Orbit Desk");
    }

    /** The person with an alt text written once and {@code credit} as the file's image_credit. */
    private static String withCredit(String credit) {
        return """
                ---
                name: {en: Oleg Platonov, ru: Олег Платонов}
                image: /images/people/oleg.png
                image_alt: "Drawn portrait of Oleg Platonov"
                image_credit: %s
                ---
                Cosmonaut.
                """.formatted(credit);
    }
}
