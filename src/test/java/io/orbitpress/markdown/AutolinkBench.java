package io.orbitpress.markdown;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkType;

/**
 * The cost per character of looking for links in text: the GFM extension's search (what every
 * text went through) against {@link TriggeredAutolink#mayHoldLink}, the check that now decides
 * whether a text is searched. Thread CPU time per round, ten rounds, on the text nodes of the
 * first ARTICLES articles of a site.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.markdown.AutolinkBench [SITE] [ARTICLES]
 * </pre>
 *
 * SITE defaults to /tmp/ssg-bench/orbitpress-1000 (made by bench/run.sh), ARTICLES to 500;
 * cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class AutolinkBench {

    private AutolinkBench() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : "/tmp/ssg-bench/orbitpress-1000");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<String> texts = new ArrayList<>();
        MarkdownEngine markdown = new MarkdownEngine(false);
        try (Stream<Path> files = Files.list(site.resolve("content/articles"))) {
            for (Path p : files.sorted().limit(articles).toList()) {
                markdown.parse(Files.readString(p)).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        texts.add(t.getLiteral());
                    }
                });
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        LinkExtractor search = LinkExtractor.builder()
                .linkTypes(EnumSet.of(LinkType.URL, LinkType.EMAIL, LinkType.WWW)).build();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long spans = 0;
        long passed = 0;
        for (int round = 0; round < 10; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                for (String s : texts) {
                    for (Object span : search.extractSpans(s)) {
                        spans += span == null ? 0 : 1;
                    }
                }
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) {
                for (String s : texts) {
                    passed += TriggeredAutolink.mayHoldLink(s) ? 1 : 0;
                }
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: link search %.2f ns/char, check %.2f ns/char%n", round,
                    (t1 - t0) / 20.0 / chars, (t2 - t1) / 20.0 / chars);
        }
        System.out.printf("%d texts, %d characters; %.1f%% of texts pass the check (%d spans)%n", texts.size(), chars,
                100.0 * passed / 10 / 20 / texts.size(), spans);
    }
}
