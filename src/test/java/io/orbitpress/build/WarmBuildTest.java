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
                edits.randomEdit(random, step, () -> compare(null, null));
            }
            Map<String, Snapshot> now = compare(last, null);
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

    /**
     * Files of the published site changed after a build (rewritten in place, replaced by another
     * file, deleted: what a post-processing step or a person does) are not kept by the warm runs
     * after it, from the site or from the spare: each run publishes what a cold build publishes.
     * Run three times, so that both the site and the spare have been edited.
     */
    @Test
    void editsToThePublishedSiteDoNotComeBack() throws IOException {
        new WriterEdits(new TestSite(dir)).writeSite();
        Map<String, Snapshot> last = compare(null, null);
        Path out = dir.resolve("site");
        for (int round = 1; round <= 3; round++) {
            Path home = out.resolve("index.html");
            Files.writeString(home, Files.readString(home).replace("</body>", "<script>added()</script></body>"));
            assertThat(Files.readString(home)).contains("added()");
            Path robots = out.resolve("robots.txt");
            Path replaced = dir.resolve("robots.tmp");
            Files.writeString(replaced, Files.readString(robots) + "Disallow: /added/\n");
            Files.move(replaced, robots, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String page = last.keySet().stream().filter(p -> p.startsWith("articles/")).sorted().findFirst().orElseThrow();
            Files.delete(out.resolve(page));
            last = compare(last, null); // the same site as a cold build
            assertThat(last).as("round %d", round).containsKey(page);
            assertThat(Files.readString(home)).doesNotContain("added()");
            assertThat(Files.readString(robots)).doesNotContain("/added/");
        }
        assertThat(read(dir.resolve("warm.log"))).contains("pages rendered, the others kept");
    }

    /**
     * A CI job keeps site/ and the cache folder between runs (actions/cache): the site comes back
     * as new files, with other inodes and times. A warm run keeps the pages and pictures whose
     * bytes are what it published, by reading them, instead of rendering and resizing them again;
     * a file whose bytes changed (here with its size kept) is written again.
     */
    @Test
    void aSitePutBackByACopyIsKeptByItsBytes() throws IOException {
        new WriterEdits(new TestSite(dir)).writeSite();
        compare(null, null);
        Path out = dir.resolve("site");
        Path copy = dir.resolve("restored");
        Map<String, String> published = digest(out);
        for (String path : published.keySet()) {
            Files.createDirectories(copy.resolve(path).getParent());
            Files.copy(out.resolve(path), copy.resolve(path));
        }
        Files.copy(out.resolve(".orbitpress-site"), copy.resolve(".orbitpress-site"));
        BuiltInThemeTest.Trees.delete(out);
        BuiltInThemeTest.Trees.delete(dir.resolve(".site.spare"));
        Files.move(copy, out);
        Path home = out.resolve("index.html");
        String page = Files.readString(home);
        int at = page.indexOf("<title>") + "<title>".length();
        Files.writeString(home, page.substring(0, at) + (page.charAt(at) == 'X' ? 'Y' : 'X') + page.substring(at + 1));
        Map<String, FileTime> times = new HashMap<>();
        for (String path : published.keySet()) {
            times.put(path, Files.getLastModifiedTime(out.resolve(path)));
        }

        Map<String, Snapshot> now = compare(null, null); // the same site as a cold build
        assertThat(read(dir.resolve("warm.log"))).contains("; 1 page rendered, the others kept from the last build");
        java.util.List<String> written = times.keySet().stream().filter(p -> !now.get(p).modified().equals(times.get(p)))
                .sorted().toList();
        // the pages, feeds and resized pictures are known by their bytes; a copied file (a theme
        // asset, a file of content/static/) by its source's, so it is copied again
        assertThat(written).contains("index.html").allMatch(p -> p.equals("index.html") || p.startsWith("assets/"));
        assertThat(now.get("index.html").modified()).isNotEqualTo(times.get("index.html"));
    }

    /**
     * A cold build ({@code --no-cache}, or a cache that is damaged or of another version) into a
     * published site does not know what that site holds: it compares each file it makes with the
     * one there and keeps those with the same bytes as they are (the same file, the same time), and
     * so does the warm run after it, whose cache knows only the site before: {@code rsync} and
     * {@code aws s3 sync} upload what changed, not the whole site.
     */
    @Test
    void aColdBuildIntoThePublishedSiteKeepsTheFilesItMakesAgain() throws IOException {
        WriterEdits edits = new WriterEdits(new TestSite(dir));
        edits.writeSite();
        compare(null, null);
        Path out = dir.resolve("site");
        Map<String, Object> before = fileKeys(out);
        Map<String, String> bytesBefore = digest(out);
        edits.article(2, "Story 2 rewritten", "2025-07-12", "crew", "Ada Orbit");
        new SiteBuild(BuildOptions.of(dir).withOut(out)).build(); // a cold build, as --no-cache runs
        assertKeptWhereTheSame(out, before, bytesBefore, "articles/story-2/index.html");

        before = fileKeys(out);
        bytesBefore = digest(out);
        edits.article(3, "Story 3 rewritten", "2025-07-13", "station", "Ben Lander");
        compare(null, null); // warm, its cache made before the cold build
        assertKeptWhereTheSame(out, before, bytesBefore, "articles/story-3/index.html");
    }

    private static void assertKeptWhereTheSame(Path out, Map<String, Object> before, Map<String, String> bytesBefore,
            String edited) {
        Map<String, Object> after = fileKeys(out);
        Map<String, String> bytesAfter = digest(out);
        assertThat(bytesAfter.get(edited)).isNotEqualTo(bytesBefore.get(edited));
        assertThat(after.get(edited)).isNotEqualTo(before.get(edited));
        List<String> same = bytesAfter.keySet().stream().filter(p -> bytesAfter.get(p).equals(bytesBefore.get(p)))
                .sorted().toList();
        assertThat(same).hasSizeGreaterThan(bytesAfter.size() / 2).anyMatch(p -> p.contains("pic-1"));
        for (String p : same) {
            assertThat(after.get(p)).as("%s: the same bytes, kept as the same file", p).isEqualTo(before.get(p));
        }
    }

    /** Each published file's file key (its inode): a file written again is another file. */
    private static Map<String, Object> fileKeys(Path root) {
        Map<String, Object> keys = new HashMap<>();
        for (String p : digest(root).keySet()) {
            try {
                keys.put(p, Files.readAttributes(root.resolve(p), java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(keys.values()).doesNotContainNull();
        return keys;
    }

    /**
     * The day after: a warm run whose clock passed a story's publication time publishes it, and
     * one past another's expiry date takes that one down, as cold builds at those times do; the
     * articles themselves are kept from the runs before (they do not depend on the clock).
     */
    @Test
    void aWarmBuildAfterTheClockMovesPublishesWhatBecameDue() {
        TestSite site = new TestSite(dir);
        new WriterEdits(site).writeSite();
        site.write("content/articles/held.md", """
                ---
                title: Held until Friday
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                tags: [launch]
                ---
                Ada Orbit speaks on Friday, see [the first story](/articles/story-1/).
                """);
        site.write("content/articles/offer.md", """
                ---
                title: Offer ends at noon
                date: 2025-07-20
                expiryDate: 2025-08-01T15:00:00Z
                tags: [launch]
                ---
                Ben Lander signs tickets.
                """);
        Map<String, Snapshot> day1 = compare(null, "2025-07-31T12:00:00Z");
        assertThat(day1).doesNotContainKey("articles/held/index.html").containsKey("articles/offer/index.html");
        Map<String, Snapshot> day2 = compare(day1, "2025-08-01T13:30:00Z");
        assertThat(day2).containsKeys("articles/held/index.html", "articles/offer/index.html");
        Map<String, Snapshot> day3 = compare(day2, "2025-08-01T16:00:00Z");
        assertThat(day3).containsKey("articles/held/index.html").doesNotContainKey("articles/offer/index.html");
        assertThat(read(dir.resolve("warm.log"))).contains("Built ", "pages rendered, the others kept");
    }

    /**
     * A site in two languages: warm runs after edits to a Russian story, its move between the
     * language folders, a change of a Russian name in the registry and a new translation publish
     * what cold builds publish.
     */
    @Test
    void warmBuildsOfARussianStoryPublishWhatColdBuildsPublish() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", site.read("content/site.yaml") + """
                language: en
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                """);
        site.write("content/people/oleg-platonov.md", """
                ---
                name: {en: Oleg Platonov, ru: Олег Платонов}
                ---
                A cosmonaut.
                """);
        site.write("content/articles/launch.md", """
                ---
                title: Launch
                date: 2025-07-30
                tags: [launch]
                ---
                Oleg Platonov flew.
                """);
        site.write("content/articles/ru/launch.md", """
                ---
                title: Запуск
                date: 2025-07-30
                tags: [запуск]
                ---
                Олега Платонова проводили на старт.
                """);
        Map<String, Snapshot> first = compare(null, null);
        assertThat(first).containsKeys("ru/articles/launch/index.html", "ru/people/oleg-platonov/index.html",
                "ru/tags/zapusk/index.html");
        site.write("content/articles/ru/launch.md", site.read("content/articles/ru/launch.md")
                + "\nПлатоновым гордятся.\n");
        Map<String, Snapshot> edited = compare(first, null);
        assertThat(edited.get("ru/articles/launch/index.html").sha())
                .isNotEqualTo(first.get("ru/articles/launch/index.html").sha());
        assertThat(edited.get("articles/launch/index.html")).isEqualTo(first.get("articles/launch/index.html"));
        // the same text in another folder is another language
        site.write("content/articles/ru/orbit.md", """
                ---
                title: Orbit
                date: 2025-07-31
                ---
                Олегом Платоновым гордятся.
                """);
        Map<String, Snapshot> added = compare(edited, null);
        assertThat(added).containsKey("ru/articles/orbit/index.html").doesNotContainKey("articles/orbit/index.html");
        move("content/articles/ru/orbit.md", "content/articles/orbit.md");
        Map<String, Snapshot> moved = compare(added, null);
        assertThat(moved).containsKey("articles/orbit/index.html").doesNotContainKey("ru/articles/orbit/index.html");
        site.write("content/people/oleg-platonov.md", site.read("content/people/oleg-platonov.md")
                .replace("ru: Олег Платонов", "ru: Олег Платонов-Космос"));
        Map<String, Snapshot> renamed = compare(moved, null);
        assertThat(read(dir.resolve("site/ru/people/oleg-platonov/index.html"))).contains("Олег Платонов-Космос");
        site.write("content/articles/orbit.md", site.read("content/articles/orbit.md").replace("date: 2025-07-31",
                "date: 2025-07-31\nlang: ru\ntranslationKey: launch"));
        Map<String, Snapshot> relinked = compare(renamed, null);
        assertThat(relinked).as("two Russian versions of one story are refused, as cold").isNull();
    }

    /**
     * With {@code pageNumbers: fromOldest}, a story published at the top of the lists rewrites
     * their first pages, and the older pages keep their bytes and their time (what {@code rsync}
     * and {@code aws s3 sync} skip); each run still publishes what a cold build publishes.
     */
    @Test
    void storiesPublishedIntoListsNumberedFromTheOldestLeaveTheOlderPagesAsTheyWere() {
        TestSite site = new TestSite(dir);
        WriterEdits edits = new WriterEdits(site);
        edits.writeSite();
        site.write("content/site.yaml", site.read("content/site.yaml") + "pageNumbers: fromOldest\n");
        Map<String, Snapshot> first = compare(null, null);
        // six stories, two a page: the home page and the two oldest
        assertThat(first.keySet()).contains("index.html", "page/1/index.html", "page/2/index.html",
                "tags/launch/page/2/index.html").doesNotContain("page/3/index.html");
        List<String> oldest = List.of("page/1/index.html", "tags/launch/page/1/index.html",
                "missions/test-mission/page/1/index.html", "people/ada-orbit/page/1/index.html");
        Map<String, Snapshot> last = first;
        Map<String, Snapshot> settled = null;
        for (int i = 7; i <= 14; i++) {
            // Ben Lander is often in the news with Ada Orbit: a count her first page shows
            site.write("content/articles/story-" + i + ".md", """
                    ---
                    title: "Story %d"
                    date: 2025-08-%02d
                    tags: [launch, station]
                    missions: [test-mission]
                    ---
                    Ada Orbit and Ben Lander spoke on day %d.
                    """.formatted(i, i, i));
            Map<String, Snapshot> now = compare(last, null);
            assertThat(now.get("index.html").sha()).as("story %d on the home page", i)
                    .isNotEqualTo(last.get("index.html").sha());
            Map<String, Snapshot> before = last;
            List<String> changed = now.keySet().stream().filter(f -> f.startsWith("page/"))
                    .filter(f -> !now.get(f).equals(before.get(f))).sorted().toList();
            // a page added every second story, and the pagers of the two before it
            assertThat(changed).as("story %d: older home pages written", i).hasSize(i % 2 == 1 ? 3 : 0);
            if (i == 9) {
                settled = now; // from here on, the oldest pages are more than two below the newest
                assertThat(settled.keySet()).containsAll(oldest);
            } else if (i > 9) {
                for (String page : oldest) {
                    assertThat(now.get(page)).as("story %d: %s", i, page).isEqualTo(settled.get(page));
                }
            }
            last = now;
        }
        assertThat(last.keySet()).contains("page/6/index.html", "tags/launch/page/6/index.html")
                .doesNotContain("page/7/index.html");
        assertThat(read(dir.resolve("site/page/6/index.html"))).contains("Story 12", "Story 11")
                .doesNotContain("Story 13");
    }

    private void move(String from, String to) {
        try {
            Files.move(dir.resolve(from), dir.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A published file: its bytes' digest and its modification time. */
    private record Snapshot(String sha, FileTime modified) {
    }

    /**
     * Builds warm (a fresh JVM, the default cache) and cold (in this one, no cache), with the clock
     * at {@code now} (null: the time each starts), and asserts the same outcome; the published files
     * when both built, else null.
     */
    private Map<String, Snapshot> compare(Map<String, Snapshot> before, String now) {
        Path out = dir.resolve("site");
        Map<String, String> published = Files.isDirectory(out) ? digest(out) : Map.of();
        Path log = dir.resolve("warm.log");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", dir.toString(), "--out",
                out.toString()));
        if (now != null) {
            args.addAll(List.of("--now", now));
        }
        // the warm build in its JVM and the cold one in this JVM at the same time: two cores, half the wait
        BuildJvm warm = start(log, args);
        Path cold = dir.resolve("cold-" + System.nanoTime());
        BuildFailure failure = null;
        try {
            new SiteBuild(BuildOptions.of(dir).withOut(cold).withNow(now == null ? null
                    : java.time.Instant.parse(now))).build();
        } catch (BuildFailure f) {
            failure = f;
        }
        int exit = exit(warm);
        if (failure != null) {
            String warmLog = read(log);
            assertThat(exit).as(warmLog).isEqualTo(1);
            for (Diagnostic d : failure.diagnostics()) {
                if (d.isError()) {
                    assertThat(warmLog).contains(d.format());
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

    private static BuildJvm start(Path log, List<String> args) {
        try {
            return BuildJvm.start(log, args);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int exit(BuildJvm jvm) {
        try {
            return jvm.exit(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
