package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbitpress theme list} and {@code theme eject}: the built-in theme copied out to be changed. */
class ThemeCommandTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void ejectCopiesEveryFileAndKeepsWhatIsThere() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/home.html"), "mine");

        assertThat(run("theme", "eject", "--source", dir.toString())).as(err.toString()).isZero();

        Theme theme = Theme.builtIn();
        for (String name : theme.names()) {
            if (!name.equals("home.html")) {
                assertThat(Files.readAllBytes(dir.resolve("templates").resolve(name))).as(name)
                        .isEqualTo(theme.bytes(name).orElseThrow());
            }
        }
        assertThat(dir.resolve("templates/home.html")).hasContent("mine");
        assertThat(out.toString()).startsWith("Copied " + (theme.names().size() - 1) + " files of the built-in theme"
                + " into templates/: ").contains("Left as they were (already in templates/): home.html");
    }

    @Test
    void ejectCopiesTheNamedFilesOnly() {
        assertThat(run("theme", "eject", "--source", dir.toString(), "article.html", "assets/style.css")).isZero();
        assertThat(dir.resolve("templates/article.html")).exists();
        assertThat(dir.resolve("templates/assets/style.css")).exists();
        assertThat(dir.resolve("templates/home.html")).doesNotExist();
        assertThat(out.toString()).isEqualTo("Copied 2 files of the built-in theme into templates/: article.html,"
                + " assets/style.css\n");
    }

    /** A file named as it will stand in the site, as a template error names it (templates/home.html), is that file. */
    @Test
    void aFileNamedWithItsTemplatesFolderIsTheThemesFile() {
        assertThat(run("theme", "eject", "--source", dir.toString(), "templates/home.html", "./templates/assets/style.css"))
                .as(err.toString()).isZero();
        assertThat(dir.resolve("templates/home.html")).exists();
        assertThat(dir.resolve("templates/assets/style.css")).exists();
        assertThat(dir.resolve("templates/templates")).doesNotExist();
    }

    @Test
    void aFileTheThemeHasNotIsAProblemAndNothingIsCopied() {
        assertThat(run("theme", "eject", "--source", dir.toString(), "article.html", "front-page-banner.html"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress theme eject: the built-in theme has no file"
                + " \"front-page-banner.html\"; orbitpress theme list shows its files\nnothing was copied\n");
        assertThat(dir.resolve("templates")).doesNotExist();
    }

    @Test
    void aMistypedFileIsToldTheNameItWasMeantToBe() {
        assertThat(run("theme", "eject", "--source", dir.toString(), "artcle.html")).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress theme eject: the built-in theme has no file \"artcle.html\";"
                + " did you mean article.html? orbitpress theme list shows its files\n");
        assertThat(dir.resolve("templates")).doesNotExist();
    }

    @Test
    void listMarksTheFilesTheSiteReplaces() throws IOException {
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/layout.html"), "mine");
        Files.writeString(dir.resolve("templates/messages_en.properties"), "nav.latest=Newest\n");
        assertThat(run("theme", "list", "--source", dir.toString())).isZero();
        assertThat(out.toString().lines().toList()).contains("article.html", "assets/style.css",
                "layout.html  (replaced by templates/layout.html)",
                // merged key by key
                "messages_en.properties  (its keys that templates/messages_en.properties writes are replaced)");
    }

    @Test
    void themeAloneIsAUsageError() {
        assertThat(run("theme")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress theme: Missing required subcommand: list or eject\n"
                + "Run 'orbitpress theme --help' for its commands.\n");
    }
}
