package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty loopback clients, each on its own connection, ask for pages for eight seconds while an
 * article is edited every half second: not one request may fail. The loops stop by themselves.
 */
class PreviewLoadTest {

    static final int CLIENTS = 50;
    static final Duration RUN = Duration.ofSeconds(8);

    @TempDir
    Path dir;

    @Test
    void fiftyConnectionsForEightSecondsWhileRebuilding() throws Exception {
        MiniSite site = MiniSite.create(dir);
        StringWriter log = new StringWriter();
        try (PreviewServer server = site.serve(log)) {
            List<String> paths = List.of("/", "/articles/first/", "/articles/second/", "/people/ada-orbit/",
                    "/assets/style.css", "/feed.xml", "/tags/");
            long end = System.nanoTime() + RUN.toNanos();
            AtomicInteger ok = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> jobs = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                jobs.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    int i = client;
                    while (System.nanoTime() < end && failures.size() < 20) {
                        String path = paths.get(i++ % paths.size());
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(server.url().resolve(path))
                                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() == 200 && r.body().length > 0) {
                                ok.incrementAndGet();
                            } else {
                                failures.add(path + " -> " + r.statusCode());
                            }
                        } catch (Exception e) {
                            failures.add(path + " -> " + e);
                        }
                    }
                }));
            }
            AtomicInteger edits = new AtomicInteger();
            jobs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        site.article("first", "First light, edit " + edits.incrementAndGet());
                        Thread.sleep(500);
                    } catch (Exception e) {
                        failures.add("edit: " + e);
                        return;
                    }
                }
            }));
            for (Future<?> f : jobs) {
                f.get(RUN.toSeconds() + 60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
            System.out.printf("preview under load: %d requests answered by %d clients in %d s, %d edits, %d failures%n",
                    ok.get(), CLIENTS, RUN.toSeconds(), edits.get(), failures.size());
            assertThat(failures).as(log.toString()).isEmpty();
            assertThat(ok.get()).isGreaterThan(CLIENTS);
            assertThat(edits.get()).isGreaterThan(10);
        }
    }
}
