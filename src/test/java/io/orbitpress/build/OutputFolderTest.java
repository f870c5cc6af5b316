package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code --out} may point at. A build replaces the whole output folder, so a folder that
 * holds files Orbitpress did not write ({@code --out ~/photos}, {@code --out src}) is refused
 * unless {@code --force}; every published site carries the marker that lets the next build
 * replace it.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void site() {
        site = new TestSite(dir.resolve("news"));
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off.\n");
    }

    int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    int build(Path output, String... more) {
        String[] args = Stream.concat(Stream.of("build", "--quiet", "--source", site.root.toString(), "--out",
                output.toString()), Stream.of(more)).toArray(String[]::new);
        return run(args);
    }

    @Test
    void aFolderOrbitpressDidNotBuildIsRefused() throws IOException {
        Path photos = dir.resolve("photos");
        Files.createDirectories(photos.resolve("2024"));
        Files.writeString(photos.resolve("2024/moon.jpg"), "not really a photo");
        assertThat(build(photos)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(photos + ": error: this folder holds files and no .orbitpress-site file,"
                + " so Orbitpress did not build it; a build replaces everything in its output folder: choose a new or"
                + " empty folder with --out, or pass --force to replace this one\n1 error, 0 warnings; nothing was written\n");
        assertThat(photos.resolve("2024/moon.jpg")).hasContent("not really a photo");
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "photos");
    }

    /** An output folder under a file: the message says so, and what to do. */
    @Test
    void anOutputFolderUnderAFileIsRefusedWithWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "a file");
        assertThat(build(file.resolve("site"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(file.resolve("site") + ": error: cannot prepare the output folder (" + file
                + " is a file where a folder is needed); choose another --out\n1 error, 0 warnings; nothing was"
                + " written\n");
    }

    @Test
    void aFolderOfTheSiteIsRefusedToo() throws IOException {
        site.write("src/notes.txt", "the newsroom's own notes");
        Path src = site.root.resolve("src");
        assertThat(build(src)).isEqualTo(1);
        assertThat(err.toString()).startsWith(src + ": error: this folder holds files and no .orbitpress-site file");
        assertThat(src.resolve("notes.txt")).hasContent("the newsroom's own notes");
    }

    @Test
    void forceReplacesIt() throws IOException {
        Path photos = dir.resolve("photos");
        Files.createDirectories(photos);
        Files.writeString(photos.resolve("moon.jpg"), "not really a photo");
        assertThat(build(photos, "--force")).as(err.toString()).isZero();
        assertThat(photos.resolve("moon.jpg")).doesNotExist();
        assertThat(photos.resolve("articles/launch/index.html")).exists();
    }

    @Test
    void everyPublishedSiteCarriesTheMarkerAndTheNextBuildReplacesIt() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        // the first line says what the folder is; a second names the version of the site, when the build knows it
        assertThat(Files.readAllLines(www.resolve(".orbitpress-site")).get(0))
                .isEqualTo("This folder is a site built by Orbitpress; each build replaces everything in it.");
        site.write("content/articles/landing.md", "---\ntitle: Landing\ndate: 2025-08-01\n---\nTouchdown.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(www.resolve("articles/landing/index.html")).exists();
        // beside it, the site before, which the next build starts from
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
    }

    /**
     * The first build that knows what it published leaves a spare of links to its own files, so
     * that the next build starts from it rather than linking every file that stays; and no
     * build writes through a link: the spare keeps the bytes of the site before.
     */
    @Test
    void theFirstBuildLeavesASpareOfLinksThatNoBuildWritesThrough() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        Path spare = dir.resolve(".www.spare");
        java.util.List<String> files = files(www);
        assertThat(files).contains("articles/launch/index.html", "assets/style.css", ".orbitpress-site");
        assertThat(files(spare)).isEqualTo(files);
        for (String f : files) {
            assertThat(Files.isSameFile(spare.resolve(f), www.resolve(f))).as(f).isTrue();
        }
        String page = "articles/launch/index.html";
        String before = Files.readString(www.resolve(page));
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at dawn.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(Files.readString(www.resolve(page))).contains("Lift-off at dawn.");
        assertThat(spare.resolve(page)).hasContent(before);
        assertThat(Files.isSameFile(spare.resolve("assets/style.css"), www.resolve("assets/style.css"))).isTrue();
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
    }

    /**
     * A build that fails before it writes (bad input) puts back the spare it was to start from,
     * bytes, marker and modification times as they were, so that the build after it starts from
     * the spare too instead of linking every file that stays; one that fails after writing
     * deletes what it wrote.
     */
    @Test
    void aBuildThatFailsBeforeWritingPutsTheSpareBack() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at dawn.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        Path spare = dir.resolve(".www.spare");
        String marker = Files.readString(spare.resolve(".orbitpress-site"));
        assertThat(marker).contains("generation: ");
        java.util.Map<String, String> bytes = KilledBuildTest.digest(spare);
        java.util.Map<String, java.nio.file.attribute.FileTime> times = new java.util.TreeMap<>();
        for (String f : files(spare)) {
            times.put(f, Files.getLastModifiedTime(spare.resolve(f)));
        }
        times.remove(".orbitpress-site");
        assertThat(bytes).containsKey("articles/launch/index.html");

        // two stories at one address: a problem across stories, which stops the build before it renders
        // (a problem within a story lets it render on, into the staging folder, to tell broken links too)
        site.write("content/articles/broken.md", "---\ntitle: Again\ndate: 2025-08-01\nslug: launch\n---\nText.\n");
        assertThat(build(www)).isEqualTo(1);
        assertThat(err.toString()).contains("launch");
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
        assertThat(KilledBuildTest.digest(spare)).isEqualTo(bytes);
        assertThat(Files.readString(spare.resolve(".orbitpress-site"))).isEqualTo(marker);
        for (var e : times.entrySet()) {
            assertThat(Files.getLastModifiedTime(spare.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }

        // the next build starts from it: the page that differs from the spare's is written, the others stay
        site.write("content/articles/broken.md", "---\ntitle: Mended\ndate: 2025-08-01\n---\nText.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(www.resolve("articles/broken/index.html")).exists();
        assertThat(Files.readString(www.resolve("articles/launch/index.html"))).contains("Lift-off at dawn.");
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
    }

    /**
     * The marker file was written anew by every build, so a sync sent it every time; with the
     * same text it keeps its time, as the pages do.
     */
    @Test
    void theMarkerKeepsItsTimeWhenTheSiteIsTheSame() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(build(www)).as(err.toString()).isZero();
        Path marker = www.resolve(".orbitpress-site");
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(marker, before);
        String text = Files.readString(marker);
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(Files.readString(marker)).isEqualTo(text);
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(before);
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at dusk.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(Files.readString(marker)).isNotEqualTo(text);
        assertThat(Files.getLastModifiedTime(marker)).isNotEqualTo(before);
    }

    /**
     * A problem within a story lets the build render on into the staging folder, to tell broken
     * links too; failing then, it deleted the spare it had started from, and the next build linked
     * every file that stays. It puts the spare back: the files it wrote there have other stamps
     * than the spare's manifest names, and the next build takes none of them for the spare's own.
     */
    @Test
    void aBuildThatFailsAfterWritingPutsTheSpareBackToo() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at dawn.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at noon.\n");
        site.write("content/articles/broken.md", "---\ntitle: \"Again\ndate: 2025-08-01\n---\nText.\n");
        assertThat(build(www)).isEqualTo(1);
        assertThat(err.toString()).contains("broken.md:2:8");
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
        assertThat(Files.readString(www.resolve("articles/launch/index.html"))).contains("Lift-off at dawn.");

        site.write("content/articles/broken.md", "---\ntitle: Mended\ndate: 2025-08-01\n---\nText.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        Path cold = dir.resolve("cold");
        assertThat(build(cold, "--no-cache")).as(err.toString()).isZero();
        java.util.Map<String, String> warm = KilledBuildTest.digest(www);
        java.util.Map<String, String> made = KilledBuildTest.digest(cold);
        warm.remove(".orbitpress-site");
        made.remove(".orbitpress-site");
        assertThat(warm).isEqualTo(made);
        assertThat(Files.readString(www.resolve("articles/launch/index.html"))).contains("Lift-off at noon.");
    }

    /**
     * A file put into the published site by hand (or a folder of them) goes with the next build
     * that replaces that site and never comes back: the site it replaced becomes the spare, and
     * the build after starts from the spare.
     */
    @Test
    void filesPutIntoTheSiteByHandDoNotComeBack() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(build(www)).as(err.toString()).isZero();
        Files.writeString(www.resolve("stray.txt"), "left here");
        Files.writeString(www.resolve("articles/leaked.html"), "<p>not a page of the site</p>");
        Files.createDirectories(www.resolve("notes/2025"));
        Files.writeString(www.resolve("notes/2025/todo.txt"), "call the agency");
        Files.createDirectories(www.resolve("empty"));
        for (int i = 0; i < 4; i++) {
            if (i == 2) {
                site.write("content/articles/landing.md", "---\ntitle: Landing\ndate: 2025-08-01\n---\nTouchdown.\n");
            }
            assertThat(build(www)).as(err.toString()).isZero();
            if (i == 0) {
                continue; // the site it replaced, strays and all, is the spare now
            }
            Path cold = dir.resolve("cold-" + i);
            assertThat(build(cold, "--no-cache")).as(err.toString()).isZero();
            assertThat(files(www)).as("build %d", i).isEqualTo(files(cold));
            try (Stream<Path> folders = Files.walk(www)) {
                assertThat(folders.filter(Files::isDirectory).map(p -> www.relativize(p).toString()))
                        .doesNotContain("notes", "notes/2025", "empty");
            }
        }
    }

    /**
     * A build that starts from the spare lists only the folders changed since that site was
     * published; in the others it reads each file's stamp. A file put by hand into a folder of a
     * story, a page rewritten in place in a folder no one else changed (the folder's time stays)
     * and a folder put into a folder of the site are all found: each build publishes what a cold
     * build does.
     */
    @Test
    void theSparesUnchangedFoldersAreReadWithoutListingAndChangesInThemStillFound() throws IOException {
        site.write("content/articles/landing.md", "---\ntitle: Landing\ndate: 2025-08-01\n---\nTouchdown.\n");
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(build(www)).as(err.toString()).isZero();
        // folders keep times finer than a second here, so their stamps are known (see Manifest)
        assertThat(io.orbitpress.publish.Manifest.folderStampOf(www.resolve("articles/landing")))
                .isNotEqualTo(io.orbitpress.publish.Manifest.MISSING);
        Files.writeString(www.resolve("articles/launch/extra.html"), "<p>put here by hand</p>");
        Path landing = www.resolve("articles/landing/index.html");
        Files.writeString(landing, Files.readString(landing).replace("Touchdown.", "Rewritten."));
        Files.createDirectories(www.resolve("articles/launch/notes"));
        Files.writeString(www.resolve("articles/launch/notes/todo.txt"), "call the agency");
        Path photos = www.resolve("assets/photos");
        Files.createDirectories(photos);
        Files.writeString(photos.resolve("moon.jpg"), "not really a photo");
        for (int i = 0; i < 3; i++) {
            if (i == 1) {
                site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at noon.\n");
            }
            // the first starts from the site before (its page is the same file: the edit is found
            // by the page's stamp), the next from the site with the changes, now the spare
            assertThat(build(www)).as(err.toString()).isZero();
            Path cold = dir.resolve("cold-" + i);
            assertThat(build(cold, "--no-cache")).as(err.toString()).isZero();
            assertThat(files(www)).as("build %d", i).isEqualTo(files(cold));
            for (String f : files(cold)) {
                if (!f.equals(".orbitpress-site")) {
                    assertThat(www.resolve(f)).as("build %d: %s", i, f).hasSameBinaryContentAs(cold.resolve(f));
                }
            }
            assertThat(www.resolve("articles/launch/notes")).doesNotExist();
            assertThat(photos).doesNotExist();
        }
    }

    /**
     * A cold build does not know what it published, so it makes no spare of its own: it keeps the
     * site it replaced as the spare instead of deleting it then, and the next build, which cannot
     * start from a spare of unknown version, deletes it while it builds. Only sites Orbitpress
     * wrote are kept so: a folder replaced with {@code --force} is deleted.
     */
    @Test
    void aColdBuildKeepsTheSiteItReplacedUntilTheNextBuild() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www, "--no-cache")).as(err.toString()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www");
        site.write("content/articles/landing.md", "---\ntitle: Landing\ndate: 2025-08-01\n---\nTouchdown.\n");
        assertThat(build(www, "--no-cache")).as(err.toString()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
        assertThat(dir.resolve(".www.spare/articles/launch/index.html")).exists();
        assertThat(dir.resolve(".www.spare/articles/landing")).doesNotExist();
        assertThat(www.resolve("articles/landing/index.html")).exists();
        site.write("content/articles/docking.md", "---\ntitle: Docking\ndate: 2025-08-02\n---\nHard dock.\n");
        // a build with the cache cannot start from that spare: it is deleted, and this build's
        // own spare is made of links to what it published
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(names(dir)).containsExactlyInAnyOrder("news", "www", ".www.spare");
        assertThat(dir.resolve(".www.spare/articles/docking/index.html")).exists();
        assertThat(Files.isSameFile(dir.resolve(".www.spare/articles/docking/index.html"),
                www.resolve("articles/docking/index.html"))).isTrue();

        Path photos = dir.resolve("photos");
        Files.createDirectories(photos);
        Files.writeString(photos.resolve("moon.jpg"), "not really a photo");
        assertThat(build(photos, "--no-cache", "--force")).as(err.toString()).isZero();
        assertThat(dir.resolve(".photos.spare")).doesNotExist();
        assertThat(names(dir)).doesNotContain(".photos.spare").noneMatch(n -> n.startsWith(".photos.staging-"));
    }

    /**
     * A folder removed by hand from the published site is written again; the spare it leaves then
     * lacks it, and a build that no longer makes it failed ("cannot write the site: .../tags/zz")
     * deleting the folder the spare did not have.
     */
    @Test
    void aFolderRemovedFromTheSiteByHandStopsNoLaterBuild() throws IOException {
        Path www = dir.resolve("www");
        assertThat(build(www)).as(err.toString()).isZero();
        site.write("content/articles/zz.md", "---\ntitle: Zz\ndate: 2025-08-01\ntags: [zz-topic]\n---\nText.\n");
        assertThat(build(www)).as(err.toString()).isZero();
        Path topic = www.resolve("tags/zz-topic");
        assertThat(topic).isDirectory();
        try (Stream<Path> files = Files.walk(topic)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(topic.resolve("index.html")).exists(); // written again
        Files.delete(site.root.resolve("content/articles/zz.md"));
        assertThat(build(www)).as(err.toString()).isZero();
        assertThat(build(dir.resolve("cold"), "--no-cache")).as(err.toString()).isZero();
        assertThat(files(www)).isEqualTo(files(dir.resolve("cold")));
    }

    /** An empty folder is the build's; site/ in the site folder holding files but no marker is not (files put there by hand). */
    @Test
    void anEmptyFolderIsTheBuildsAndTheSiteFolderWithoutAMarkerIsNot() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(build(empty)).as(err.toString()).isZero();
        site.write("site/mine.html", "<p>written by hand</p>");
        assertThat(run("build", "--quiet", "--source", site.root.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("site: error: this folder holds files and no .orbitpress-site file, so"
                + " Orbitpress did not build it");
        assertThat(site.root.resolve("site/mine.html")).exists();
        assertThat(run("build", "--quiet", "--source", site.root.toString(), "--force")).as(err.toString()).isZero();
        assertThat(site.root.resolve("site/.orbitpress-site")).exists();
        assertThat(site.root.resolve("site/mine.html")).doesNotExist();
    }

    @Test
    void theRootOfTheFileSystemIsAClearError() {
        assertThat(build(Path.of("/"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("/: error: the output folder cannot be the root of the file system, as a"
                + " build replaces the whole output folder; choose one like site/ in the site folder\n"
                + "1 error, 0 warnings; nothing was written\n");
    }

    @Test
    void aLinkToTheSiteFolderIsTheSiteFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), site.root);
        assertThat(build(link)).isEqualTo(1);
        assertThat(err.toString()).startsWith(link + ": error: the output folder is the site folder");
        assertThat(site.root.resolve("content/articles/launch.md")).exists();
        Path intoContent = Files.createSymbolicLink(dir.resolve("content-link"), site.root.resolve("content"));
        err.getBuffer().setLength(0);
        assertThat(build(intoContent.resolve("out"))).isEqualTo(1);
        assertThat(err.toString()).startsWith(intoContent.resolve("out") + ": error: the output folder is inside content/");
    }

    /**
     * A story changed and changed back (a figure corrected, then the correction undone): its page
     * goes out with a time no older than the version it replaces. {@code aws s3 sync} uploads a
     * file of the same size only when it is newer than the bucket's copy, and the page was taken
     * from the spare (the site before last) with that site's time, leaving the version in between
     * in the bucket.
     */
    @Test
    void aPageChangedBackIsNoOlderThanTheVersionItReplaces() throws IOException {
        String[] build = {"build", "--quiet", "--source", site.root.toString()};
        Path page = site.root.resolve("site/articles/launch/index.html");
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at 0700.\n");
        assertThat(run(build)).as(err.toString()).isZero();
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at 0800.\n");
        assertThat(run(build)).as(err.toString()).isZero();
        java.nio.file.attribute.FileTime between = Files.getLastModifiedTime(page);
        long size = Files.size(page);
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at 0700.\n");
        assertThat(run(build)).as(err.toString()).isZero();
        assertThat(page).content().contains("Lift-off at 0700.");
        assertThat(Files.size(page)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(page)).isGreaterThanOrEqualTo(between);
    }

    /**
     * {@code site/} made a link to the web server's folder: the builds publish into that folder and
     * the link stays, where the swap used to put a folder in the link's place, leaving the served
     * folder as it was while the build said it had published.
     */
    @Test
    void anOutputFolderThatIsALinkIsPublishedWhereItLeads() throws IOException {
        Path www = Files.createDirectories(dir.resolve("www/news"));
        Path link = Files.createSymbolicLink(site.root.resolve("site"), www);
        assertThat(run("build", "--quiet", "--source", site.root.toString())).as(err.toString()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(www.resolve("articles/launch/index.html")).content().contains("Lift-off.");
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off at dawn.\n");
        assertThat(run("build", "--quiet", "--source", site.root.toString())).as(err.toString()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(www.resolve("articles/launch/index.html")).content().contains("Lift-off at dawn.");
        assertThat(names(site.root)).doesNotContain(".site.spare", ".site.lock");
        Path cold = dir.resolve("cold");
        assertThat(build(cold, "--no-cache")).as(err.toString()).isZero();
        assertThat(files(www)).isEqualTo(files(cold));
        for (String f : files(cold)) {
            if (!f.equals(".orbitpress-site")) {
                assertThat(www.resolve(f)).as(f).hasSameBinaryContentAs(cold.resolve(f));
            }
        }
    }

    /** The paths of the files under {@code root}, in order. */
    private static java.util.List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static java.util.List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
