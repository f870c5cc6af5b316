package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing files while the server runs: one event per rebuild, the last good site kept on errors. */
class LiveReloadTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    /** How long to listen for a second event that should not come (the debounce is 20 ms). */
    private static final Duration NO_MORE = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    MiniSite site;
    PreviewServer server;
    HttpClient http;
    EventStream events;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        site = MiniSite.create(dir);
        server = site.serve(log);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        events = EventStream.open(http, server.url().resolve("/_orbitpress/events"));
    }

    @AfterEach
    void stop() {
        events.close();
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String title(String path) throws Exception {
        return Jsoup.parse(get(path).body()).select("main h1").text();
    }

    private EventStream.Event nextEvent() throws InterruptedException {
        EventStream.Event e = events.next(EVENT_TIMEOUT);
        assertThat(e).as("an event within %s; server log:%n%s", EVENT_TIMEOUT, log).isNotNull();
        return e;
    }

    @Test
    void editingAnArticleSendsOneReloadAndServesTheNewTitle() throws Exception {
        assertThat(title("/articles/first/")).isEqualTo("First light");

        site.article("first", "First light, revised");

        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(events.next(NO_MORE)).as("a second event").isNull();
        assertThat(title("/articles/first/")).isEqualTo("First light, revised");
    }

    @Test
    void brokenFrontMatterSendsTheErrorAndKeepsTheLastGoodPage() throws Exception {
        String good = site.read("content/articles/first.md");
        site.write("content/articles/first.md", good.replace("title: First light", "title: [unclosed"));

        EventStream.Event error = nextEvent();
        assertThat(error.name()).isEqualTo("error");
        List<?> problems = LiveSite.JSON.readValue(error.data(), List.class);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p).asString().contains(": error: "));
        assertThat(problems.get(0)).asString().startsWith("content/articles/first.md:2:8: error: invalid YAML: the list opened here with [ is not closed");
        assertThat(events.next(NO_MORE)).as("a second event").isNull();

        assertThat(get("/articles/first/").statusCode()).isEqualTo(200);
        assertThat(title("/articles/first/")).isEqualTo("First light");
        String status = get("/_orbitpress/status").body();
        assertThat(status).startsWith("{\"ok\":false").contains("content/articles/first.md:2:8: error: invalid YAML: the list opened here with [ is not closed");

        site.write("content/articles/first.md", good.replace("title: First light", "title: First light, fixed"));

        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/first/")).isEqualTo("First light, fixed");
        assertThat(get("/_orbitpress/status").body()).startsWith("{\"ok\":true").contains("\"errors\":[]");
    }

    /**
     * A page gone because its file was renamed, or its slug changed, is told where it went (the open
     * page goes there); one whose file was deleted is not.
     */
    @Test
    void theStatusOfAPageGoneSaysWhereItWent() throws Exception {
        java.nio.file.Files.move(dir.resolve("content/articles/first.md"), dir.resolve("content/articles/first-light.md"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/articles/first/").statusCode()).isEqualTo(404);
        assertThat(get("/_orbitpress/status?page=%2Farticles%2Ffirst%2F").body())
                .contains("\"moved\":\"/articles/first-light/\"");
        assertThat(get("/_orbitpress/status?page=/articles/first-light/").body()).doesNotContain("moved");

        site.write("content/articles/second.md", site.read("content/articles/second.md").replace("---\ntitle:",
                "---\nslug: second-light\ntitle:"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/_orbitpress/status?page=/articles/second/").body())
                .contains("\"moved\":\"/articles/second-light/\"");

        java.nio.file.Files.delete(dir.resolve("content/articles/second.md"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/_orbitpress/status?page=/articles/second-light/").body()).doesNotContain("moved");
    }

    /** The status names the warnings about the file of the page asked for, however its path is written. */
    @Test
    void theStatusHasTheWarningsAboutAPagesFile() throws Exception {
        site.write("content/articles/first.md", "---\ntitle: First light\ndate: 2025-07-30\ntgas: [x]\n---\nText.\n");
        assertThat(nextEvent().name()).isEqualTo("reload");
        String warning = "content/articles/first.md:4:1: warning: unknown key \\\"tgas\\\"; did you mean \\\"tags\\\"?";
        for (String page : new String[] {"/articles/first/", "%2Farticles%2Ffirst%2F", "/articles/first/index.html"}) {
            assertThat(get("/_orbitpress/status?page=" + page).body()).as(page).contains("\"warnings\":[\"" + warning);
        }
        for (String page : new String[] {"/articles/second/", "/no/such/page/", "/../x", ""}) {
            assertThat(get("/_orbitpress/status?page=" + page).body()).as(page).contains("\"warnings\":[]");
        }
        assertThat(get("/_orbitpress/status").body()).contains("\"warnings\":[]");

        // the terminal: the warning when it first holds, then each build's count of those that still do
        site.article("second", "Second light, edited");
        assertThat(nextEvent().name()).isEqualTo("reload");
        String said = log.toString();
        assertThat(said.split("unknown key \"tgas\"", -1)).as(said).hasSize(2);
        assertThat(said.lines().filter(l -> l.matches("Built \\d+ files \\(\\d+ pages rendered\\), 1 warning in \\d+ ms .*")))
                .as(said).hasSize(2);
    }

    /**
     * A site's own style sheet among its static files (content/static/css/desk.css, linked from its
     * layout) reloaded the whole page at each save, losing the scroll and what was open; it is
     * swapped in as the theme's is.
     */
    @Test
    void changingOnlyAStaticStylesheetSendsCss() throws Exception {
        site.write("content/static/css/desk.css", ".masthead { color: teal; }\n");
        assertThat(nextEvent().name()).isEqualTo("reload"); // a folder new to the site, and its file

        site.write("content/static/css/desk.css", ".masthead { color: rebeccapurple; }\n");
        assertThat(nextEvent().name()).isEqualTo("css");
        assertThat(events.next(NO_MORE)).isNull();
        assertThat(get("/css/desk.css").body()).contains("rebeccapurple");
    }

    @Test
    void changingOnlyAStylesheetSendsCss() throws Exception {
        String css = site.read("templates/assets/style.css");
        site.write("templates/assets/style.css", css + "\nbody { color: rebeccapurple; }\n");

        assertThat(nextEvent().name()).isEqualTo("css");
        assertThat(events.next(NO_MORE)).isNull();
        assertThat(get("/assets/style.css").body()).contains("rebeccapurple");
    }

    @Test
    void addingDeletingAndRenamingArticlesInNewFoldersRebuilds() throws Exception {
        site.article("2025/third", "Third pass"); // a folder created after the watch started
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/third/")).isEqualTo("Third pass");

        site.article("2025/fourth", "Fourth pass"); // inside that new folder
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/fourth/")).isEqualTo("Fourth pass");

        Files.move(dir.resolve("content/articles/2025/fourth.md"), dir.resolve("content/articles/2025/fifth.md"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/articles/fourth/").statusCode()).isEqualTo(404);
        assertThat(title("/articles/fifth/")).isEqualTo("Fourth pass");

        Files.delete(dir.resolve("content/articles/second.md"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/articles/second/").statusCode()).isEqualTo(404);
    }

    @Test
    void ignoresEditorSwapFiles() throws Exception {
        site.write("content/articles/.first.md.swp", "swap");
        site.write("content/articles/first.md~", "backup");
        assertThat(events.next(NO_MORE)).isNull();
    }

    /**
     * A story that is a link to a file elsewhere in the site folder (outside content/, or in
     * another folder of it): an edit of that file is an edit of the story, though the system tells
     * it in the file's folder, not at the link.
     */
    @Test
    void aStoryThatLinksToAFileElsewhereFollowsItsEdits() throws Exception {
        site.write("shared/linked.md", "---\ntitle: Linked light\ndate: 2025-07-30\n---\nText.\n");
        site.write("content/notes/inside.md.txt", "---\ntitle: Inside light\ndate: 2025-07-30\n---\nText.\n");
        Files.createSymbolicLink(dir.resolve("content/articles/linked.md"), Path.of("../../shared/linked.md"));
        Files.createSymbolicLink(dir.resolve("content/articles/inside.md"), Path.of("../notes/inside.md.txt"));
        EventStream.Event e;
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && get("/articles/inside/").statusCode() != 200);
        assertThat(title("/articles/linked/")).isEqualTo("Linked light");
        assertThat(title("/articles/inside/")).isEqualTo("Inside light");

        site.write("shared/linked.md", site.read("shared/linked.md").replace("Linked light", "Linked light, edited"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/linked/")).isEqualTo("Linked light, edited");

        site.write("content/notes/inside.md.txt", site.read("content/notes/inside.md.txt")
                .replace("Inside light", "Inside light, edited"));
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && !title("/articles/inside/").equals("Inside light, edited"));
        assertThat(e.name()).as("server log:%n%s", log).isEqualTo("reload");
    }

    /**
     * A folder of stories that is a link to a folder elsewhere in the site folder (a desk's shared
     * folder): an edit there, or a story added there, is shown at the next reload, as the build reads it.
     */
    @Test
    void storiesInAFolderReachedThroughALinkFollowTheirEdits() throws Exception {
        site.write("desk/shared/pad.md", "---\ntitle: Pad light\ndate: 2025-07-30\n---\nText.\n");
        Files.createSymbolicLink(dir.resolve("content/articles/shared"), Path.of("../../desk/shared"));
        EventStream.Event e;
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && get("/articles/pad/").statusCode() != 200);
        assertThat(title("/articles/pad/")).isEqualTo("Pad light");

        site.write("desk/shared/pad.md", site.read("desk/shared/pad.md").replace("Pad light", "Pad light, edited"));
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && !title("/articles/pad/").equals("Pad light, edited"));
        assertThat(e.name()).as("server log:%n%s", log).isEqualTo("reload");

        site.write("desk/shared/tower.md", "---\ntitle: Tower light\ndate: 2025-07-30\n---\nText.\n");
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && get("/articles/tower/").statusCode() != 200);
        assertThat(e.name()).as("server log:%n%s", log).isEqualTo("reload");
        assertThat(title("/articles/tower/")).isEqualTo("Tower light");
    }

    /**
     * Office holds ~$first.md beside a story it has open (binary, so built it was an error), and vim
     * writes and deletes 4913 to learn whether it may write in the folder: neither is a change.
     */
    @Test
    void ignoresOfficeLockFilesAndVimsProbe() throws Exception {
        site.write("content/articles/4913", "");
        Files.write(dir.resolve("content/articles/~$first.md"), new byte[] {0, 1, 2, 'x'});
        Files.delete(dir.resolve("content/articles/4913"));
        assertThat(events.next(NO_MORE)).as("server log:%n%s", log).isNull();
        assertThat(get("/_orbitpress/status?page=/articles/first/").body()).contains("\"warnings\":[]");
    }

    /**
     * A JetBrains IDE saves by writing first.md___jb_tmp___, renaming first.md to
     * first.md___jb_old___, the new file into place, then deleting the old. Left there for a
     * moment (the IDE busy, a slow disk), neither copy is a file of the site nor a warning, and the
     * save is one reload to the new page.
     */
    @Test
    void ignoresTheCopiesOfASafeWrite() throws Exception {
        site.write("content/static/notes.txt", "notes");
        assertThat(nextEvent().name()).isEqualTo("reload");
        site.write("content/articles/first.md___jb_tmp___", site.read("content/articles/first.md"));
        site.write("content/static/notes.txt___jb_old___", "notes");
        assertThat(events.next(NO_MORE)).as("server log:%n%s", log).isNull();

        Path first = dir.resolve("content/articles/first.md");
        Path tmp = dir.resolve("content/articles/first.md___jb_tmp___");
        Path old = dir.resolve("content/articles/first.md___jb_old___");
        Files.writeString(tmp, site.read("content/articles/first.md").replace("First light", "First light, saved safely"));
        Files.move(first, old);
        Thread.sleep(200); // the IDE pauses: a rebuild sees the story gone and its old copy there
        Files.move(tmp, first);
        Files.delete(old);
        EventStream.Event e;
        do {
            e = nextEvent();
        } while (e.name().equals("reload") && !title("/articles/first/").equals("First light, saved safely"));
        assertThat(e.name()).as(e.data()).isEqualTo("reload");
        assertThat(get("/notes.txt___jb_old___").statusCode()).isEqualTo(404);
        assertThat(get("/_orbitpress/status?page=/articles/first/").body()).contains("\"warnings\":[]");
        assertThat(log.toString()).doesNotContain("___jb_");
    }

    /**
     * An editor that saves in place (VS Code) truncates the file, then writes it; on a busy machine
     * the two may be further apart than a burst. The empty story between them is no error: the
     * save is one reload to the new page.
     */
    @Test
    void aFileWrittenInPlaceIsNotBuiltEmpty() throws Exception {
        Path first = dir.resolve("content/articles/first.md");
        String text = site.read("content/articles/first.md").replace("First light", "First light, in place");
        Files.write(first, new byte[0]);
        Thread.sleep(120);
        Files.writeString(first, text);
        EventStream.Event e = nextEvent();
        assertThat(e.name()).as(e.data()).isEqualTo("reload");
        assertThat(title("/articles/first/")).isEqualTo("First light, in place");
        assertThat(events.next(NO_MORE)).isNull();
    }

    /**
     * A folder moved out of content/ is watched no more: its edits where it went are no rebuild and
     * no reload; moved back under another name, it is watched there.
     */
    @Test
    void aFolderMovedOutOfTheSiteIsWatchedNoMore() throws Exception {
        site.article("2025/third", "Third light");
        assertThat(nextEvent().name()).isEqualTo("reload");
        Path away = dir.resolve("elsewhere");
        Files.move(dir.resolve("content/articles/2025"), away);
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(get("/articles/third/").statusCode()).isEqualTo(404);

        Files.writeString(away.resolve("third.md"), "---\ntitle: Third light, elsewhere\ndate: 2025-07-30\n---\nText.\n");
        assertThat(events.next(NO_MORE)).as("server log:%n%s", log).isNull();

        Files.move(away, dir.resolve("content/articles/archive"));
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/third/")).isEqualTo("Third light, elsewhere");
        site.article("archive/third", "Third light, archived");
        assertThat(nextEvent().name()).isEqualTo("reload");
        assertThat(title("/articles/third/")).isEqualTo("Third light, archived");
    }

    @Test
    void servesEveryRequestWhileRebuilding() throws Exception {
        List<String> paths = List.of("/", "/articles/first/", "/articles/second/", "/assets/style.css", "/feed.xml");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        statuses.add(get(paths.get((thread + i) % paths.size())).statusCode());
                    }
                    return statuses;
                }));
            }
            for (int edit = 1; edit <= 3; edit++) {
                site.article("first", "First light, edit " + edit);
                assertThat(nextEvent().name()).isEqualTo("reload");
            }
            for (Future<List<Integer>> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(50).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(title("/articles/first/")).isEqualTo("First light, edit 3");
    }

    @Test
    void dropsClientsThatLeft() throws Exception {
        assertThat(server.listeners()).isEqualTo(1);
        EventStream second = EventStream.open(http, server.url().resolve("/_orbitpress/events"));
        assertThat(server.listeners()).isEqualTo(2);
        second.close();
        site.article("first", "First light again");
        assertThat(nextEvent().name()).isEqualTo("reload");
        // The write to the closed connection fails at once or on the next event; allow a few.
        for (int i = 0; i < 5 && server.listeners() > 1; i++) {
            site.article("first", "First light again " + i);
            assertThat(nextEvent().name()).isEqualTo("reload");
        }
        assertThat(server.listeners()).isEqualTo(1);
    }
}
