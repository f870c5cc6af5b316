package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's file renamed after it was published ({@code b.md} to {@code b-docks.md}) gives it a new
 * address, and the links to its old one were told only "no page or file". The published site still
 * has the old page: the link is told which story it showed, where that story is now, and the alias
 * that keeps the old address working.
 */
class RenamedStoryLinkTest {

    @TempDir
    Path dir;

    @Test
    void aLinkToAPagePublishedBeforeNamesTheStoryThatMoved() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", TestSite.story("A", "Read [the docking](/articles/b/)."));
        s.write("content/articles/b.md", TestSite.story("Crew docks", "Docked."));
        s.build();
        Files.move(dir.resolve("content/articles/b.md"), dir.resolve("content/articles/b-docks.md"));
        assertThat(s.problems()).containsExactly("content/articles/a.md:5:20: error: broken link \"/articles/b/\" on"
                + " page /articles/a/: the site published now has the page of \"Crew docks\" here, which"
                + " content/articles/b-docks.md now publishes at /articles/b-docks/ (its file renamed, or its address"
                + " changed); link to /articles/b-docks/, and keep /articles/b/ working for readers and search engines"
                + " with aliases: [/articles/b/] in content/articles/b-docks.md");
        assertThat(dir.resolve("site/articles/b/index.html")).exists(); // the last site stays
    }

    /** A page of a story no longer there at all is told as a page the published site has. */
    @Test
    void aLinkToAPageOfAStoryDeletedSaysSo() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", TestSite.story("A", "Read [the docking](/articles/b/)."));
        s.write("content/articles/b.md", TestSite.story("Crew docks", "Docked."));
        s.build();
        Files.delete(dir.resolve("content/articles/b.md"));
        assertThat(s.problems()).containsExactly("content/articles/a.md:5:20: error: broken link \"/articles/b/\" on"
                + " page /articles/a/: the site published now has the page of \"Crew docks\" here, and no story of this"
                + " build has that title; if the story was renamed, link to its new address and keep /articles/b/"
                + " working with aliases: [/articles/b/] in its file; if it was taken down, remove the link");
    }
}
