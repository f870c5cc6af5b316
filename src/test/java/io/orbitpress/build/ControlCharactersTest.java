package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters that a story carries in (a vertical tab or a C1 control pasted from a word
 * processor, a YAML escape like "\a" in a headline) are not written into the site's pages: HTML
 * does not allow them in a document (the Nu HTML Checker: "Forbidden code point U+000b"), as XML
 * does not in the feeds, which already leave them out. Tab, line feed and form feed stay.
 */
class ControlCharactersTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void noPageHoldsAControlCharacterHtmlForbids() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/pasted.md", "---\n"
                + "title: \"Bell \\a and tab \\x0B here\"\n"
                + "date: 2025-07-30\n"
                + "summary: \"Sum\\x01mary \\x85of it\"\n"
                + "---\n"
                + "Body with a vertical tab \u000B, a form feed \f, a delete \u007F and a C1 control \u0085.\n\n"
                + "    code\twith a tab\n");
        s.build();

        List<java.nio.file.Path> pages;
        try (Stream<java.nio.file.Path> files = Files.walk(s.site())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        for (java.nio.file.Path p : pages) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertThat(text.codePoints().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r'
                    || c >= 0x7f && c <= 0x9f).toArray()).as(p.toString()).isEmpty();
        }
        Document story = s.page("articles/pasted/");
        assertThat(s.text("articles/pasted/index.html")).contains("<title>Bell  and tab  here · Test Desk</title>");
        assertThat(story.select("meta[name=description]").attr("content")).isEqualTo("Summary of it");
        assertThat(story.select(".story-body p").first().wholeText())
                .isEqualTo("Body with a vertical tab , a form feed \f, a delete  and a C1 control .");
        assertThat(story.select(".story-body pre code").first().wholeText()).isEqualTo("code\twith a tab\n");
        assertThat(s.page("").select("main").text()).contains("Summary of it");
    }

    /** They were left out without a word: a headline lost a character no one could see in the editor. */
    @Test
    void eachFileWithThemIsWarnedAboutWhereTheyStand() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/pasted.md", "---\n"
                + "title: \"Bell \\a here\"\n"
                + "date: 2025-07-30\n"
                + "summary: \"Sum\\x01mary\"\n"
                + "---\n"
                + "Body with a vertical tab \u000B, a form feed \f.\n\nA delete \u007F and a C1 control \u0085.\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut\u0008.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactlyInAnyOrder(
                "content/articles/pasted.md:2:14: warning: \"\\a\" in title is a control character (U+0007, bell),"
                        + " which pages leave out (HTML does not allow it); remove it",
                "content/articles/pasted.md:4:14: warning: \"\\x01\" in summary is a control character (U+0001),"
                        + " which pages leave out (HTML does not allow it); remove it",
                "content/articles/pasted.md:6:26: warning: a control character (U+000B, vertical tab) stands here,"
                        + " which pages leave out (HTML does not allow it), as they do the 2 others of this file;"
                        + " remove it",
                "content/people/zena-cardman.md:4:13: warning: a control character (U+0008, backspace) stands here,"
                        + " which pages leave out (HTML does not allow it); remove it");
    }
}
