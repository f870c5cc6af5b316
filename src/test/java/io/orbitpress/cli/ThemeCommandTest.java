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
                // a message file with its texts commented out (see the test below)
                assertThat(Files.readAllBytes(dir.resolve("templates").resolve(name))).as(name)
                        .isEqualTo(name.endsWith(".properties") ? ThemeCommand.commented(theme.bytes(name).orElseThrow())
                                : theme.bytes(name).orElseThrow());
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

    /**
     * A template named as templates call it (layout, without .html) or an asset by its file name
     * alone (style.css, favicon.svg) was told only that the theme has no such file; the file meant
     * is named.
     */
    @Test
    void aTemplateWithoutItsEndingOrAnAssetWithoutItsFolderIsToldTheFile() {
        assertThat(run("theme", "eject", "--source", dir.toString(), "layout", "style.css")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress theme eject: the built-in theme has no file \"layout\"; did"
                + " you mean layout.html? orbitpress theme list shows its files\n"
                + "orbitpress theme eject: the built-in theme has no file \"style.css\"; did you mean"
                + " assets/style.css? orbitpress theme list shows its files\nnothing was copied\n");
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

    /**
     * After an upgrade, list tells a copied file whose built-in one has changed since it was copied
     * (eject notes each copy's built-in SHA-256, as sha256sum writes them), and a copy still the same
     * as the built-in one, which the site can delete to follow the theme.
     */
    @Test
    void listTellsCopiesWhoseBuiltInFileChangedSinceAndCopiesStillTheSame() throws IOException {
        assertThat(run("theme", "eject", "--source", dir.toString(), "layout.html", "article.html", "home.html",
                "messages_en.properties")).as(err.toString()).isZero();
        Path note = dir.resolve("templates/.orbitpress-theme");
        Theme theme = Theme.builtIn();
        String layoutSha = ThemeCommand.sha256(theme.bytes("layout.html").orElseThrow());
        assertThat(Files.readString(note)).startsWith("# ").contains(layoutSha + "  layout.html\n",
                ThemeCommand.sha256(theme.bytes("messages_en.properties").orElseThrow()) + "  messages_en.properties\n");
        // the site changes two; the note says layout.html and the messages came from a theme since changed
        Files.writeString(dir.resolve("templates/article.html"), "mine");
        Files.writeString(dir.resolve("templates/layout.html"), "mine too");
        Files.writeString(note, Files.readString(note).replace(layoutSha, "0".repeat(64)).replace(
                ThemeCommand.sha256(theme.bytes("messages_en.properties").orElseThrow()), "1".repeat(64)));

        assertThat(run("theme", "list", "--source", dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).contains("assets/style.css",
                "article.html  (replaced by templates/article.html)",
                "home.html  (replaced by templates/home.html, the same as the built-in one: delete it to follow the theme)",
                "layout.html  (replaced by templates/layout.html; the built-in one has changed since it was copied: to"
                        + " compare, theme eject layout.html --source NEW-FOLDER)",
                "messages_en.properties  (its keys that templates/messages_en.properties writes are replaced; the"
                        + " built-in one has changed since it was copied: to compare, theme eject messages_en.properties"
                        + " --source NEW-FOLDER)");
        // a second eject adds to the note and keeps what it said
        assertThat(run("theme", "eject", "--source", dir.toString(), "tag.html")).isZero();
        assertThat(Files.readString(note)).contains("0".repeat(64) + "  layout.html\n",
                ThemeCommand.sha256(theme.bytes("tag.html").orElseThrow()) + "  tag.html\n");
    }

    /**
     * A message file is copied with every text commented out: a site's message file replaces the
     * texts it writes key by key, so a whole copy would keep every old wording through upgrades.
     * Uncommented, a line replaces that text alone; list says when a copy writes none yet.
     */
    @Test
    void aMessageFileIsCopiedWithItsTextsCommentedOut() throws IOException {
        assertThat(run("theme", "eject", "--source", dir.toString(), "messages_en.properties")).as(err.toString()).isZero();
        Path copy = dir.resolve("templates/messages_en.properties");
        String text = Files.readString(copy);
        assertThat(text).startsWith("# Copied by orbitpress theme eject, every text commented out:")
                .contains("\n# nav.skip=Skip to content\n");
        java.util.Properties read = new java.util.Properties();
        read.load(new java.io.StringReader(text));
        assertThat(read).isEmpty();
        java.util.Properties builtIn = new java.util.Properties();
        builtIn.load(new java.io.StringReader(new String(Theme.builtIn().bytes("messages_en.properties").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)));
        // every text of the theme is there to uncomment, each on its own line
        for (String key : builtIn.stringPropertyNames()) {
            assertThat(text).as(key).containsPattern("(?m)^# " + java.util.regex.Pattern.quote(key) + "\\s*=");
        }
        assertThat(run("theme", "list", "--source", dir.toString())).isZero();
        assertThat(out.toString().lines().toList()).contains("messages_en.properties  (templates/messages_en.properties"
                + " writes none of its keys yet: every text is the built-in one)");

        Files.writeString(copy, text.replace("# nav.skip=Skip to content", "nav.skip=Skip to the stories"));
        read.clear();
        read.load(new java.io.StringReader(Files.readString(copy)));
        assertThat(read).containsExactly(java.util.Map.entry("nav.skip", "Skip to the stories"));
    }

    /** The README's way to see what changed in a copied file: the theme ejected into a folder that is not there yet. */
    @Test
    void ejectMakesAFolderThatIsNotThereAndListDoesNot() {
        Path fresh = dir.resolve("fresh");
        assertThat(run("theme", "eject", "--source", fresh.toString(), "layout.html")).as(err.toString()).isZero();
        assertThat(fresh.resolve("templates/layout.html")).exists();
        assertThat(run("theme", "list", "--source", dir.resolve("elsewhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--source " + dir.resolve("elsewhere") + ": no such folder");
        assertThat(dir.resolve("elsewhere")).doesNotExist();
    }

    @Test
    void themeAloneIsAUsageError() {
        assertThat(run("theme")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress theme: Missing required subcommand: list or eject\n"
                + "Run 'orbitpress theme --help' for its commands.\n");
    }
}
