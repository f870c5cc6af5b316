package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in content/ and templates/assets: one that stays inside the site folder is
 * followed; one that leads out of it (content/static/etc -> /etc) would publish what it points
 * at, and one that leads back into a folder it is in would be walked for ever: both are messages
 * naming the link, and nothing is published.
 */
class LinksOutOfTheSiteTest {

    @TempDir
    Path dir;

    TestSite site;
    Path outside;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void site() throws IOException {
        site = new TestSite(dir.resolve("news"));
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLift-off.\n");
        outside = Files.createDirectories(dir.resolve("private"));
        Files.writeString(outside.resolve("passwords.txt"), "secret");
        Files.writeString(outside.resolve("draft.md"), "---\ntitle: Not for publishing\ndate: 2025-07-30\n---\nSecret.\n");
    }

    int build() {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--source",
                site.root.toString());
    }

    @Test
    void aStaticFolderLinkedOutOfTheSiteIsAnError() throws IOException {
        Files.createDirectories(site.root.resolve("content/static"));
        Files.createSymbolicLink(site.root.resolve("content/static/etc"), outside);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/static/etc: error: this is a link to " + outside + ", outside"
                + " the site folder, and Orbitpress follows no link out of it (it would publish what the link points at);"
                + " copy the files you mean to publish into the site folder, or remove the link\n"
                + "1 error, 0 warnings; nothing was written\n");
        assertThat(site.root.resolve("site")).doesNotExist();
    }

    @Test
    void linksOutOfTheSiteAreReportedTogetherWhereverTheyAre() throws IOException {
        Files.createSymbolicLink(site.root.resolve("content/articles/draft.md"), outside.resolve("draft.md"));
        Files.createSymbolicLink(site.root.resolve("content/articles/more"), outside);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).contains("content/articles/draft.md: error: this is a link to "
                + outside.resolve("draft.md") + ", outside the site folder",
                "content/articles/more: error: this is a link to " + outside + ", outside the site folder",
                "2 errors, 0 warnings; nothing was written");
        Files.delete(site.root.resolve("content/articles/draft.md"));
        Files.delete(site.root.resolve("content/articles/more"));
        Files.createSymbolicLink(site.root.resolve("templates/assets/fonts"), outside);
        err.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("templates/assets/fonts: error: this is a link to " + outside);
    }

    /** A link out of the site stopped the build before the stories were read: their problems came a build later. */
    @Test
    void linksOutOfTheSiteAreToldWithTheSitesOtherProblems() throws IOException {
        Files.createSymbolicLink(site.root.resolve("content/articles/draft.md"), outside.resolve("draft.md"));
        Files.createDirectories(site.root.resolve("content/static"));
        Files.createSymbolicLink(site.root.resolve("content/static/etc"), outside);
        site.write("content/articles/plan.md", "---\ntitle: Plan\ndate: 2025-07-31\n---\n"
                + "See [the launch](/articles/lanch/) and ![Pad](/images/pad.jpg).\n");
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).contains("content/articles/draft.md: error: this is a link to "
                + outside.resolve("draft.md") + ", outside the site folder",
                "content/articles/plan.md:5:18: error: broken link \"/articles/lanch/\"",
                "content/articles/plan.md:5:40: error: image /images/pad.jpg is not in the site",
                "content/static/etc: error: this is a link to " + outside + ", outside the site folder",
                "4 errors, 0 warnings; nothing was written");
        assertThat(site.root.resolve("site")).doesNotExist();
    }

    /** A story linked beside itself was published twice, at two addresses, without a word. */
    @Test
    void aLinkToAStoryTheBuildReadsAnywayIsAnError() throws IOException {
        Files.createSymbolicLink(site.root.resolve("content/articles/copy.md"), Path.of("launch.md"));
        Files.createDirectories(site.root.resolve("content/articles/2025"));
        Files.createSymbolicLink(site.root.resolve("content/articles/2025/again"), Path.of(".."));
        Files.createDirectories(site.root.resolve("shared"));
        Files.writeString(site.root.resolve("shared/elsewhere.md"), "---\ntitle: Elsewhere\ndate: 2025-07-30\n---\nx\n");
        Files.createSymbolicLink(site.root.resolve("content/articles/elsewhere.md"), Path.of("../../shared/elsewhere.md"));
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/2025/again: error: this link leads back to"
                + " content/articles, a folder it is in, so the folder would hold itself for ever; remove the link, or"
                + " point it at a folder beside it\n"
                + "content/articles/copy.md: error: this link leads to content/articles/launch.md, which the build"
                + " reads by itself, so it would be published twice; remove the link (aliases: in front matter gives a"
                + " page a second address)\n"
                + "2 errors, 0 warnings; nothing was written\n");
        Files.delete(site.root.resolve("content/articles/copy.md"));
        Files.delete(site.root.resolve("content/articles/2025/again"));
        // a story linked from elsewhere in the site folder, or from a hidden folder beside it, is read once
        site.write("content/articles/.shared/kept.md", "---\ntitle: Kept\ndate: 2025-07-30\n---\nx\n");
        Files.createSymbolicLink(site.root.resolve("content/articles/kept.md"), Path.of(".shared/kept.md"));
        assertThat(build()).as(err.toString()).isZero();
        assertThat(site.site().resolve("articles/elsewhere/index.html")).exists();
        assertThat(site.site().resolve("articles/kept/index.html")).exists();
    }

    @Test
    void aLinkedStaticFolderIsItselfALink() throws IOException {
        Files.createDirectories(site.root.resolve("content"));
        Files.createSymbolicLink(site.root.resolve("content/static"), outside);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/static: error: this is a link to " + outside + ", outside");
    }

    @Test
    void aLinkInsideTheSiteFolderIsFollowed() throws IOException {
        site.write("shared/images/moon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(site.root.resolve("content/static"));
        Files.createSymbolicLink(site.root.resolve("content/static/images"), Path.of("../../shared/images"));
        Files.createSymbolicLink(site.root.resolve("content/static/logo.svg"), Path.of("../../shared/images/moon.svg"));
        assertThat(build()).as(err.toString()).isZero();
        assertThat(site.site().resolve("images/moon.svg")).hasContent("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(site.site().resolve("logo.svg")).exists();
    }

    @Test
    void aLoopIsAMessage() throws IOException {
        Files.createDirectories(site.root.resolve("content/static/images"));
        Files.createSymbolicLink(site.root.resolve("content/static/images/all"), Path.of(".."));
        Files.createSymbolicLink(site.root.resolve("content/static/a"), Path.of("b"));
        Files.createSymbolicLink(site.root.resolve("content/static/b"), Path.of("a"));
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/static/a: error: this link leads round in a loop of links and"
                + " never to a file; remove it, or point it at a file or folder in the site folder\n"
                + "content/static/b: error: this link leads round in a loop of links and never to a file; remove it,"
                + " or point it at a file or folder in the site folder\n"
                + "content/static/images/all: error: this link leads back to content/static, a folder it is in, so the"
                + " folder would hold itself for ever; remove the link, or point it at a folder beside it\n"
                + "3 errors, 0 warnings; nothing was written\n");
    }

    /** A story whose link's target went was left out of the site without a word. */
    @Test
    void aLinkThatLeadsNowhereInPlaceOfAStoryIsAMessage() throws IOException {
        Files.createDirectories(site.root.resolve("content/articles"));
        Files.createSymbolicLink(site.root.resolve("content/articles/gone.md"), Path.of("../drafts/gone.md"));
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/articles/gone.md: error: this link leads nowhere (its target"
                + " ../drafts/gone.md is gone); restore the file it points at, or remove the link\n"
                + "1 error, 0 warnings; nothing was written\n");
    }

    /**
     * content/site.yaml is read by name, not found by a walk: a link in its place that led out of the
     * site was followed, and what the file it led to says (a title, a description, params) was
     * published on every page.
     */
    @Test
    void aSiteYamlLinkedOutOfTheSiteIsAnError() throws IOException {
        Path secret = Files.writeString(outside.resolve("ci.yaml"), "title: TOKEN-4f2a9c\ndescription: from the runner\n");
        Files.delete(site.root.resolve("content/site.yaml"));
        Files.createSymbolicLink(site.root.resolve("content/site.yaml"), secret);
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/site.yaml: error: this is a link to " + secret + ", outside"
                + " the site folder, and Orbitpress follows no link out of it (it would publish what the link points at);"
                + " copy the files you mean to publish into the site folder, or remove the link\n"
                + "1 error, 0 warnings; nothing was written\n");
        assertThat(site.root.resolve("site")).doesNotExist();
    }

    @Test
    void aSiteYamlLinkedInsideTheSiteFolderIsRead() throws IOException {
        site.write("config/site.yaml", "title: Linked Desk\nbaseUrl: https://news.example.org/\n");
        Files.delete(site.root.resolve("content/site.yaml"));
        Files.createSymbolicLink(site.root.resolve("content/site.yaml"), Path.of("../config/site.yaml"));
        assertThat(build()).as(err.toString()).isZero();
        assertThat(org.jsoup.Jsoup.parse(site.read("site/index.html")).title()).contains("Linked Desk");
    }

    /** A link whose target went: an error, not a build with the default settings and not a word. */
    @Test
    void aSiteYamlLinkLeadingNowhereIsAnError() throws IOException {
        Files.delete(site.root.resolve("content/site.yaml"));
        Files.createSymbolicLink(site.root.resolve("content/site.yaml"), Path.of("../config/site.yaml"));
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("content/site.yaml: error: this link leads nowhere (its target"
                + " ../config/site.yaml is gone); restore the file it points at, or remove the link\n"
                + "1 error, 0 warnings; nothing was written\n");
        assertThat(site.root.resolve("site")).doesNotExist();
    }
}
