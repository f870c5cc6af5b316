package io.orbitpress.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, splitting never throws, and block and body are the file's own lines put back. */
class FrontMatterSplitterPropertiesTest {

    private static final List<String> FRAGMENTS = List.of("---", "+++", "...", "--- ", "---\t", "\n", "\n", "\n\n",
            "\r\n", " ", "title: x", "date: 2025-07-30", "title = \"x\"", "# comment", "key:", "- item", "text",
            "Some *Markdown*.", "\u00e9", "\ufeff", "\u0000", "'quoted': 1", "\"k\": v", "=", ":");

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts)),
                Arbitraries.strings().all().ofMaxLength(200));
    }

    @Property(tries = 2000)
    void blockAndBodyReassembleTheFile(@ForAll("files") String text) {
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
