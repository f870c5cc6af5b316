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
 * {@code url:} of {@code /feed.xml/} beside the feed. Each is a message naming both files, at the
 * front matter key that leads there when there is one, found before anything is written.
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
        assertThat(err.toString()).isEqualTo("content/articles/moved.md:4:1: error: this writes /feed.xml/index.html and"
                + " templates/feed.xml writes /feed.xml: /feed.xml would have to be a file and a folder at once; rename"
                + " this file, or change the url or alias that leads there\n1 error, 0 warnings; nothing was written\n");
    }

    @Test
    void anAliasBelowAFileAndAUrlWhereTheSitemapIs() {
        site.write("content/articles/moved.md",
                "---\ntitle: Moved\ndate: 2025-07-31\naliases: [/robots.txt/old/]\n---\nText.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md:4:1: error: this writes /robots.txt/old/index.html"
                + " and templates/robots.txt writes /robots.txt: /robots.txt would have to be a file and a folder");
        site.write("content/articles/moved.md", "---\ntitle: Moved\ndate: 2025-07-31\nurl: /sitemap.xml/\n---\nText.\n");
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md:4:1: error: this writes /sitemap.xml/index.html"
                + " and templates/sitemap.xml writes /sitemap.xml: /sitemap.xml would have to be a file and a folder");
        assertThat(site.root.resolve("site")).doesNotExist();
    }

    /**
     * Paths a case-insensitive disk cannot keep apart, and a Windows device name: at the key
     * that gives the address (a slug, an alias), or at the file's first line when its name does.
     */
    @Test
    void caseAndDeviceClashesPointAtTheKeyThatLeadsThere() {
        site.write("content/articles/second.md", "---\ntitle: Second\ndate: 2025-07-31\nslug: Launch\n---\nText.\n");
        site.write("content/articles/third.md", "---\ntitle: Third\ndate: 2025-07-31\naliases:\n  - /old/\n"
                + "  - /archive/aux/\n---\nText.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/second.md:4:1: error: /articles/Launch/ and"
                + " /articles/launch/ (from content/articles/launch.md) differ only in case: on a case-insensitive disk"
                + " (Windows, macOS) one would replace the other; give one of them another slug\n"
                + "content/articles/third.md:4:1: error: \"aux\" in /archive/aux/ is " + io.orbitpress.content.Slugs.WINDOWS_DEVICES
                + "; rename it\n2 errors, 0 warnings; nothing was written\n");
    }

    /** Found before anything is written, so {@code serve} says it too, and a build leaves the last site. */
    @Test
    void aFileAndAFolderAtOnceLeaveTheLastSite() throws java.io.IOException {
        assertThat(build()).as(err.toString()).isZero();
        java.nio.file.Path page = site.root.resolve("site/articles/launch/index.html");
        String before = java.nio.file.Files.readString(page);
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\ntags: [iss]\n"
                + "aliases: [/tags/iss/index.html/]\n---\nLift-off again.\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/launch.md:5:1: error: this writes"
                + " /tags/iss/index.html/index.html and templates/tag.html writes /tags/iss/index.html: /tags/iss/index.html"
                + " would have to be a file and a folder at once");
        assertThat(page).hasContent(before);
        // the same message from the pass that serve makes, which writes no folder
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(site.root)).render())
                .isInstanceOfSatisfying(io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics())
                        .extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(err.toString()
                                .substring(0, err.toString().indexOf('\n'))));
    }

    /**
     * A picture is published as resized copies in its own folder, not as itself: that folder is
     * checked like any other, at the picture's file.
     */
    @Test
    void resizedCopiesOfPicturesAreCheckedWhereTheyGo() {
        site.write("content/static/Photos/lead.jpg", io.orbitpress.image.TestImages.jpeg(900, 600));
        site.write("content/static/photos/notes.txt", "notes");
        site.write("content/static/aux/crew.jpg", io.orbitpress.image.TestImages.jpeg(900, 600));
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\nimage: /Photos/lead.jpg\n"
                + "image_alt: The pad\nimage_credit: \"Photo: Orbitpress\"\n---\nLift-off.\n\n![The crew](/aux/crew.jpg \"Photo: NASA\")\n");
        assertThat(build()).isEqualTo(1);
        String[] lines = err.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("content/static/Photos/lead.jpg: error: the folder /Photos/ and the folder"
                + " /photos/ (from content/static/photos/notes.txt) differ only in case: on a case-insensitive disk"
                + " (Windows, macOS) they would be one folder; rename one of them");
        assertThat(lines[1]).matches("content/static/aux/crew\\.jpg: error: \"aux\" in /aux/crew-\\d+w\\.[0-9a-f]+\\.jpg is "
                + java.util.regex.Pattern.quote(io.orbitpress.content.Slugs.WINDOWS_DEVICES) + "; rename it");
        assertThat(lines[2]).isEqualTo("2 errors, 0 warnings; nothing was written");
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

        site.write("content/articles/moved.md",
                "---\ntitle: Moved\ndate: 2025-07-31\naliases: [/old/, /articles/moved/]\n---\nText.\n");
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/moved.md:4:1: error: the redirect /articles/moved/ is"
                + " the address of the page itself; remove it from aliases\n1 error, 0 warnings; nothing was written\n");

        site.write("content/articles/moved.md", "---\ntitle: Moved\ndate: 2025-07-31\nurl: /tags/\n---\nText.\n");
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md:4:1: error: two pages claim the URL /tags/");
        assertThat(site.root.resolve("site")).doesNotExist();
    }
}
