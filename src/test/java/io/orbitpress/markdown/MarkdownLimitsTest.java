package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MarkdownLimits deeper than 100 levels is found, at its line and column, before anything that walks
 * the tree down one call per level overflows the stack; nesting up to 100 levels is not.
 */
class MarkdownLimitsTest {

    static Stream<Arguments> examples() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            indented.append("  ".repeat(i)).append("- a\n");
        }
        return Stream.of(
                row("plain text", "Crew-11 docked.\n\nIt went well.", ""),
                row("100 block quotes", ">".repeat(100) + " x", ""),
                row("101 block quotes", ">".repeat(101) + " x", "1:101: nesting deeper than 100 levels (block quotes)"),
                row("3,000 block quotes", "Intro.\n\n" + ">".repeat(3000) + " x",
                        "3:101: nesting deeper than 100 levels (block quotes)"),
                row("lists on one line", "- ".repeat(5000) + "a", "1:201: nesting deeper than 100 levels (lists)"),
                row("lists by indentation", indented.toString(), "101:201: nesting deeper than 100 levels (lists)"),
                row("ordered lists", "1. ".repeat(200) + "a", "1:301: nesting deeper than 100 levels (lists)"),
                row("quotes and lists", "> - ".repeat(80) + "x", "1:201: nesting deeper than 100 levels (block quotes, lists)"),
                row("99 emphasis levels", "*a ".repeat(99) + "b" + " c*".repeat(99), ""),
                row("5,000 emphasis levels", "*a ".repeat(5000) + "b" + " c*".repeat(5000),
                        "1:301: nesting deeper than 100 levels (emphasis)"),
                row("images in images", "![".repeat(3000) + "a" + "](/x.png)".repeat(3000),
                        "1:201: nesting deeper than 100 levels (links)"),
                row("5,000 *a side by side", "*a".repeat(5000), ""),
                row("5,000 lines of *a", "*a\n".repeat(5000), ""),
                row("many emphasized words", "*word* and _more_ ".repeat(2000), ""),
                row("underscores in fenced code", "```\n" + "snake_case_name = other_name\n".repeat(500) + "```", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String title, String markdown, String expected) {
        assertThat(MarkdownLimits.check(markdown, 100_000).map(p -> p.line() + ":" + p.column() + ": " + p.message())
                .map(m -> m.replace("; flatten it", "")).orElse("")).isEqualTo(expected);
    }

    static Stream<Arguments> lengths() {
        String words = "Crew-11 docked with the station. ";
        return Stream.of(
                row("short paragraphs", (words + "\n\n").repeat(200), ""),
                row("a long paragraph", "Intro.\n\n" + words.repeat(40),
                        "3:1: a paragraph of 1,320 characters; one may have at most 1,000"),
                row("a long paragraph on many lines", (words + "\n").repeat(40),
                        "1:1: a paragraph of 1,359 characters; one may have at most 1,000"),
                row("a long heading", "# " + words.repeat(40), "1:1: a heading of 1,322 characters; one may have at most 1,000"),
                row("a long table row", "| a | b |\n|---|---|\n| " + words.repeat(40) + " | x |",
                        "3:1: a table row of 1,328 characters; one may have at most 1,000"),
                row("a long list of short items", ("- " + words + "\n").repeat(100), ""),
                row("a long table of short rows", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(500), ""),
                row("a long paragraph in fenced code", "```\n" + words.repeat(100) + "\n```", ""),
                row("a long paragraph in a list item", "- " + words.repeat(40),
                        "1:3: a paragraph of 1,320 characters; one may have at most 1,000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lengths")
    void length(String title, String markdown, String expected) {
        assertThat(MarkdownLimits.check(markdown, 1_000).map(p -> p.line() + ":" + p.column() + ": " + p.message())
                .map(m -> m.replace(" (limits.paragraphCharacters in site.yaml): break it up with blank lines", ""))
                .orElse("")).isEqualTo(expected);
    }

    /** The bound is over the limit only for texts that may nest deeply: the sample site's articles are not parsed twice. */
    @Test
    void ordinaryArticlesAreLookedAtOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            MarkdownLimits.Bound b = MarkdownLimits.bound(Files.readString(f));
            assertThat(b.block() + b.inline()).as(f.toString()).isLessThanOrEqualTo(MarkdownLimits.MAX_LEVELS);
            assertThat(b.run()).as(f.toString()).isLessThanOrEqualTo(io.orbitpress.config.Limits.defaults().paragraphCharacters());
        }
    }

    private static Arguments row(String title, String markdown, String expected) {
        return Arguments.of(title, markdown, expected);
    }
}
