package io.orbitpress.cli;

import io.orbitpress.testing.Trees;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures {@code entities --json} against articles written for this test alone and labelled by
 * a reader (src/test/resources/extraction-eval/expected.tsv): which registered people, missions
 * and organizations each text mentions. Front matter lists nothing, so everything comes from the
 * text. Precision and recall over (article, entity) pairs must both reach 0.95.
 */
class EntitiesPrecisionTest {

    static final Path EVAL = Path.of("src/test/resources/extraction-eval");

    @Test
    void findsWhatTheTextMentionsAndNothingElse(@TempDir Path dir) throws IOException {
        Trees.copy(EVAL.resolve("content"), dir.resolve("content"));
        Trees.copy(Path.of("templates"), dir.resolve("templates"));

        JsonNode json = JsonMapper.builder().build().readTree(run("entities", "--json", "--source", dir.toString()));
        Map<String, Set<String>> found = new HashMap<>();
        for (JsonNode a : json.get("articles")) {
            Set<String> set = new TreeSet<>();
            a.get("entities").properties().forEach(kind -> kind.getValue().forEach(e -> {
                if (!e.get("source").asString().equals("pattern")) {
                    set.add(kind.getKey() + ":" + e.get("id").asString());
                }
            }));
            found.put(a.get("slug").asString(), set);
        }
        Map<String, Set<String>> expected = new HashMap<>();
        for (String line : Files.readAllLines(EVAL.resolve("expected.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            expected.put(cols[0], new TreeSet<>(List.of(cols[1].trim().split("\\s+"))));
        }
        assertThat(found.keySet()).isEqualTo(expected.keySet());

        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (String slug : expected.keySet()) {
            Set<String> want = expected.get(slug);
            Set<String> got = found.get(slug);
            for (String e : got) {
                if (want.contains(e)) {
                    tp++;
                } else {
                    fp++;
                    misses.add(slug + ": found " + e + " that the text does not mention");
                }
            }
            Set<String> missing = new HashSet<>(want);
            missing.removeAll(got);
            fn += missing.size();
            missing.forEach(e -> misses.add(slug + ": missed " + e));
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("entities --json on %d unseen articles: precision %.3f, recall %.3f (%d found right, %d wrong,"
                + " %d missed)%n", expected.size(), precision, recall, tp, fp, fn);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(precision).as("precision; %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    static String run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isZero();
        } finally {
            System.setOut(before);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
