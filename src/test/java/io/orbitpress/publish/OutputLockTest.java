package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file beside an output folder: who holds it, what a waiting build says, and stale ones. */
class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void aBuildThatCannotGetTheLockNamesTheHolderAndTheLockFile() throws Exception {
        Path site = Files.createDirectories(dir.resolve("src"));
        Path out = dir.resolve("out");
        Process holder = holder(out, site);
        try {
            Publisher second = new Publisher(out, false, Duration.ofMillis(300));
            assertThatThrownBy(() -> second.prepare(List.of(site)))
                    .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics().get(0).format())
                            .isEqualTo(out + ": error: the build of process " + holder.pid() + " is writing this output"
                                    + " folder (it holds the lock file " + dir.resolve(".out.lock") + "); wait for it to"
                                    + " finish and build again, or choose another --out"));
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // the holder is gone: the lock is free at once, and its file goes with the next holder
        try (Publisher next = new Publisher(out, false, Duration.ofMillis(300))) {
            next.prepare(List.of(site));
            assertThat(Files.readString(dir.resolve(".out.lock"))).startsWith(ProcessHandle.current().pid() + "\n");
        }
        assertThat(dir.resolve(".out.lock")).doesNotExist();
    }

    /** A folder where the lock file goes (made by hand, or by a copy of the site's parent) says what it is. */
    @Test
    void aFolderWhereTheLockFileGoesIsToldToBeRemoved() throws Exception {
        Path site = Files.createDirectories(dir.resolve("src"));
        Path out = dir.resolve("out");
        Files.createDirectories(dir.resolve(".out.lock"));
        Publisher p = new Publisher(out, false, Duration.ofMillis(300));
        assertThatThrownBy(() -> p.prepare(List.of(site))).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics().get(0).format()).isEqualTo(out + ": error: " + dir.resolve(".out.lock")
                        + " is a folder, where the build keeps the output folder's lock file; remove it, or choose"
                        + " another --out"));
    }

    @Test
    void aLockFileLeftByAKilledBuildIsTakenOver() throws Exception {
        Path site = Files.createDirectories(dir.resolve("src"));
        Path out = dir.resolve("out");
        Process holder = holder(out, site);
        holder.destroyForcibly(); // SIGKILL: the lock file stays, naming a process that is gone
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve(".out.lock"))).startsWith(holder.pid() + "\n");
        try (Publisher next = new Publisher(out, false, Duration.ofMillis(300))) {
            next.prepare(List.of(site));
            next.publish(List.of(OutputFile.rendered("index.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8), "")));
        }
        assertThat(out.resolve("index.html")).hasContent("<p>new</p>");
        assertThat(dir.resolve(".out.lock")).doesNotExist();
    }

    @Test
    void recoveryRemovesOnlyTheStagingFoldersOfProcessesThatAreGone() throws Exception {
        Path site = Files.createDirectories(dir.resolve("src"));
        Path out = dir.resolve("out");
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // a live process that builds without a lock (an older Orbitpress): its staging folder is in use
        Process live = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), dir.resolve("other").toString(),
                site.toString()).start();
        try {
            Path stale = Files.createDirectories(dir.resolve(".out.staging-" + gone.pid() + "-1/articles"));
            Path inUse = Files.createDirectories(dir.resolve(".out.staging-" + live.pid() + "-2/articles"));
            try (Publisher p = new Publisher(out, false, Duration.ofMillis(300))) {
                p.prepare(List.of(site));
            }
            assertThat(stale.getParent()).doesNotExist();
            assertThat(inUse).exists();
        } finally {
            live.getOutputStream().close();
            assertThat(live.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A process holding the lock of {@code out}, started and holding it when this returns. */
    private static Process holder(Path out, Path site) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString(), site.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("locked");
        return p;
    }
}
