package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * What {@code markdown.typographer} makes of a reporter's straight quotes, double hyphens and three
 * dots, one case per row: the language, the Markdown, the HTML the engine renders.
 */
class TypographerTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                row("en", "He said \"go\" twice.", "<p>He said \u201Cgo\u201D twice.</p>"),
                row("en", "\"We're ready,\" she said.", "<p>\u201CWe\u2019re ready,\u201D she said.</p>"),
                row("en", "She said \"he told me 'no' today\".",
                        "<p>She said \u201Che told me \u2018no\u2019 today\u201D.</p>"),
                row("en", "don't, NASA's, O'Neill, rock 'n' roll, the '90s, the crews' suits, 'em",
                        "<p>don\u2019t, NASA\u2019s, O\u2019Neill, rock \u2019n\u2019 roll, the \u201990s, the crews\u2019"
                                + " suits, \u2019em</p>"),
                row("en", "1990--2000 --- and then... nothing",
                        "<p>1990\u20132000 \u2014 and then\u2026 nothing</p>"),
                row("en", "four ---- hyphens and two.. dots", "<p>four ---- hyphens and two.. dots</p>"),
                // a quote opened before emphasis is closed after it
                row("en", "\"It was *very* bold\" and \"*all* of it\"",
                        "<p>\u201CIt was <em>very</em> bold\u201D and \u201C<em>all</em> of it\u201D</p>"),
                row("en", "**\"Go\"**, \"[the plan](/plan/ \"it's 'the' plan\")\"",
                        "<p><strong>\u201CGo\u201D</strong>, \u201C<a href=\"/plan/\" title=\"it's 'the' plan\">the"
                                + " plan</a>\u201D</p>"),
                // across a line break
                row("en", "\"Two\nlines\"", "<p>\u201CTwo\nlines\u201D</p>"),
                // code, addresses and link targets untouched
                row("en", "Run `a --b \"c\" ...` \"now\"",
                        "<p>Run <code>a --b &quot;c&quot; ...</code> \u201Cnow\u201D</p>"),
                row("en", "See <https://example.org/a--b...> and https://example.org/it's--x \"ok\"",
                        "<p>See <a rel=\"nofollow\" href=\"https://example.org/a--b...\">https://example.org/a--b...</a> and"
                                + " <a rel=\"nofollow\" href=\"https://example.org/it's--x\">https://example.org/it's--x</a> \u201Cok\u201D</p>"),
                row("en", "[a--b](/x--y/ \"t\")", "<p><a href=\"/x--y/\" title=\"t\">a\u2013b</a></p>"),
                row("en", "![it's \"alt\"](/a--b.png)", "<p><img src=\"/a--b.png\" alt=\"it's &quot;alt&quot;\" loading=\"lazy\" decoding=\"async\" /></p>"),
                row("en", "```\n\"x\" -- y...\n```", "<pre><code>&quot;x&quot; -- y...\n</code></pre>"),
                row("en", "```embed\nhttps://www.youtube.com/watch?v=a--b\n```",
                        "<pre><code class=\"language-embed\">https://www.youtube.com/watch?v=a--b\n</code></pre>"),
                row("en", "{{< youtube \"a--b\" >}} \"x\"", "<p>{{&lt; youtube &quot;a--b&quot; &gt;}} \u201Cx\u201D</p>"),
                // a quote alone stays as written
                row("en", "6 \" of rain", "<p>6 &quot; of rain</p>"),
                // and one written with a backslash, as in SmartyPants, after an entity and in a quote too
                row("en", "He said \\\"go\\\" and 'don\\'t', &amp; a\\\\\"x\\\\\" \"in \\\"it\\\" out\"",
                        "<p>He said &quot;go&quot; and \u2018don't\u2019, &amp; a\\\u201Dx\\\u201D \u201Cin &quot;it&quot; out\u201D</p>"),
                row("en", "> She said \\\"no\\\" and \"yes\"\n>\n> - it\\'s \"fine\"",
                        "<blockquote>\n<p>She said &quot;no&quot; and \u201Cyes\u201D</p>\n<ul>\n<li>it's \u201Cfine\u201D</li>\n</ul>\n</blockquote>"),
                // speech broken off: the quote after the dash closes, the next one opens
                row("en", "\"We were on our way--\" she said. \"I wanted---\" He stopped.",
                        "<p>\u201CWe were on our way\u2013\u201D she said. \u201CI wanted\u2014\u201D He stopped.</p>"),
                row("en", "She said---\"go\"---and left; 'I tried--' he said",
                        "<p>She said\u2014\u201Cgo\u201D\u2014and left; \u2018I tried\u2013\u2019 he said</p>"),
                // an elided word inside single quotes: its apostrophe pairs with nothing
                row("en", "'We'll get 'em,' she said. 'Til then, 'twas 'quiet'.",
                        "<p>\u2018We\u2019ll get \u2019em,\u2019 she said. \u2019Til then, \u2019twas \u2018quiet\u2019.</p>"),
                // a line broken with raw HTML: the quote opens the line
                row("en", "He said<br>\"go\" and <b>\"now\"</b>",
                        "<p>He said&lt;br&gt;\u201Cgo\u201D and &lt;b&gt;\u201Cnow\u201D&lt;/b&gt;</p>"),
                // a long word that is no address, a tag never closed
                row("en", "\"A\" " + "AbCd0123".repeat(2000) + " {{ \"b\"",
                        "<p>\u201CA\u201D " + "AbCd0123".repeat(2000) + " {{ \u201Cb\u201D</p>"),
                // Russian: « » outside, „ “ inside
                row("ru", "Он сказал: \"Это \"Союз\" и 'Прогресс'\"...",
                        "<p>Он сказал: \u00ABЭто \u201EСоюз\u201C и \u201EПрогресс\u201C\u00BB\u2026</p>"),
                row("ru", "\"Роскосмос\" -- это О'Нил", "<p>\u00ABРоскосмос\u00BB \u2013 это О\u2019Нил</p>"),
                row("de", "Er sagte \"ja\" und 'nein'", "<p>Er sagte \u201Eja\u201C und \u201Anein\u2018</p>"),
                // other languages: English quotes
                row("fr", "Il a dit \"oui\"", "<p>Il a dit \u201Coui\u201D</p>"),
                row("en", "| a | \"b\" |\n|---|---|\n| it's | x--y |",
                        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\">\n<table>\n"
                                + "<thead>\n<tr>\n<th>a</th>\n<th>\u201Cb\u201D</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                                + "<td>it\u2019s</td>\n<td>x\u2013y</td>\n</tr>\n</tbody>\n</table>\n</div>"));
    }

    private static Arguments row(String language, String markdown, String html) {
        return Arguments.of(language, markdown, html);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void sets(String language, String markdown, String html) {
        MarkdownEngine engine = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES, true, language);
        assertThat(engine.render(engine.parse(markdown)).strip()).isEqualTo(html);
    }

    /** Off, the default: the text as written. */
    @ParameterizedTest
    @MethodSource("rows")
    void offLeavesTheTextAsWritten(String language, String markdown, String html) {
        MarkdownEngine off = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES, false, language);
        MarkdownEngine plain = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES);
        assertThat(off.render(off.parse(markdown))).isEqualTo(plain.render(plain.parse(markdown)));
    }

    /** A heading keeps the id its text as written gives it: links to its anchor still lead there. */
    @Test
    void aHeadingKeepsItsId() {
        MarkdownEngine on = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES, true, "en");
        MarkdownEngine off = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES, false, "en");
        String text = "## Crew -- \"launch\" day...\n\n## It's *go* {#go}\n";
        assertThat(on.render(on.parse(text))).isEqualTo(
                "<h2 id=\"crew----launch-day\">Crew \u2013 \u201Claunch\u201D day\u2026</h2>\n"
                        + "<h2 id=\"go\">It\u2019s <em>go</em></h2>\n");
        assertThat(off.render(off.parse(text))).contains("id=\"crew----launch-day\"", "id=\"go\"");
    }
}
