package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in articles (markdown.unsafe) writes links in every form: each is made relative and
 * checked like the ones the templates write.
 */
class LinkFormsSiteTest {

    @TempDir
    Path dir;

    private TestSite site(String body) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                markdown:
                  unsafe: true
                """);
        s.write("content/static/photo.png", io.orbitpress.image.TestImages.png(10, 10, false));
        s.write("content/static/photo-2x.png", io.orbitpress.image.TestImages.png(20, 20, false));
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2025-07-30\n---\nB.\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-31\n---\n" + body + "\n\nText.\n");
        return s;
    }

    private static List<String> problems(TestSite s) {
        try {
            s.build();
        } catch (BuildFailure e) {
            return e.diagnostics().stream().map(Diagnostic::message).toList();
        }
        throw new AssertionError("the build should have failed");
    }

    @Test
    void singleQuotedUnquotedAndSrcsetLinksAreMadeRelative() {
        TestSite s = site("""
                <p><img src='/photo.png' srcset="/photo.png 1x, /photo-2x.png 2x" alt=photo>
                <a href=/articles/b/ class=x>to b</a></p>
                """);
        s.build();
        Document a = s.page("articles/a/");
        assertThat(a.select("img[alt=photo]").attr("src")).isEqualTo("../../photo.png");
        assertThat(a.select("img[alt=photo]").attr("srcset")).isEqualTo("../../photo.png 1x, ../../photo-2x.png 2x");
        assertThat(a.select("a.x").attr("href")).isEqualTo("../b/");
    }

    @Test
    void aMissingImageInASrcsetIsABrokenLink() {
        assertThat(problems(site("<img src=\"/photo.png\" srcset=\"/photo.png 1x, /missing.png 2x\" alt=\"p\">")))
                .singleElement().asString().startsWith("broken link \"/missing.png\" on page /articles/a/:");
    }

    @Test
    void aBrokenSingleQuotedLinkIsFound() {
        assertThat(problems(site("<a href='/articles/none/'>gone</a>")))
                .singleElement().asString().startsWith("broken link \"/articles/none/\" on page /articles/a/:");
    }

    /**
     * A link pasted from the browser, the site's address and all, is checked as the link from the
     * root it stands for when it leads into a folder the site makes; one into a folder the site
     * does not make (a shop at the same address) is not the site's to check.
     */
    @Test
    void aLinkWrittenWithTheSitesAddressIsCheckedAsTheSitesOwn() {
        assertThat(problems(site("""
                [Typo](https://news.example.org/articles/bb/), [anchor](http://NEWS.example.org/articles/b/#nope),
                [sound](https://news.example.org/articles/b/), [home](https://news.example.org/),
                [feed](//news.example.org/feed.xml), [shop](https://news.example.org/shop/cart/),
                [elsewhere](https://example.org/articles/bb/).
                """))).containsExactly(
                "broken link \"https://news.example.org/articles/bb/\" on page /articles/a/: no page or file"
                        + " /articles/bb/; fix the link or add what it points to",
                "broken link \"http://NEWS.example.org/articles/b/#nope\" on page /articles/a/: no element with id"
                        + " \"nope\" on /articles/b/; fix the link or add what it points to");
    }

    /** A build of {@code s} that remembers what it learned in the folder "cache" (a warm build, after the first). */
    private BuildResult warm(TestSite s) {
        return new SiteBuild(BuildOptions.of(s.root), io.orbitpress.session.Session.inFolder(dir.resolve("cache"),
                "cache", io.orbitpress.session.Tool.fingerprint())).build();
    }

    private static List<String> problems(java.util.function.Supplier<BuildResult> build) {
        try {
            build.get();
        } catch (BuildFailure e) {
            return e.diagnostics().stream().map(Diagnostic::message).toList();
        }
        throw new AssertionError("the build should have failed");
    }

    /**
     * A link with the site's address into a folder the site does not make yet is not checked; once
     * the folder comes (the first series), it is, in a warm build too, though the page that holds it
     * is kept from the last build.
     */
    @Test
    void aLinkWithTheSitesAddressIsCheckedOnceItsFolderComesInAWarmBuildToo() {
        TestSite s = site("The [voyage series](https://news.example.org/series/voyage/).");
        warm(s);
        // a story far older than the page's neighbours: the page with the link stays as it was
        s.write("content/articles/c.md", "---\ntitle: C\ndate: 2024-01-01\nseries: Other\n---\nC.\n");
        String broken = "broken link \"https://news.example.org/series/voyage/\" on page /articles/a/: no page or"
                + " file /series/voyage/; fix the link or add what it points to";
        assertThat(problems(() -> warm(s))).containsExactly(broken);
        assertThat(problems(s::build)).containsExactly(broken);
    }

    /**
     * The #anchor of a link written with the site's address is checked in a warm build as in a cold
     * one: when the page it names loses the anchor while the linking page is kept, and when the
     * linking page is written again with a wrong one while the page it names is kept.
     */
    @Test
    void theAnchorOfALinkWithTheSitesAddressIsCheckedInAWarmBuild() {
        TestSite s = site("See [the launch](https://news.example.org/articles/f/#launch).");
        s.write("content/articles/f.md", "---\ntitle: F\ndate: 2024-01-01\n---\nF.\n\n## Launch\n\nUp.\n");
        warm(s);
        s.write("content/articles/f.md", "---\ntitle: F\ndate: 2024-01-01\n---\nF.\n\n## Liftoff\n\nUp.\n");
        String broken = "broken link \"https://news.example.org/articles/f/#launch\" on page /articles/a/: no element"
                + " with id \"launch\" on /articles/f/; fix the link or add what it points to";
        assertThat(problems(() -> warm(s))).containsExactly(broken);
        assertThat(problems(s::build)).containsExactly(broken);
        s.write("content/articles/f.md", "---\ntitle: F\ndate: 2024-01-01\n---\nF.\n\n## Launch\n\nUp.\n");
        warm(s);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-31\n---\n"
                + "See [the launch](https://news.example.org/articles/f/#nope).\n");
        assertThat(problems(() -> warm(s))).containsExactly(broken.replace("launch", "nope"));
    }

    /** A story held back is checked ahead for the #anchors of its links written with the site's address too. */
    @Test
    void aHeldStorysLinkWithTheSitesAddressHasItsAnchorCheckedAhead() {
        TestSite s = site("A.");
        s.write("content/articles/f.md", "---\ntitle: F\ndate: 2024-01-01\n---\nF.\n\n## Launch\n\nUp.\n");
        s.write("content/articles/later.md", "---\ntitle: Later\ndate: 2025-07-31\npublishDate: 2999-01-01\n---\n"
                + "See [the launch](https://news.example.org/articles/f/#nope).\n");
        assertThat(problems(s::build)).singleElement().asString().startsWith("broken link"
                + " \"https://news.example.org/articles/f/#nope\" on page /articles/later/: no element with id \"nope\""
                + " on /articles/f/");
    }

    /**
     * A link to a Markdown file that is no story says how to link to one (a link to a story's file
     * leads to its page: {@link StoryFileLinksTest}).
     */
    @Test
    void aLinkToAMarkdownFileThatIsNoStorySaysHowToLinkToOne() {
        assertThat(problems(site("[B](notes.md)."))).containsExactly("broken link \"notes.md\" on page /articles/a/:"
                + " no page or file /articles/a/notes.md (a Markdown file, but no story of this site: link to a"
                + " story's file by its path from this one's, like crew-11.md or ../2024/crew-10.md, or to a page's"
                + " address); fix the link or add what it points to");
    }

    @Test
    void theMetaDescriptionIsNoAnchor() {
        assertThat(problems(site("See [the summary](/articles/b/#description).")))
                .singleElement().asString().startsWith("broken link \"/articles/b/#description\" on page /articles/a/:"
                        + " no element with id \"description\" on /articles/b/");
    }

    /**
     * A broken link is quoted as written and placed where it is written, though the same letters
     * come first inside another, sound link ("/articles/b/" holds "b/") or in the prose.
     */
    @Test
    void aBrokenLinkIsQuotedAndPlacedAsWrittenNotWhereItsLettersFirstOccur() {
        TestSite s = site("Read [b](/articles/b/) and b/ first. Then [this](/b/) and [that](b/).");
        try {
            s.build();
            throw new AssertionError("the build should have failed");
        } catch (BuildFailure e) {
            assertThat(e.diagnostics()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                    "content/articles/a.md:5:50: error: broken link \"/b/\" on page /articles/a/: no page or file /b/;"
                            + " fix the link or add what it points to",
                    "content/articles/a.md:5:66: error: broken link \"b/\" on page /articles/a/: no page or file"
                            + " /articles/a/b/; fix the link or add what it points to");
        }
    }

    /**
     * A link written with the folder its file is kept in ({@code /static/files/report.pdf}, as a
     * writer who looks at the files writes it) names the address meant: content/static/ is the root.
     */
    @Test
    void aLinkWrittenWithItsStaticFolderIsToldWithTheAddressMeant() {
        TestSite s = new TestSite(dir);
        s.write("content/static/files/report.pdf", "%PDF-1.4 report\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-31\n---\nRead [the report](/static/files/report.pdf)"
                + " or [its copy](../../content/static/files/report.pdf).\n");
        assertThat(s.problems()).containsExactly(
                "content/articles/a.md:5:19: error: broken link \"/static/files/report.pdf\" on page /articles/a/: no page"
                        + " or file /static/files/report.pdf; did you mean /files/report.pdf? The files of content/static/"
                        + " are at the site's root: their addresses start after static/",
                "content/articles/a.md:5:59: error: broken link \"../../content/static/files/report.pdf\" on page"
                        + " /articles/a/: no page or file /content/static/files/report.pdf; did you mean"
                        + " /files/report.pdf? The files of content/static/ are at the site's root: their addresses start"
                        + " after static/");
    }
}
