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
}
