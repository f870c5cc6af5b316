package io.orbitpress.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings of a build's own JVM, decided before it starts. */
class FastJvmTest {

    @TempDir
    Path dir;

    static final long MB = 1024 * 1024;

    /** The heap grows with the site's content: 1 GB for the 63 MB of the 10,000-article benchmark site. */
    @Test
    void heapFollowsTheSizeOfTheContent() {
        long big = 64L * 1024 * MB;
        assertThat(HeapSize.megabytes(0, false, big)).isEqualTo(512);
        assertThat(HeapSize.megabytes(6 * MB, false, big)).isEqualTo(512);
        assertThat(HeapSize.megabytes(63 * MB, false, big)).isEqualTo(1012);
        assertThat(HeapSize.megabytes(63 * MB, true, big)).isEqualTo(1768);
        assertThat(HeapSize.megabytes(630 * MB, false, big)).isEqualTo(7816);
        // never above the ceiling (three quarters of the machine), never below the floor
        assertThat(HeapSize.megabytes(630 * MB, false, 4096 * MB)).isEqualTo(4096);
        assertThat(HeapSize.megabytes(630 * MB, false, 100 * MB)).isEqualTo(512);
    }

    @Test
    void contentBytesCountsTheTextFilesBelowTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("content/articles/2025"));
        Files.createDirectories(dir.resolve("content/static/images"));
        Files.write(dir.resolve("content/articles/2025/a.md"), new byte[1000]);
        Files.write(dir.resolve("content/site.yaml"), new byte[24]);
        // photographs are resized within a fixed budget: they ask for no heap of their size
        Files.write(dir.resolve("content/static/images/launch.JPG"), new byte[5000]);
        Files.write(dir.resolve("content/static/images/patch.png"), new byte[3000]);
        assertThat(HeapSize.contentBytes(dir.resolve("content"))).isEqualTo(1024);
        assertThat(HeapSize.contentBytes(dir.resolve("nothing"))).isZero();
    }

    @Test
    void theContentSizeIsRememberedWhileItsFoldersKeepTheirTimes() throws IOException {
        Path content = dir.resolve("content");
        Path articles = content.resolve("articles");
        Files.createDirectories(articles);
        Files.write(articles.resolve("a.md"), new byte[1000]);
        Path memos = dir.resolve("memos");
        assertThat(HeapSize.contentBytes(content, memos, 0)).isEqualTo(1000);
        // an edit in place leaves the folders' times: the remembered size stands
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(articles);
        Files.write(articles.resolve("a.md"), new byte[3000]);
        Files.setLastModifiedTime(articles, before);
        assertThat(HeapSize.contentBytes(content, memos, 0)).isEqualTo(1000);
        assertThat(HeapSize.contentBytes(content)).isEqualTo(3000);
        // a file added changes its folder's time: walked again
        Files.write(articles.resolve("b.md"), new byte[500]);
        java.nio.file.attribute.FileTime after = java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 5_000);
        Files.setLastModifiedTime(articles, after);
        assertThat(HeapSize.contentBytes(content, memos, 0)).isEqualTo(3500);
        // so does a new folder below (its parent's time changes, and it was not in the memo)
        Files.createDirectories(articles.resolve("2026"));
        Files.write(articles.resolve("2026/c.md"), new byte[200]);
        Files.setLastModifiedTime(articles, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 9_000));
        assertThat(HeapSize.contentBytes(content, memos, 0)).isEqualTo(3700);
        // a damaged memo is walked past, and written anew
        Path memo;
        try (java.util.stream.Stream<Path> files = Files.list(memos.resolve("sites"))) {
            memo = files.findFirst().orElseThrow();
        }
        Files.writeString(memo, "not a memo");
        assertThat(HeapSize.contentBytes(content, memos, 0)).isEqualTo(3700);
        assertThat(Files.readString(memo)).startsWith("orbitpress content size 1");
        // none for a folder of fewer files than asked, nor without a memo folder
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        Files.write(small.resolve("x.md"), new byte[7]);
        assertThat(HeapSize.contentBytes(small, memos, 2)).isEqualTo(7);
        try (java.util.stream.Stream<Path> files = Files.list(memos.resolve("sites"))) {
            assertThat(files.count()).as("only the content folder's memo").isEqualTo(1);
        }
        assertThat(HeapSize.contentBytes(content, null, 0)).isEqualTo(3700);
    }

    @Test
    void theHeapStartsWholeUnlessTheUserSizesIt() {
        List<String> plain = FastJvm.child(List.of(), List.of("build", "--source", dir.toString()), dir, List.of())
                .command();
        assertThat(plain).contains("-Xmx512m", "-Xms512m");
        // a smaller maximum of the user's wins, and an initial heap above it would stop the JVM
        List<String> sized = FastJvm.child(List.of(), List.of("build", "--source", dir.toString()), dir,
                List.of("-Xmx300m")).command();
        assertThat(sized).contains("-Xmx512m", "-Xmx300m").noneMatch(f -> f.startsWith("-Xms"));
    }

    /**
     * Short runs use C1 alone, compile sooner and tenure at once; {@code serve}, whose saves run the
     * same code again and again and which runs for hours, does none of these.
     */
    @Test
    void everyCommandButServeCompilesSoonerAndTenuresAtOnce() {
        for (String command : List.of("build", "check", "entities", "serve")) {
            List<String> flags = FastJvm.child(List.of(), List.of(command, "--source", dir.toString()), dir, List.of())
                    .command();
            if (command.equals("serve")) {
                assertThat(flags).as(command).noneMatch(f -> f.startsWith("-XX:CompileThresholdScaling")
                        || f.startsWith("-XX:MaxTenuringThreshold") || f.startsWith("-XX:TieredStopAtLevel"));
            } else {
                assertThat(flags).as(command).contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3",
                        "-XX:MaxTenuringThreshold=0");
            }
        }
    }

    @Test
    void onlyCommandsThatBuildGetAJvmOfTheirOwn() {
        assertThat(FastJvm.builds(List.of())).isTrue();
        assertThat(FastJvm.builds(List.of("build", "--drafts"))).isTrue();
        assertThat(FastJvm.builds(List.of("serve", "--port", "0"))).isTrue();
        assertThat(FastJvm.builds(List.of("check"))).isTrue();
        assertThat(FastJvm.builds(List.of("entities", "--json"))).isTrue();
        assertThat(FastJvm.builds(List.of("build", "--help"))).isFalse();
        assertThat(FastJvm.builds(List.of("--version"))).isFalse();
        assertThat(FastJvm.builds(List.of("new", "article", "x"))).isFalse();
        assertThat(FastJvm.builds(List.of("theme", "eject"))).isFalse();
    }

    @Test
    void theSiteFolderComesFromSource() {
        Path work = dir;
        assertThat(FastJvm.source(List.of("build"), work)).isEqualTo(work);
        assertThat(FastJvm.source(List.of("build", "--source", "news"), work)).isEqualTo(work.resolve("news"));
        assertThat(FastJvm.source(List.of("serve", "--source=/srv/news"), work)).isEqualTo(Path.of("/srv/news"));
    }

    @Test
    void archivesGoToTheUsersCacheFolder() {
        String home = System.getProperty("user.home");
        assertThat(FastJvm.cacheFolder(Map.of())).isEqualTo(Path.of(home, ".cache", "orbitpress"));
        assertThat(FastJvm.cacheFolder(Map.of("XDG_CACHE_HOME", "/var/cache/me"))).isEqualTo(Path.of("/var/cache/me/orbitpress"));
        assertThat(FastJvm.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"))).isEqualTo(Path.of(home, ".cache", "orbitpress"));
        assertThat(FastJvm.cacheFolder(Map.of("ORBITPRESS_JVM_CACHE", "/tmp/x", "XDG_CACHE_HOME", "/y"))).isEqualTo(Path.of("/tmp/x"));
        assertThat(FastJvm.cacheFolder(Map.of("ORBITPRESS_JVM_CACHE", "off"))).isNull();
    }

    @Test
    void flagsAreSplitOnSpaces() {
        assertThat(FastJvm.split(null)).isEmpty();
        assertThat(FastJvm.split("  ")).isEmpty();
        assertThat(FastJvm.split(" -Xmx2g  -Dx=y ")).containsExactly("-Xmx2g", "-Dx=y");
    }
}
