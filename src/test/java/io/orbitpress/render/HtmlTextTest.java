package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.model.Article;
import io.orbitpress.session.Session;
import io.orbitpress.testing.Corpora;
import io.orbitpress.testing.Seeded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search index's article text read directly ({@link HtmlText}) is jsoup's, on hand-written
 * cases for each of its rules, on random markup, on every corpus rendered by the Markdown engine,
 * and on the articles of this repository's site, where the direct reading must be the one taken.
 */
class HtmlTextTest {

    private static String jsoup(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    @Test
    void eachRuleGivesJsoupsText() {
        List<String> cases = List.of("", "  ", "plain", " a  b\n\tc ", "<p>a</p><p>b</p>", "<p>a</p>\n<p>b</p>",
                "<p>a</p>b", "<p>a</p><em>b</em>", "<em>a</em><p>b</p>", "a<br>b", "a <br> b", "<br>a",
                "<ul>\n<li>one</li>\n<li>two <strong>2</strong></li>\n</ul>", "<h2 id=\"x\">Title</h2>text",
                "<pre><code>a  b\n  c</code></pre>after", "<p>x &amp; y &lt;z&gt; &quot;q&quot; &#39;s</p>",
                "AT&T & co &", "<p>a\u00a0\u00a0b\u200bc\u00add</p>", "<figure><picture><source srcset=\"a.avif 1x\""
                        + " type=\"image/avif\"><img src=\"a.jpg\" alt=\"A &gt; B\" width=\"10\"></picture>"
                        + "<figcaption>Caption <small>Credit</small></figcaption></figure>tail",
                "<picture><img src=x></picture>after", "<a href=\"/x\">link</a>text", "<blockquote>\n<p>q</p>\n"
                        + "</blockquote>\n<p>after</p>", "<span><div>block in inline</div></span>next",
                "<p><img src=\"a.png\" alt=\"\">caption</p>", "<hr>after", "x<hr>y", "<ol start=\"3\"><li>a"
                        + "</li></ol>", "<p>one</p>   <p>two</p>", "<div><p>a</p>  </div>b",
                // forms left to jsoup
                "<p>a<div>b</div></p>", "<em>a<strong>b</em>c</strong>", "<p>unclosed", "a</p>b", "<!-- c -->x",
                "<table><tr><td>a</td><td>b</td></tr></table>", "x &copy; y", "&AMP;", "<P>upper</P>",
                "<li>loose</li>", "<h2>a<h3>b</h3></h2>", "<a href=x>a<a href=y>b</a></a>",
                "<pre>\nfirst line</pre>", "a\r\nb", "<span/>x", "<script>x</script>", "<img src=\"a\"/>",
                "<p title='q'>x</p>", "<p a = \"b\">x</p>", "a < b", "<emx>y</emx>", "</br>", "<span />x</span>",
                "<table><tr><td>a</td></tr></table>", "<table>text<tbody></tbody></table>",
                "<table><tbody><tr><em>x</em></tr></tbody></table>", "<button>a<button>b</button></button>");
        for (String html : cases) {
            assertThat(HtmlText.of(html)).as(html).isEqualTo(jsoup(html));
        }
        // the direct reading is taken for the forms Orbitpress writes, and not for the others
        assertThat(HtmlText.parse("<figure><picture><source srcset=\"a 1x\"><img src=\"a\" alt=\"b\"></picture>"
                + "<figcaption>c</figcaption></figure>")).isNotNull();
        assertThat(HtmlText.parse("a<br/>b<br />c")).isNotNull();
        assertThat(HtmlText.parse("<p>a<div>b</div></p>")).isNull();
        // deep nesting (raw HTML is not held to the Markdown's limit) goes to jsoup, without a stack overflow
        String deep = "<span>".repeat(20_000) + "deep" + "</span>".repeat(20_000);
        assertThat(HtmlText.parse(deep)).isNull();
        assertThat(HtmlText.of(deep)).isEqualTo(jsoup(deep)).isEqualTo("deep");
        String nested = "<div>".repeat(150) + "<p>a</p>b" + "</div>".repeat(150);
        assertThat(HtmlText.parse(nested)).isNotNull();
        assertThat(HtmlText.of(nested)).isEqualTo(jsoup(nested));
        assertThat(HtmlText.parse("<!-- c -->x")).isNull();
    }

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(2000);
    }

    private static final String[] PIECES = {"<p>", "</p>", "<em>", "</em>", "<strong>", "</strong>", "<ul>", "</ul>",
        "<li>", "</li>", "<br>", "<div>", "</div>", "<pre>", "</pre>", "<code>", "</code>", "<picture>", "</picture>",
        "<img src=\"x\" alt=\"y\">", "<figure>", "</figure>", "<figcaption>", "</figcaption>", "<h2>", "</h2>",
        "<a href=\"/a\">", "</a>", "<span>", "</span>", "<hr>", "word", "two words", " ", "  ", "\n", "\t", "&amp;",
        "&lt;", "&#39;", "\u00a0", "\u200b", "\u00ad", "é", "&", "<!-- c -->", "&copy;", "<br />", "<table>",
        "</table>", "<tbody>", "</tbody>", "<tr>", "</tr>", "<td>", "</td>", "<button>", "</button>"};

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void randomMarkupGivesJsoupsText(Seeded.Case c) {
        Random r = c.random();
        StringBuilder html = new StringBuilder();
        for (int i = 0, n = Seeded.size(r, 30); i < n; i++) {
            html.append(PIECES[r.nextInt(PIECES.length)]);
        }
        assertThat(HtmlText.of(html.toString())).as(html.toString()).isEqualTo(jsoup(html.toString()));
    }

    /** Every Markdown file of ../shared/corpora, rendered as an article's body is, safe and with raw HTML. */
    @Test
    void theCorporaGiveJsoupsText() throws IOException {
        List<Path> files = Corpora.markdownFiles();
        assertThat(files).as("Markdown files in the corpora").hasSizeGreaterThan(100);
        int direct = 0;
        for (boolean unsafe : new boolean[] {false, true}) {
            MarkdownEngine engine = new MarkdownEngine(unsafe);
            for (Path f : files) {
                String html = engine.render(engine.parse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
                assertThat(HtmlText.of(html)).as(f.toString()).isEqualTo(jsoup(html));
                direct += HtmlText.parse(html) != null ? 1 : 0;
            }
        }
        // most real pages are read directly: the check above is not of jsoup against itself
        assertThat(direct).isGreaterThan(files.size());
    }

    /** This repository's own site: its articles' bodies, pictures and embeds included, all read directly. */
    @Test
    void theSitesArticlesAreReadDirectly() {
        Path root = Path.of("").toAbsolutePath();
        List<Article> articles = new SiteBuild(BuildOptions.of(root).withDrafts(true), Session.inMemory()).render()
                .site().articles();
        assertThat(articles).hasSizeGreaterThan(5);
        for (Article a : articles) {
            assertThat(HtmlText.parse(a.html())).as(a.path()).isNotNull();
            assertThat(HtmlText.of(a.html())).as(a.path()).isEqualTo(jsoup(a.html()));
        }
    }
}
