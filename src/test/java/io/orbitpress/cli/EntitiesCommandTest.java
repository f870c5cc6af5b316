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
        Files.createDirectories(dir.resolve("content/articles"));
        Files.createDirectories(dir.resolve("content/people"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: UTC\n");
        Files.writeString(dir.resolve("content/people/jessica-meir.md"), "---\nname: Jessica Meir\n---\n");
        Files.writeString(dir.resolve("content/articles/docking.md"), """
                ---
                title: Docking
                date: 2025-08-02
                ---
                Jessica Meir watched as astronaut Zena Cardman opened the hatch.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "entities", "--suggest", "--source",
                dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("""
                Suggestions (not registered yet):
                  content/articles/docking.md:5: people "Zena Cardman"
                """);

        StringWriter all = new StringWriter();
        assertThat(Main.run(new PrintWriter(all, true), new PrintWriter(err, true), "entities", "--source",
                dir.toString())).isZero();
        assertThat(all.toString()).startsWith("content/articles/docking.md (docking)\n")
                .contains("jessica-meir").doesNotContain("Zena Cardman");
    }
}
