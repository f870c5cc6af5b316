package io.orbitpress.bench;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.preview.PreviewServer;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints how long {@code serve} takes from saving one article to the {@code reload} event its
 * browser tab receives: starts the preview server on a site folder (127.0.0.1, any free port),
 * listens on {@code /_orbitpress/events}, appends a paragraph to WARM_UP + EDITS different
 * articles one at a time and prints each delay (and the CPU time the process spent meanwhile: a
 * figure that holds when other work shares the machine), and the medians of the last EDITS: the first
 * saves after start also pay for compiling the rebuild path, as an editor's first saves do.
 * The articles are changed: run it on a copy.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) io.orbitpress.bench.ServeLatency SITE [EDITS] [WARM_UP]
 * </pre>
 */
public final class ServeLatency {

    private static final long EVENT_TIMEOUT_MS = 300_000;

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> articles;
        try (Stream<Path> s = Files.list(site.resolve("content/articles"))) {
            articles = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(warmUp + edits).toList();
        }
        java.io.StringWriter log = new java.io.StringWriter();
        PrintWriter quiet = new PrintWriter(log, true);
        long t0 = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(BuildOptions.of(site).withOut(site.resolve("site")), "127.0.0.1",
                0, quiet, new PrintWriter(System.err, true))) {
            System.out.printf("first build and server start: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            BlockingQueue<Arrival> events = new LinkedBlockingQueue<>();
            BlockingQueue<Boolean> open = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(server.url().resolve("/_orbitpress/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                        if (line.startsWith("retry:")) {
                            open.add(true);
                        } else if (line.startsWith("event: ")) {
                            events.add(new Arrival(line.substring(7), System.nanoTime()));
                        }
                    }));
            if (open.poll(10, TimeUnit.SECONDS) == null) {
                throw new IllegalStateException("no event stream at " + server.url());
            }
            List<Long> millis = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            // the CPU time of the whole process from save to reload: what a save costs, however busy the machine
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            List<Long> cpu = new ArrayList<>();
            for (Path article : articles) {
                Thread.sleep(1_000);
                events.clear();
                int mark = log.getBuffer().length();
                long saved = System.nanoTime();
                long cpuBefore = os.getProcessCpuTime();
                Files.writeString(article, "\nEdited paragraph for the rebuild benchmark.\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                Arrival a;
                do {
                    a = events.poll(EVENT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } while (a != null && !a.name().equals("reload"));
                if (a == null) {
                    throw new IllegalStateException("no reload event within " + EVENT_TIMEOUT_MS + " ms of editing " + article);
                }
                long ms = (a.nanos() - saved) / 1_000_000;
                long cpuMs = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
                all.add(ms);
                if (all.size() > warmUp) {
                    millis.add(ms);
                    cpu.add(cpuMs);
                }
                Thread.sleep(50);
                String built = log.getBuffer().substring(mark).lines().filter(l -> l.startsWith("Built")).findFirst()
                        .orElse("");
                System.out.printf("%s %s -> reload: %d ms (%d ms of CPU)%n    server: %s%n",
                        all.size() > warmUp ? "save   " : "warm-up", site.relativize(article), ms, cpuMs, built);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.printf("orbitpress serve, %d edits after %d warm-up saves: median %d ms (min %d, max %d)%n",
                    sorted.size(), warmUp, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
            List<Long> cpuSorted = cpu.stream().sorted().toList();
            System.out.printf("CPU time of the process from save to reload: median %d ms (min %d, max %d)%n",
                    cpuSorted.get(cpuSorted.size() / 2), cpuSorted.get(0), cpuSorted.get(cpuSorted.size() - 1));
        }
    }

    private record Arrival(String name, long nanos) {
    }
}
