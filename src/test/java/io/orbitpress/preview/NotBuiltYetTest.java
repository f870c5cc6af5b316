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
 * A preview started on a site that does not build said it was "still serving the last good build",
 * and answered with "Not found": it says there is none yet, and its page says why.
 */
class NotBuiltYetTest {

    @TempDir
    Path dir;

    @Test
    void aPreviewWithNoGoodBuildSaysSo() throws Exception {
        MiniSite site = MiniSite.create(dir.resolve("news"));
        site.write("content/articles/broken.md", "---\ntitle: \"Broken\ndate: 2025-07-30\n---\nText.\n");
        StringWriter log = new StringWriter();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (PreviewServer server = site.serve(log)) {
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(server.url().resolve("/"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(404);
            assertThat(home.body()).contains("<h1>Not built yet</h1>", "/_orbitpress/");
        }
        assertThat(log.toString()).contains("content/articles/broken.md:2:8: error:",
                "Build failed; nothing to serve until a build succeeds (the browser shows these problems)")
                .doesNotContain("last good build");
        assertThat(Files.exists(site.root.resolve("site"))).isFalse();
    }
}
