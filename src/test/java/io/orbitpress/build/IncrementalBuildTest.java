package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.orbitpress.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that share a {@link Session} give, after every kind of edit, the same files as a cold
 * build of the same folder, byte for byte, and redo only what an edit touches.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    TestSite site;
    Session session = newSession();

    Session newSession() {
        Session s = Session.inMemory();
        if (watched()) {
            s.watched();
        }
        return s;
    }

    WriterEdits edits;

    @BeforeEach
    void writeSite() {
        site = new TestSite(dir);
        edits = new WriterEdits(site);
        edits.writeSite();
    }

    private void article(int i, String title, String date, String tag, String person) {
        edits.article(i, title, date, tag, person);
    }

    /**
     * Whether the cache is told which files changed before each rebuild, as the preview's file
     * watcher tells it; otherwise a rebuild walks the folders and checks each file's stamp.
     */
    boolean watched() {
        return false;
    }

    /** Whether the last {@link #rebuildMatchesColdBuild()} built (rather than failed alike). */
    private boolean lastBuilt;

    /** Every file of content/ and templates/ with its bytes, at the last rebuild. */
    private Map<Path, String> seen;

    /** What the watcher would have reported since the last rebuild: files written, added or removed. */
    private void tellCacheWhatChanged() {
        Map<Path, String> now = new TreeMap<>();
        for (String folder : List.of("content", "templates")) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir.resolve(folder))) {
                walk.filter(Files::isRegularFile).forEach(f -> now.put(f.toAbsolutePath(), bytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seen != null) {
            java.util.Set<Path> changed = new java.util.HashSet<>();
            now.forEach((f, text) -> {
                if (!text.equals(seen.get(f))) {
                    changed.add(f);
                }
            });
            seen.keySet().stream().filter(f -> !now.containsKey(f)).forEach(changed::add);
            session.changed(changed);
        }
        seen = now;
    }

    private static String bytes(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds with the cache and cold, and asserts the same outcome: equal files, or equal failures. */
    private SiteBuild.Work rebuildMatchesColdBuild() {
        if (watched()) {
            tellCacheWhatChanged();
        }
        SiteBuild.Rendered cold;
        lastBuilt = false;
        try {
            cold = new SiteBuild(BuildOptions.of(dir)).render();
        } catch (BuildFailure coldFailure) {
            assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(dir), session).render())
                    .isInstanceOfSatisfying(BuildFailure.class,
                            f -> assertThat(formatted(f.diagnostics())).isEqualTo(formatted(coldFailure.diagnostics())));
            return null;
        }
        SiteBuild.Rendered warm = new SiteBuild(BuildOptions.of(dir), session).render();
        Map<String, String> warmFiles = contents(warm.files());
        Map<String, String> coldFiles = contents(cold.files());
        assertThat(warmFiles.keySet()).containsExactlyElementsOf(coldFiles.keySet());
        coldFiles.forEach((path, text) -> assertThat(warmFiles.get(path)).as(path).isEqualTo(text));
        assertThat(warm.pagesByKind()).isEqualTo(cold.pagesByKind());
        assertThat(formatted(warm.warnings())).isEqualTo(formatted(cold.warnings()));
        assertThat(warm.suggestions()).isEqualTo(cold.suggestions());
        lastBuilt = true;
        return warm.work();
    }

    private static List<String> formatted(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    private static Map<String, String> contents(List<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) {
            try {
                byte[] bytes = f.bytes() != null ? f.bytes() : Files.readAllBytes(f.copyFrom());
                out.put(f.path(), new String(bytes, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void edit(String path, String from, String to) {
        String text = read(path);
        assertThat(text).contains(from);
        site.write(path, text.replace(from, to));
    }

    @Test
    void everyEditGivesTheFilesOfAColdBuild() throws IOException {
        SiteBuild.Work first = rebuildMatchesColdBuild();
        int pages = new SiteBuild(BuildOptions.of(dir)).render().pagesByKind().values().stream().mapToInt(i -> i).sum();
        assertThat(first.pages()).isEqualTo(pages);

        edit("content/articles/story-3.md", "title: \"Story 3\"", "title: \"Story three, retitled\"");
        rebuildMatchesColdBuild();

        edit("content/articles/story-3.md", "spoke about Crew-12", "talked about Crew-12");
        rebuildMatchesColdBuild();

        // an update date moves the feeds' own dates; taking it away moves them back
        edit("content/articles/story-2.md", "date: 2025-07-12", "date: 2025-07-12\nupdated: 2025-09-01");
        rebuildMatchesColdBuild();
        edit("content/articles/story-4.md", "date: 2025-07-14", "date: 2025-07-14\nupdated: 2025-09-02");
        rebuildMatchesColdBuild();
        edit("content/articles/story-2.md", "\nupdated: 2025-09-01", "");
        rebuildMatchesColdBuild();

        // a warning on the edited article, then none
        edit("content/articles/story-3.md", "## Details", "![](/chart.png)\n\n## Details");
        rebuildMatchesColdBuild();
        edit("content/articles/story-3.md", "![](/chart.png)\n\n", "");
        rebuildMatchesColdBuild();

        edit("content/articles/story-3.md", "date: 2025-07-13", "slug: third-story\ndate: 2025-07-13");
        rebuildMatchesColdBuild();

        edit("content/articles/story-1.md", "date: 2025-07-11", "date: 2025-07-30"); // now the newest
        rebuildMatchesColdBuild();

        edit("content/articles/story-2.md", "tags: [launch, crew]", "tags: [launch, crew, spacewalk]");
        rebuildMatchesColdBuild();

        article(7, "Story 7", "2025-07-20", "spacewalk", "Ben Lander");
        rebuildMatchesColdBuild();

        // a topic's name comes from every article and site.yaml: one article's spelling renames it on all
        edit("content/articles/story-2.md", "tags: [launch, crew, spacewalk]", "tags: [launch, crew, SpaceWalk]");
        rebuildMatchesColdBuild();
        edit("content/site.yaml", "title: Test Desk", "title: Test Desk\ntags: {launch: \"Launches\"}");
        rebuildMatchesColdBuild();
        edit("content/site.yaml", "\ntags: {launch: \"Launches\"}", "");
        rebuildMatchesColdBuild();

        Files.delete(dir.resolve("content/articles/story-5.md"));
        rebuildMatchesColdBuild();

        Files.move(dir.resolve("content/articles/story-4.md"), dir.resolve("content/articles/story-four.md"));
        rebuildMatchesColdBuild();

        edit("content/people/ada-orbit.md", "role: commander", "role: station commander");
        rebuildMatchesColdBuild();

        site.write("content/people/cora-vance.md", "---\nname: Cora Vance\n---\nCora Vance trains.\n");
        edit("content/articles/story-6.md", "## Details", "Cora Vance joined.\n\n## Details");
        rebuildMatchesColdBuild();

        edit("templates/article.html", "</article>", "<p class=\"edited-template\">Edited.</p></article>");
        int now = new SiteBuild(BuildOptions.of(dir)).render().pagesByKind().values().stream().mapToInt(i -> i).sum();
        assertThat(rebuildMatchesColdBuild().pages()).as("a template edit renders every page").isEqualTo(now);

        edit("content/site.yaml", "title: Test Desk", "title: Test Desk Two");
        rebuildMatchesColdBuild();
    }

    @Test
    void errorsAreTheColdBuildsAndTheFixRecovers() {
        rebuildMatchesColdBuild();

        edit("content/articles/story-2.md", "title: \"Story 2\"", "title: [unclosed");
        rebuildMatchesColdBuild();

        edit("content/articles/story-2.md", "title: [unclosed", "title: \"Story 2, fixed\"");
        rebuildMatchesColdBuild();

        // An id no registry has, then the registry file that makes it known.
        edit("content/articles/story-2.md", "missions: [test-mission]", "missions: [test-mission, later-mission]");
        rebuildMatchesColdBuild();
        edit("content/articles/story-2.md", "Crew-12", "Crew-12 again");
        rebuildMatchesColdBuild();
        site.write("content/missions/later-mission.md", "---\nname: Later Mission\n---\nA later mission.\n");
        rebuildMatchesColdBuild();

        // A link to a page that goes away breaks on a page that is not rendered again.
        edit("content/articles/story-3.md", "[the first story](/articles/story-1/)", "[story 6](/articles/story-6/)");
        rebuildMatchesColdBuild();
        site.write("content/articles/story-6.md", read("content/articles/story-6.md").replace("date:", "draft: true\ndate:"));
        rebuildMatchesColdBuild();

        // A heading that a fragment link on another page names goes away.
        edit("content/articles/story-6.md", "draft: true\n", "");
        rebuildMatchesColdBuild();
        edit("content/articles/story-1.md", "## Details", "## Background");
        rebuildMatchesColdBuild();
        edit("content/articles/story-1.md", "## Background", "## Details");
        rebuildMatchesColdBuild();
    }

    /**
     * A second language: Russian translations and a Russian-only story, edited, retitled, given new
     * names in the registry, moved between language folders and relinked, each rebuild equal to a
     * cold build of the same files.
     */
    @Test
    void editsOfATwoLanguageSiteGiveTheFilesOfAColdBuild() throws IOException {
        site.write("content/site.yaml", read("content/site.yaml") + """
                language: en
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                """);
        edit("content/people/ada-orbit.md", "name: Ada Orbit", "name: {en: Ada Orbit, ru: Ада Орбит}");
        site.write("content/articles/ru/story-1.md", """
                ---
                title: История 1
                date: 2025-07-11
                tags: [запуск, станция]
                ---
                Аду Орбит встретили на станции. Орбит улыбнулась.
                """);
        site.write("content/articles/ru/только-по-русски.md", """
                ---
                title: Только по-русски
                date: 2025-07-20
                tags: [Роскосмос]
                ---
                С Адой Орбит поговорили журналисты.
                """);
        rebuildMatchesColdBuild();
        assertThat(lastBuilt).isTrue();
        edit("content/articles/ru/story-1.md", "Орбит улыбнулась.", "Орбит улыбнулась. Об Аде Орбит писали все.");
        rebuildMatchesColdBuild();
        edit("content/articles/ru/story-1.md", "title: История 1", "title: История первая");
        rebuildMatchesColdBuild();
        edit("content/people/ada-orbit.md", "ru: Ада Орбит", "ru: Ада Орбита");
        rebuildMatchesColdBuild();
        Files.move(dir.resolve("content/articles/ru/только-по-русски.md"), dir.resolve("content/articles/only.md"));
        rebuildMatchesColdBuild();
        edit("content/articles/only.md", "date: 2025-07-20", "date: 2025-07-20\nlang: ru\ntranslationKey: story-2");
        rebuildMatchesColdBuild();
        assertThat(lastBuilt).isTrue();
        edit("content/articles/ru/story-1.md", "tags: [запуск, станция]", "tags: [запуск, Roskosmos]");
        rebuildMatchesColdBuild();
        assertThat(lastBuilt).as("Roskosmos and Роскосмос would share a page: refused, as cold").isFalse();
        edit("content/articles/ru/story-1.md", "Roskosmos", "Роскосмос");
        rebuildMatchesColdBuild();
        assertThat(lastBuilt).isTrue();
    }

    @Test
    void randomEditSequencesGiveTheFilesOfAColdBuild() throws IOException {
        for (long seed = 1; seed <= 2; seed++) {
            assertThat(builtAfterRandomEdits(seed)).as("edits of seed %d that built (the others failed alike)", seed)
                    .isGreaterThan(15);
        }
    }

    /** The same with lists numbered from the oldest: their older pages are kept, never stale. */
    @Test
    void randomEditSequencesGiveTheFilesOfAColdBuildWithListsNumberedFromTheOldest() throws IOException {
        site.write("content/site.yaml", site.read("content/site.yaml") + "pageNumbers: fromOldest\n");
        assertThat(builtAfterRandomEdits(3)).as("edits that built (the others failed alike)").isGreaterThan(15);
        assertThat(new SiteBuild(BuildOptions.of(dir)).render().files()).extracting(OutputFile::path)
                .contains("page/1/index.html", "tags/launch/page/1/index.html");
    }

    /** 25 random edits from a new session, each rebuilt and compared: how many built. */
    private int builtAfterRandomEdits(long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        session = newSession();
        seen = null;
        rebuildMatchesColdBuild();
        int built = 0;
        for (int step = 0; step < 25; step++) {
            randomEdit(random, step);
            rebuildMatchesColdBuild();
            built += lastBuilt ? 1 : 0;
        }
        return built;
    }

    /**
     * A story written as a page bundle: its picture replaced, its files rewritten, added and taken
     * away, its address changed; each rebuilt and compared with a cold build.
     */
    @Test
    void randomBundleEditsGiveTheFilesOfAColdBuild() throws IOException {
        java.util.Random random = new java.util.Random(4);
        rebuildMatchesColdBuild();
        for (int step = 0; step < 20; step++) {
            edits.bundleEdit(random, step);
            rebuildMatchesColdBuild();
            assertThat(lastBuilt).as("step %d built", step).isTrue();
        }
        assertThat(new SiteBuild(BuildOptions.of(dir)).render().files()).extracting(OutputFile::path)
                .anyMatch(p -> p.matches("articles/bundle(-\\d+)?/pad-120w\\.[0-9a-f]{10}\\.png"))
                .anyMatch(p -> p.matches("articles/bundle(-\\d+)?/notes/first\\.txt"));
    }

    private void randomEdit(java.util.Random random, int step) throws IOException {
        edits.randomEdit(random, step, this::rebuildMatchesColdBuild);
    }

    @Test
    void anArticleInANewYearMovesEveryPagesFooter() {
        rebuildMatchesColdBuild();
        article(7, "Story 7", "2026-01-02", "station", "Ada Orbit");
        rebuildMatchesColdBuild();
        edit("content/articles/story-7.md", "date: 2026-01-02", "date: 2025-07-20");
        rebuildMatchesColdBuild();
    }

    @Test
    void editsMadeWhileABuildFailedAreNotLost() throws IOException {
        rebuildMatchesColdBuild();

        // an edit, and a file that cannot be read: the build fails while reading
        edit("content/articles/story-3.md", "spoke about Crew-12", "talked about Crew-12");
        Files.write(dir.resolve("content/articles/story-5.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        rebuildMatchesColdBuild();
        article(5, "Story 5", "2025-07-15", "station", "Ada Orbit");
        rebuildMatchesColdBuild(); // the first edit shows, though only story-5 changed since the failure

        // a broken link on a page rendered by a build that then failed (a copied file takes a page's place)
        edit("content/articles/story-3.md", "## Details", "A [gone page](/articles/nowhere/).\n\n## Details");
        site.write("content/static/articles/story-1/index.html", "<p>a copy</p>");
        rebuildMatchesColdBuild();
        Files.delete(dir.resolve("content/static/articles/story-1/index.html"));
        rebuildMatchesColdBuild(); // fails on the broken link, as a cold build does
    }

    @Test
    void anArticleBodyEditRendersOnlyThePagesThatShowIt() {
        for (int i = 1; i <= 30; i++) { // older stories on other topics, naming nobody
            site.write("content/articles/other-" + i + ".md", """
                    ---
                    title: "Other %d"
                    date: 2024-03-%02d
                    tags: [topic-%d]
                    ---
                    Unrelated news number %d.
                    """.formatted(i, i, i % 5, i));
        }
        SiteBuild.Work first = rebuildMatchesColdBuild();

        edit("content/articles/story-4.md", "spoke about Crew-12", "talked about Crew-12");
        SiteBuild.Work after = rebuildMatchesColdBuild();

        // Its page, its neighbours, the lists and feeds showing it, the pages of the entities it
        // involves that list it: not the other stories, their topics or the later pages of lists.
        assertThat(after.routes()).contains("articles/story-4/", "articles/story-3/", "articles/story-5/",
                "people/ada-orbit/", "missions/test-mission/page/2/", "tags/crew/");
        assertThat(after.routes()).doesNotContain("missions/test-mission/", "missions/test-mission/page/3/");
        assertThat(after.routes()).noneMatch(r -> r.startsWith("articles/other-") || r.startsWith("tags/topic-")
                || r.startsWith("people/ben-lander/") || r.equals("sitemap.xml") || r.equals("robots.txt"));
        assertThat(after.pages()).isLessThan(first.pages() / 3);
        assertThat(after.articles()).as("a body edit makes only the edited article").isEqualTo(1);

        edit("content/articles/story-4.md", "title: \"Story 4\"", "title: \"Story four\"");
        assertThat(rebuildMatchesColdBuild().articles()).as("so does a new title").isEqualTo(1);
        edit("content/articles/story-4.md", "tags: [", "tags: [mars, ");
        rebuildMatchesColdBuild();

        SiteBuild.Work unchanged = rebuildMatchesColdBuild();
        assertThat(unchanged.pages()).as("a rebuild with no change renders nothing").isZero();
        assertThat(unchanged.articles()).as("and makes no article").isZero();
    }
}
