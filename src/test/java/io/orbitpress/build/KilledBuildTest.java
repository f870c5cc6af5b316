package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves either the old site or the new one, whole,
 * never a mix; the next build removes what the killed one left beside the output folder. The
 * builds are warm ones, as {@code orbitpress build} runs them: with the cache, staging into the
 * spare beside the output and linking the files that stay. Each build of a round is a JVM of
 * its own, started as the launcher starts one, so that all of them are the same tool and share
 * the cache folder.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        TestSite site = new TestSite(dir);
        writeArticles(site, "Old");
        Path out = dir.resolve("site");
        // the first build with the cache folder: every build after a kill finds it
        Path firstLog = dir.resolve("first.log");
        assertThat(BuildJvm.start(firstLog, List.of("build", "--source", dir.toString(), "--out", out.toString()))
                .exit(300, TimeUnit.SECONDS)).as(Files.readString(firstLog)).isZero();
        Map<String, String> oldSite = digest(out);

        writeArticles(site, "New");
        Path reference = dir.resolve("reference");
        new SiteBuild(BuildOptions.of(dir).withOut(reference)).build();
        Map<String, String> newSite = digest(reference);
        assertThat(newSite).isNotEqualTo(oldSite);

        int sawOld = 0;
        int sawNew = 0;
        // kills at moments after the start; then at moments after the swap (whenever that comes on
        // this machine: the end of a build, where the spare and the cache folder are written); then
        // the moment a build that does not know the spare (one without the cache) starts to remove
        // it, so that the next build, which knows it, finds it whole or not at all; and a last round
        // that lets the build finish (bounded), so that both outcomes are seen
        List<Kill> kills = List.of(Kill.afterStart(200), Kill.afterStart(600), Kill.afterStart(1200),
                Kill.afterStart(2500), Kill.after(Moment.SWAP, 0), Kill.after(Moment.SWAP, 30),
                Kill.after(Moment.SWAP, 120), Kill.after(Moment.SWAP, 400), Kill.after(Moment.SPARE_GOES, 0),
                Kill.never());
        Path spare = dir.resolve(".site.spare");
        List<Path> spareFiles = IntStream.range(0, 600).filter(i -> i % 25 == 0)
                .mapToObj(i -> spare.resolve("articles/a" + i + "/index.html")).toList();
        for (Kill kill : kills) {
            Path log = dir.resolve("build-" + kill + ".log");
            String markerBefore = marker(out);
            List<String> args = new ArrayList<>(List.of("build", "--source", dir.toString(), "--out", out.toString()));
            if (kill.moment() == Moment.SPARE_GOES) {
                assertThat(spareFiles).as("the spare a build without the cache removes").allMatch(Files::isRegularFile);
                args.add("--no-cache");
            }
            BuildJvm build = BuildJvm.start(log, args);
            Process p = build.process();
            boolean finished = switch (kill.moment()) {
                case START -> false;
                case SWAP -> waitUntil(p, () -> !marker(out).equals(markerBefore));
                case SPARE_GOES -> waitUntil(p, () -> marker(spare).isEmpty()
                        || spareFiles.stream().anyMatch(f -> !Files.exists(f)));
            };
            finished = finished || p.waitFor(kill.millis(), TimeUnit.MILLISECONDS);
            if (finished) {
                assertThat(build.exit(1, TimeUnit.SECONDS)).as(Files.readString(log)).isZero();
            } else {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
                build.exit(30, TimeUnit.SECONDS);
            }
            Map<String, String> now = Files.isDirectory(out) ? digest(out) : Map.of();
            if (now.equals(oldSite)) {
                sawOld++;
            } else if (now.equals(newSite)) {
                sawNew++;
            } else {
                Map<String, String> diff = new TreeMap<>(now);
                diff.entrySet().removeIf(e -> e.getValue().equals(newSite.get(e.getKey())));
                System.out.println("differs from the new site: " + diff.keySet().stream().limit(5).toList());
                // the swap itself is two renames; a kill between them leaves the old site beside the
                // output folder, and the next build must put it back
                assertThat(Files.exists(out)).as("after a kill %s the output is neither site", kill).isFalse();
            }
            // restore the old site for the next round, through the recovery of a normal warm build
            // (the same command, so the same tool: it reads the cache folder the killed build may
            // have been writing)
            String afterKill = state(now, oldSite, out);
            writeArticles(site, "Old");
            Path restoreLog = dir.resolve("restore-" + kill + ".log");
            BuildJvm restore = BuildJvm.start(restoreLog,
                    List.of("build", "--source", dir.toString(), "--out", out.toString()));
            assertThat(restore.exit(300, TimeUnit.SECONDS)).as(Files.readString(restoreLog)).isZero();
            if (now.equals(oldSite)) {
                // the output is the site the cache folder knows: its pages are kept, not rendered
                assertThat(Files.readString(restoreLog)).as("the build after a kill %s is a warm one", kill)
                        .contains("the others kept from the last build");
            }
            Map<String, String> restored = digest(out);
            assertThat(restored).as("the warm build after a kill %s: %s (after the kill: %s)", kill,
                    state(restored, oldSite, out), afterKill).isEqualTo(oldSite);
            assertThat(leftovers()).as("staging folders after a good build").isEmpty();
            writeArticles(site, "New");
        }
        System.out.printf("killed builds: %d left the old site, %d the new one%n", sawOld, sawNew);
        assertThat(sawNew).as("the build that was not killed").isGreaterThan(0);
    }

    /** What a round waits for before it counts the time to the kill. */
    private enum Moment {
        /** the start of the build */
        START,
        /** the output folder swapped: its marker changed, or the folder is gone between the two renames */
        SWAP,
        /** the spare beside the output starting to go: its marker or one of its files gone */
        SPARE_GOES
    }

    /** When a round's build is killed: some time after a moment; never (bounded). */
    private record Kill(Moment moment, long millis) {
        static Kill afterStart(long millis) {
            return new Kill(Moment.START, millis);
        }

        static Kill after(Moment moment, long millis) {
            return new Kill(moment, millis);
        }

        static Kill never() {
            return new Kill(Moment.START, 300_000);
        }

        @Override
        public String toString() {
            return millis == 300_000 ? "never" : moment.name().toLowerCase(Locale.ROOT) + "+" + millis + "ms";
        }
    }

    /** Waits (at most five minutes, polling each millisecond) until {@code moment} holds; true when the build ended first. */
    private static boolean waitUntil(Process p, BooleanSupplier moment) throws InterruptedException {
        for (int i = 0; i < 300_000; i++) {
            if (!p.isAlive()) {
                return true;
            }
            if (moment.getAsBoolean()) {
                return false;
            }
            Thread.sleep(1);
        }
        return !p.isAlive();
    }

    /** The marker file's text in {@code folder}, or "" when there is none. */
    private static String marker(Path folder) {
        try {
            return Files.readString(folder.resolve(".orbitpress-site"));
        } catch (IOException e) {
            return "";
        }
    }

    /** What the folders beside the output hold, and how the site differs from the one wanted: for a failure's message. */
    private String state(Map<String, String> site, Map<String, String> wanted, Path out) throws IOException {
        List<String> missing = wanted.keySet().stream().filter(k -> !site.containsKey(k)).toList();
        List<String> changed = wanted.keySet().stream()
                .filter(k -> site.containsKey(k) && !site.get(k).equals(wanted.get(k))).toList();
        List<String> extra = site.keySet().stream().filter(k -> !wanted.containsKey(k)).toList();
        StringBuilder s = new StringBuilder();
        s.append(missing.size()).append(" missing ").append(missing.stream().limit(5).toList())
                .append(", ").append(changed.size()).append(" changed ").append(changed.stream().limit(5).toList())
                .append(", ").append(extra.size()).append(" extra ").append(extra.stream().limit(5).toList());
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String marker = marker(p);
                if (!marker.isEmpty()) {
                    s.append("; ").append(p.getFileName()).append(": ").append(marker.replace('\n', ' ').trim());
                }
            }
        }
        return s.toString();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            // the spare (the site before last, kept for the next build to start from) is not a leftover
            return list.filter(p -> p.getFileName().toString().startsWith(".site.")
                    && !p.getFileName().toString().equals(".site.spare")).toList();
        }
    }

    private static void writeArticles(TestSite site, String word) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("A paragraph about the mission, line ").append(i).append(".\n\n");
        }
        for (int i = 0; i < 600; i++) {
            site.write("content/articles/a" + i + ".md", "---\ntitle: " + word + " story " + i + "\ndate: 2024-01-01T00:"
                    + String.format("%02d:%02d", (i / 60) % 60, i % 60) + "Z\ntags: [t" + (i % 20) + "]\n---\n" + body);
        }
    }

    static Map<String, String> digest(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // the marker names the version of the site, which a build with a cache knows and a cold one does not
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".orbitpress-site"))::iterator) {
                out.put(root.relativize(p).toString(), sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
