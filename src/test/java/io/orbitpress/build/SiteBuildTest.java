package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole mini-sites built end to end and read back with jsoup. */
class SiteBuildTest {

    @TempDir
    Path dir;

    private TestSite fiveArticles() {
        TestSite s = new TestSite(dir);
        for (int i = 1; i <= 5; i++) {
            s.write("content/articles/story-" + i + ".md", """
                    ---
                    title: "Story %d <b>bold</b>"
                    date: 2025-07-%02d
                    tags: [launch, %s]
                    ---
                    First paragraph of story %d.

                    ## Details

                    See [the first story](/articles/story-1/) and [details](/articles/story-1/#details).
                    """.formatted(i, 10 + i, i % 2 == 0 ? "crew" : "station", i));
        }
        s.write("content/articles/2025/hidden.md", """
                ---
                title: Not ready
                date: 2025-08-01
                draft: true
                ---
                Draft text.
                """);
        return s;
    }

    /**
     * A Hugo page bundle, a story as the index.md of a folder of its own, takes the folder's name:
     * every bundle's slug was "index", and the second one clashed with the first.
     */
    @Test
    void aStoryThatIsItsFoldersIndexTakesTheFoldersName() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/crew-docks/index.md", "---\ntitle: Crew docks\ndate: 2025-08-01\n---\nText.\n");
        s.write("content/articles/crew-lands/index.md", "---\ntitle: Crew lands\ndate: 2025-08-02\n---\nText.\n");
        s.build();
        assertThat(s.page("articles/crew-docks/").select("h1").text()).isEqualTo("Crew docks");
        assertThat(s.page("articles/crew-lands/").select("h1").text()).isEqualTo("Crew lands");
        // a picture beside it is looked for in the bundle's folder and at the page's address under
        // content/static/, as the message says
        s.write("content/articles/crew-lands/index.md", "---\ntitle: Crew lands\ndate: 2025-08-02\n---\n"
                + "![The capsule](capsule.jpg \"The capsule. | Photo: NASA\")\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics().get(0)
                .format()).contains("there is no file content/articles/crew-lands/capsule.jpg beside the story, nor"
                        + " content/static/articles/crew-lands/capsule.jpg"));
    }

    @Test
    void buildsHomeArticlesTagsFeedsAndSitemap() throws IOException {
        TestSite s = fiveArticles();
        BuildResult r = s.build();

        assertThat(r.pagesByKind()).containsEntry("article", 5).containsEntry("home", 3);
        Document home = s.page("");
        assertThat(home.select("main article :is(h2, h3) a").eachText()).containsExactly(
                "Story 5 <b>bold</b>", "Story 4 <b>bold</b>");
        assertThat(home.select("nav.pager a[rel=next]").attr("href")).isEqualTo("page/2/");
        assertThat(s.page("page/3/").select("main article :is(h2, h3) a").eachText()).containsExactly("Story 1 <b>bold</b>");

        Document a = s.page("articles/story-3/");
        assertThat(a.title()).isEqualTo("Story 3 <b>bold</b> · Test Desk");
        assertThat(a.select("h1").html()).isEqualTo("Story 3 &lt;b&gt;bold&lt;/b&gt;");
        assertThat(a.select("time").first().attr("datetime")).isEqualTo("2025-07-13T00:00:00Z");
        assertThat(a.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/articles/story-3/");
        assertThat(a.select("meta[property=og:url]").attr("content")).isEqualTo("https://news.example.org/articles/story-3/");
        assertThat(a.select(".story-body a").first().attr("href")).isEqualTo("../story-1/");
        assertThat(a.select("a[rel=prev]").attr("href")).isEqualTo("../story-2/");
        assertThat(a.select("a[rel=next]").attr("href")).isEqualTo("../story-4/");
        assertThat(a.select(".related a").eachAttr("href")).isNotEmpty().doesNotContain("../story-3/");
        assertThat(a.select(".dek").text()).isEqualTo("First paragraph of story 3.");

        assertThat(s.page("tags/").select("main li a").eachText()).containsExactly("crew", "launch", "station");
        assertThat(s.page("tags/crew/").select("main article h2 a").eachText())
                .containsExactly("Story 4 <b>bold</b>", "Story 2 <b>bold</b>");
        assertThat(Files.exists(s.site().resolve("tags/launch/page/3/index.html"))).isTrue();

        Document feed = Jsoup.parse(s.text("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("entry > title").eachText()).hasSize(5).first().isEqualTo("Story 5 <b>bold</b>");
        assertThat(feed.select("entry > link").first().attr("href")).isEqualTo("https://news.example.org/articles/story-5/");
        assertThat(feed.select("entry > content").first().text()).contains("href=\"https://news.example.org/articles/story-1/\"");

        Document sitemap = Jsoup.parse(s.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).contains("https://news.example.org/",
                "https://news.example.org/articles/story-1/", "https://news.example.org/tags/crew/")
                .noneMatch(u -> u.contains("404"));
        assertThat(s.text("robots.txt")).contains("Sitemap: https://news.example.org/sitemap.xml");
        assertThat(s.page("404.html").select("a").eachAttr("href")).contains("https://news.example.org/");
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite s = fiveArticles();
        s.build();
        assertThat(s.site().resolve("articles/hidden")).doesNotExist();
        assertThat(s.text("feed.xml")).doesNotContain("Not ready");

        new SiteBuild(BuildOptions.of(dir).withDrafts(true)).build();
        assertThat(s.page("articles/hidden/").select(".badge-draft").text()).contains("Draft");
    }

    @Test
    void everyInternalLinkResolvesOnDiskAndUnderAPathPrefix() throws IOException {
        TestSite s = fiveArticles();
        s.build();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(s.site())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
                String route = s.site().relativize(f).toString();
                Document d = Jsoup.parse(Files.readString(f));
                for (Element e : d.select("[href], [src]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (link.startsWith("http") || link.startsWith("mailto:") || route.equals("404.html")) {
                        continue;
                    }
                    // resolve as a browser would under https://host/news/<route>
                    URI base = URI.create("https://host/news/" + route);
                    URI target = base.resolve(link);
                    String path = target.getPath();
                    if (!path.startsWith("/news/")) {
                        broken.add(route + " -> " + link);
                        continue;
                    }
                    Path file = s.site().resolve(path.substring("/news/".length()));
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    if (!Files.exists(file)) {
                        broken.add(route + " -> " + link);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void brokenLinkFailsTheBuildAndKeepsThePreviousSite() throws IOException {
        TestSite s = fiveArticles();
        s.build();
        byte[] before = Files.readAllBytes(s.site().resolve("index.html"));
        s.write("content/articles/story-6.md", """
                ---
                title: Six
                date: 2025-07-30
                ---
                A [missing page](/articles/nowhere/) and [a bad anchor](/articles/story-1/#nope).
                """);
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> {
            List<String> lines = ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList();
            assertThat(lines).containsExactlyInAnyOrder(
                    "content/articles/story-6.md:5:18: error: broken link \"/articles/nowhere/\" on page /articles/story-6/:"
                            + " no page or file /articles/nowhere/; fix the link or add what it points to",
                    "content/articles/story-6.md:5:57: error: broken link \"/articles/story-1/#nope\" on page /articles/story-6/:"
                            + " no element with id \"nope\" on /articles/story-1/; fix the link or add what it points to");
        });
        assertThat(Files.readAllBytes(s.site().resolve("index.html"))).isEqualTo(before);
        assertThat(s.site().resolve("articles/story-6")).doesNotExist();
    }

    @Test
    void problemsWithinAStoryAreToldWithTheBrokenLinksAndAMissingPictureOnce() throws IOException {
        TestSite s = fiveArticles();
        s.build();
        byte[] before = Files.readAllBytes(s.site().resolve("index.html"));
        s.write("content/articles/story-6.md", """
                ---
                title: Six
                date: 2025-07-30
                ---
                A [missing page](/articles/nowhere/).

                ![A picture not there](/images/gone.jpg "Photo: Desk")

                ```embed
                https://example.com/video
                ```
                """);
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(
                ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList()).containsExactly(
                        "content/articles/story-6.md:5:18: error: broken link \"/articles/nowhere/\" on page"
                                + " /articles/story-6/: no page or file /articles/nowhere/; fix the link or add what it"
                                + " points to",
                        "content/articles/story-6.md:7:1: error: image /images/gone.jpg is not in the site: there is no"
                                + " file content/static/images/gone.jpg; add it there or fix the address",
                        "content/articles/story-6.md:10:1: error: unknown embed https://example.com/video; an embed takes"
                                + " a YouTube, Vimeo or NASA Image and Video Library (images.nasa.gov) address, or a"
                                + " video file of the site (.mp4, .webm)"));
        assertThat(Files.readAllBytes(s.site().resolve("index.html"))).isEqualTo(before);
        assertThat(s.site().resolve("articles/story-6")).doesNotExist();
        // a story its front matter keeps from being made is left out, and the others' links are still
        // checked: a link to it says why it leads nowhere
        s.write("content/articles/story-7.md", "---\ndate: 2025-07-30\n---\nNo title.\n");
        s.write("content/articles/story-8.md", "---\ntitle: Eight\ndate: 2025-07-30\n---\nSee [seven](/articles/story-7/).\n");
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(
                ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList())
                .contains("content/articles/story-6.md:5:18: error: broken link \"/articles/nowhere/\" on page"
                        + " /articles/story-6/: no page or file /articles/nowhere/; fix the link or add what it"
                        + " points to",
                        "content/articles/story-7.md:2:1: error: missing title; add a line like title: \"Crew-11"
                                + " reaches the station\" to the front matter",
                        "content/articles/story-8.md:5:13: error: broken link \"/articles/story-7/\" on page"
                                + " /articles/story-8/: it leads to content/articles/story-7.md, which its errors"
                                + " (told with this one) keep out of the site; fix them"));
        assertThat(Files.readAllBytes(s.site().resolve("index.html"))).isEqualTo(before);
        // a preview stops at the story it cannot make, before rendering a site without it
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withPreview(true)).render())
                .isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(((BuildFailure) e).diagnostics().stream()
                        .map(d -> d.format()).toList()).anyMatch(l -> l.contains("story-7.md:2:1: error: missing title"))
                        .noneMatch(l -> l.contains("broken link")));
    }

    @Test
    void aBrokenLinkOnAGeneratedPageNamesItsTemplateAndLine() throws IOException {
        TestSite s = fiveArticles();
        Path tags = dir.resolve("templates/tags.html");
        Files.writeString(tags, Files.readString(tags).replace("<h1 ", "<a href=\"/nowhere/\">x</a><h1 "));
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(
                ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList()).containsExactly(
                        "templates/tags.html:5:12: error: broken link \"/nowhere/\" on the pages made with this"
                                + " template: no page or file /nowhere/; fix the link or add what it points to"));
    }

    /**
     * A broken link of a story's template or of the layout was told at each story's file, without a
     * line, once for every page: it is told where the template writes it, once.
     */
    @Test
    void aBrokenLinkOfTheStoryTemplateOrLayoutIsToldOnceWhereItIsWritten() throws IOException {
        TestSite s = fiveArticles();
        Path article = dir.resolve("templates/article.html");
        Files.writeString(article, Files.readString(article).replaceFirst("</article>",
                "<a href=\"/about-us/\">About us</a></article>"));
        Path layout = dir.resolve("templates/layout.html");
        Files.writeString(layout, Files.readString(layout).replaceFirst("</footer>",
                "<a th:href=\"@{/contact/}\">Contact</a></footer>"));
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(
                ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList()).containsExactly(
                        "templates/article.html:74:12: error: broken link \"/about-us/\" on the pages made with this"
                                + " template: no page or file /about-us/; fix the link or add what it points to",
                        "templates/layout.html:93:17: error: broken link \"/contact/\" on the pages made with this"
                                + " template: no page or file /contact/; fix the link or add what it points to"));
    }

    /**
     * A broken link the layout makes with an expression, or one it writes that the 404 page (whose
     * links are absolute) has too, was told at every page's source without a line: it is told once,
     * at the attribute that makes it.
     */
    @Test
    void aBrokenLinkTheLayoutMakesByAnExpressionIsToldOnceAtIt() throws IOException {
        TestSite s = fiveArticles();
        Path layout = dir.resolve("templates/layout.html");
        Files.writeString(layout, Files.readString(layout).replaceFirst("</footer>", java.util.regex.Matcher.quoteReplacement(
                "<a th:href=\"|${site.root}about/|\">About</a><img src=\"/assets/logo.svg\" alt=\"\"></footer>")));
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).satisfies(e -> assertThat(
                ((BuildFailure) e).diagnostics().stream().map(d -> d.format()).toList()).containsExactly(
                        "templates/layout.html:93:6: error: broken link made by th:href=\"|${site.root}about/|\" on the"
                                + " pages made with this template: no page or file /about/; fix the link or add what it"
                                + " points to",
                        "templates/layout.html:93:56: error: broken link \"/assets/logo.svg\" on the pages made with this"
                                + " template: no page or file /assets/logo.svg; fix the link or add what it points to"));
    }

    @Test
    void everyWarningIsKeptNotOnlyThoseShown() {
        TestSite s = new TestSite(dir);
        for (int i = 0; i < 210; i++) {
            s.write("content/articles/p" + i + ".md", "---\ntitle: Picture " + i + "\ndate: 2025-07-30\n---\n"
                    + "![](/x.png \"Graphic: Test Desk\")\n\nA picture.\n");
        }
        s.write("content/static/x.png", io.orbitpress.image.TestImages.png(4, 4, false));
        BuildResult r = s.build();
        assertThat(r.warningCount()).isEqualTo(210);
        assertThat(r.warnings()).hasSize(210).allMatch(w -> w.message().startsWith("image has no alt text"));
    }

    @Test
    void pagesOfDeletedArticlesDisappear() throws IOException {
        TestSite s = fiveArticles();
        s.build();
        assertThat(s.site().resolve("articles/story-5/index.html")).exists();
        Files.delete(dir.resolve("content/articles/story-5.md"));
        s.build();
        assertThat(s.site().resolve("articles/story-5")).doesNotExist();
    }

    @Test
    void rawHtmlIsEscapedAndUnsafeLinksDropped() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", """
                ---
                title: "x"
                date: 2025-07-30
                summary: "</script><script>alert(1)</script>"
                ---
                <script>alert(1)</script>

                [click](javascript:alert(1)) [data](data:text/html;base64,xx) [vb](VBScript:msgbox)
                """);
        s.build();
        Document d = s.page("articles/x/");
        assertThat(d.select(".story-body script")).isEmpty();
        assertThat(d.select(".story-body").html()).contains("&lt;script&gt;");
        assertThat(d.select(".story-body a").eachAttr("href")).allMatch(String::isEmpty);
        String ld = d.select("script[type=application/ld+json]").html();
        assertThat(ld).doesNotContain("</script").contains("\\u003c/script\\u003e");
        assertThat(d.select("script:not([type=application/ld+json]):not([src$=assets/search.js]):not([src$=assets/nav.js])"))
                .isEmpty();
    }

    @Test
    void tomlFrontMatterOffsetsAndUnknownKeys() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/t.md", """
                +++
                title = "From TOML"
                date = 2025-07-30T23:30:00-04:00
                mood = "calm"
                +++
                Body with *emphasis* and a footnote.[^1]

                [^1]: The note.
                """);
        s.build();
        Document d = s.page("articles/t/");
        assertThat(d.select("h1").text()).isEqualTo("From TOML");
        // shown in the site's zone (UTC): the next day
        assertThat(d.select("time").first().attr("datetime")).isEqualTo("2025-07-31T03:30:00Z");
        assertThat(d.select(".story-body em").text()).isEqualTo("emphasis");
    }
}
