package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a whole: a command named first is run with no other command read (a
 * faster start), and says what it says among them all.
 */
class MainTest {

    @TempDir
    Path dir;

    /** Exit code, standard output and error of one run. */
    record Ran(int exit, String out, String err) {
    }

    static Ran run(boolean every, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), every, args);
        return new Ran(exit, out.toString(), err.toString());
    }

    @Test
    void theHelpListsEveryCommandInOrder() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help")).isZero();
        String help = out.toString();
        int at = -1;
        for (String command : new String[] {"build", "check", "entities", "serve", "new", "schedule", "theme"}) {
            int next = help.indexOf("\n  " + command + " ", at + 1);
            assertThat(next).as(command + " listed after the one before, in:\n" + help).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aCommandRunAloneSaysWhatItSaysAmongThemAll() throws Exception {
        Files.createDirectories(dir.resolve("news/content/articles"));
        Files.writeString(dir.resolve("news/content/site.yaml"), "title: [unclosed\n");
        String site = dir.resolve("news").toString();
        List<String[]> lines = List.of(
                new String[] {"build", "--no-such-option"},
                new String[] {"build", "--zzzzzz"},
                new String[] {"check", "--source", dir.resolve("nwes").toString()},
                new String[] {"build", "--source", site, "--now", "yesterday"},
                new String[] {"build", "--source", site, "--no-cache", "--out", dir.resolve("out").toString()},
                new String[] {"entities", "--source", site, "--format", "nothing"},
                new String[] {"schedule", "--source", site, "extra"},
                new String[] {"new", "planet", "Mars"},
                new String[] {"theme", "eject", "no-such-file.html", "--source", site});
        for (String[] line : lines) {
            Ran alone = run(false, line);
            Ran among = run(true, line);
            assertThat(alone).as(String.join(" ", line)).isEqualTo(among);
            assertThat(alone.exit()).as(String.join(" ", line)).isNotZero();
        }
    }

    @Test
    void aMistypedCommandIsStillMatchedAgainstThemAll() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "bulid")).isEqualTo(2);
        assertThat(err.toString()).contains("bulid").contains("build");
    }
}
