package io.orbitpress.markdown;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.commonmark.node.Node;

/**
 * The cost of placing the raw HTML tags of a story pasted from another system's HTML export (one
 * HTML block of PARAGRAPHS lines, four tags each) with {@link MarkdownFacts#htmlTags}: thread CPU
 * time per round, five rounds. Placing each tag by counting the block's lines from its start cost
 * the square of the block's size (PARAGRAPHS 40,000 had not ended after eight minutes); read once,
 * it costs its length.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     io.orbitpress.markdown.HtmlPlacesBench [PARAGRAPHS]
 * </pre>
 *
 * PARAGRAPHS defaults to 40,000; cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class HtmlPlacesBench {

    private HtmlPlacesBench() {
    }

    public static void main(String[] args) {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        StringBuilder export = new StringBuilder("<div class=\"export\">\n");
        for (int i = 0; i < paragraphs; i++) {
            export.append("<p class=\"c\">Paragraph <b>").append(i).append("</b> of the <i>exported</i> story"
                    + " <span>text</span></p>\n");
        }
        export.append("</div>\n");
        Node document = new MarkdownEngine(false).parse(export.toString());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            MarkdownFacts.HtmlTags tags = MarkdownFacts.htmlTags(document);
            long t1 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: %,d tags placed in %.1f ms of CPU%n", round, tags.other().size() + tags.media().size(),
                    (t1 - t0) / 1e6);
        }
    }
}
