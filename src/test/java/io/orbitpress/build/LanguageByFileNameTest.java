package io.orbitpress.build;

import static io.orbitpress.build.TestSite.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import java.nio.file.Files;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo's translation by file name: {@code crew-11.ru.md} beside {@code crew-11.md}, and
 * {@code index.ru.md} beside a bundle's {@code index.md}, are the Russian versions of those
 * stories on a site that lists Russian among its languages. They were published as English
 * stories at {@code /articles/crew-11.ru/}, without a word.
 */
class LanguageByFileNameTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String languages) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                language: en
                languages: %s
                """.formatted(languages));
        return s;
    }


    @Test
    void aFileNamedWithALanguageIsThatLanguagesVersionOfTheStory() {
        TestSite s = site("[en, ru]");
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "The crew lifted off."));
        s.write("content/articles/crew-11.ru.md", story("Старт Crew-11", "Экипаж стартовал."));
        s.build();

        assertThat(Files.exists(s.site().resolve("articles/crew-11.ru"))).isFalse();
        Document ru = s.page("ru/articles/crew-11/");
        assertThat(ru.select("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.select("h1").text()).isEqualTo("Старт Crew-11");
        assertThat(ru.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://news.example.org/articles/crew-11/");
        assertThat(s.page("articles/crew-11/").select("link[rel=alternate][hreflang=ru]").attr("href"))
                .isEqualTo("https://news.example.org/ru/articles/crew-11/");
    }

    @Test
    void langInFrontMatterStillWins() {
        TestSite s = site("[en, ru]");
        s.write("content/articles/notes.ru.md", "---\ntitle: Notes\ndate: 2025-08-01\nlang: en\n---\nIn English.\n");
        s.build();

        assertThat(s.page("articles/notes/").select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aBundlesTranslationSharesItsFiles() {
        TestSite s = site("[en, ru]");
        s.write("content/articles/docking/index.md", story("Docking", "![The hatch opens](hatch.png)"));
        s.write("content/articles/docking/index.ru.md", story("Стыковка", "![Люк открыт](hatch.png)"));
        s.write("content/articles/docking/hatch.png", TestImages.png(400, 300, false));
        s.write("content/articles/docking/plan.pdf", "%PDF-1.4\n");
        s.build();

        assertThat(s.page("ru/articles/docking/").select("html").attr("lang")).isEqualTo("ru");
        assertThat(s.page("ru/articles/docking/").select("img").attr("alt")).isEqualTo("Люк открыт");
        assertThat(s.page("articles/docking/").select("img").attr("alt")).isEqualTo("The hatch opens");
        assertThat(Files.exists(s.site().resolve("articles/docking/plan.pdf"))).isTrue();
        assertThat(Files.exists(s.site().resolve("ru/articles/docking/plan.pdf"))).isTrue();
        assertThat(Files.exists(s.site().resolve("articles/index.ru"))).isFalse();
    }

    @Test
    void aNameEndingInALanguageTheSiteDoesNotListIsToldOnce() {
        TestSite s = site("[en]");
        s.write("content/articles/crew-11.ru.md", story("Старт Crew-11", "Экипаж стартовал."));
        s.write("content/articles/report.v2.md", story("Report, second version", "Text."));
        BuildResult r = s.build();

        assertThat(r.warnings().stream().map(io.orbitpress.diag.Diagnostic::format).toList()).containsExactly(
                "content/articles/crew-11.ru.md:1:1: warning: this file's name ends in .ru.md, as Hugo and Zola name a story's"
                        + " Russian version, but site.yaml's languages: do not list ru (the site's one language is en), so"
                        + " it is built in English at"
                        + " /articles/crew-11.ru/; add \"- code: ru\" to languages:, or rename the file");
        assertThat(Files.exists(s.site().resolve("articles/report.v2/index.html"))).isTrue();
    }

    /** A section page in a language the site does not list is a section page all the same: not published. */
    @Test
    void aSectionPageInALanguageTheSiteDoesNotListIsLeftOut() {
        TestSite s = site("[en]");
        s.write("content/articles/_index.fr.md", "---\ntitle: Nouvelles\n---\nToutes les nouvelles.\n");
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "The crew lifted off."));
        BuildResult r = s.build();

        assertThat(r.warnings().stream().map(io.orbitpress.diag.Diagnostic::format).toList()).singleElement()
                .asString().startsWith("content/articles/_index.fr.md:1:1: warning: this is a section page");
        assertThat(Files.exists(s.site().resolve("articles/index-fr"))).isFalse();
        assertThat(Files.exists(s.site().resolve("articles/_index.fr"))).isFalse();
    }

    /** A registry file is one per entity, its other languages in its front matter: anna.ru.md made a second person, "anna.ru". */
    @Test
    void aRegistryFileNamedWithALanguageIsAnError() {
        TestSite s = site("[en, ru]");
        s.write("content/people/anna-kikina.md", "---\nname: Anna Kikina\n---\nCosmonaut.\n");
        s.write("content/people/anna-kikina.ru.md", "---\nname: Анна Кикина\n---\nКосмонавт.\n");
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "The crew lifted off."));

        assertThat(s.problems()).containsExactly("content/people/anna-kikina.ru.md:1:1: error: this file's name ends in"
                + " .ru.md, as Hugo names a story's Russian version, but a registry file is one per person, whatever the"
                + " language: this one would make another person, \"anna-kikina.ru\"; write its Russian in"
                + " content/people/anna-kikina.md, per language (name: {en: ..., ru: ...}, bio: {ru: ...}), and remove"
                + " this file (or name it anna-kikina.md when there is none)");
    }

    /**
     * A registry file named for a language the site does not list made an entity of that name,
     * "anna.de", without a word: told as a story named so is, with the site's languages. A name
     * whose dot starts no language's code (jr) is an id as before.
     */
    @Test
    void aRegistryFileNamedForALanguageTheSiteDoesNotListIsToldWithTheSitesLanguages() {
        TestSite s = site("[en, ru]");
        s.write("content/people/anna.md", "---\nname: Anna Kikina\n---\nCosmonaut.\n");
        s.write("content/people/anna.de.md", "---\nname: Anna Jurjewna Kikina\n---\nKosmonautin.\n");
        s.write("content/people/gibson.jr.md", "---\nname: Robert Gibson Jr.\n---\nAstronaut.\n");
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "The crew lifted off."));
        BuildResult r = s.build();

        assertThat(r.warnings().stream().map(io.orbitpress.diag.Diagnostic::format).toList()).containsExactly(
                "content/people/anna.de.md:1:1: warning: this file's name ends in .de.md, as Hugo and Zola name a story's"
                        + " German version, but site.yaml's languages: do not list de (the site's are en and ru), so it"
                        + " makes another person, \"anna.de\"; add \"- code: de\" to languages: and write its German"
                        + " in content/people/anna.md, per language, or rename the file");
        assertThat(Files.exists(s.site().resolve("people/gibson.jr/index.html"))).isTrue();
    }

    /**
     * A bundle's version in a language the site does not list has no address of its own: it was built in
     * English at /articles/index.fr/, two such bundles clashed there, and the bundle's files were left out.
     */
    @Test
    void aBundlesVersionInALanguageTheSiteDoesNotListIsAnError() {
        TestSite s = site("[en, ru]");
        s.write("content/articles/docking/index.md", story("Docking", "The hatch opened."));
        s.write("content/articles/docking/index.fr.md", story("Amarrage", "L'écoutille s'est ouverte."));
        s.write("content/articles/launch/index.fr.md", story("Lancement", "Voir [le plan](plan.pdf)."));
        s.write("content/articles/launch/plan.pdf", "%PDF-1.4\n");

        assertThat(s.problems()).containsExactlyInAnyOrder(
                "content/articles/docking/index.fr.md:1:1: error: this page bundle's story is named for French"
                        + " (index.fr.md), which site.yaml's languages: do not list (the site's are en and ru), so it"
                        + " has no address; add \"- code: fr\" to languages:, or rename the file index.md, or index.ru.md"
                        + " for the version in Russian",
                "content/articles/launch/index.fr.md:1:1: error: this page bundle's story is named for French"
                        + " (index.fr.md), which site.yaml's languages: do not list (the site's are en and ru), so it"
                        + " has no address; add \"- code: fr\" to languages:, or rename the file index.md, or index.ru.md"
                        + " for the version in Russian");
    }
}
