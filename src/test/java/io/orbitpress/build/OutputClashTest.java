package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two files of the site that cannot both be written because one needs the other's name as a
 * folder: a static file {@code tags} beside the topic pages under {@code tags/}, an alias or a
 * {@code url:} of {@code /feed.xml/} beside the feed. Each is a message naming both files.
 */
class OutputClashTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    TestSite site;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void site() {
        site = new TestSite(dir.resolve("news"));
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\ntags: [iss]\n---\nLift-off.\n");
    }

    int build() {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--source",
                site.root.toString());
    }

    @Test
    void aStaticFileWhereTheTopicPagesNeedAFolder() {
        site.write("content/static/tags", "a file named like a folder of pages");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/static/tags: error: this writes /tags and templates/tags.html"
                + " writes /tags/index.html: /tags would have to be a file and a folder at once; rename this file, or"
                + " change the url or alias that leads there\n1 error, 0 warnings; nothing was written\n");
    }

    @Test
    void anAliasWhereTheFeedIs() {
        site.write("content/articles/moved.md",
                "---\ntitle: Moved\ndate: 2025-07-31\nredirect_from: [/feed.xml/]\n---\nText.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/moved.md: error: this writes /feed.xml/index.html and"
                + " templates/feed.xml writes /feed.xml: /feed.xml would have to be a file and a folder at once; rename"
                + " this file, or change the url or alias that leads there\n1 error, 0 warnings; nothing was written\n");
    }

    @Test
    void anAliasBelowAFileAndAUrlWhereTheSitemapIs() {
        site.write("content/articles/moved.md",
                "---\ntitle: Moved\ndate: 2025-07-31\naliases: [/robots.txt/old/]\n---\nText.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md: error: this writes /robots.txt/old/index.html"
                + " and templates/robots.txt writes /robots.txt: /robots.txt would have to be a file and a folder");
        site.write("content/articles/moved.md", "---\ntitle: Moved\ndate: 2025-07-31\nurl: /sitemap.xml/\n---\nText.\n");
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md: error: this writes /sitemap.xml/index.html"
                + " and templates/sitemap.xml writes /sitemap.xml: /sitemap.xml would have to be a file and a folder");
        assertThat(site.root.resolve("site")).doesNotExist();
    }

    /** Two pages at one URL: the message stands at the front matter line that leads there. */
    @Test
    void twoPagesAtOneUrlPointAtTheKeyThatLeadsThere() {
        site.write("content/articles/moved.md",
                "---\ntitle: Moved\ndate: 2025-07-31\naliases:\n  - /old/\n  - /articles/launch/\n---\nText.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/moved.md:4:1: error: two pages claim the URL"
                + " /articles/launch/ (content/articles/moved.md and content/articles/launch.md); change a slug or a"
                + " redirect\n1 error, 0 warnings; nothing was written\n");

        site.write("content/articles/moved.md", "---\ntitle: Moved\ndate: 2025-07-31\nurl: /tags/\n---\nText.\n");
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md:4:1: error: two pages claim the URL /tags/");
        assertThat(site.root.resolve("site")).doesNotExist();
    }
}
