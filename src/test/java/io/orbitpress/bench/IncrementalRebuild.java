package io.orbitpress.bench;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.Builder;
import io.orbitpress.preview.PreviewServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints how long {@code serve} takes from saving one article to the {@code reload} event, on a
 * generated site: a cold render first, then edits through the real preview server, each timed
 * from the end of the write to the event read by an HTTP client on /_orbitpress/events.
 * With Hugo installed, runs the shared Hugo server benchmark on the same corpus size and prints
 * its own rebuild times beside.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.orbitpress.bench.IncrementalRebuild [N] [DIR] [--cold] [--no-hugo]
 * </pre>
 *
 * {@code --cold} first times a render without a cache on its own. DIR defaults to /tmp/orbitpress-bench-N and is generated with the shared corpus generator when
 * it has no content/ folder.
 */
public final class IncrementalRebuild {

    static final Path BENCH = Path.of("/work/shared/bench");
    static final int WARM_UP = 2;
    static final int EDITS = 5;

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean hugo = !rest.remove("--no-hugo");
        boolean coldAlone = rest.remove("--cold");
        int n = rest.isEmpty() ? 10_000 : Integer.parseInt(rest.get(0));
        Path dir = rest.size() > 1 ? Path.of(rest.get(1)) : Path.of("/tmp/orbitpress-bench-" + n);
        prepare(n, dir);
        BuildOptions options = BuildOptions.of(dir).withDrafts(true).withPreview(true);

        long start;
        if (coldAlone) {
            start = System.nanoTime();
            int files = new Builder(options).render().files().size();
            System.out.printf("site: %d articles, %d files; cold render without a cache %d ms%n", n, files,
                    (System.nanoTime() - start) / 1_000_000);
        }

        StringWriter log = new StringWriter();
        PrintWriter w = new PrintWriter(log, true);
        start = System.nanoTime();
        List<Long> measured = new ArrayList<>();
        try (PreviewServer server = PreviewServer.start(options, "127.0.0.1", 0, w, w)) {
            System.out.printf("serve: first build (cold, fills the cache) %d ms; %s", (System.nanoTime() - start) / 1_000_000,
                    log.getBuffer().toString().lines().filter(l -> l.startsWith("Built")).findFirst().orElse("") + "\n");
            Events events = Events.open(server.url().resolve("/_orbitpress/events").toString());
            List<Path> articles;
            try (Stream<Path> s = Files.list(dir.resolve("content/articles"))) {
                articles = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(WARM_UP + EDITS).toList();
            }
            for (int i = 0; i < articles.size(); i++) {
                Path file = articles.get(i);
                int mark = log.getBuffer().length();
                Files.writeString(file, "\nEdited paragraph for the rebuild benchmark.\n", StandardOpenOption.APPEND);
                long saved = System.nanoTime();
                String event = events.next(120);
                long ms = (System.nanoTime() - saved) / 1_000_000;
                String built = log.getBuffer().substring(mark).lines().filter(l -> l.startsWith("Built"))
                        .findFirst().orElse("(no build line)");
                boolean warmUp = i < WARM_UP;
                System.out.printf("%s %s: %s after %d ms; server: %s%n", warmUp ? "warm-up" : "edit   ",
                        file.getFileName(), event, ms, built);
                if (!warmUp) {
                    measured.add(ms);
                }
                Thread.sleep(300);
            }
            events.close();
        }
        List<Long> sorted = measured.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("Orbitpress serve, save to reload event, median of %d edits: %d ms (all: %s)%n", sorted.size(),
                median, measured);
        if (hugo && onPath("hugo")) {
            List<Long> hugoMs = hugo(n);
            if (!hugoMs.isEmpty()) {
                List<Long> hs = hugoMs.stream().sorted().toList();
                System.out.printf("%-44s %8s%n", "", "median");
                System.out.printf("%-44s %6d ms%n", "Orbitpress: save to reload event", median);
                System.out.printf("%-44s %6d ms  (all: %s)%n", "Hugo server: its own \"Total in\" rebuild time",
                        hs.get(hs.size() / 2), hugoMs);
            }
        } else {
            System.out.println("Hugo: not run (not installed, or --no-hugo)");
        }
        System.exit(0);
    }

    /** Generates the corpus in the Orbitpress layout, with a site.yaml and the project's templates. */
    static void prepare(int n, Path dir) throws IOException, InterruptedException {
        if (Files.isDirectory(dir.resolve("content"))) {
            return;
        }
        run(List.of("python3", BENCH.resolve("gen_corpus.py").toString(), Integer.toString(n), dir.toString(),
                "--format", "orbitpress"));
        Files.writeString(dir.resolve("content/site.yaml"), "baseUrl: https://example.org/\n");
        Path templates = Path.of("templates").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = dir.resolve("templates").resolve(templates.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    /** Hugo's own rebuild times from the shared script, one per edited article. */
    static List<Long> hugo(int n) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", BENCH.resolve("run_hugo_server_rebuild.sh").toString(),
                Integer.toString(n), Integer.toString(EDITS)).redirectErrorStream(true).start();
        List<Long> out = new ArrayList<>();
        Pattern ms = Pattern.compile("rebuild after editing .*: (\\d+) ms");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                System.out.println("hugo | " + line);
                Matcher m = ms.matcher(line);
                if (m.find()) {
                    out.add(Long.parseLong(m.group(1)));
                }
            }
        }
        p.waitFor();
        return out;
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    /** The event stream, its event names in a queue. */
    static final class Events implements Flow.Subscriber<String> {
        private final BlockingQueue<String> names = new LinkedBlockingQueue<>();
        private final CountDownLatch open = new CountDownLatch(1);
        private volatile Flow.Subscription subscription;

        static Events open(String url) throws InterruptedException {
            Events e = new Events();
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(e));
            if (!e.open.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no event stream at " + url);
            }
            return e;
        }

        String next(int seconds) throws InterruptedException {
            String name = names.poll(seconds, TimeUnit.SECONDS);
            return name == null ? "no event within " + seconds + " s" : name;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("retry:")) {
                open.countDown();
            } else if (line.startsWith("event: ")) {
                names.add(line.substring(7));
            }
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }

        void close() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
