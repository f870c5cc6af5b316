package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.preview.PreviewServer;
import io.orbitpress.testing.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code orbitpress serve}: its options, and what it says when it starts. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536", "100000"})
    void aPortOutOfRangeIsAUsageError(String port) {
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--source",
                dir.toString(), "--port", port);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress serve: --port must be a number from 1 to 65535 (or 0 for any free port), not "
                + port).doesNotContain("orbitpress: internal error").doesNotContain("Exception");
    }

    /** An address of another machine is told as such, not as a busy port tried twenty times. */
    @Test
    void anAddressOfAnotherMachineIsToldAsSuch() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--source", site(),
                "--host", "192.0.2.1", "--port", "8080");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("orbitpress: cannot serve on 192.0.2.1: 192.0.2.1 is no address of this"
                + " machine; leave --host out to serve on 127.0.0.1, or give one of this machine's addresses"
                + System.lineSeparator());
    }

    private String site() throws Exception {
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\nbaseUrl: https://news.example.org/\n");
        Files.writeString(dir.resolve("content/articles/a.md"), "---\ntitle: First light\ndate: 2025-07-30\n---\nText.\n");
        return dir.toString();
    }

    /** Starts the command's server as {@code serve ARGS} would, with its output in {@code out} and {@code err}. */
    private PreviewServer start(StringWriter out, StringWriter err, String... args) throws Exception {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.start(new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static int status(URI url) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void everyAddressWarnsThatDraftsAreVisibleAndPrintsAUrlThatWorks() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PreviewServer server = start(out, err, "--source", site(), "--host", "0.0.0.0", "--port", "0")) {
            assertThat(err.toString()).contains("warning: --host 0.0.0.0 shows this preview, drafts and embargoed articles"
                    + " included, to every"
                    + " machine that can reach this one on the network; leave --host out to keep it on this machine");
            assertThat(out.toString()).contains("Serving at " + server.url() + " (drafts and embargoed articles shown)");
            assertThat(server.url().getHost()).isNotEqualTo("0.0.0.0");
            assertThat(status(server.url().resolve("/articles/a/"))).isEqualTo(200);
        }
    }

    /** The preview shows a story still under embargo, marked, unless --no-future; the clock is each rebuild's. */
    @Test
    void embargoedArticlesAreShownMarkedUnlessNoFuture() throws Exception {
        site();
        Files.writeString(dir.resolve("content/articles/later.md"),
                "---\ntitle: Held back\ndate: 2025-07-30\npublishDate: 2099-01-01T09:00:00Z\n---\nText.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PreviewServer server = start(out, err, "--source", dir.toString(), "--port", "0")) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.url().resolve("/articles/later/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Embargoed until <time datetime=\"2099-01-01T09:00:00Z\">");
        }
        try (PreviewServer server = start(out, err, "--source", dir.toString(), "--port", "0", "--no-future")) {
            assertThat(status(server.url().resolve("/articles/later/"))).isEqualTo(404);
            assertThat(status(server.url().resolve("/articles/a/"))).isEqualTo(200);
        }
    }

    @Test
    void theLoopbackAddressGivesNoWarning() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PreviewServer server = start(out, err, "--source", site(), "--port", "0", "--no-drafts", "--no-future")) {
            assertThat(err.toString()).doesNotContain("warning");
            assertThat(out.toString()).contains("Serving at http://127.0.0.1:" + server.url().getPort() + "/;");
            assertThat(status(server.url())).isEqualTo(200);
        }
    }
}
