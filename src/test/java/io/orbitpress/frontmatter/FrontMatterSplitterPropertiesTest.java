package io.orbitpress.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the text, splitting never throws, and block and body are the file's own lines put back. */
class FrontMatterSplitterPropertiesTest {

    private static final List<String> FRAGMENTS = List.of("---", "+++", "...", "--- ", "---\t", "\n", "\n", "\n\n",
            "\r\n", " ", "title: x", "date: 2025-07-30", "title = \"x\"", "# comment", "key:", "- item", "text",
            "Some *Markdown*.", "\u00e9", "\ufeff", "\u0000", "'quoted': 1", "\"k\": v", "=", ":");

    private static String file(Random r) {
        return r.nextBoolean() ? String.join("", Seeded.list(r, 30, x -> Seeded.oneOf(x, FRAGMENTS)))
                : Seeded.anyString(r, 200);
    }

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(2000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void blockAndBodyReassembleTheFile(Seeded.Case c) {
        String text = file(c.random());
        Split split = FrontMatterSplitter.split(text);
        String[] lines = text.split("\n", -1);
        if (!split.hasFrontMatter()) {
            assertThat(split.body()).isEqualTo(text);
            assertThat(split.bodyLine()).isEqualTo(1);
            assertThat(split.block()).isEmpty();
            if (split.unclosedAt() > 0) {
                assertThat(lines[split.unclosedAt() - 1].stripTrailing()).isIn("---", "+++");
            }
            return;
        }
        int opener = split.blockLine() - 2;
        int closer = split.bodyLine() - 2;
        assertThat(opener).isGreaterThanOrEqualTo(0).isLessThan(closer);
        for (int i = 0; i < opener; i++) {
            assertThat(lines[i]).as("line %d before the block", i + 1).isBlank();
        }
        String delimiter = split.format() == Split.Format.TOML ? "+++" : "---";
        assertThat(lines[opener].stripTrailing()).isEqualTo(delimiter);
        assertThat(lines[closer].stripTrailing()).isIn(delimiter, split.format() == Split.Format.YAML ? "..." : delimiter);
        String before = String.join("\n", Arrays.copyOfRange(lines, 0, opener + 1)) + "\n";
        String after = closer + 1 < lines.length ? "\n" + split.body() : "";
        assertThat(before + split.block() + lines[closer] + after).isEqualTo(text);
    }
}
