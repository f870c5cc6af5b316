package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A newsroom's notes in a story's text, written as HTML comments, were published as text (raw
 * HTML is escaped), in the page, its feeds and its search entry; other raw HTML was shown as its
 * text without a word.
 */
class HtmlCommentsTest {

    @TempDir
    Path dir;

    private static final String STORY = """
            ---
            title: Crew named
            date: 2025-07-01
            ---
            <!-- EDITOR: hold the names
            until NASA confirms -->

            The crew was named today.<!-- check the spelling --> Four of them fly.

            <div class="note"><!-- a note in HTML --></div>
            """;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCommentIsInNoFileOfTheSite(boolean unsafe) throws java.io.IOException {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n" + (unsafe ? "markdown:\n  unsafe: true\n" : ""));
        s.write("content/articles/crew.md", STORY);
        s.build();
        try (Stream<Path> files = Files.walk(s.site())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain("EDITOR", "spelling", "a note in HTML");
            }
        }
        assertThat(s.page("articles/crew/").select(".story-body p").first().text())
                .isEqualTo("The crew was named today. Four of them fly.");
        assertThat(s.page("articles/crew/").select("meta[name=description]").attr("content"))
                .isEqualTo("The crew was named today. Four of them fly.");
    }

    /** A note in a registry file's text, a person's biography, is published nowhere either. */
    @Test
    void aCommentInABiographyIsNotOnItsPage() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut. <!-- ask her"
                + " office for the date -->\n\n<!-- check the mission count -->\n");
        s.write("content/articles/crew.md", STORY.replace("Four of them fly.", "Zena Cardman flies."));
        s.build();
        assertThat(s.read("site/people/zena-cardman/index.html")).contains("An astronaut.")
                .doesNotContain("her office", "mission count", "&lt;!--");
    }

    @Test
    void rawHtmlShownAsTextIsWarnedAboutOncePerStory() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/crew.md", STORY);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/crew.md:10:1: warning: this <div> is HTML, which a page shows as text (markdown.unsafe"
                        + " is off); write it in Markdown (**bold**, _italic_, a blank line between paragraphs), remove"
                        + " it, or set markdown.unsafe: true in site.yaml");
    }

    /** A biography's raw HTML and a link to an address a page may not carry are told as a story's are. */
    @Test
    void aBiographysRawHtmlAndDroppedLinkAreWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn <b>astronaut</b> of <i>NASA</i>.\n\n"
                + "Her [flight log](javascript:alert(1)) and <img src=\"/images/zena.jpg\">.\n");
        s.write("content/articles/crew.md", "---\ntitle: Crew named\ndate: 2025-07-01\n---\nZena Cardman flies.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/people/zena-cardman.md:4:4: warning: this <b> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off), as it does the 1 other HTML tag of this file; write it in Markdown"
                        + " (**bold**, _italic_, a blank line between paragraphs), remove it, or set markdown.unsafe: true"
                        + " in site.yaml",
                "content/people/zena-cardman.md:6:5: warning: the address \"javascript:alert(1)\" is left out of the"
                        + " page (a page links to http(s), mailto: and tel: addresses, and to its own site); give another,"
                        + " or remove the link",
                "content/people/zena-cardman.md:6:43: warning: this <img> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off); write the picture as ![what it shows](/images/file.jpg \"Caption. |"
                        + " Photo: credit\"); or set markdown.unsafe: true in site.yaml");
        assertThat(s.page("people/zena-cardman/").select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void aCommentNotClosedIsWarnedAboutAndLeftAsWritten() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/crew.md", """
                ---
                title: Crew named
                date: 2025-07-01
                ---
                The crew was named today.

                  <!-- check the names
                Four of them fly.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/crew.md:7:3: warning: this HTML comment is not closed: everything after its <!-- is"
                        + " part of it, and shown as text; end the note with -->");
        assertThat(s.page("articles/crew/").select(".story-body").text()).contains("check the names");
    }

    /**
     * A story pasted from another system's HTML export, one block of many thousand tags: its tags
     * are told at their places, the first and the last. Placing each by counting the block's lines
     * from its start kept this build (3.4 MB) going for minutes; {@code io.orbitpress.markdown.HtmlPlacesBench}
     * prints what placing them costs.
     */
    @Test
    void aPastedHtmlExportOfManyTagsIsToldAtItsPlacesAtOnce() {
        StringBuilder export = new StringBuilder("---\ntitle: Exported\ndate: 2025-07-01\n---\n<div class=\"export\">\n");
        for (int i = 0; i < 40_000; i++) {
            export.append("<p class=\"c\">Paragraph <b>").append(i).append("</b> of the <i>exported</i> story"
                    + " <span>text</span></p>\n");
        }
        export.append("<p>The end, <img src=\"/images/end.jpg\"></p></div>\n");
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/export.md", export.toString());
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/export.md:1:1: warning: this story has no summary, and no text to take one from (no"
                        + " paragraph, list or picture caption); add a line like summary: \"The crew docked at 2:27"
                        + " a.m.\" to the front matter: search engines, link previews and feeds show it",
                "content/articles/export.md:5:1: warning: this <div> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off), as it does the 160001 other HTML tags of this story; write it in"
                        + " Markdown (**bold**, _italic_, a blank line between paragraphs), remove it, or set"
                        + " markdown.unsafe: true in site.yaml",
                "content/articles/export.md:40006:13: warning: this <img> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off); write the picture as ![what it shows](/images/file.jpg \"Caption. |"
                        + " Photo: credit\"); or set markdown.unsafe: true in site.yaml");
    }

    /** A registry file's unclosed comment was told without saying what the page does with it, as a story's is told. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnclosedCommentIsToldAlikeInAStoryAndARegistryFile(boolean unsafe) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n" + (unsafe ? "markdown:\n  unsafe: true\n" : ""));
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut.\n\n<!-- ask her office\n");
        s.write("content/articles/crew.md", "---\ntitle: Crew named\ndate: 2025-07-01\n---\nZena Cardman flies.\n\n"
                + "<!-- hold the names\n");
        BuildResult r = s.build();
        String what = unsafe ? "hidden from readers" : "shown as text";
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/crew.md:7:1: warning: this HTML comment is not closed: everything after its <!-- is"
                        + " part of it, and " + what + "; end the note with -->",
                "content/people/zena-cardman.md:6:1: warning: this HTML comment is not closed: everything after its"
                        + " <!-- is part of it, and " + what + "; end the note with -->");
    }
}
