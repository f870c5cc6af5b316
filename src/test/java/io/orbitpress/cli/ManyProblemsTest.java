package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with 300 warnings and one error: the error is never lost behind the warnings, errors
 * come first, what is not printed is counted right, the counts always end the list, and
 * {@code --all} prints everything; in build, check and build --strict alike. {@code --strict} writes
 * nothing when there are warnings.
 */
class ManyProblemsTest {

    private static final String UNTITLED = "content/articles/untitled.md:2:1: error: missing title; add a line like"
            + " title: \"Crew-11 reaches the station\" to the front matter";

    @TempDir
    Path dir;

    @BeforeEach
    void site() throws IOException {
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        write("content/site.yaml", "title: Desk\nbaseUrl: https://news.example.org/\n");
        Files.createDirectories(dir.resolve("content/static"));
        Files.write(dir.resolve("content/static/x.png"), io.orbitpress.image.TestImages.png(40, 30, false));
        for (int i = 0; i < 300; i++) {
            write(String.format("content/articles/p%03d.md", i),
                    "---\ntitle: Picture " + i + "\ndate: 2025-07-30\nimage: /x.png\nimage_credit: \"Photo: Desk\"\n---\nText.\n");
        }
    }

    private static String warning(int i) {
        return String.format("content/articles/p%03d.md:4:1: warning: image has no alt text;"
                + " add image_alt: describing what the picture shows (image_alt: \"\" marks a picture that is only"
                + " decoration)", i);
    }

    @Test
    void anErrorAfterThreeHundredWarningsComesFirstAndIsCounted() throws IOException {
        write("content/articles/untitled.md", "---\ndate: 2025-07-30\n---\nText.\n");
        for (String command : List.of("build", "check")) {
            Run run = run(command);
            assertThat(run.exit).as(command).isEqualTo(1);
            List<String> expected = new ArrayList<>();
            expected.add(UNTITLED);
            IntStream.range(0, 49).mapToObj(ManyProblemsTest::warning).forEach(expected::add);
            expected.add("... and 251 more (0 errors, 251 warnings); --all prints every one");
            // check writes nothing at any time: only a build says so
            expected.add(command.equals("build") ? "1 error, 300 warnings; nothing was written" : "1 error, 300 warnings");
            assertThat(run.errLines()).as(command).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void allPrintsEveryProblem() throws IOException {
        write("content/articles/untitled.md", "---\ndate: 2025-07-30\n---\nText.\n");
        for (String command : List.of("build", "check")) {
            Run run = run(command, "--all");
            List<String> expected = new ArrayList<>();
            expected.add(UNTITLED);
            IntStream.range(0, 300).mapToObj(ManyProblemsTest::warning).forEach(expected::add);
            // check writes nothing at any time: only a build says so
            expected.add(command.equals("build") ? "1 error, 300 warnings; nothing was written" : "1 error, 300 warnings");
            assertThat(run.errLines()).as(command).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void warningsAloneEndWithTheCounts() {
        for (String[] args : new String[][] {{"build"}, {"check"}}) {
            Run run = run(args);
            assertThat(run.exit).isZero();
            assertThat(run.out).contains("300 warnings");
            List<String> lines = run.errLines();
            assertThat(lines).hasSize(52);
            assertThat(lines.subList(0, 50)).containsExactlyElementsOf(
                    IntStream.range(0, 50).mapToObj(ManyProblemsTest::warning).toList());
            assertThat(lines.subList(50, 52)).containsExactly(
                    "... and 250 more (0 errors, 250 warnings); --all prints every one", "0 errors, 300 warnings");
        }
    }

    @Test
    void strictFailsOnWarningsAndLeavesTheLastSite() throws IOException {
        assertThat(run("build").exit).isZero();
        Path page = dir.resolve("site/articles/p000/index.html");
        assertThat(Files.readString(page)).contains("Picture 0");
        write("content/articles/p000.md", "---\ntitle: Picture zero\ndate: 2025-07-30\nimage: /x.png\n"
                + "image_credit: \"Photo: Desk\"\n---\nText.\n");
        Run run = run("build", "--strict");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).hasSize(52).last()
                .isEqualTo("0 errors, 300 warnings; --strict fails the build on warnings; nothing was written");
        assertThat(run("build", "--strict", "--all").errLines()).hasSize(301);
        assertThat(Files.readString(page)).contains("Picture 0").doesNotContain("Picture zero");
    }

    /**
     * A desk that checks before it merges ({@code orbitpress check} in CI, as the build it stands for
     * is run with {@code --strict}) fails on warnings with {@code check --strict} too; the option was
     * unknown to check.
     */
    @Test
    void checkStrictFailsOnWarnings() {
        Run run = run("check", "--strict");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.errLines()).hasSize(52).last()
                .isEqualTo("0 errors, 300 warnings; --strict fails the check on warnings");
        assertThat(run("check", "--strict", "--all").errLines()).hasSize(301);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void strictLetsADamagedCacheFolderBe() throws IOException {
        for (int i = 0; i < 300; i++) {
            write(String.format("content/articles/p%03d.md", i), "---\ntitle: Picture " + i + "\ndate: 2025-07-30\n"
                    + "image: /x.png\nimage_alt: A test card\nimage_credit: \"Photo: Desk\"\n---\nText.\n");
        }
        assertThat(run("build", "--strict").exit).isZero();
        Files.writeString(dir.resolve(".orbitpress-cache/index.bin"), "not a cache");
        write("content/articles/p000.md", "---\ntitle: Picture zero\ndate: 2025-07-30\nimage: /x.png\n"
                + "image_alt: A test card\nimage_credit: \"Photo: Desk\"\n---\nText.\n");
        Run run = run("build", "--strict");
        // the cache folder's own trouble is told, and the site is built without it
        assertThat(run.exit).isZero();
        assertThat(run.err).contains(".orbitpress-cache/index.bin: warning: this is not an Orbitpress cache file");
        assertThat(Files.readString(dir.resolve("site/articles/p000/index.html"))).contains("Picture zero");
    }

    // ---- helpers ---------------------------------------------------------------------------

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--source", dir.toString()));
        if (args[0].equals("build")) {
            all.add("--quiet");
        }
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
