package io.orbitpress.bench;

import io.orbitpress.entity.EntityName;
import io.orbitpress.entity.Extraction;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.markdown.MarkdownEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * Times entity extraction alone on a generated site: every article is parsed outside the clock,
 * then {@link MentionExtractor#extractAndLink} runs on it, timed in thread CPU time so another
 * process on the machine disturbs the figure less. Prints the best round and a digest of every
 * extraction and of the linked HTML, so two versions of the extractor can be compared for both
 * speed and output.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.orbitpress.bench.ExtractBench [SITE] [ROUNDS] [ARTICLES]
 * </pre>
 *
 * SITE is a folder with content/ (default /tmp/ssg-bench/orbitpress-10000); entities are read
 * from the front matter {@code name} and {@code aliases} of content/people, missions and
 * organizations, with the default patterns and cues.
 */
public final class ExtractBench {
    private static final Pattern NAME = Pattern.compile("(?m)^name:\\s*\"([^\"]*)\"");
    private static final Pattern ALIASES = Pattern.compile("(?m)^aliases:\\s*\\[(.*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "/tmp/ssg-bench/orbitpress-10000");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        Path content = site.resolve("content");
        MentionExtractor.Builder builder = MentionExtractor.builder().defaults();
        for (String kind : List.of("people", "missions", "organizations")) {
            for (Path file : files(content.resolve(kind))) {
                String text = Files.readString(file);
                Matcher name = NAME.matcher(text);
                if (!name.find()) {
                    continue;
                }
                List<String> aliases = new ArrayList<>();
                Matcher list = ALIASES.matcher(text);
                if (list.find()) {
                    Matcher q = QUOTED.matcher(list.group(1));
                    while (q.find()) {
                        aliases.add(q.group(1));
                    }
                }
                String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                builder.entity(new EntityName(kind, id, name.group(1), aliases, kind.equals("people")));
            }
        }
        MentionExtractor extractor = builder.build();
        List<String> bodies = new ArrayList<>();
        for (Path file : files(content.resolve("articles"))) {
            if (bodies.size() == limit) {
                break;
            }
            String text = Files.readString(file);
            int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            bodies.add(end < 0 ? text : text.substring(text.indexOf('\n', end + 4) + 1));
        }
        MarkdownEngine markdown = new MarkdownEngine(false);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            List<Node> docs = new ArrayList<>(bodies.size());
            for (String body : bodies) {
                docs.add(markdown.parse(body));
            }
            List<Extraction> extractions = new ArrayList<>(docs.size());
            long start = threads.getCurrentThreadCpuTime();
            for (Node doc : docs) {
                extractions.add(extractor.extractAndLink(doc, (kind, id) -> "/" + kind + "/" + id + "/"));
            }
            long took = threads.getCurrentThreadCpuTime() - start;
            best = Math.min(best, took);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < docs.size(); i++) {
                digest.update(extractions.get(i).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(markdown.render(docs.get(i)).getBytes(StandardCharsets.UTF_8));
            }
            System.out.printf("round %d: %d ms extract (cpu), digest %s%n", round, took / 1_000_000,
                    HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        }
        System.out.printf("best: %d ms for %d articles%n", best / 1_000_000, bodies.size());
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
