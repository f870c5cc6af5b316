package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bilingual Hugo archive moved over as the README says: its section pages ({@code _index.md}),
 * its translations in a language's folder, under {@code migration:} and without it.
 */
class HugoArchiveTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String migration) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                language: en
                languages: [en, ru]
                """ + migration);
        return s;
    }

    private static String story(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 1966-02-03\n---\n" + body + "\n";
    }

    private static List<String> warnings(BuildResult r) {
        return r.warnings().stream().map(Diagnostic::format).toList();
    }

    private static String sectionPage(String file) {
        return "content/articles/" + file + ":1:1: warning: this is Hugo's section page (" + file.substring(file.lastIndexOf('/') + 1)
                + "), the text above a folder's list of pages; Orbitpress makes its lists itself (the home page,"
                + " topics) and has no section pages, so it is not published: remove the file, or rename it and give"
                + " it a date to publish its text as a story";
    }

    @Test
    void hugosSectionPageIsNamedAsSuchAndLeftOut() {
        TestSite s = site("");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/_index.ru.md", "---\ntitle: Статьи\n---\nАрхив.\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"), sectionPage("_index.ru.md"));
        assertThat(Files.exists(s.site().resolve("articles/luna-9/index.html"))).isTrue();
    }

    @Test
    void aDateFallbackDoesNotMakeASectionPageAStory() {
        TestSite s = site("migration:\n  dateFallback: 2024-01-01\n");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"));
        assertThat(Files.exists(s.site().resolve("articles/index"))).isFalse();
        assertThat(s.page("").select("a[href=articles/index/]")).isEmpty();
    }

    @Test
    void underUrlFromPathTheRootsSectionPageIsLeftOutAndAFoldersIsItsPage() {
        TestSite s = site("migration:\n  urlFromPath: true\n  skipInvalid: true\n");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/docs/_index.md", story("Guides", "How to read the archive."));
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"));
        assertThat(s.page("docs/").select("h1").text()).isEqualTo("Guides");
    }

    @Test
    void aTranslationInALanguagesFolderStaysLinkedUnderUrlFromPath() {
        TestSite s = site("migration:\n  urlFromPath: true\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        s.write("content/articles/ru/luna-9.md", story("«Луна-9» мягко села", "Первая мягкая посадка на Луну."));
        s.build();

        Document ru = s.page("ru/luna-9/");
        assertThat(ru.select("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://news.example.org/luna-9/");
        assertThat(s.page("luna-9/").select("link[rel=alternate][hreflang=ru]").attr("href"))
                .isEqualTo("https://news.example.org/ru/luna-9/");
    }
}
