package io.orbitpress.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import io.orbitpress.testing.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache folder of {@code orbitpress build}: a damaged, cut short or foreign cache file is
 * ignored with one warning and the build runs cold, giving the site a cold build gives; a cache
 * of another tool is not used, said in the build's summary and no warning; {@code --no-cache} neither reads nor writes one, and
 * {@code --cache DIR} puts it elsewhere.
 */
class CacheFolderTest {

    @TempDir
    Path dir;

    private Path cache;
    private String lastErr;
    private String lastOut;

    @BeforeEach
    void writeSite() throws IOException {
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        write("content/site.yaml", "title: Cache Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n");
        write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda Orbit flies.\n");
        for (int i = 1; i <= 4; i++) {
            write("content/articles/s" + i + ".md", "---\ntitle: Story " + i + "\ndate: 2025-07-1" + i
                    + "\ntags: [launch]\n---\nAda Orbit spoke on day " + i + ".\n");
        }
        cache = dir.resolve(".orbitpress-cache");
    }

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private int build(String... more) {
        return buildAt(dir, more);
    }

    private int buildAt(Path source, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("build", "--source", source.toString()), Stream.of(more))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        lastErr = err.toString();
        lastOut = out.toString();
        return code;
    }

    private Map<String, String> site(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".orbitpress-site"))::iterator) {
                out.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    private Map<String, String> coldSite() throws IOException {
        assertThat(build("--no-cache", "--out", dir.resolve("cold").toString())).isZero();
        return site(dir.resolve("cold"));
    }

    /**
     * A cache folder another version of Orbitpress made (an upgrade, a rollback): not used, and no
     * warning (a --strict build passes), but the summary says why everything was made; the next
     * build is warm.
     */
    @Test
    void aCacheOfAnotherToolIsNotUsedAndTheSummarySaysSo() throws IOException {
        Session other = Session.inFolder(cache, ".orbitpress-cache", io.orbitpress.hash.Fingerprint.of("Orbitpress 0.0.9"));
        other.begin();
        other.end(true);
        assertThat(cache.resolve("index.bin")).exists();

        assertThat(build("--strict")).as(lastErr).isZero();
        assertThat(lastErr).doesNotContain("warning");
        assertThat(lastOut).contains("; everything made anew: the cache folder held another Orbitpress's or another"
                + " JVM's work (a new version, or the jar after the Maven plugin), which is now replaced")
                .doesNotContain("kept from the last build");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());

        write("content/articles/s1.md", "---\ntitle: Story one, edited\ndate: 2025-07-11\n---\nEdited.\n");
        assertThat(build()).isZero();
        assertThat(lastOut).contains("the others kept from the last build").doesNotContain("made anew");
    }

    /**
     * A cache folder that held none of a build's stories as they are now (another site's, built with
     * the same --cache; or what every story is made with changed): the summary says why the build
     * made them all, as neither the first build into an empty folder, a warm build, nor one after
     * every story was edited does.
     */
    @Test
    void aBuildThatKeptNoStoryFromACacheOfResultsSaysWhy(@TempDir Path other) throws IOException {
        String why = "; every story made anew: the cache folder held none of them as they are now (site.yaml, a"
                + " registry file, the build's options such as --drafts, or every story changed since it was"
                + " written, or it is another site's: give each site its own --cache)";
        assertThat(build()).as(lastErr).isZero();
        assertThat(lastOut).doesNotContain("made anew");

        Trees.copy(Path.of("templates"), other.resolve("templates"));
        Files.createDirectories(other.resolve("content/articles"));
        Files.writeString(other.resolve("content/site.yaml"), "title: Other Desk\nbaseUrl: https://other.example.org/\n"
                + "timeZone: UTC\n");
        Files.writeString(other.resolve("content/articles/elsewhere.md"), "---\ntitle: Elsewhere\ndate: 2025-08-01\n"
                + "---\nA story of another site.\n");
        assertThat(buildAt(other, "--cache", cache.toString())).as(lastErr).isZero();
        assertThat(lastOut).contains(why);
        // the folder now holds the other site's results
        assertThat(build()).as(lastErr).isZero();
        assertThat(lastOut).contains(why);
        assertThat(build()).as(lastErr).isZero();
        assertThat(lastOut).doesNotContain("made anew").contains("kept from the last build");

        assertThat(build("--drafts")).as(lastErr).isZero();
        assertThat(lastOut).contains(why);
        assertThat(build("--drafts")).as(lastErr).isZero();
        assertThat(lastOut).doesNotContain("made anew");

        // every story edited: every story made anew, as the writer knows
        for (int i = 1; i <= 4; i++) {
            write("content/articles/s" + i + ".md", "---\ntitle: Story " + i + ", edited\ndate: 2025-07-1" + i
                    + "\n---\nAda Orbit spoke again.\n");
        }
        assertThat(build("--drafts")).as(lastErr).isZero();
        assertThat(lastOut).doesNotContain("made anew");
    }

    @Test
    void aDamagedIndexIsIgnoredWithOneWarningAndTheBuildRunsCold() throws IOException {
        assertThat(build()).isZero();
        Path index = cache.resolve("index.bin");
        byte[] b = Files.readAllBytes(index);
        b[b.length / 2] ^= 0x55;
        Files.write(index, b);
        write("content/articles/s2.md", "---\ntitle: Story two\ndate: 2025-07-12\n---\nEdited.\n");
        assertThat(build()).isZero();
        assertThat(lastErr.lines().filter(l -> l.contains(".orbitpress-cache/index.bin")))
                .containsExactly(".orbitpress-cache/index.bin: warning: the cache file is damaged (cut short or changed);"
                        + " building without it, and replacing it");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
        assertThat(build()).isZero();
        assertThat(lastErr).as("the cache was replaced by a good one").doesNotContain("cache");
    }

    /** Entries whose bytes changed (the file's frame intact) are made again, with one warning. */
    @Test
    void damagedEntriesAreMadeAgainWithOneWarning() throws IOException {
        assertThat(build()).isZero();
        Path entries = cache.resolve("entries.bin");
        byte[] b = Files.readAllBytes(entries);
        for (int i = 0; i < 64; i++) {
            b[b.length / 3 + i * (b.length / 200)] ^= 0x55;
        }
        Files.write(entries, b);
        for (int i = 1; i <= 4; i++) {
            write("content/articles/s" + i + ".md", "---\ntitle: Story " + i + "\ndate: 2025-07-1" + i
                    + "\ntags: [launch]\n---\nAda Orbit spoke on day " + i + ", again.\n");
        }
        assertThat(build()).isZero();
        assertThat(lastErr.lines().filter(l -> l.contains(".orbitpress-cache/")))
                .containsExactly(".orbitpress-cache/entries.bin: warning: some of the cache's entries are damaged (their"
                        + " bytes changed since they were written); what they held was made again, and they are"
                        + " replaced");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
        assertThat(build()).isZero();
        assertThat(lastErr).as("the cache was written anew").doesNotContain("cache");
    }

    @Test
    void aCacheCutShortOrForeignIsIgnoredWithOneWarning() throws IOException {
        assertThat(build()).isZero();
        Path entries = cache.resolve("entries.bin");
        Files.write(entries, java.util.Arrays.copyOf(Files.readAllBytes(entries), 100));
        write("content/articles/s3.md", "---\ntitle: Story three\ndate: 2025-07-13\n---\nEdited.\n");
        assertThat(build()).isZero();
        assertThat(lastErr).contains(".orbitpress-cache/entries.bin: warning: the cache file is damaged (cut short or"
                + " replaced); building without it");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());

        Files.writeString(cache.resolve("index.bin"), "not a cache at all\n");
        assertThat(build()).isZero();
        assertThat(lastErr).contains(".orbitpress-cache/index.bin: warning: this is not an Orbitpress cache file");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
    }

    /**
     * A cache file that cannot be replaced (a folder in its place) costs one warning that says so,
     * at every build while it is there, and leaves no file half-made: the cache is neither read nor
     * written.
     */
    @Test
    void aCacheFileThatCannotBeReplacedLeavesNothingBehind() throws IOException {
        assertThat(build()).isZero();
        for (String name : new String[] {"entries.bin", "index.bin", "lock"}) {
            Path file = cache.resolve(name);
            Files.delete(file);
            write(".orbitpress-cache/" + name + "/kept.txt", "a folder where the cache's file was");
            write("content/articles/s1.md", "---\ntitle: Story one (" + name + ")\ndate: 2025-07-11\n---\nEdited.\n");
            assertThat(build()).isZero();
            assertThat(lastErr.lines().filter(l -> l.contains(": warning:"))).containsExactly(".orbitpress-cache/" + name
                    + ": warning: this is a folder where the cache keeps a file; building without the cache, and leaving"
                    + " the folder as it is (remove .orbitpress-cache to start the cache anew)");
            try (Stream<Path> files = Files.list(cache)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
            }
            assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
            Files.delete(file.resolve("kept.txt"));
            Files.delete(file);
        }
    }

    /**
     * A site copied elsewhere with its cache and site/ (a CI job whose workspace path changes from
     * run to run, each file made anew) builds warm there: no page rendered again, the site a cold
     * build gives.
     */
    @Test
    void aSiteMovedWithItsCacheAndOutputStaysWarm(@TempDir Path elsewhere) throws IOException {
        assertThat(build()).isZero();
        Path moved = elsewhere.resolve("workspace-2");
        Trees.copy(dir, moved);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source",
                moved.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("0 pages rendered, the others kept from the last build");
        dir = moved;
        assertThat(site(moved.resolve("site"))).isEqualTo(coldSite());
    }

    /**
     * A file where the cache folder goes (a CI cache restored wrong, a file committed by mistake)
     * is a warning and a cold build, as a damaged cache is; the file is left as it is.
     */
    @Test
    void aFileAtTheCachePathIsLeftAloneAndTheBuildRunsWithoutIt() throws IOException {
        write(".orbitpress-cache", "not a folder\n");
        assertThat(build()).as(lastErr).isZero();
        assertThat(lastErr.lines()).containsExactly(".orbitpress-cache: warning: the cache path is a file, not a folder; building without"
                        + " the cache (remove the file, or give the cache another folder with --cache)",
                "0 errors, 1 warning");
        assertThat(Files.readString(cache)).isEqualTo("not a folder\n");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
    }

    /** A file the user who builds may not read or write is said so: Java's own message is the path alone. */
    @Test
    void aRefusedCacheFileSaysPermissionDenied() {
        assertThat(DiskCache.why(new java.nio.file.AccessDeniedException("/x/.orbitpress-cache/index.bin")))
                .isEqualTo("permission denied: /x/.orbitpress-cache/index.bin; let the user who builds read and write"
                        + " the cache folder");
        assertThat(DiskCache.why(new java.nio.file.NotDirectoryException("/x/y"))).isEqualTo("NotDirectory: /x/y");
        assertThat(DiskCache.why(new IOException("disk full"))).isEqualTo("disk full");
    }

    /**
     * A cache folder on a read-only mount (a CI job's checkout mounted so, the site built with --out
     * elsewhere) says where else the cache can go; the JDK's message names the path and the reason.
     */
    @Test
    void aCacheOnAReadOnlyFileSystemSaysToGiveItAnotherFolder() {
        assertThat(DiskCache.why(new java.nio.file.FileSystemException("/x/.orbitpress-cache", null,
                "Read-only file system"))).isEqualTo("/x/.orbitpress-cache: Read-only file system; give the cache"
                        + " a folder that can be written with --cache DIR");
    }

    @Test
    void aCacheOfAnotherToolIsNotUsedAndNothingIsSaid() throws IOException {
        assertThat(build()).isZero();
        // the same layout, made by another version: its tool fingerprint differs
        Session other = Session.inFolder(cache, ".orbitpress-cache", new io.orbitpress.hash.Fingerprint(1, 2));
        other.begin();
        assertThat(other.takeNotices()).isEmpty();
        other.end(true);
        write("content/articles/s4.md", "---\ntitle: Story four\ndate: 2025-07-14\n---\nEdited.\n");
        assertThat(build()).isZero();
        assertThat(lastErr).doesNotContain("cache");
        assertThat(site(dir.resolve("site"))).isEqualTo(coldSite());
    }

    @Test
    void noCacheWritesNoneAndCacheDirPutsItElsewhere() throws IOException {
        assertThat(build("--no-cache")).isZero();
        assertThat(cache).doesNotExist();
        Path elsewhere = dir.resolve("ci-cache/orbitpress");
        assertThat(build("--cache", elsewhere.toString())).isZero();
        assertThat(elsewhere.resolve("index.bin")).isRegularFile();
        assertThat(elsewhere.resolve(".gitignore")).hasContent("# made by Orbitpress: the build cache, not for version"
                + " control\n*");
        assertThat(cache).doesNotExist();
    }

    /**
     * The cache holds the text of every story, held-back ones too: a cache folder inside the
     * output folder or content/static/ would publish it, one that is content/, templates/ or
     * the site folder would be read as the site or hide it from git. Refused, like such an
     * output folder, before anything is read or written.
     */
    @Test
    void aCacheFolderThatWouldBePublishedOrReadIsRefused() throws IOException {
        write("content/articles/held.md", "---\ntitle: Held\ndate: 2025-07-20\npublishDate: 2099-01-01T00:00:00Z\n"
                + "---\nThe secret word is xyzzy.\n");
        assertThat(build()).as(lastErr).isZero();
        Map<String, String> before = site(dir.resolve("site"));
        String[][] refused = {
            {"site/cache", "the cache folder is inside the output folder, which is published"},
            {"content/static/cache", "the cache folder is inside content/, which the build reads and whose static/ it"
                + " publishes"},
            {"templates/cache", "the cache folder is inside templates/, which the build reads;"},
            {".", "the cache folder is the site folder;"},
        };
        for (String[] r : refused) {
            Path folder = dir.resolve(r[0]).toAbsolutePath().normalize();
            assertThat(build("--cache", folder.toString())).as(r[0]).isEqualTo(1);
            assertThat(lastErr).as(r[0]).startsWith(folder + ": error: " + r[1])
                    .endsWith("1 error, 0 warnings; nothing was written\n");
        }
        Path notes = dir.resolve("notes");
        write("notes/todo.txt", "call the launch director");
        assertThat(build("--cache", notes.toString())).isEqualTo(1);
        assertThat(lastErr).startsWith(notes + ": error: this folder holds files and is not an Orbitpress cache folder");
        try (Stream<Path> left = Files.list(notes)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("todo.txt");
        }
        // a cache folder whose making was cut short after its first file is still the cache's
        Path cut = dir.resolve("cut-cache");
        write("cut-cache/.gitignore", "# made by Orbitpress: the build cache, not for version control\n*");
        assertThat(build("--cache", cut.toString())).as(lastErr).isZero();
        assertThat(cut.resolve("index.bin")).isRegularFile();
        assertThat(site(dir.resolve("site"))).isEqualTo(before);
        assertThat(dir.resolve("content/static")).doesNotExist();
        assertThat(dir.resolve("content/.gitignore")).doesNotExist();
        assertThat(site(dir.resolve("site")).values()).noneMatch(text -> text.contains("xyzzy"));
    }
}
