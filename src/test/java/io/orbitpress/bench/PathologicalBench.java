package io.orbitpress.bench;

import io.orbitpress.entity.EntityName;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.markdown.MarkdownLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * How the cost of the steps that read an article grows with inputs that once made it grow with
 * the square of their size: runs of {@code <}, unclosed inline HTML, one long paragraph of
 * mentions or pattern hits, one long sentence, a run of full stops. Each input is made at four
 * sizes, each twice the last; the limits check, parsing, extraction and rendering are timed in
 * thread CPU time, the best of three rounds. Linear steps double their time from one size to the
 * next; a step that quadruples is quadratic. Prints figures, asserts nothing.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.orbitpress.bench.PathologicalBench [SIZE]
 * </pre>
 *
 * SIZE is the smallest input in characters (default 40,000; the largest is eight times that).
 * The paragraph limit is lifted for the run: it is what is measured against.
 */
public final class PathologicalBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);
    private static final MentionExtractor EXTRACTOR = MentionExtractor.builder()
            .entity(new EntityName("people", "zena-cardman", "Zena Cardman", List.of(), true))
            .entity(new EntityName("organizations", "nasa", "NASA", List.of(), false))
            .entity(new EntityName("missions", "crew-11", "Crew-11", List.of(), false))
            .defaults()
            .build();

    private static final Map<String, String> INPUTS = Map.of(
            "'<'", "<",
            "unclosed HTML comments", "x <!-- ",
            "mentions in one paragraph", "Zena Cardman and NASA flew on Crew-11. ",
            "pattern hits among names", "NASA, Crew-12 and Crew-11 ",
            "one long sentence", "NASA and ",
            "a run of full stops", ".");

    private PathologicalBench() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        System.out.printf("%-28s %10s %10s %10s %10s %10s%n", "input", "chars", "limits ms", "parse ms", "extract ms",
                "render ms");
        for (Map.Entry<String, String> input : new java.util.TreeMap<>(INPUTS).entrySet()) {
            for (int chars = size; chars <= 8 * size; chars *= 2) {
                String text = input.getValue().repeat(chars / input.getValue().length() + 1).substring(0, chars);
                long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
                for (int round = 0; round < 3; round++) {
                    long t0 = cpu();
                    MarkdownLimits.check(text, Integer.MAX_VALUE);
                    long t1 = cpu();
                    Node doc = ENGINE.parse(text);
                    long t2 = cpu();
                    EXTRACTOR.extractAndLink(doc, (kind, id) -> "/" + kind + "/" + id + "/");
                    long t3 = cpu();
                    ENGINE.render(doc);
                    long t4 = cpu();
                    long[] took = {t1 - t0, t2 - t1, t3 - t2, t4 - t3};
                    for (int i = 0; i < 4; i++) {
                        best[i] = Math.min(best[i], took[i]);
                    }
                }
                System.out.printf("%-28s %,10d %10d %10d %10d %10d%n", input.getKey(), chars, best[0] / 1_000_000,
                        best[1] / 1_000_000, best[2] / 1_000_000, best[3] / 1_000_000);
            }
        }
    }

    private static long cpu() {
        return CPU.getCurrentThreadCpuTime();
    }
}
