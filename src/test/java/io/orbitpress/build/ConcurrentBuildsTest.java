package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into one output folder, as two processes (a terminal and a script) or two threads
 * (one process building twice): one waits for the other, or refuses with a message that names
 * the lock; either way the published site is a whole one, the same as a build alone writes.
 */
class ConcurrentBuildsTest {

    @TempDir
    Path dir;

    TestSite site;
    Map<String, String> alone;

    @BeforeEach
    void site() throws IOException {
        site = new TestSite(dir.resolve("src"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            body.append("A paragraph about the mission, line ").append(i).append(".\n\n");
        }
        for (int i = 0; i < 200; i++) {
            site.write("content/articles/a" + i + ".md", "---\ntitle: Story " + i + "\ndate: 2024-01-01T00:"
                    + String.format("%02d:%02d", (i / 60) % 60, i % 60) + "Z\ntags: [t" + (i % 20) + "]\n---\n" + body);
        }
        Path reference = dir.resolve("alone");
        new SiteBuild(BuildOptions.of(site.root).withOut(reference)).build();
        alone = KilledBuildTest.digest(reference);
    }

    @Test
    void twoBuildProcessesIntoOneOutputFolderLeaveAWholeSite() throws Exception {
        Path out = dir.resolve("out");
        // the second build starts at once, while the first renders, and while it writes
        for (long delay : new long[] {0, 500}) {
            BuildJvm first = build(out, "first-" + delay);
            Thread.sleep(delay);
            BuildJvm second = build(out, "second-" + delay);
            List<Integer> ok = new ArrayList<>();
            int firstExit = first.exit(120, TimeUnit.SECONDS);
            int secondExit = second.exit(120, TimeUnit.SECONDS);
            for (String who : List.of("first-" + delay, "second-" + delay)) {
                int exit = who.startsWith("first") ? firstExit : secondExit;
                String log = Files.readString(dir.resolve(who + ".log"));
                if (exit == 0) {
                    ok.add(0);
                } else {
                    // the only acceptable failure: the other build held the output folder for too long
                    assertThat(exit).as(log).isEqualTo(1);
                    assertThat(log).as(who).contains("is writing this output folder", dir.resolve(".out.lock").toString());
                }
                assertThat(log).as(who).doesNotContain("Exception", "internal error");
            }
            assertThat(ok).as("builds that published").isNotEmpty();
            assertThat(KilledBuildTest.digest(out)).as("the site after two builds, %d ms apart", delay).isEqualTo(alone);
            // the site before last is kept as the spare the next build starts from; nothing else is left
            assertThat(siblings()).containsExactlyInAnyOrder("src", "alone", "out", ".out.spare");
        }
    }

    @Test
    void twoBuildThreadsIntoOneOutputFolderLeaveAWholeSite() throws Exception {
        Path out = dir.resolve("out");
        for (int round = 0; round < 3; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        new SiteBuild(BuildOptions.of(site.root).withOut(out)).build();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread t : threads) {
                t.join(120_000);
            }
            assertThat(failures).as("round %d", round).isEmpty();
            assertThat(KilledBuildTest.digest(out)).as("round %d", round).isEqualTo(alone);
            // a cold build (no cache) keeps the site it replaced as the spare, whole; nothing else
            // is left beside the output
            assertThat(siblings()).containsExactlyInAnyOrder("src", "alone", "out", ".out.spare");
            assertThat(KilledBuildTest.digest(dir.resolve(".out.spare"))).as("round %d", round).isEqualTo(alone);
        }
    }

    private BuildJvm build(Path out, String name) throws IOException {
        return BuildJvm.start(dir.resolve(name + ".log"), List.of("build", "--quiet", "--source", site.root.toString(),
                "--out", out.toString()));
    }

    /** The folders beside the output: no staging folder, old site or lock file may be left. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")).toList();
        }
    }
}
