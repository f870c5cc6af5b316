package io.orbitpress.render;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.model.Article;
import io.orbitpress.session.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The search index's article text: {@link HtmlText} against jsoup's
 * {@code parseBodyFragment(html).text()}, over the articles of a site (built once, in memory).
 * Thread CPU time per round; ORDER {@code direct} or {@code jsoup} says which runs first in each
 * round (the first round of a fresh JVM is what a cold build pays); also how many articles are
 * handed to jsoup.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.render.HtmlTextBench SITE [ROUNDS] [ORDER]
 * </pre>
 */
public final class HtmlTextBench {

    private HtmlTextBench() {
    }

    public static void main(String[] args) {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean directFirst = args.length <= 2 || args[2].equals("direct");
        List<String> html = new SiteBuild(BuildOptions.of(site).withDrafts(true), Session.inMemory()).render().site()
                .articles().stream().map(Article::html).toList();
        long chars = html.stream().mapToLong(String::length).sum();
        long handed = html.stream().filter(h -> HtmlText.parse(h) == null).count();
        System.out.printf("%d articles, %.1f million characters of HTML; %d handed to jsoup%n", html.size(),
                chars / 1e6, handed);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long direct = 0;
            long jsoup = 0;
            for (int pass = 0; pass < 2; pass++) {
                boolean d = (pass == 0) == directFirst;
                long t0 = mx.getCurrentThreadCpuTime();
                for (String h : html) {
                    sink += (d ? HtmlText.of(h) : Jsoup.parseBodyFragment(h).text()).length();
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                if (d) {
                    direct = t;
                } else {
                    jsoup = t;
                }
            }
            System.out.printf("round %d: direct %.0f ms (%.1f µs an article), jsoup %.0f ms (%.1f µs)  [%d]%n", round,
                    direct / 1e6, direct / 1e3 / html.size(), jsoup / 1e6, jsoup / 1e3 / html.size(), sink % 10);
        }
    }
}
