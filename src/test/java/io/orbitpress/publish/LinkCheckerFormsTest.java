package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker reads a page's links and anchors as a browser does, whatever form the HTML takes. */
class LinkCheckerFormsTest {

    private static OutputFile page(String path, String body) {
        return OutputFile.rendered(path, ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"description\" content=\"d\"><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), "content/articles/a.md");
    }

    /** One link per row, written in some form, and the link the checker must read from it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <a href="/x/">                         | /x/
            <a href='/x/'>                         | /x/
            <a href=/x/>                           | /x/
            <A HREF="/x/">                         | /x/
            <a href = "/x/">                       | /x/
            <a title="t"href="/x/">                | /x/
            <a/href="/x/">                         | /x/
            <a href="&#47;x/">                     | /x/
            <a href="&sol;x&#x2F;">                | /x/
            <a href="/caf&eacute;/">               | /café/
            <a href="/a?b=1&amp;quot;">            | /a?b=1&quot;
            <a href=" /x/ ">                       | /x/
            <img src='/x.png' alt=x>               | /x.png
            <form action='/search/'></form>        | /search/
            <video poster=/p.jpg></video>          | /p.jpg
            <a href="/x/" href="/ignored/">        | /x/
            """)
    void readsEveryFormOfALink(String html, String link) {
        assertThat(LinkChecker.scan(page("index.html", html)).links()).containsExactly(link);
    }

    @Test
    void readsEachUrlOfASrcset() {
        assertThat(LinkChecker.scan(page("index.html",
                "<img src=\"/a.png\" srcset=\"/a.png 1x, /a,2.png 2x,/b.png 640w, /c.png (x, y)\" alt=\"\">")).links())
                .containsExactly("/a.png", "/a,2.png", "/b.png", "/c.png");
    }

    @Test
    void readsNothingInCommentsScriptsOrText() {
        assertThat(LinkChecker.scan(page("index.html", """
                <!-- <a href="/in-comment/"> -->
                <script>document.write('<a href="/in-script/">')</script>
                <textarea><a href="/in-textarea/"></textarea>
                <p>to link, write href="/in-text/" in a tag</p>
                """)).links()).isEmpty();
    }

    /** A fragment reaches an element's id, or an &lt;a&gt;'s name; other names (meta, input) are no anchors. */
    @Test
    void anchorsAreIdsAndNamesOfLinksOnly() {
        Set<String> ids = LinkChecker.ids(page("index.html", """
                <h2 id='single'>x</h2><p id=unquoted>y</p><a name="old-anchor">z</a>
                <form><input name="q"></form><p id="caf&eacute;">c</p>
                """).bytes());
        assertThat(ids).contains("single", "unquoted", "old-anchor", "café").doesNotContain("description", "q");
    }

    @Test
    void aFragmentNamingAMetaIsBrokenAndTopIsNot() {
        OutputFile a = page("a/index.html", "<a href=\"../b/#description\">d</a> <a href=\"../b/#q\">q</a>"
                + " <a href=\"../b/#top\">top</a> <a href=\"../b/#old\">old</a>");
        OutputFile b = page("b/index.html", "<form><input name=\"q\"></form><a name=\"old\"></a>");
        assertThat(LinkChecker.check(List.of(a, b), x -> null)).extracting(d -> d.message()).containsExactlyInAnyOrder(
                "broken link \"../b/#description\" on page /a/: no element with id \"description\" on /b/;"
                        + " fix the link or add what it points to",
                "broken link \"../b/#q\" on page /a/: no element with id \"q\" on /b/; fix the link or add what it"
                        + " points to");
    }

    @Test
    void brokenLinksInEveryFormAreFound() {
        OutputFile a = page("index.html", "<a href='/nowhere/'>x</a> <img src=/none.png alt=x>"
                + " <img src=\"/x.png\" srcset=\"/x.png 1x, /missing.png 2x\" alt=x> <form action='/gone/'></form>"
                + " <video poster=\"/no.jpg\"></video>");
        OutputFile x = OutputFile.copy("x.png", null, "content/static/x.png");
        assertThat(LinkChecker.check(List.of(a, x), p -> null)).extracting(d -> d.message())
                .anyMatch(m -> m.startsWith("broken link \"/nowhere/\""))
                .anyMatch(m -> m.startsWith("broken link \"/none.png\""))
                .anyMatch(m -> m.startsWith("broken link \"/missing.png\""))
                .anyMatch(m -> m.startsWith("broken link \"/gone/\""))
                .anyMatch(m -> m.startsWith("broken link \"/no.jpg\""))
                .hasSize(5);
    }
}
