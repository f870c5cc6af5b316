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
            "Some *Markdown*.", "\u00e9", "\ufeff", "\u0000", "'quoted': 1", "\"k\": v", "=", ":", "{", "}", "{ \"",
            "\"title\": \"{x}\"", "\\\"", "[", "]", ",", "{%", "{{", "Title: x", "Tags: a, b", "  more", "title=x",
            "~~~~~~");

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
                String opened = lines[split.unclosedAt() - 1].stripTrailing();
                assertThat(opened.isEmpty() ? "" : opened.strip().substring(0, 1)).isIn("-", "+", "{");
            }
            return;
        }
        if (split.format() == Split.Format.JSON) {
            // blank lines, the object from its line's start to its closing brace, then the body
            for (int i = 0; i < split.blockLine() - 1; i++) {
                assertThat(lines[i]).as("line %d before the object", i + 1).isBlank();
            }
            String before = split.blockLine() == 1 ? ""
                    : String.join("\n", Arrays.copyOfRange(lines, 0, split.blockLine() - 1)) + "\n";
            String object = split.block().substring(0, split.block().length() - 1);
            assertThat(object.strip()).startsWith("{").endsWith("}");
            assertThat(text).startsWith(before + object);
            String rest = text.substring(before.length() + object.length());
            String gap = rest.substring(0, rest.length() - split.body().length());
            assertThat(rest).endsWith(split.body());
            assertThat(gap.isEmpty() || gap.isBlank() && gap.indexOf('\n') == gap.length() - 1
                    || split.body().isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0).as("gap %s", gap).isTrue();
            return;
        }
        if (split.format() == Split.Format.HEADER) {
            // blank lines, the header's lines up to the first blank one, that line, then the body
            int first = split.blockLine() - 1;
            int blank = split.bodyLine() - 2;
            for (int i = 0; i < first; i++) {
                assertThat(lines[i]).as("line %d before the header", i + 1).isBlank();
            }
            assertThat(split.block()).isEqualTo(String.join("\n", Arrays.copyOfRange(lines, first, blank)) + "\n");
            for (int i = first; i < blank; i++) {
                assertThat(lines[i]).as("line %d of the header", i + 1).isNotBlank();
            }
            assertThat(lines[first]).matches("(?s)[A-Za-z][A-Za-z0-9_-]*[ \t]*:.*");
            if (blank < lines.length) {
                assertThat(lines[blank]).isBlank();
                assertThat(String.join("\n", Arrays.copyOfRange(lines, blank + 1, lines.length))).isEqualTo(split.body());
            } else {
                assertThat(split.body()).isEmpty();
            }
            return;
        }
        if (split.format() == Split.Format.JBAKE) {
            // blank lines, key=value lines (blank ones between), a line of six tildes, then the body
            int first = split.blockLine() - 1;
            int tildes = split.bodyLine() - 2;
            for (int i = 0; i < first; i++) {
                assertThat(lines[i]).as("line %d before the header", i + 1).isBlank();
            }
            assertThat(lines[tildes].stripTrailing()).isEqualTo("~~~~~~");
            assertThat(split.block()).isEqualTo(String.join("\n", Arrays.copyOfRange(lines, first, tildes)) + "\n");
            assertThat(String.join("\n", Arrays.copyOfRange(lines, tildes + 1, lines.length))).isEqualTo(split.body());
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
