package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code orbitpress build} with its cache folder, each run in a JVM of its own as a user runs
 * it, after a random sequence of a writer's edits: every run publishes what a cold build of the
 * same files publishes, byte for byte, fails as it fails, and leaves the files that did not
 * change as they were (same bytes, same modification time: what {@code rsync} skips).
 */
class WarmBuildTest {

    @TempDir
    Path dir;

    @Test
    void warmBuildsInFreshJvmsPublishWhatColdBuildsPublish() throws Exception {
        TestSite site = new TestSite(dir);
        WriterEdits edits = new WriterEdits(site);
        edits.writeSite();
        long seed = 20261202L;
        System.out.println("WarmBuildTest seed " + seed);
        Random random = new Random(seed);
        Map<String, Snapshot> last = null;
        int built = 0;
        int kept = 0;
        for (int step = 0; step <= 16; step++) {
            if (step > 0) {
                edits.randomEdit(random, step, () -> compare(null));
            }
            Map<String, Snapshot> now = compare(last);
            if (now != null) {
                built++;
                if (last != null) {
                    for (Map.Entry<String, Snapshot> e : now.entrySet()) {
                        Snapshot before = last.get(e.getKey());
                        if (before != null && before.sha().equals(e.getValue().sha())) {
                            assertThat(e.getValue().modified()).as("step %d: %s kept its bytes, and its time",
                                    step, e.getKey()).isEqualTo(before.modified());
                            kept++;
                        }
                    }
                }
                last = now;
            }
        }
        assertThat(built).as("runs that built (the others failed as the cold build failed)").isGreaterThan(10);
        assertThat(kept).as("files kept as they were across runs").isGreaterThan(100);
    }

    /** A published file: its bytes' digest and its modification time. */
    private record Snapshot(String sha, FileTime modified) {
    }

    /**
     * Builds warm (a fresh JVM, the default cache) and cold (in this one, no cache), and asserts
     * the same outcome; the published files when both built, else null.
     */
    private Map<String, Snapshot> compare(Map<String, Snapshot> before) {
        Path out = dir.resolve("site");
        Map<String, String> published = Files.isDirectory(out) ? digest(out) : Map.of();
        Path log = dir.resolve("warm.log");
        int exit = run(log, "build", "--source", dir.toString(), "--out", out.toString());
        Path cold = dir.resolve("cold-" + System.nanoTime());
        try {
            new SiteBuild(BuildOptions.of(dir).withOut(cold)).build();
        } catch (BuildFailure f) {
            String warm = read(log);
            assertThat(exit).as(warm).isEqualTo(1);
            for (Diagnostic d : f.diagnostics()) {
                if (d.isError()) {
                    assertThat(warm).contains(d.format());
                }
            }
            assertThat(Files.isDirectory(out) ? digest(out) : Map.of()).as("a failed build leaves the last site")
                    .isEqualTo(published);
            return null;
        }
        assertThat(exit).as(read(log)).isZero();
        assertThat(digest(out)).isEqualTo(digest(cold));
        Map<String, Snapshot> files = new HashMap<>();
        digest(out).forEach((path, sha) -> {
            try {
                files.put(path, new Snapshot(sha, Files.getLastModifiedTime(out.resolve(path))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return files;
    }

    private static Map<String, String> digest(Path root) {
        try {
            return KilledBuildTest.digest(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int run(Path log, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.orbitpress.cli.Main"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the build ends").isTrue();
            return p.exitValue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
