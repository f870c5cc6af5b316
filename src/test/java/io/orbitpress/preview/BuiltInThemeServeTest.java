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

/** Previewing a site that has no templates/ of its own, then makes one. */
class BuiltInThemeServeTest {

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

    private static String get(HttpClient http, PreviewServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
