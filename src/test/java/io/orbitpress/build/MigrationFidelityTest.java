package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll and Hugo archives built as they are: the addresses, days and topics their old generator
 * gave them (each expected value below is what Jekyll 4.3 or Hugo writes for the same file).
 */
class MigrationFidelityTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static final String SITE = """
            title: Test Desk
            baseUrl: https://news.example.org/
            timeZone: UTC
            """;

    TestSite site(String yaml) {
        TestSite s = new TestSite(dir.resolve("news"));
        s.write("content/site.yaml", SITE + yaml);
        return s;
    }

    int build(TestSite s) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--no-cache",
                "--source", s.root.toString());
    }

    boolean published(TestSite s, String file) {
        return Files.isRegularFile(s.site().resolve(file));
    }

    /** Jekyll reads category: (one) as it reads categories:, for :categories and as a topic. */
    @Test
    void jekyllsSingularCategoryNamesTheFolderAndATopic() {
        TestSite s = site("");
        s.write("content/articles/_posts/2019-03-11-cat.md", """
                ---
                title: Cat
                category: launches
                permalink: /:categories/:year/:month/:day/:title.html
                ---
                Text.
                """);
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(published(s, "launches/2019/03/11/cat.html")).isTrue();
        assertThat(s.page("launches/2019/03/11/cat.html").select("a[href$=tags/launches/]")).isNotEmpty();
        assertThat(published(s, "tags/launches/index.html")).isTrue();
    }

    /** Hugo reads a TOML text of tags as one topic; Jekyll's YAML text is a topic a word. */
    @Test
    void aTomlTextOfTagsIsOneTopicAsHugoReadsIt() {
        TestSite s = site("");
        s.write("content/articles/orbiter.md", """
                +++
                title = "Orbiter"
                date = 2019-03-09
                tags = "solar orbiter"
                categories = "deep space"
                +++
                Text.
                """);
        s.write("content/articles/jekyll.md", "---\ntitle: Jekyll\ndate: 2019-03-10\ntags: solar orbiter\n---\nText.\n");
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(published(s, "tags/solar-orbiter/index.html")).isTrue();
        assertThat(published(s, "tags/deep-space/index.html")).isTrue();
        assertThat(s.page("articles/orbiter/").select("a[href$=/solar-orbiter/]")).isNotEmpty();
        assertThat(s.page("articles/orbiter/").select("a[href$=tags/solar/], a[href$=tags/orbiter/]")).isEmpty();
        assertThat(s.page("articles/jekyll/").select("a[href$=tags/solar/]")).isNotEmpty();
        assertThat(s.page("articles/jekyll/").select("a[href$=tags/orbiter/]")).isNotEmpty();
    }

    /**
     * Jekyll 4.3 with timezone: America/Los_Angeles publishes date: 2019-03-09 03:00:00 (a YAML
     * timestamp, read as UTC) at 2019/03/08/early.html, at 2019-03-08 19:00:00 -0800; quoted, or a day
     * alone, or without seconds, it reads the time in its timezone. A file outside _posts keeps the
     * site's zone.
     */
    @Test
    void aJekyllPostsTimeWithoutAnOffsetIsUtcAsYamlReadsIt() {
        TestSite s = site("");
        s.write("content/site.yaml", SITE.replace("timeZone: UTC", "timeZone: America/Los_Angeles"));
        String post = "---\ntitle: %s\ndate: %s\npermalink: date\n---\nText.\n";
        s.write("content/articles/_posts/2019-03-09-early.md", post.formatted("Early", "2019-03-09 03:00:00"));
        s.write("content/articles/_posts/2019-03-09-tee.md", post.formatted("Tee", "2019-03-09T03:00:00.5"));
        s.write("content/articles/_posts/2019-03-09-quoted.md", post.formatted("Quoted", "\"2019-03-09 03:00:00\""));
        s.write("content/articles/_posts/2019-03-09-short.md", post.formatted("Short", "2019-03-09 03:00"));
        s.write("content/articles/_posts/2019-03-09-day.md", post.formatted("Day", "2019-03-09"));
        s.write("content/articles/_posts/2019-03-09-named.md", "---\ntitle: Named\npermalink: date\n---\nText.\n");
        s.write("content/articles/page.md", post.formatted("Page", "2019-03-09 03:00:00"));
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(s.page("2019/03/08/early.html").select("article time").first().attr("datetime"))
                .isEqualTo("2019-03-08T19:00:00-08:00");
        assertThat(published(s, "2019/03/08/tee.html")).isTrue();
        for (String name : new String[] {"quoted", "short", "day", "named"}) {
            assertThat(published(s, "2019/03/09/" + name + ".html")).as(name).isTrue();
        }
        assertThat(s.page("2019/03/09/page.html").select("article time").first().attr("datetime"))
                .isEqualTo("2019-03-09T03:00:00-08:00");
    }

    /**
     * site.yaml's permalink gives every article that names no address of its own its address: Jekyll's
     * default for posts kept (its folders and categories, the day, the name, .html), in the story's
     * language, with translations, redirects and an article's own url: as they are.
     */
    @Test
    void siteYamlsPermalinkPlacesEveryArticleWithoutAnAddressOfItsOwn() {
        TestSite s = site("""
                language: en
                languages: [en, ru]
                permalink: /:categories/:year/:month/:day/:title:output_ext
                """);
        s.write("content/articles/news/_posts/2019-03-13-nested.md",
                "---\ntitle: Nested\ncategories: [iss]\nredirect_from: [/old/nested/]\n---\nText.\n");
        s.write("content/articles/_posts/2019-03-11-cat.md", "---\ntitle: Cat\ncategory: launches\n---\nText.\n");
        s.write("content/articles/docking.md", "---\ntitle: Docking\ndate: 2025-07-31\n---\nText.\n");
        s.write("content/articles/ru/docking.md", "---\ntitle: Стыковка\ndate: 2025-07-31\n---\nТекст.\n");
        s.write("content/articles/own.md", "---\ntitle: Own\ndate: 2025-07-31\nurl: /own/place/\n---\nText.\n");
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(published(s, "news/iss/2019/03/13/nested.html")).isTrue();
        assertThat(published(s, "launches/2019/03/11/cat.html")).isTrue();
        assertThat(published(s, "own/place/index.html")).isTrue();
        assertThat(published(s, "articles/docking/index.html")).isFalse();
        assertThat(s.page("2025/07/31/docking.html").select("link[rel=alternate][hreflang=ru]").attr("href"))
                .isEqualTo("https://news.example.org/ru/2025/07/31/docking.html");
        assertThat(s.page("ru/2025/07/31/docking.html").select("html").attr("lang")).isEqualTo("ru");
        assertThat(s.page("old/nested/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org/news/iss/2019/03/13/nested.html");
    }

    /** With migration.urlFromPath, the pattern places Jekyll's posts and the folders every other page. */
    @Test
    void withUrlFromPathThePatternPlacesThePostsAndTheFoldersThePages() {
        TestSite s = site("""
                permalink: date
                migration:
                  urlFromPath: true
                """);
        s.write("content/articles/_posts/2019-03-11-cat.md", "---\ntitle: Cat\n---\nText.\n");
        s.write("content/articles/docs/intro.md", "---\ntitle: Intro\ndate: 2019-03-11\n---\nText.\n");
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(published(s, "2019/03/11/cat.html")).isTrue();
        assertThat(published(s, "docs/intro/index.html")).isTrue();
    }

    /** Two stories the pattern gives one address are an error naming both. */
    @Test
    void twoStoriesOnTheAddressOfThePatternAreAnErrorNamingBoth() {
        TestSite s = site("permalink: /:year/:title/\n");
        s.write("content/articles/launch.md", "---\ntitle: A\ndate: 2019-03-11\n---\nText.\n");
        s.write("content/articles/moved.md", "---\ntitle: B\ndate: 2019-05-11\nurl: /2019/launch/\n---\nText.\n");
        assertThat(build(s)).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/moved.md:4:1: error: the URL /2019/launch/ is already"
                + " used by content/articles/launch.md; change the url: or permalink: of one");
    }

    /** A pattern site.yaml's permalink cannot use is an error at its line; permalinks: is warned of as a slip. */
    @Test
    void aWrongPatternIsAnErrorAndPermalinksAWarning() {
        TestSite s = site("permalink: /:year/:tilte/\n");
        s.write("content/articles/launch.md", "---\ntitle: A\ndate: 2019-03-11\n---\nText.\n");
        assertThat(build(s)).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/site.yaml:4:1: error: unknown placeholder :tilte in permalink"
                + " \"/:year/:tilte/\"; did you mean :title? it takes :year :short_year");
        s.write("content/site.yaml", SITE + "permalinks:\n  posts: /:year/:month/:slug/\n");
        err.getBuffer().setLength(0);
        assertThat(build(s)).isZero();
        assertThat(err.toString()).contains("content/site.yaml:4:1: warning: unknown key \"permalinks\"; did you mean"
                + " \"permalink\"?");
    }

    /** Under migration:, Title:, Date: and Tags: (keys in another case, as Hugo reads them) are read. */
    @Test
    void underMigrationKeysInAnotherCaseAreRead() {
        TestSite s = site("migration:\n  skipInvalid: true\n");
        s.write("content/articles/splashdown.md", """
                ---
                Title: "Crew-8 splashdown"
                Date: 2024-10-25
                Tags: [crew-8]
                ---
                Text.
                """);
        s.write("content/articles/both.md", "---\ntitle: Own title\nTitle: Other\ndate: 2024-10-26\n---\nText.\n");
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(s.page("articles/splashdown/").select("h1").text()).isEqualTo("Crew-8 splashdown");
        assertThat(s.page("articles/splashdown/").select("article time").first().attr("datetime")).startsWith("2024-10-25");
        assertThat(published(s, "tags/crew-8/index.html")).isTrue();
        assertThat(s.page("articles/both/").select("h1").text()).isEqualTo("Own title");
        assertThat(err.toString()).doesNotContain("splashdown.md");
    }

    /**
     * author: as a list (Jekyll's posts by several people): under migration: the names joined; without
     * it an error that says how to write several authors, naming the byline key.
     */
    @Test
    void aListOfAuthorsIsJoinedUnderMigrationAndExplainedWithout() {
        String story = "---\ntitle: Two\ndate: 2024-10-25\nauthor:\n  - Ann Lee\n  - Bob Ray\n---\nText.\n";
        TestSite s = site("migration:\n  skipInvalid: true\n");
        s.write("content/articles/two.md", story);
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(s.page("articles/two/").select(".author").text()).contains("Ann Lee, Bob Ray");
        s.write("content/site.yaml", SITE);
        err.getBuffer().setLength(0);
        assertThat(build(s)).isEqualTo(1);
        assertThat(err.toString()).startsWith("content/articles/two.md:4:1: error: expected text for \"author\", got a"
                + " list; write the names as one text, like author: \"Ann Lee, Bob Ray\", or list the authors' ids as"
                + " bylines, like authors: [ann-lee, bob-ray]\n");
    }

    /** Hugo's JSON front matter: the object at the top, read to its closing brace (braces in strings are text). */
    @Test
    void hugosJsonFrontMatterIsRead() {
        TestSite s = site("");
        s.write("content/articles/json.md", """
                {
                  "title": "Braces {in} a \\"title\\"",
                  "date": "2019-03-10",
                  "tags": "solar orbiter",
                  "aliases": ["/old/json/"]
                }
                Body {here} with *emphasis*.
                """);
        assertThat(build(s)).as(err.toString()).isZero();
        assertThat(s.page("articles/json/").select("h1").text()).isEqualTo("Braces {in} a \"title\"");
        assertThat(s.page("articles/json/").select("article em").text()).isEqualTo("emphasis");
        assertThat(s.page("articles/json/").select("article p:contains(Body)").text()).startsWith("Body {here} with");
        assertThat(published(s, "tags/solar-orbiter/index.html")).isTrue();
        assertThat(published(s, "old/json/index.html")).isTrue();
    }

    /** A problem in JSON front matter is told at its line and column in the file; {{< >}} or {% %} opens Markdown. */
    @Test
    void aProblemInJsonFrontMatterIsToldAtItsPlace() {
        TestSite s = site("");
        s.write("content/articles/bad.md", "\n{\n  \"title\": \"Bad\",\n  \"date\": \"2019-03-1x\"\n}\nBody\n");
        s.write("content/articles/comma.md", "{\n  \"title\": \"Comma\"\n  \"date\": \"2019-03-10\"\n}\nBody\n");
        s.write("content/articles/open.md", "{\n  \"title\": \"Open {\",\n");
        s.write("content/articles/liquid.md", "{% include note.html %}\nText.\n");
        assertThat(build(s)).isEqualTo(1);
        assertThat(err.toString()).contains(
                "content/articles/bad.md:4:11: error: expected a date like 2025-07-30 or 2025-07-30T14:05:00-04:00, got"
                        + " \"2019-03-1x\"\n",
                "content/articles/comma.md:3:3: error: invalid JSON: Unexpected character ('\"' (code 34)): was"
                        + " expecting comma to separate Object entries; write each key as \"key\": value, with a comma"
                        + " between two, inside the { } at the top of the file\n",
                "content/articles/open.md:1:1: error: front matter opened here with { is never closed; close the JSON"
                        + " object with } after its last key\n",
                "content/articles/liquid.md:1:1: error: no front matter; an article starts with ---");
    }
}
