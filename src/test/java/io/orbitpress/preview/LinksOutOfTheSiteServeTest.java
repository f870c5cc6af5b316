package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview serves nothing a link in content/static leads to outside the site folder, and says
 * why (in its log here; the browser shows the same lines over the page).
 */
class LinksOutOfTheSiteServeTest {

    @TempDir
    Path dir;

    @Test
    void aStaticFolderLinkedOutOfTheSiteIsNotServed() throws Exception {
        MiniSite site = MiniSite.create(dir.resolve("news"));
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("passwords.txt"), "secret");
        Files.createDirectories(site.root.resolve("content/static"));
        Files.createSymbolicLink(site.root.resolve("content/static/etc"), outside);
        StringWriter log = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (PreviewServer server = site.serve(log)) {
            HttpResponse<String> secret = http.send(HttpRequest.newBuilder(server.url().resolve("/etc/passwords.txt"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(secret.statusCode()).isNotEqualTo(200);
            assertThat(secret.body()).doesNotContain("secret");
        }
        assertThat(log.toString()).contains("content/static/etc: error: this is a link to " + outside)
                .doesNotContain("internal error");
    }

    /**
     * A story linked out of the site is told again after an edit elsewhere (a folder whose walk found
     * such a link is walked again), with the problems the edit made.
     */
    @Test
    void aLinkOutIsToldAgainAfterAnEditElsewhere() throws Exception {
        MiniSite site = MiniSite.create(dir.resolve("news"));
        Path outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("draft.md"), "---\ntitle: Not for publishing\ndate: 2025-07-30\n---\nSecret.\n");
        Files.createSymbolicLink(site.root.resolve("content/articles/draft.md"), outside.resolve("draft.md"));
        StringWriter log = new StringWriter();
        try (PreviewServer server = site.serve(log);
                EventStream events = EventStream.open(HttpClient.newHttpClient(),
                        server.url().resolve("/_orbitpress/events"))) {
            assertThat(log.toString()).contains("content/articles/draft.md: error: this is a link to "
                    + outside.resolve("draft.md"));
            site.write("content/articles/first.md", "---\ntitle: First light\ndate: 2025-07-30\n---\n"
                    + "See [the plan](/articles/plan/).\n");
            EventStream.Event e = events.next(Duration.ofSeconds(20));
            assertThat(e).as("an event; server log:%n%s", log).isNotNull();
            assertThat(e.name()).isEqualTo("error");
            assertThat(e.data()).contains("content/articles/draft.md: error: this is a link to "
                    + outside.resolve("draft.md"), "first.md:5:16: error: broken link", "/articles/plan/");
        }
    }
}
