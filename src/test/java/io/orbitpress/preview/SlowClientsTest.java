package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that send half a request and then nothing must not keep the preview from
 * answering others: a browser tab left on a flaky network, or anyone on the network when the
 * preview listens there.
 */
class SlowClientsTest {

    /** More than the worker threads, so the time limit, not only their number, has to free them. */
    private static final int SLOW = PreviewServer.THREADS + 8;
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    PreviewServer server;
    final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        // the server's limit for a request shortened, so that the test waits for it less
        server = MiniSite.create(dir).serve(new StringWriter(), Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : slow) {
            s.close();
        }
        server.close();
    }

    private void openSlowConnections() throws IOException {
        for (int i = 0; i < SLOW; i++) {
            Socket s = new Socket();
            slow.add(s);
            s.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()), 5_000);
            s.getOutputStream().write("GET /articles/fi".getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
        }
    }

    @Test
    void halfSentRequestsDoNotStarveANormalOne() throws Exception {
        openSlowConnections();
        HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve("/articles/first/")).timeout(BOUND)
                .build(), HttpResponse.BodyHandlers.ofString());
        System.out.printf("answered beside %d stalled connections after %d ms%n", SLOW,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("First light");
    }

    @Test
    void aRequestThatNeverEndsIsDropped() throws Exception {
        openSlowConnections();
        Socket first = slow.get(0);
        first.setSoTimeout((int) BOUND.toMillis());
        InputStream in = first.getInputStream();
        int read;
        try {
            read = in.read();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the half-sent request was still open after " + BOUND.toSeconds() + " s", e);
        } catch (SocketException e) {
            read = -1; // reset by the server: dropped as well
        }
        assertThat(read).isEqualTo(-1);
    }
}
