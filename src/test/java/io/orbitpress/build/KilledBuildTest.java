package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.session.Session;
import io.orbitpress.session.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at any moment leaves either the old site or the new one, whole,
 * never a mix; the next build removes what the killed one left beside the output folder. The
 * builds are warm ones, as {@code orbitpress build} runs them: with the cache, staging into the
 * spare beside the output and linking the files that stay.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        TestSite site = new TestSite(dir);
        writeArticles(site, "Old");
        Path out = dir.resolve("site");
        new SiteBuild(BuildOptions.of(dir)).build();
        Map<String, String> oldSite = digest(out);

        writeArticles(site, "New");
        Path reference = dir.resolve("reference");
        new SiteBuild(BuildOptions.of(dir).withOut(reference)).build();
        Map<String, String> newSite = digest(reference);
        assertThat(newSite).isNotEqualTo(oldSite);

        int sawOld = 0;
        int sawNew = 0;
        // the last round lets the build finish (bounded), so that both outcomes are seen
        long[] delaysMs = {200, 600, 1200, 2500, 300_000};
        for (long delay : delaysMs) {
            BuildJvm build = BuildJvm.start(dir.resolve("build-" + delay + ".log"),
                    List.of("build", "--source", dir.toString(), "--out", out.toString()));
            Process p = build.process();
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (finished) {
                assertThat(build.exit(1, TimeUnit.SECONDS)).as(Files.readString(dir.resolve("build-" + delay + ".log"))).isZero();
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
                assertThat(Files.exists(out)).as("after a kill at %d ms the output is neither site", delay).isFalse();
            }
            // restore the old site for the next round, through the recovery of a normal (warm) build
            // reading the cache folder the killed build may have been writing
            writeArticles(site, "Old");
            Session cache = Session.inFolder(dir.resolve(".orbitpress-cache"), ".orbitpress-cache", Tool.fingerprint());
            new SiteBuild(BuildOptions.of(dir).withOut(out), cache).build();
            assertThat(digest(out)).isEqualTo(oldSite);
            assertThat(leftovers()).as("staging folders after a good build").isEmpty();
            writeArticles(site, "New");
        }
        System.out.printf("killed builds: %d left the old site, %d the new one%n", sawOld, sawNew);
        assertThat(sawNew).as("the build that was not killed").isGreaterThan(0);
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
