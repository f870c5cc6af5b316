package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the Markdown, extraction never throws and positions point at what was found. */
class MentionExtractorPropertiesTest {
    private static final List<String> FRAGMENTS = List.of(
            "Zena", "Cardman", "Zena Cardman", " ", "  ", "\n", "\n\n", "*", "_", "**", "`", "```\n", "# ", "> ",
            "- ", "1. ", "[", "](https://example.org/Zena)", "]", "<b>", "</b>", "https://nasa.gov/NASA ", "NASA",
            "Crew-11", "Crew-", "12", "SpaceX ", "Raphaël Liégeois", "Raphael", "Duffy's", "Sean Duffy", "Duffy",
            "|", "---", "astronaut ", "Jane Doe", ". ", "Dr. ", "    ", "Kimiya Yui", "Yui", "\t", "~~", "![",
            "Soyuz MS-27", "\u2019", "Raphae\u0308l", "Anna Berg", "Berg", "<https://spacex.com/SpaceX>", "===",
            "[^1]", "[^1]: ", "Mike Fincke", "Fincke");

    /**
     * Markdown made of the fragments above, with no trailing spaces on lines: the parser drops
     * those from the text it keeps, and where a line also holds a literal {@code *} or {@code _}
     * (not an escape) the column after it cannot be told from the parsed tree alone.
     */
    private static String markdownish(Random r) {
        return String.join("", Seeded.list(r, 40, x -> Seeded.oneOf(x, FRAGMENTS))).replaceAll("[ \\t]+(?=\\n|$)", "");
    }

    private static String anything(Random r) {
        return r.nextBoolean() ? Seeded.anyString(r, 200)
                : Seeded.string(r, 200, "\\&;#*_`[]()<>!|-~ \n\tZenaCrdm0123.:/'\u2019\u0308");
    }

    static Stream<Seeded.Case> cases500() {
        return Seeded.cases(500);
    }

    static Stream<Seeded.Case> cases1000() {
        return Seeded.cases(1000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases500")
    void neverThrows(Seeded.Case c) {
        String markdown = anything(c.random());
        Node document = Registry.parse(markdown);
        Extraction extraction = Registry.EXTRACTOR.extract(document);
        Registry.EXTRACTOR.linkFirstMentions(document, extraction, (kind, id) -> "/" + id + "/");
        HtmlRenderer.builder().build().render(document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases1000")
    void mentionsPointAtTheirText(Seeded.Case c) {
        String markdown = markdownish(c.random());
        String[] lines = markdown.split("\n", -1);
        Node document = Registry.parse(markdown);
        Extraction extraction = Registry.EXTRACTOR.extract(document);
        for (Mention mention : extraction.mentions()) {
            assertThat(mention.line()).as("line of %s", mention).isBetween(1, lines.length);
            assertThat(writtenAt(lines, mention.line(), mention.column(), mention.text()))
                    .as("%s in %s", mention, markdown).isTrue();
        }
        for (PatternMention hit : extraction.patternMentions()) {
            assertThat(hit.line()).isBetween(1, lines.length);
            assertThat(writtenAt(lines, hit.line(), hit.column(), hit.name())).as("%s in %s", hit, markdown).isTrue();
        }
        for (Suggestion suggestion : extraction.suggestions()) {
            assertThat(suggestion.line()).isBetween(1, lines.length);
            assertThat(writtenAt(lines, suggestion.line(), suggestion.column(), suggestion.name()))
                    .as("%s in %s", suggestion, markdown).isTrue();
        }
        Registry.EXTRACTOR.linkFirstMentions(document, extraction, (kind, id) -> "/" + id + "/");
    }

    /**
     * Whether {@code text} is written at the 1-based line and column; a space in it stands for any
     * whitespace in the source, a line break may be followed by indentation and quote markers, and
     * emphasis delimiters may stand between the characters (as in {@code *Zena* Cardman}).
     */
    private static boolean writtenAt(String[] lines, int line, int column, String text) {
        String source = String.join("\n", java.util.Arrays.copyOfRange(lines, line - 1, lines.length));
        int at = column - 1;
        if (at < 0 || at > source.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                boolean any = false;
                while (at < source.length() && "*_~".indexOf(source.charAt(at)) >= 0) {
                    at++;
                }
                while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
                    boolean newline = source.charAt(at) == '\n';
                    at++;
                    any = true;
                    while (newline && at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '>')) {
                        at++;
                    }
                }
                if (!any) {
                    return false;
                }
            } else {
                while (i > 0 && at < source.length() && source.charAt(at) != c && "*_~".indexOf(source.charAt(at)) >= 0) {
                    at++;
                }
                if (at >= source.length() || source.charAt(at++) != c) {
                    return false;
                }
            }
        }
        return true;
    }
}
