package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} where the system's limit of inotify watches is reached: it says so once, with the
 * setting to raise, and still sees saves in the folders it could not watch. The limit is made
 * real, and small, in a user namespace of the serve process alone
 * ({@code /proc/sys/user/max_inotify_watches}), which leaves the machine's own limit as it is.
 */
class WatchLimitServeTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    /** How long to listen for an event that should not come: a few of the watcher's looks. */
    private static final Duration NO_MORE = SourceWatcher.POLL.multipliedBy(3);

    @TempDir
    Path dir;

    @Test
    void aReachedWatchLimitIsToldOnceAndSavesAreSeenAllTheSame() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/sys/user/max_inotify_watches"))
                && new ProcessBuilder("unshare", "-U", "-r", "true").start().waitFor() == 0,
                "unshare -U -r (user namespaces) on Linux");
        MiniSite site = MiniSite.create(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // one watch: content/ itself; content/articles and every other folder are over the limit
        Process serve = new ProcessBuilder(List.of("unshare", "-U", "-r", "sh", "-c",
                "echo 1 > /proc/sys/user/max_inotify_watches && exec \"$@\"", "sh", java, "-Xmx256m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "io.orbitpress.cli.Main", "serve", "--source", dir.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        StringBuffer said = new StringBuffer();
        try {
            URI url = null;
            Pattern serving = Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/)");
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (url == null && System.nanoTime() < deadline) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                said.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url = URI.create(m.group(1));
                }
            }
            assertThat(url).as(said.toString()).isNotNull();
            Thread drain = new Thread(() -> {
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        said.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    // the process ended
                }
            });
            drain.setDaemon(true);
            drain.start();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            EventStream events = EventStream.open(http, url.resolve("/_orbitpress/events"));
            try {
                site.article("first", "First light, polled");
                EventStream.Event e = events.next(EVENT_TIMEOUT);
                assertThat(e).as("a reload for a save in a folder not watched; serve said:%n%s", said).isNotNull();
                assertThat(e.name()).isEqualTo("reload");
                String page = http.send(HttpRequest.newBuilder(url.resolve("/articles/first/"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
                assertThat(Jsoup.parse(page).select("main h1").text()).isEqualTo("First light, polled");

                site.article("third", "Third pass"); // a new file there, seen too
                e = events.next(EVENT_TIMEOUT);
                assertThat(e).as("serve said:%n%s", said).isNotNull();
                assertThat(http.send(HttpRequest.newBuilder(url.resolve("/articles/third/"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);

                // the site folder, looked at for content/ and templates/ in it, has other files: no change
                Files.writeString(dir.resolve("NOTES.txt"), "not the site's");
                assertThat(events.next(NO_MORE)).as("serve said:%n%s", said).isNull();
            } finally {
                events.close();
            }
            String out = said.toString();
            assertThat(out.split("limit of inotify watches", -1)).as(out).hasSize(2); // told once
            assertThat(out).contains("(1 here)").contains("fs.inotify.max_user_watches")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }
}
