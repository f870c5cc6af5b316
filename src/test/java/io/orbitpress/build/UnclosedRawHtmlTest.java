package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code markdown.unsafe}, an embed pasted without its end tag ({@code <script async src=...>}
 * alone, or closed with {@code />}) was published as written and no build said a word: the browser
 * read the rest of the story, the navigation and the footer as the script's text, and the page
 * ended at the embed.
 */
class UnclosedRawHtmlTest {

    @TempDir
    Path dir;

    private static final String UNSAFE = "title: Test Desk\nmarkdown:\n  unsafe: true\n";

    private static String story(String embed) {
        return """
                ---
                title: Liftoff
                date: 2025-08-01
                ---
                The launch, as the agency shared it:

                <blockquote class="post"><p>Liftoff!</p></blockquote>
                %s

                More of the story after the embed.
                """.formatted(embed);
    }

    @Test
    void aScriptNeverClosedIsAnErrorAtItsTagAndTheLastSiteStays() throws java.io.IOException {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/articles/liftoff.md", story("<script async src=\"https://embed.example.org/w.js\"></script>"));
        s.build();
        byte[] before = Files.readAllBytes(s.site().resolve("articles/liftoff/index.html"));
        s.write("content/articles/liftoff.md", story("<script async src=\"https://embed.example.org/w.js\">"));
        assertThat(s.problems()).containsExactly("content/articles/liftoff.md:8:1: error: this <script> is not closed:"
                + " a browser reads everything after it, the rest of the story and of the page, as its content; end it"
                + " with </script>");
        assertThat(Files.readAllBytes(s.site().resolve("articles/liftoff/index.html"))).isEqualTo(before);
    }

    @Test
    void aScriptClosedWithASlashIsNotClosed() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/articles/liftoff.md", story("<p>Watch:</p> <SCRIPT src='https://embed.example.org/w.js' />"));
        assertThat(s.problems()).containsExactly("content/articles/liftoff.md:8:15: error: this <script> is not closed"
                + " (in HTML, /> closes no <script>): a browser reads everything after it, the rest of the story and of"
                + " the page, as its content; end it with </script> in place of />");
    }

    /** Closed later in the text, in another piece of HTML, in any case: the page keeps its end. */
    @Test
    void elementsClosedAnywhereLaterInTheTextBuild() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/articles/liftoff.md", """
                ---
                title: Liftoff
                date: 2025-08-01
                ---
                The count <script>var t = "<style>";</script> went on, <iFrame src="https://embed.example.org/v" title=">">
                fallback</IFRAME > and the rocket flew.

                <style>
                p.note { color: red; }
                </style>

                <noscript>
                <p>Scripts are off.</p>

                </noscript >
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).isEmpty();
        assertThat(s.page("articles/liftoff/").select("footer").size()).isPositive();
    }

    /**
     * An {@code <iframe>} whose {@code </iframe>} stands after a blank line is one element to a browser,
     * though Markdown ends the HTML at the blank line: the paragraphs between were published inside it,
     * hidden from readers, and no build said a word. Told at the opening tag with the line that closes
     * it; one with nothing but blank lines inside is the element it was meant to be, and builds.
     */
    @Test
    void anIframeClosedAfterABlankLineAroundTextIsTold() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/articles/liftoff.md", """
                ---
                title: Liftoff
                date: 2025-08-01
                ---
                The launch:

                <iframe src="https://www.youtube-nocookie.com/embed/x" title="Launch">

                Watch it live.

                </iframe>

                The count <iframe src="https://x.example.org/v" title="Clock">

                went on </iframe> and on.
                """);
        assertThat(s.problems()).containsExactly(
                "content/articles/liftoff.md:7:1: error: this <iframe> is closed only by the </iframe> at line 11,"
                        + " after a blank line, which ends the HTML: the Markdown between, from line 9, is published"
                        + " inside the <iframe> as its content, which a browser does not show as the story's text;"
                        + " write the <iframe> and its </iframe> with no blank line between them, and that text"
                        + " before or after them",
                "content/articles/liftoff.md:13:11: error: this <iframe> is closed only by the </iframe> at line 15,"
                        + " after a blank line, which ends the HTML: the Markdown between, from line 15, is published"
                        + " inside the <iframe> as its content, which a browser does not show as the story's text;"
                        + " write the <iframe> and its </iframe> with no blank line between them, and that text"
                        + " before or after them");

        s.write("content/articles/liftoff.md", """
                ---
                title: Liftoff
                date: 2025-08-01
                ---
                The launch:

                <iframe src="https://www.youtube-nocookie.com/embed/x" title="Launch">

                </iframe>

                More of the story.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).isEmpty();
        assertThat(s.page("articles/liftoff/").select(".story-body iframe[title=Launch]")).hasSize(1);
        assertThat(s.page("articles/liftoff/").select(".story-body > p").eachText()).contains("More of the story.");
    }

    /**
     * The places are as written: after a comment the build takes out, inside a block quote and a
     * list item; and embed codes as the platforms give them, with quotes and tags inside values,
     * build.
     */
    @Test
    void placesAreAsWrittenAndRealEmbedsBuild() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/articles/liftoff.md", """
                ---
                title: Liftoff
                date: 2025-08-01
                ---
                <blockquote class="twitter-tweet"><p lang="en" dir="ltr">Liftoff! <a href="https://t.co/x">pic</a></p>&mdash; Agency (@agency) <a href="https://twitter.com/agency/status/1">August 1, 2025</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>

                <iframe title="Crew's chart" aria-label="Chart" id="datawrapper-chart-x" src="https://datawrapper.dwcdn.net/x/1/" scrolling="no" frameborder="0" style="width: 0; min-width: 100%% !important; border: none;" height="400" data-external="1"></iframe><script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>

                <div data-note="<script>" title=Joe's><![CDATA[ <style> ]]></div> <script>document.write("<\\/script>"); var s = '</scr' + 'ipt>';</script> <iframe src="https://x.example.org/v" title=Crew's></iframe>

                <div class="embed"><!-- from the agency, 2025 --><script async src="https://x.example.org/w.js">

                The story goes on.
                """);
        s.write("content/articles/quote.md", "---\ntitle: Quote\ndate: 2025-08-01\n---\nThe video:\n\n> <div>\n"
                + "> <iframe src=\"https://x.example.org/v\">\n\nMore.\n");
        s.write("content/articles/list.md", "---\ntitle: List\ndate: 2025-08-01\n---\nThe list:\n\n- <p>a</p><noscript>\n\n"
                + "More.\n");
        assertThat(s.problems()).extracting(p -> p.replaceAll(": error: .*", "")).containsExactlyInAnyOrder(
                "content/articles/liftoff.md:11:50", "content/articles/quote.md:8:3", "content/articles/list.md:7:11");
    }

    /** Without markdown.unsafe the HTML is shown as text: nothing is swallowed, the usual warning is given. */
    @Test
    void withoutUnsafeHtmlNothingIsSwallowed() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/liftoff.md", story("<script async src=\"https://embed.example.org/w.js\">"));
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).allMatch(w -> w.contains("which a page shows as text"));
        assertThat(s.page("articles/liftoff/").select(".story-body").text()).contains("More of the story after the embed.");
    }

    @Test
    void aBiographyTellsItsOwnLine() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE);
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut.\n\n"
                + "<iframe src=\"https://embed.example.org/v\" title=\"Interview\">\n");
        s.write("content/articles/liftoff.md", story("<p>Zena Cardman watched.</p>"));
        assertThat(s.problems()).containsExactly("content/people/zena-cardman.md:6:1: error: this <iframe> is not"
                + " closed: a browser reads everything after it, the rest of the file and of the page, as its content;"
                + " end it with </iframe>");
    }

    /** An archive moved in keeps its old pages as they were: told, not stopped. */
    @Test
    void aMigratedArchiveIsWarned() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", UNSAFE + "migration:\n  skipInvalid: true\n");
        s.write("content/articles/liftoff.md", story("<style>"));
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("content/articles/liftoff.md:8:1:"
                + " warning: this <style> is not closed: a browser reads everything after it, the rest of the story"
                + " and of the page, as its content; end it with </style> (published as written:"
                + " migration.skipInvalid)");
    }
}
