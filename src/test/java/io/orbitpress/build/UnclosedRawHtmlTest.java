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
