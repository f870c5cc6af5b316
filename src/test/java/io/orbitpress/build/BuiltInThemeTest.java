package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.session.Session;
import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites with no templates/ or only some: every template and asset they lack comes from the theme
 * built into Orbitpress (this repository's templates/, packed under orbitpress/theme/).
 */
class BuiltInThemeTest {

    @TempDir
    Path dir;

    /** A small site with articles, a person and a mission, and no templates/ folder. */
    private Path site(String name) {
        Path root = dir.resolve(name);
        TestSite s = new TestSite(root);
        Trees.delete(root.resolve("templates"));
        s.write("content/people/ada-pilot.md", """
                ---
                name: Ada Pilot
                role: Commander
                ---
                A pilot.
                """);
        s.write("content/missions/crew-20.md", """
                ---
                name: Crew-20
                crew: [ada-pilot]
                ---
                A flight.
                """);
        for (int i = 1; i <= 3; i++) {
            s.write("content/articles/story-" + i + ".md", """
                    ---
                    title: "Story %d"
                    date: 2025-07-1%d
                    tags: [launch]
                    people: [ada-pilot]
                    ---
                    Ada Pilot flew Crew-20, story %d.
                    """.formatted(i, i, i));
        }
        return root;
    }

    @Test
    void theThemePackedWithTheCodeIsThisRepositorysTemplatesFolder() throws IOException {
        Theme theme = Theme.builtIn();
        assertThat(theme.names()).isEqualTo(files(Path.of("templates")).keySet().stream().toList());
        for (Map.Entry<String, byte[]> f : files(Path.of("templates")).entrySet()) {
            assertThat(theme.bytes(f.getKey()).orElseThrow()).as(f.getKey()).isEqualTo(f.getValue());
        }
        assertThat(theme.assets()).contains("assets/style.css", "assets/search.js");
        assertThat(theme.templates()).contains("layout.html", "article.html").noneMatch(n -> n.startsWith("assets/"));
    }

    /** Without templates/, the site is byte for byte the one built with the whole theme copied in. */
    @Test
    void aSiteWithoutTemplatesIsTheSiteWithTheThemeCopiedIn() {
        Path bare = site("bare");
        Path copied = site("copied");
        io.orbitpress.testing.Trees.copy(Path.of("templates"), copied.resolve("templates"));

        assertThat(files(new SiteBuild(BuildOptions.of(bare)).render())).isEqualTo(
                files(new SiteBuild(BuildOptions.of(copied)).render()));
        BuildResult r = new SiteBuild(BuildOptions.of(bare)).build();
        assertThat(r.warnings()).isEmpty();
        assertThat(bare.resolve("site/assets/style.css")).hasSameBinaryContentAs(Path.of("templates/assets/style.css"));
        assertThat(bare.resolve("site/articles/story-1/index.html")).exists();
        assertThat(bare.resolve("templates")).doesNotExist();
    }

    /** The theme's other article layouts serve a site without templates/ too. */
    @Test
    void aSiteWithoutTemplatesMayUseTheThemesLayouts() throws IOException {
        Path root = site("layouts");
        write(root, "content/articles/live.md", """
                ---
                title: Launch live
                date: 2025-07-31
                layout: liveblog
                ---
                Follow along.

                ## 11:43 Liftoff

                The rocket cleared the tower.
                """);

        BuildResult r = new SiteBuild(BuildOptions.of(root)).build();

        assertThat(r.warnings()).isEmpty();
        assertThat(Jsoup.parse(root.resolve("site/articles/live/index.html").toFile()).select(".live-entry").eachAttr("id"))
                .containsExactly("1143-liftoff");
    }

    /**
     * One template and one asset of the site's own: they win, everywhere, and the rest is the
     * theme's. The built-in page templates ask for ~{layout.html :: layout(...)}: the site's layout.
     */
    @Test
    void theSitesOwnFilesWinAndTheRestComesFromTheTheme() throws IOException {
        Path root = site("own");
        String layout = Files.readString(Path.of("templates/layout.html"));
        assertThat(layout).contains("</footer>");
        write(root, "templates/layout.html", layout.replace("</footer>", "<p class=\"own-desk\">Our own desk</p></footer>"));
        write(root, "templates/assets/style.css", "body { color: #123; }\n");

        BuildResult r = new SiteBuild(BuildOptions.of(root)).build();

        assertThat(r.warnings()).isEmpty();
        for (String page : new String[] {"index.html", "articles/story-2/index.html", "tags/launch/index.html",
                "people/ada-pilot/index.html", "missions/crew-20/index.html", "search/index.html", "404.html"}) {
            assertThat(Jsoup.parse(root.resolve("site").resolve(page).toFile()).select("footer .own-desk").text())
                    .as(page).isEqualTo("Our own desk");
        }
        assertThat(root.resolve("site/assets/style.css")).hasContent("body { color: #123; }");
        assertThat(root.resolve("site/assets/search.js")).hasSameBinaryContentAs(Path.of("templates/assets/search.js"));
        assertThat(root.resolve("site/assets/favicon.svg")).hasSameBinaryContentAs(Path.of("templates/assets/favicon.svg"));
    }

    /** An error met in a file of the built-in theme names that file, and how to change it. */
    @Test
    void anErrorInABuiltInTemplateNamesTheBuiltInFile() throws IOException {
        Path root = site("broken");
        // the site's fragments.html takes two values for the card the built-in home page calls with one
        String fragments = new String(Theme.builtIn().bytes("fragments.html").orElseThrow(), StandardCharsets.UTF_8);
        write(root, "templates/fragments.html", fragments.replace("th:fragment=\"card(a)\"", "th:fragment=\"card(a, wide)\""));

        List<String> home = Files.readAllLines(Path.of("templates/home.html"));
        int line = 1 + IntStream.range(0, home.size()).filter(i -> home.get(i).contains("fragments.html :: card("))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(root)).render()).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).map(Diagnostic::format).anySatisfy(m -> assertThat(m)
                        .startsWith("<built-in>/home.html:" + line + ":")
                        .contains("orbitpress theme eject home.html copies it into templates/ to change it")));
    }

    /**
     * A template of the site's own made, then removed, between builds of one session: each build
     * equals a cold build of the same files.
     */
    @Test
    void anOverrideComingAndGoingBetweenBuildsOfOneSession() {
        Path root = site("session");
        Session session = Session.inMemory();
        BuildOptions options = BuildOptions.of(root);
        Map<String, String> before = files(new SiteBuild(options, session).render());

        String home = new String(Theme.builtIn().bytes("home.html").orElseThrow(), StandardCharsets.UTF_8);
        write(root, "templates/home.html", home.replace("</main>", "<p id=\"own\">Own home</p></main>"));
        Map<String, String> with = files(new SiteBuild(options, session).render());
        assertThat(with.get("index.html")).contains("<p id=\"own\">Own home</p>");
        assertThat(with).isEqualTo(files(new SiteBuild(options).render()));

        Trees.delete(root.resolve("templates"));
        Map<String, String> after = files(new SiteBuild(options, session).render());
        assertThat(after).isEqualTo(before);
    }

    private static void write(Path root, String path, String text) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every output file as text, by path (copies read from their source). */
    private static Map<String, String> files(SiteBuild.Rendered r) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : r.files()) {
            try {
                byte[] b = f.bytes() != null ? f.bytes() : Files.readAllBytes(f.copyFrom());
                out.put(f.path(), new String(b, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** Deleting folders. */
    static final class Trees {
        static void delete(Path p) {
            if (!Files.exists(p)) {
                return;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
