package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.SiteBuild;
import io.orbitpress.publish.OutputFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After each edit and its one reload event, the server serves what a cold build of the files gives. */
class IncrementalServeTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    MiniSite site;
    PreviewServer server;
    EventStream events;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        site = MiniSite.create(dir);
        site.write("content/articles/third.md", """
                ---
                title: Third
                date: 2025-08-02
                tags: [station]
                people: [ada-orbit]
                ---
                Ada Orbit docks. See [the first article](/articles/first/).
                """);
        server = site.serve(log);
        events = EventStream.open(HttpClient.newHttpClient(), server.url().resolve("/_orbitpress/events"));
    }

    @AfterEach
    void stop() {
        events.close();
        server.close();
    }

    private void reloaded() throws InterruptedException {
        EventStream.Event e = events.next(EVENT_TIMEOUT);
        assertThat(e).as("an event; server log:%n%s", log).isNotNull();
        assertThat(e.name()).as(e.data()).isEqualTo("reload");
    }

    /** The data of the next event, which must be an error. */
    private String failed() throws InterruptedException {
        EventStream.Event e = events.next(EVENT_TIMEOUT);
        assertThat(e).as("an event; server log:%n%s", log).isNotNull();
        assertThat(e.name()).as(e.data()).isEqualTo("error");
        return e.data();
    }

    /** Every served file, as served (reload script included), against a cold build's files made servable. */
    private void servesAColdBuild() throws IOException {
        Map<String, String> served = new TreeMap<>();
        for (Map.Entry<String, Resource> e : server.snapshot().files().entrySet()) {
            served.put(e.getKey(), new String(e.getValue().body().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        Map<String, String> cold = new TreeMap<>();
        // The server builds with its own address as base URL.
        for (OutputFile f : new SiteBuild(site.options().withBaseUrl(server.url().toString())).render().files()) {
            cold.put(f.path(), new String(Resource.of(f).body().bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertThat(served.keySet()).containsExactlyElementsOf(cold.keySet());
        cold.forEach((path, text) -> assertThat(served.get(path)).as(path).isEqualTo(text));
    }

    @Test
    void eachEditServesWhatAColdBuildGives() throws Exception {
        servesAColdBuild();

        site.article("first", "First light, retitled");
        reloaded();
        servesAColdBuild();

        site.write("content/articles/second.md", site.read("content/articles/second.md").replace("2025-07-30", "2025-08-09"));
        reloaded();
        servesAColdBuild();

        site.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands.\n");
        reloaded();
        servesAColdBuild();

        Files.delete(dir.resolve("content/articles/second.md"));
        reloaded();
        servesAColdBuild();

        // Files found from the watcher's paths, without walking content/ again: a new file, a
        // rename, a new folder with an article, the folder renamed, then removed.
        site.write("content/articles/fourth.md", "---\ntitle: Fourth\ndate: 2025-08-05\n---\nAda Orbit waits.\n");
        reloaded();
        servesAColdBuild();
        Files.move(dir.resolve("content/articles/fourth.md"), dir.resolve("content/articles/fourth-renamed.md"));
        reloaded();
        servesAColdBuild();
        site.write("content/articles/2025/fifth.md", "---\ntitle: Fifth\ndate: 2025-08-06\n---\nNews.\n");
        reloaded();
        servesAColdBuild();
        Files.move(dir.resolve("content/articles/2025"), dir.resolve("content/articles/archive"));
        reloaded();
        servesAColdBuild();
        Files.delete(dir.resolve("content/articles/archive/fifth.md"));
        Files.delete(dir.resolve("content/articles/archive"));
        reloaded();
        servesAColdBuild();

        site.write("templates/404.html", site.read("templates/404.html").replace("</main>", "<p>Try the home page.</p></main>"));
        reloaded();
        servesAColdBuild();
    }

    /** The text of a served file. */
    private String served(String path) throws IOException {
        return new String(server.snapshot().files().get(path).body().bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The output path of a picture copy as a page at /articles/x/ names it ("../../images/x-160w.….png"). */
    private static String output(String variant) {
        return variant.substring(variant.indexOf("images/"));
    }

    /** The variant files a page's pictures list (their srcset), in the order written. */
    private static java.util.List<String> variants(String html) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\w./-]+-\\d+w\\.[0-9a-f]{10}\\.(?:png|jpg)")
                .matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Pictures in serve: an article's lead picture and a picture in its text are resized and
     * served; replacing the picture file gives new copies under new names (the old ones are no
     * longer served), a picture that goes missing is an error in the browser, and putting it back
     * rebuilds. After each step the server serves what a cold build gives.
     */
    @Test
    void picturesAreResizedAgainWhenTheirFileChanges() throws Exception {
        // one file at a time, each its own rebuild: until an article shows them, pictures are copied as they are
        site.write("content/static/images/pad.png", io.orbitpress.image.TestImages.png(900, 600, false));
        reloaded();
        site.write("content/static/images/crew.jpg", io.orbitpress.image.TestImages.jpeg(700, 500));
        reloaded();
        servesAColdBuild();
        assertThat(server.snapshot().files()).containsKeys("images/pad.png", "images/crew.jpg");
        site.write("content/articles/pictures.md", """
                ---
                title: Pictures
                date: 2025-08-03
                image: /images/pad.png
                image_alt: The pad at dawn
                ---
                The crew walks out.

                ![The crew waves](/images/crew.jpg)
                """);
        reloaded();
        servesAColdBuild();
        String page = served("articles/pictures/index.html");
        java.util.List<String> before = variants(page);
        assertThat(before).as(page).anyMatch(v -> v.contains("/pad-")).anyMatch(v -> v.contains("/crew-"));
        assertThat(server.snapshot().files()).as("the copies are served")
                .containsKeys(before.stream().map(IncrementalServeTest::output).toArray(String[]::new));
        assertThat(server.snapshot().files()).as("the original is not published").doesNotContainKey("images/pad.png");

        // the same name, another picture: new copies under new names, the old ones gone
        site.write("content/static/images/pad.png", io.orbitpress.image.TestImages.png(1000, 500, false));
        reloaded();
        servesAColdBuild();
        page = served("articles/pictures/index.html");
        java.util.List<String> after = variants(page);
        java.util.List<String> padBefore = before.stream().filter(v -> v.contains("/pad-")).toList();
        java.util.List<String> padAfter = after.stream().filter(v -> v.contains("/pad-")).toList();
        assertThat(padAfter).isNotEmpty().doesNotContainAnyElementsOf(padBefore);
        assertThat(page).contains("width=\"1000\"", "height=\"500\"");
        for (String gone : padBefore) {
            assertThat(server.snapshot().files()).doesNotContainKey(output(gone));
        }
        assertThat(after.stream().filter(v -> v.contains("/crew-")).toList())
                .as("the untouched picture keeps its copies")
                .isEqualTo(before.stream().filter(v -> v.contains("/crew-")).toList());

        // a picture that goes missing is an error; back again, the site is as a cold build gives it
        byte[] crew = Files.readAllBytes(dir.resolve("content/static/images/crew.jpg"));
        Files.delete(dir.resolve("content/static/images/crew.jpg"));
        assertThat(failed()).contains("content/articles/pictures.md", "/images/crew.jpg");
        site.write("content/static/images/crew.jpg", crew);
        reloaded();
        servesAColdBuild();
    }

    /**
     * A registry folder moved away (every build fails: articles name unknown people) and back:
     * the next rebuild finds it again, as a cold build does, without a restart.
     */
    @Test
    void aRegistryFolderMovedAwayAndBackIsFoundAgain() throws Exception {
        servesAColdBuild();
        Path people = dir.resolve("content/people");
        Path away = dir.resolve("people-away");
        Files.move(people, away);
        assertThat(failed()).contains("unknown person");

        Files.move(away, people);
        reloaded();
        servesAColdBuild();

        // and an edit inside it afterwards is seen
        site.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: flight engineer\n---\nAda Orbit flies.\n");
        reloaded();
        servesAColdBuild();
    }

    /** Markdown nested deeper than the build allows is an error in the browser, and the fix rebuilds. */
    @Test
    void aTooDeeplyNestedArticleIsAnErrorAndTheNextSaveRebuilds() throws Exception {
        String before = site.read("content/articles/third.md");
        site.write("content/articles/third.md", before + "\n" + ">".repeat(3_000) + " deep\n");
        assertThat(failed()).contains("content/articles/third.md", "nesting deeper than");

        site.write("content/articles/third.md", before);
        reloaded();
        servesAColdBuild();
    }
    /** The page at {@code path}, fetched over HTTP from the server. */
    private String fetched(String path) throws Exception {
        java.net.http.HttpResponse<String> r = HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(server.url().resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /**
     * A save that breaks site.yaml stops the rebuild before it reads the stories, the registry and
     * the templates; what changed with it (a checkout of another branch) is read once the fix
     * rebuilds, not served as it was before.
     */
    @Test
    void whatChangedWithABrokenSiteYamlIsReadOnceItIsFixed() throws Exception {
        String yaml = site.read("content/site.yaml");
        site.write("content/site.yaml", yaml + "description: [\n");
        site.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: flight director\n---\nAda Orbit leads.\n");
        site.article("first", "First light, checked out");
        site.write("templates/404.html", site.read("templates/404.html").replace("</main>", "<p>Lost in orbit.</p></main>"));
        assertThat(failed()).contains("content/site.yaml:4:");
        // the files may come in more than one burst, each a failed rebuild
        EventStream.Event more;
        while ((more = events.next(Duration.ofMillis(500))) != null) {
            assertThat(more.name()).as(more.data()).isEqualTo("error");
        }

        site.write("content/site.yaml", yaml);
        reloaded();
        servesAColdBuild();
        assertThat(fetched("/people/ada-orbit/")).contains("flight director");
        assertThat(fetched("/articles/first/")).contains("First light, checked out");
        assertThat(fetched("/404.html")).contains("Lost in orbit.");
    }
}
