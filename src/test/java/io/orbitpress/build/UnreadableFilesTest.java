package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of the site that the user who builds may not read (copied in by another user, a mount of
 * the newsroom's share): each is an error at its path that says what to do, all of them at once,
 * exit 1, and the last site stays. The build runs in a JVM of its own; as root, without the
 * capabilities that let root read any file, so that permissions hold for it as for anyone.
 */
class UnreadableFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesThatCannotBeReadAreErrorsAtTheirPaths() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n");
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-03-01\n---\nSee [the notes](/notes.txt).\n");
        s.write("content/static/notes.txt", "Notes.\n");
        s.write("content/static/images/pad.jpg", io.orbitpress.image.TestImages.jpeg(300, 200));
        s.write("content/articles/pad.md", "---\ntitle: Pad\ndate: 2025-03-02\nimage: /images/pad.jpg\n"
                + "image_alt: \"The pad\"\n---\nText.\n");
        s.write("content/articles/secret.md", "---\ntitle: Secret\ndate: 2025-03-03\n---\nText.\n");
        s.build();
        String before = s.read("site/index.html");

        for (String f : List.of("content/static/notes.txt", "content/static/images/pad.jpg", "content/articles/secret.md")) {
            Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("---------"));
        }
        // with the cache the first build wrote, and cold
        for (String cache : List.of("--cache=" + dir.resolve(".orbitpress-cache"), "--no-cache")) {
            List<String> cmd = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to build as root without reading every file");
                cmd.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"));
            }
            cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "io.orbitpress.cli.Main", "build", "--verbose", cache,
                    "--source", dir.toString()));
            Path out = dir.resolve("out.txt");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String said = Files.readString(out);
            assertThat(p.exitValue()).as(said).isEqualTo(1);
            String what = ": error: cannot read this file: permission denied; let the user who builds read it (chmod),"
                    + " or move it out of the site folder";
            // the picture once, where the story shows it, with its file's name
            assertThat(said).as(cache).contains("content/articles/secret.md" + what, "content/static/notes.txt" + what,
                    "content/articles/pad.md:4:1: error: image /images/pad.jpg (content/static/images/pad.jpg) cannot"
                    + " be read: permission denied; let the user who builds read it (chmod)")
                    .doesNotContain("content/static/images/pad.jpg: error", "internal error", "Exception", "damaged");
        }
        assertThat(s.read("site/index.html")).isEqualTo(before);
    }
}
