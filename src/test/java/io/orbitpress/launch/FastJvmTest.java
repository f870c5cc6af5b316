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
    void theHeapStartsWholeUnlessTheUserSizesIt() {
        List<String> plain = FastJvm.child(List.of(), List.of("build", "--source", dir.toString()), dir, List.of())
                .command();
        assertThat(plain).contains("-Xmx512m", "-Xms512m");
        // a smaller maximum of the user's wins, and an initial heap above it would stop the JVM
        List<String> sized = FastJvm.child(List.of(), List.of("build", "--source", dir.toString()), dir,
                List.of("-Xmx300m")).command();
        assertThat(sized).contains("-Xmx512m", "-Xmx300m").noneMatch(f -> f.startsWith("-Xms"));
    }

    /** Short runs compile sooner; {@code serve}, whose saves run code compiled long before, does not. */
    @Test
    void everyCommandButServeCompilesSooner() {
        for (String command : List.of("build", "check", "entities", "serve")) {
            List<String> flags = FastJvm.child(List.of(), List.of(command, "--source", dir.toString()), dir, List.of())
                    .command();
            assertThat(flags).as(command).contains("-XX:TieredStopAtLevel=1");
            if (command.equals("serve")) {
                assertThat(flags).as(command).noneMatch(f -> f.startsWith("-XX:CompileThresholdScaling"));
            } else {
                assertThat(flags).as(command).contains("-XX:CompileThresholdScaling=0.3");
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
