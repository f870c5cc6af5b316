package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own message files and the texts its templates ask for, as a theme author gets them wrong. */
class SiteMessageFilesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-30\n---\nText.\n");
        return s;
    }

    /** The built-in theme's home page template. */
    private static final String HOME = new String(Theme.builtIn().bytes("home.html").orElseThrow(), StandardCharsets.UTF_8);
    /** Where the home template's {@code <main>} line ends: markup put there is the first in the page's main part. */
    private static final int MAIN = HOME.indexOf('\n', HOME.indexOf("<main"));

    /** The site's own home template: the built-in one with {@code lines} first in its {@code <main>}. */
    private static void homeWith(TestSite s, String lines) {
        s.write("templates/home.html", HOME.substring(0, MAIN + 1) + lines + HOME.substring(MAIN + 1));
    }

    private static java.util.List<String> problems(TestSite s) {
        try {
            new SiteBuild(BuildOptions.of(s.root)).build();
        } catch (BuildFailure f) {
            return f.diagnostics().stream().map(Diagnostic::format).toList();
        }
        return java.util.List.of();
    }

    @Test
    void aMessageFileNotInUtf8IsToldWhereAsAnyOtherFile() {
        TestSite s = site();
        s.write("templates/messages_en.properties", "nav.latest=Derni\u00e8res\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(s)).containsExactly("templates/messages_en.properties:1:17: error: byte 0xE8 is not valid"
                + " UTF-8; save the file as UTF-8");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey() {
        TestSite s = site();
        s.write("templates/messages_en.properties", "\uFEFFnav.latest=Newest first\n");
        assertThat(problems(s)).isEmpty();
        assertThat(s.page("").select("nav").text()).contains("Newest first");
    }

    /**
     * A message no template shows (nav.lattest for nav.latest) changed nothing without a word; one the
     * site's own template names, or one a theme template names by a prefix (kind.people), is shown.
     */
    @Test
    void aMessageNoTemplateShowsIsWarnedAbout() {
        TestSite s = site();
        s.write("templates/messages_en.properties", "nav.lattest=Home\nkind.people=Staff\ndesk.note=From the desk\n"
                + "what.is.this=Nothing\nday.monday=Monday\n");
        homeWith(s, "  <p th:text=\"#{desk.note}\">x</p>\n  <p th:with=\"d='monday'\" th:text=\"#{day.__${d}__}\">x</p>\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "templates/messages_en.properties:1:1: warning: no template shows the message \"nav.lattest\", so it"
                        + " changes nothing; did you mean \"nav.latest\"?",
                "templates/messages_en.properties:4:1: warning: no template shows the message \"what.is.this\", so it"
                        + " changes nothing; name it in a template, like th:text=\"#{what.is.this}\", or remove it");
        assertThat(s.page("").select("main p").eachText()).contains("From the desk");
    }

    /**
     * A message a bilingual site adds in English alone showed English on its Russian pages without a
     * word: warned at the key, naming the file to add it to; one written for every language
     * (messages.properties), or in both, is not.
     */
    @Test
    void aMessageWrittenInOneLanguageOfTheSiteAloneIsWarnedAbout() {
        TestSite s = site();
        // German has no texts of its own (shown in English whole, as the README says): not told key by key
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\nlanguages:\n  - code: en\n"
                + "  - code: ru\n    title: Тестовая редакция\n  - code: de\n");
        s.write("content/articles/ru/one.md", "---\ntitle: Один\ndate: 2025-07-30\n---\nТекст.\n");
        s.write("templates/messages_en.properties", "nav.about=About us\nnav.contact=Contact\nnav.all=All\n");
        s.write("templates/messages_ru.properties", "nav.contact=Контакты\n");
        s.write("templates/messages.properties", "nav.all=*\n");
        homeWith(s, "  <p th:text=\"#{nav.about}\">x</p><p th:text=\"#{nav.contact}\">x</p><p th:text=\"#{nav.all}\">x</p>\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "templates/messages_en.properties:1:1: warning: the message \"nav.about\" has no Russian text, so pages"
                        + " in Russian show this one; add nav.about=... to templates/messages_ru.properties (or to"
                        + " messages.properties, for every language)");
        assertThat(s.page("ru/").select("main p").eachText()).contains("About us", "Контакты");
    }

    @Test
    void aTextNoMessageFileHasIsAnErrorAtTheTemplatesLine() {
        TestSite s = site();
        homeWith(s, "  <p>[[#{nav.latset}]]</p>\n");
        int line = (int) HOME.substring(0, MAIN + 1).chars().filter(c -> c == '\n').count() + 1;
        assertThat(problems(s)).containsExactly("templates/home.html:" + line + ":8: error: no text \"nav.latset\" in"
                + " the theme's message files for English (nor in the built-in theme's); check the key's spelling, or"
                + " add nav.latset=... to templates/messages.properties (while rendering /)");
    }
}
