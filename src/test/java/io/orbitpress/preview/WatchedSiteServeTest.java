package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previewing a site as its folders and the clock change under it. */
class WatchedSiteServeTest {

    @TempDir
    Path dir;

    /** templates/ made while serving is watched: its first template replaces the built-in one at once. */
    @Test
    void aTemplatesFolderMadeWhileServingIsPickedUp() throws Exception {
        MiniSite site = MiniSite.create(dir);
        try (Stream<Path> walk = Files.walk(dir.resolve("templates"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        StringWriter log = new StringWriter();
        PreviewServer server = site.serve(log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (EventStream events = EventStream.open(http, server.url().resolve("/_orbitpress/events"))) {
            assertThat(get(http, server, "/")).contains("First light").doesNotContain("Our own home");
            assertThat(get(http, server, "/assets/style.css"))
                    .isEqualTo(new String(Theme.builtIn().bytes("assets/style.css").orElseThrow(), StandardCharsets.UTF_8));

            String home = new String(Theme.builtIn().bytes("home.html").orElseThrow(), StandardCharsets.UTF_8);
            site.write("templates/home.html", home.replace("</main>", "<p>Our own home</p></main>"));

            EventStream.Event e = events.next(Duration.ofSeconds(20));
            assertThat(e).as("an event; server log:%n%s", log).isNotNull();
            assertThat(e.name()).isEqualTo("reload");
            assertThat(get(http, server, "/")).contains("Our own home");
        } finally {
            server.close();
        }
    }

    /**
     * templates/ moved away while serving, then put back and edited, and content/ moved away and
     * back, then edited: each is a change, and the folder put back is watched again.
     */
    @Test
    void foldersMovedAwayAndBackAreWatchedAgain() throws Exception {
        MiniSite site = MiniSite.create(dir);
        String home = new String(Theme.builtIn().bytes("home.html").orElseThrow(), StandardCharsets.UTF_8);
        site.write("templates/home.html", home.replace("</main>", "<p>Our own home</p></main>"));
        StringWriter log = new StringWriter();
        PreviewServer server = site.serve(log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            assertThat(get(http, server, "/")).contains("Our own home");
            Files.move(dir.resolve("templates"), dir.resolve("templates-away"));
            awaitHome(http, server, log, false, "Our own home");
            Files.move(dir.resolve("templates-away"), dir.resolve("templates"));
            awaitHome(http, server, log, true, "Our own home");
            site.write("templates/home.html", home.replace("</main>", "<p>Edited after the move</p></main>"));
            awaitHome(http, server, log, true, "Edited after the move");

            Path content = dir.resolve("content");
            Path kept = dir.resolve("content-kept");
            Files.move(content, kept);
            Thread.sleep(1500); // a build of its own, which fails (no content/): the last site stays served
            Files.move(kept, content);
            Path story = content.resolve("articles/first.md");
            Files.writeString(story, Files.readString(story).replace("First light", "Second light"));
            awaitHome(http, server, log, true, "Second light");
        } finally {
            server.close();
        }
    }

    /**
     * A story whose embargo passes while the preview runs is shown as it now is, without a save:
     * the preview rebuilds at the time (here with held-back stories shown, as serve does, and
     * hidden, as with --no-future).
     */
    @Test
    void anEmbargoThatPassesWhileServingIsShownWithoutASave() throws Exception {
        MiniSite site = MiniSite.create(dir);
        String at = java.time.Instant.now().plusSeconds(8).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        site.write("content/articles/due.md", "---\ntitle: Due soon\ndate: 2025-07-31\npublishDate: " + at
                + "\n---\nThe embargoed story.\n");
        StringWriter log = new StringWriter();
        java.io.PrintWriter w = new java.io.PrintWriter(log, true);
        PreviewServer shown = PreviewServer.start(site.options().withFuture(true), "127.0.0.1", 0, w, w);
        PreviewServer hidden = PreviewServer.start(site.options().withFuture(false), "127.0.0.1", 0, w, w);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (EventStream events = EventStream.open(http, shown.url().resolve("/_orbitpress/events"))) {
            assertThat(get(http, shown, "/articles/due/")).contains("Embargoed until");
            assertThat(status(http, hidden, "/articles/due/")).isEqualTo(404);
            EventStream.Event e = events.next(Duration.ofSeconds(30));
            assertThat(e).as("an event; server log:%n%s", log).isNotNull();
            assertThat(e.name()).isEqualTo("reload");
            assertThat(get(http, shown, "/articles/due/")).contains("The embargoed story.").doesNotContain("Embargoed until");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (status(http, hidden, "/articles/due/") != 200 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(get(http, hidden, "/articles/due/")).as(log.toString()).contains("The embargoed story.");
        } finally {
            shown.close();
            hidden.close();
        }
    }

    private static int status(HttpClient http, PreviewServer server, String path) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Waits (at most 30 s) until the home page does, or does not, hold {@code text}. */
    private static void awaitHome(HttpClient http, PreviewServer server, StringWriter log, boolean holds, String text)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = get(http, server, "/");
        while (page.contains(text) != holds && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = get(http, server, "/");
        }
        assertThat(page.contains(text)).as("home page %s \"%s\"; server log:%n%s", holds ? "holds" : "lacks", text, log)
                .isEqualTo(holds);
    }

    private static String get(HttpClient http, PreviewServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
