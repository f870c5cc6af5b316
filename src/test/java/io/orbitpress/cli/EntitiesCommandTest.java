package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entities --suggest} is where a build's summary sends people to see the unregistered
 * names it found: it prints those, not the per-article listing (hundreds of lines on a real
 * site) with the suggestions after it.
 */
class EntitiesCommandTest {

    @TempDir
    Path dir;

    @Test
    void suggestListsTheSuggestionsAlone() throws IOException {
        site();
        Files.writeString(dir.resolve("content/articles/docking.md"), """
                ---
                title: Docking
                date: 2025-08-02
                ---
                Jessica Meir watched as astronaut Zena Cardman opened the hatch.
                """);
        assertThat(suggestions()).isEqualTo("""
                Suggestions (not registered yet):
                  content/articles/docking.md:5: people "Zena Cardman"
                Register one with: orbitpress new person "Zena Cardman"
                """);

        StringWriter all = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(all, true), new PrintWriter(err, true), "entities", "--source",
                dir.toString())).isZero();
        assertThat(all.toString()).startsWith("content/articles/docking.md (docking)\n")
                .contains("jessica-meir").doesNotContain("Zena Cardman");
    }

    /**
     * A name registered in other capitals ("Frank De Winne" for "astronaut Frank de Winne") was
     * suggested as a person to register, and the command to write a second file for them given:
     * it now says which file registers the name and that the spelling is to be one of its aliases.
     */
    @Test
    void aSuggestionInOtherCapitalsNamesTheFileThatRegistersIt() throws IOException {
        site();
        Files.writeString(dir.resolve("content/people/frank-de-winne.md"), "---\nname: Frank De Winne\n---\n");
        Files.writeString(dir.resolve("content/articles/class.md"), """
                ---
                title: Class
                date: 2025-08-02
                ---
                ESA astronaut Frank de Winne welcomed astronaut Zena Cardman.
                """);
        assertThat(suggestions()).isEqualTo("""
                Suggestions (not registered yet):
                  content/articles/class.md:5: people "Frank de Winne" (registered as "Frank De Winne" in \
                content/people/frank-de-winne.md: names are found as written; add "Frank de Winne" to its aliases)
                  content/articles/class.md:5: people "Zena Cardman"
                Register one with: orbitpress new person "Zena Cardman"
                """);
    }

    /**
     * A person's name respelt in their file ({@code Sergey} to {@code Sergei}, another Latin
     * spelling of a Russian name) leaves the stories written with the old spelling: it was suggested
     * as a person to register, a second file for the same cosmonaut. It now names the file that
     * registers the name a letter or two off, and the alias that keeps the old spelling found.
     */
    @Test
    void aSuggestionALetterOrTwoOffARegisteredNameNamesItsFile() throws IOException {
        site();
        Files.writeString(dir.resolve("content/people/sergey-ryzhikov.md"), "---\nname: Sergei Ryzhikov\n---\n");
        Files.writeString(dir.resolve("content/articles/soyuz.md"), """
                ---
                title: Soyuz
                date: 2025-08-02
                ---
                Commander and cosmonaut Sergey Ryzhikov closed the hatch.
                """);
        assertThat(suggestions()).isEqualTo("""
                Suggestions (not registered yet):
                  content/articles/soyuz.md:5: people "Sergey Ryzhikov" (registered as "Sergei Ryzhikov" in \
                content/people/sergey-ryzhikov.md, a letter or two off: if it is another spelling of that name, add \
                "Sergey Ryzhikov" to its aliases, as names are found as written)
                """);
    }

    /** What {@code entities --suggest} prints for the site, which it runs without an error. */
    private String suggestions() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "entities", "--suggest", "--source",
                dir.toString());
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** Who signed a story is listed with what it is about, under the bylines' kind. */
    @Test
    void listsTheBylines() throws IOException {
        site();
        Files.createDirectories(dir.resolve("content/authors"));
        Files.writeString(dir.resolve("content/authors/mira-castell.md"), "---\nname: Mira Castell\n---\n");
        Files.writeString(dir.resolve("content/authors/dan-okafor.md"), "---\nname: Dan Okafor\n---\n");
        Files.writeString(dir.resolve("content/articles/docking.md"), """
                ---
                title: Docking
                date: 2025-08-02
                authors: [mira-castell, dan-okafor]
                ---
                Jessica Meir watched the hatch open.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "entities", "--source",
                dir.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines().map(String::strip).map(l -> l.replaceAll("\\s+", " ")).toList())
                .containsExactly("content/articles/docking.md (docking)", "people jessica-meir text 1 mention(s)",
                        "authors mira-castell byline 0 mention(s)", "authors dan-okafor byline 0 mention(s)");

        StringWriter json = new StringWriter();
        assertThat(Main.run(new PrintWriter(json, true), new PrintWriter(err, true), "entities", "--json", "--source",
                dir.toString())).isZero();
        assertThat(json.toString().replaceAll("\\s+", "")).contains(
                "\"authors\":[{\"id\":\"mira-castell\",\"source\":\"byline\",\"mentions\":0},"
                        + "{\"id\":\"dan-okafor\",\"source\":\"byline\",\"mentions\":0}]");
    }

    /** A site with one person, Jessica Meir, and no article yet. */
    private void site() throws IOException {
        Files.createDirectories(dir.resolve("content/articles"));
        Files.createDirectories(dir.resolve("content/people"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: UTC\n");
        Files.writeString(dir.resolve("content/people/jessica-meir.md"), "---\nname: Jessica Meir\n---\n");
    }
}
