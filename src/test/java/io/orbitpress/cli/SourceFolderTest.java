package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped {@code --source} is a usage error, like a mistyped option: exit 2 with the usage,
 * and the folder it names is not made (a build used to make it, to put site/ in).
 */
class SourceFolderTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aMistypedSourceIsAUsageErrorAndIsNotMade() throws IOException {
        Files.createDirectories(dir.resolve("news/content"));
        Path typo = dir.resolve("nwes");
        for (String command : new String[] {"build", "check", "entities"}) {
            err.getBuffer().setLength(0);
            assertThat(run(command, "--source", typo.toString())).as(command).isEqualTo(2);
            assertThat(err.toString()).as(command).isEqualTo("orbitpress " + command + ": --source " + typo
                    + ": no such folder; give the site folder, the one holding content/\nRun 'orbitpress " + command
                    + " --help' for its options.\n");
        }
        err.getBuffer().setLength(0);
        assertThat(run("new", "article", "Launch", "--source", typo.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress new: --source " + typo + ": no such folder");
        assertThat(typo).doesNotExist();
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactly("news");
        }
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBuildThroughTheApiMakesNoFolderEither() {
        Path typo = dir.resolve("nwes");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new io.orbitpress.build.SiteBuild(io.orbitpress.build.BuildOptions.of(typo)).build())
                .isInstanceOfSatisfying(io.orbitpress.diag.BuildFailure.class, f -> assertThat(
                        f.diagnostics().get(0).format()).isEqualTo(typo + ": error: no such folder; pass --source the"
                        + " site folder, the one holding content/"));
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFileIsNotASiteFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes");
        assertThat(run("build", "--source", file.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress build: --source " + file + ": no such folder (it is a file);");
        assertThat(file).hasContent("notes");
    }
}
