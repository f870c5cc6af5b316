package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts moved over from Eleventy as they are: its words for a date taken from the file or from
 * git, its permalinks written as templates, {@code permalink: false}, and its layouts named by
 * their template files.
 */
class EleventyArchiveTest {

    @TempDir
    java.nio.file.Path dir;

    private static String post(String frontMatter) {
        return "---\ntitle: Docking\n" + frontMatter + "---\nThe capsule docked.\n";
    }

    @Test
    void lastModifiedIsToldAsTheFilesTimeWithTheDayToWrite() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", post("date: Last Modified\n"));
        Files.setLastModifiedTime(s.root.resolve("content/articles/docking.md"),
                FileTime.from(Instant.parse("2025-08-20T12:00:00Z")));
        assertThat(s.problems()).containsExactly("content/articles/docking.md:3:7: error: \"Last Modified\" is"
                + " Eleventy's date from the file's time, which a copy or a clone of the site changes, and the story's"
                + " date and address with it; write the day it was published, like date: 2025-08-20 (this file's"
                + " time now), or date every such story by its file's time with migration: dateFallback: fileModTime"
                + " in site.yaml");
    }

    @Test
    void aDateFromGitIsToldWithTheCommandThatPrintsIt() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", post("date: git Created\n"));
        s.write("content/articles/undocking.md", post("date: git Last Modified\n").replace("Docking", "Undocking"));
        assertThat(s.problems()).containsExactly(
                "content/articles/docking.md:3:7: error: \"git Created\" is Eleventy's date from the file's first"
                        + " commit, which Orbitpress does not read from git; write the day it was published, like"
                        + " date: 2025-07-30 (git log --diff-filter=A --format=%as -- content/articles/docking.md"
                        + " prints it), or date every such story by its file's time with migration: dateFallback:"
                        + " fileModTime in site.yaml",
                "content/articles/undocking.md:3:7: error: \"git Last Modified\" is Eleventy's date from the file's"
                        + " last commit, which Orbitpress does not read from git; write the day it was published, like"
                        + " date: 2025-07-30 (git log -1 --format=%as -- content/articles/undocking.md prints it), or"
                        + " date every such story by its file's time with migration: dateFallback: fileModTime in"
                        + " site.yaml");
    }

    @Test
    void underADateFallbackEleventysWordsTakeIt() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "migration:\n  dateFallback: fileModTime\n");
        s.write("content/articles/docking.md", post("date: Last Modified\n"));
        s.write("content/articles/undocking.md", post("date: git Created\n").replace("Docking", "Undocking"));
        for (String name : new String[] {"docking", "undocking"}) {
            Files.setLastModifiedTime(s.root.resolve("content/articles/" + name + ".md"),
                    FileTime.from(Instant.parse("2025-08-20T12:00:00Z")));
        }
        BuildResult r = s.build();
        assertThat(r.warnings()).isEmpty();
        assertThat(s.text("articles/docking/index.html")).contains("2025-08-20T12:00:00Z");
        assertThat(s.text("articles/undocking/index.html")).contains("2025-08-20T12:00:00Z");
    }

    @Test
    void aPermalinkWithTheFilesSlugIsPublishedThere() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/2025-08-20-docking.md", post("date: 2025-08-20\npermalink: \"/news/{{ page.fileSlug }}/\"\n"));
        s.build();
        assertThat(Files.exists(s.site().resolve("news/docking/index.html"))).isTrue();
    }

    @Test
    void aPermalinkWithAnotherTemplateExpressionIsToldWhatIsRead() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", post("date: 2025-08-20\npermalink: \"/news/{{ title | slugify }}/\"\n"));
        assertThat(s.problems()).containsExactly("content/articles/docking.md:4:1: error: permalink \"{{ title |"
                + " slugify }}\" in \"/news/{{ title | slugify }}/\" is a template expression, which Orbitpress does"
                + " not run; write the path with :year, :month, :day, :title, :slug or :categories, like"
                + " /news/:slug/ (Eleventy's {{ page.fileSlug }} is read as :slug)");
    }

    @Test
    void permalinkFalseIsNoAddressOfFalse() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", post("date: 2025-08-20\npermalink: false\n"));
        assertThat(s.problems()).containsExactly("content/articles/docking.md:4:1: error: permalink: false is"
                + " Eleventy's way to write no page for a file, and Orbitpress publishes every story; to keep this one"
                + " out, write draft: true in its place, or move the file out of content/");
        s.write("content/articles/docking.md", post("date: 2025-08-20\nurl: false\n"));
        assertThat(s.problems()).containsExactly("content/articles/docking.md:4:1: error: url: false is no address;"
                + " to keep this one out, write draft: true in its place, or move the file out of content/");
    }

    @Test
    void aLayoutNamedByItsTemplateFileIsToldToBeRemoved() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", post("date: 2025-08-20\nlayout: layouts/post.njk\n"));
        assertThat(s.problems()).containsExactly("content/articles/docking.md:4:1: error: layout \"layouts/post.njk\""
                + " is another generator's template file, not a layout name; remove the line to use the article"
                + " template, or name a layout of the theme in lowercase letters, digits and hyphens, like liveblog"
                + " (for templates/article-liveblog.html)");
    }
}
