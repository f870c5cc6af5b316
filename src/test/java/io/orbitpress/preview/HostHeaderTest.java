package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DNS rebinding: a page on another site whose name is made to resolve to 127.0.0.1 may read
 * the preview (drafts included) unless the preview answers only to its own names.
 */
class HostHeaderTest {

    @TempDir
    static Path dir;

    static PreviewServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        MiniSite site = MiniSite.create(dir);
        site.write("content/articles/secret.md", "---\ntitle: Secret draft\ndate: 2025-07-30\ndraft: true\n---\nNot yet.\n");
        server = site.serve(new StringWriter());
        port = server.url().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The status line and body of a GET with this Host header (none when null). */
    static String get(String path, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST", "localhost:PORT", "127.0.0.1:PORT",
            "[::1]:PORT"})
    void answersItsOwnNames(String host) throws IOException {
        String response = get("/articles/secret/", host.replace("PORT", Integer.toString(port)));
        assertThat(response).startsWith("HTTP/1.1 200").contains("Secret draft");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:PORT", "localhost.evil.example:PORT", "127.0.0.1.nip.io:PORT",
            "localhost:1", "127.0.0.1:PORTx", "", "localhost:PORT:PORT"})
    void refusesOtherNamesWith421(String host) throws IOException {
        String h = host.replace("PORT", Integer.toString(port));
        for (String path : new String[] {"/articles/secret/", "/", "/_orbitpress/status", "/_orbitpress/events"}) {
            String response = get(path, h);
            assertThat(response).as(path + " with Host: " + h).startsWith("HTTP/1.1 421").doesNotContain("Secret draft");
        }
    }

    @Test
    void refusesARequestWithoutHost() throws IOException {
        assertThat(get("/articles/secret/", null)).startsWith("HTTP/1.1 421").doesNotContain("Secret draft");
    }

    @Test
    void refusesAnAbsoluteRequestTargetForAnotherHost() throws IOException {
        assertThat(get("http://evil.example:" + port + "/articles/secret/", "localhost:" + port))
                .startsWith("HTTP/1.1 421").doesNotContain("Secret draft");
    }
}
