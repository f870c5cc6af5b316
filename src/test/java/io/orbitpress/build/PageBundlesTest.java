package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.image.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo's leaf bundles: the files beside a story's {@code index.md} are published at the story's
 * address, whatever its permalink; a picture it shows from there is resized as the site's others
 * are; a file beside stories in no bundle is warned about.
 */
class PageBundlesTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                permalink: /:year/:month/:slug/
                """);
        s.write("content/articles/bundle-story/index.md", """
                ---
                title: Pad 39A gets ready
                date: 2025-08-01
                ---
                The pad was ready at dawn.

                ![Pad 39A at dawn](pad.png "The pad before the launch. | Photo: Test Desk")

                Read [the pad report](report.pdf), the [launch data](data/launch.csv) and see
                [the whole photo](gallery/wide.jpg).
                """);
        s.write("content/articles/bundle-story/pad.png", TestImages.png(800, 500, false));
        s.write("content/articles/bundle-story/report.pdf", "%PDF-1.4 pad report\n");
        s.write("content/articles/bundle-story/data/launch.csv", "t,alt\n0,0\n");
        s.write("content/articles/bundle-story/gallery/wide.jpg", TestImages.withExif(TestImages.jpeg(300, 200), 1));
        s.write("content/articles/plain.md", """
                ---
                title: Plain story
                date: 2025-08-02
                ---
                A story [about the pad](../../08/bundle-story/report.pdf).
                """);
        return s;
    }

    @Test
    void aBundlesPictureIsResizedAndItsFilesArePublishedAtTheStorysAddress() throws IOException {
        TestSite s = site();
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).noneMatch(w -> w.contains("bundle"));
        Document page = s.page("2025/08/bundle-story/");
        Element img = page.selectFirst("article figure img");
        assertThat(img.attr("alt")).isEqualTo("Pad 39A at dawn");
        assertThat(img.attr("width")).isEqualTo("800");
        assertThat(img.absUrl("src")).startsWith("https://news.example.org/2025/08/bundle-story/pad-");
        assertThat(img.attr("srcset")).contains("pad-160w.", "pad-800w.");
        try (Stream<Path> files = Files.list(s.site().resolve("2025/08/bundle-story"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .anyMatch(n -> n.matches("pad-160w\\.[0-9a-f]{10}\\.png"))
                    .contains("index.html", "report.pdf", "data", "gallery")
                    .doesNotContain("pad.png", "index.md"); // the original is published as its copies only
        }
        assertThat(s.text("2025/08/bundle-story/report.pdf")).isEqualTo("%PDF-1.4 pad report\n");
        assertThat(s.text("2025/08/bundle-story/data/launch.csv")).isEqualTo("t,alt\n0,0\n");
        // a picture no page shows is published without the camera's data, as one of content/static/ is
        byte[] wide = Files.readAllBytes(s.site().resolve("2025/08/bundle-story/gallery/wide.jpg"));
        assertThat(new String(wide, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        // the links from the page, and from another story, lead to the files: the link check passed
        assertThat(page.select("article a[href=report.pdf]")).hasSize(1);
        assertThat(Files.exists(s.site().resolve("2025/08/bundle-story/index.md"))).isFalse();
    }

    @Test
    void aMissingPictureSaysWhereTheBundleWasLookedIn() {
        TestSite s = site();
        try {
            Files.delete(dir.resolve("content/articles/bundle-story/pad.png"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().contains(
                "content/articles/bundle-story/index.md:7:1: error: image pad.png is not in the site: there is no file"
                        + " content/articles/bundle-story/pad.png beside the story, nor"
                        + " content/static/2025/08/bundle-story/pad.png; add it there or fix the address");
    }

    @Test
    void aFileInNoBundleIsWarnedAboutAndABundlesOtherMarkdownIsAStory() {
        TestSite s = site();
        s.write("content/articles/chart.png", TestImages.png(40, 40, false));
        s.write("content/articles/bundle-story/notes.md", """
                ---
                title: Notes on the pad
                date: 2025-08-03
                ---
                Notes.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).contains(
                "content/articles/chart.png: warning: this file is in content/articles/ but in no story's page bundle"
                        + " (a folder with an index.md), so it is not published; move it to content/static/ (published"
                        + " at /chart.png there keeps this path below the site), or make its story a bundle: its folder"
                        + " with the story as index.md");
        // a story beside a folder's index.md, as Jekyll and Zola sites hold them: published, without a word
        assertThat(r.warnings()).extracting(Diagnostic::path).doesNotContain("content/articles/bundle-story/notes.md");
        assertThat(Files.exists(s.site().resolve("chart.png"))).isFalse();
        assertThat(s.page("2025/08/notes/").select("h1").text()).isEqualTo("Notes on the pad");
    }

    @Test
    void aFolderWithAStoryOfItsOwnIsThatStorysBundle() {
        TestSite s = site();
        s.write("content/articles/bundle-story/gallery/index.md", """
                ---
                title: The gallery
                date: 2025-09-01
                ---
                ![A wide view](wide.jpg "Wide. | Photo: Test Desk")
                """);
        s.write("content/articles/plain.md", "---\ntitle: Plain story\ndate: 2025-08-02\n---\nText.\n");
        s.write("content/articles/bundle-story/index.md", """
                ---
                title: Pad 39A gets ready
                date: 2025-08-01
                ---
                ![Pad 39A at dawn](pad.png "The pad. | Photo: Test Desk") [report](report.pdf)
                """);
        s.build();
        assertThat(s.page("2025/09/gallery/").selectFirst("figure img").attr("srcset")).contains("wide-160w.");
        assertThat(Files.exists(s.site().resolve("2025/09/gallery/wide.jpg"))).isFalse(); // resized, not copied
        assertThat(Files.exists(s.site().resolve("2025/08/bundle-story/gallery"))).isFalse();
        assertThat(Files.exists(s.site().resolve("2025/08/bundle-story/data/launch.csv"))).isTrue();
    }

    @Test
    void aDraftsFilesWaitWithIt() {
        TestSite s = site();
        s.write("content/articles/plain.md", "---\ntitle: Plain story\ndate: 2025-08-02\n---\nText.\n");
        s.write("content/articles/bundle-story/index.md", """
                ---
                title: Pad 39A gets ready
                date: 2025-08-01
                draft: true
                ---
                ![Pad 39A at dawn](pad.png "The pad. | Photo: Test Desk") [report](report.pdf)
                """);
        s.build();
        assertThat(Files.exists(s.site().resolve("2025/08/bundle-story"))).isFalse();
        try (Stream<Path> all = Files.walk(s.site())) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("pad")
                    || n.equals("report.pdf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A post in another of Jekyll's Markdown endings is told to be renamed, in a bundle or not. */
    @Test
    void aPostEndingInAnotherMarkdownExtensionIsToldToBeRenamed() {
        TestSite s = site();
        s.write("content/articles/2013-08-01-mkdn-post.mkdn", "---\ntitle: Old post\n---\nText.\n");
        s.write("content/articles/bundle-story/notes.mkd", "---\ntitle: Notes\n---\nText.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).contains(
                "content/articles/2013-08-01-mkdn-post.mkdn: warning: this file's name ends in .mkdn, which other"
                        + " generators read as Markdown, but Orbitpress reads .md and .markdown files as stories, so it is not"
                        + " published; rename it to end in .md",
                "content/articles/bundle-story/notes.mkd: warning: this file's name ends in .mkd, which other generators"
                        + " read as Markdown, but Orbitpress reads .md and .markdown files as stories, so it is not"
                        + " published; rename it to end in .md");
        assertThat(s.site().resolve("2025/08/bundle-story/notes.mkd")).doesNotExist();
    }

    /** A link from a story out now to a file of an embargoed story's bundle is told as a link to the story. */
    @Test
    void aLinkToAHeldStorysBundleFileSaysItWaitsWithTheStory() {
        TestSite s = site();
        s.write("content/articles/bundle-story/index.md", """
                ---
                title: Pad 39A gets ready
                date: 2025-08-01
                publishDate: 2099-01-01T06:00:00Z
                ---
                Read [the pad report](report.pdf).
                """);
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().containsExactly(
                "content/articles/plain.md:5:25: error: broken link \"../../08/bundle-story/report.pdf\" on page"
                        + " /2025/08/plain/: it leads to /2025/08/bundle-story/report.pdf, a file of the page bundle of"
                        + " content/articles/bundle-story/index.md (\"Pad 39A gets ready\"), which waits with it: the"
                        + " story is embargoed until 2099-01-01 06:00 +00:00; remove the link, or hold the linking"
                        + " article back as long (a publishDate: at that time or later)");
    }

    @Test
    void aBundleFileAtTheAddressOfAnotherFileIsAnErrorNamingBoth() {
        TestSite s = site();
        s.write("content/static/2025/08/bundle-story/report.pdf", "%PDF-1.4 another\n");
        s.write("content/articles/bundle-story/index.html", "<p>Hugo's own page</p>\n");
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().contains(
                "content/articles/bundle-story/report.pdf: error: this file of the page bundle of"
                        + " content/articles/bundle-story/index.md would be published at /2025/08/bundle-story/report.pdf,"
                        + " where content/static/2025/08/bundle-story/report.pdf is published; rename or move one of them",
                "content/articles/bundle-story/index.html: error: this file of the page bundle of"
                        + " content/articles/bundle-story/index.md would be published at /2025/08/bundle-story/index.html,"
                        + " where a page of the site is; rename or move one of them");
        assertThat(Files.exists(s.site())).isFalse();
    }

    /** With images.publishOriginals, a bundle picture's original is published where the story finds it. */
    @Test
    void aBundlePicturesOriginalIsPublishedAtTheStorysAddressWhenAsked() throws java.io.IOException {
        TestSite s = site();
        s.write("content/site.yaml", s.read("content/site.yaml") + "images:\n  publishOriginals: true\n");
        s.build();
        Path original = s.site().resolve("2025/08/bundle-story/pad.png");
        assertThat(original).exists();
        assertThat(javax.imageio.ImageIO.read(original.toFile()).getWidth()).isEqualTo(800);
        // the page still shows the resized copies; the original is there for the old address
        assertThat(s.page("2025/08/bundle-story/").selectFirst("article figure img").attr("srcset"))
                .contains("pad-160w.").doesNotContain("pad.png ");
    }
}
