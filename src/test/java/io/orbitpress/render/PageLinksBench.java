package io.orbitpress.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading the links and anchors of a built site's pages: the byte scanner ({@link PlainTags},
 * what {@link PageLinks#read} uses for plain pages) against jsoup ({@link PageLinks#parsed}), and
 * {@link Urls#relativize} (a scan, and the rewriting of links still root-relative). Thread CPU
 * time, best of ROUNDS rounds; also how many pages the scanner hands to jsoup.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.render.PageLinksBench SITE_OUTPUT [ROUNDS]
 * </pre>
 */
public final class PageLinksBench {

    private PageLinksBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> pages = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                pages.add(b);
                String rel = out.relativize(p).toString().replace('\\', '/');
                routes.add(rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
                bytes += b.length;
            }
        }
        int handedOver = 0;
        for (byte[] b : pages) {
            if (PageLinks.scanned(b) == null) {
                handedOver++;
            }
        }
        System.out.printf("%d pages, %.1f MB; %d handed to jsoup by the scanner%n", pages.size(), bytes / 1e6, handedOver);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (byte[] b : pages) {
                PageLinks.Found f = PageLinks.scanned(b);
                sink += f == null ? 0 : f.links().size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (byte[] b : pages) {
                sink += PageLinks.parsed(b).links().size();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) {
                sink += Urls.relativize(pages.get(i), routes.get(i)).length;
            }
            long t3 = mx.getCurrentThreadCpuTime();
            best[0] = Math.min(best[0], t1 - t0);
            best[1] = Math.min(best[1], t2 - t1);
            best[2] = Math.min(best[2], t3 - t2);
            System.out.printf("round %d: scanner %.1f µs/page, jsoup %.1f µs/page, relativize %.1f µs/page%n", round + 1,
                    (t1 - t0) / 1e3 / pages.size(), (t2 - t1) / 1e3 / pages.size(), (t3 - t2) / 1e3 / pages.size());
        }
        System.out.printf("best: scanner %.1f µs/page (%.0f ms in all), jsoup %.1f µs/page (%.0f ms), relativize %.1f µs/page"
                + " (%.0f ms)  [%d]%n", best[0] / 1e3 / pages.size(), best[0] / 1e6, best[1] / 1e3 / pages.size(),
                best[1] / 1e6, best[2] / 1e3 / pages.size(), best[2] / 1e6, sink % 10);
    }
}
