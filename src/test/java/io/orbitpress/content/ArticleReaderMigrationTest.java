package io.orbitpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter as Jekyll, Hugo and Zola write it, read without editing the files. */
class ArticleReaderMigrationTest {

    static final String KINDS = """
            timeZone: UTC
            entities:
              kinds:
                - key: people
                  frontMatterKeys: [people, authors, taxonomies.authors]
                  person: true
            """;

    final Diagnostics d = new Diagnostics();

    static SiteConfig config(String yaml) {
        Diagnostics cd = new Diagnostics();
        SiteConfig c = new SiteConfigParser().parse(yaml, "content/site.yaml", cd);
        assertThat(cd.list()).isEmpty();
        return c;
    }

    Optional<ArticleMeta> read(SiteConfig config, String relative, String text) {
        Path file = Path.of("content/articles").resolve(relative);
        return new ArticleReader(config, new FrontMatterParser())
                .read(new SourceFile(file, "content/articles/" + relative, relative, text), d);
    }

    ArticleMeta ok(SiteConfig config, String relative, String text) {
        Optional<ArticleMeta> m = read(config, relative, text);
        assertThat(d.list()).as("diagnostics").filteredOn(Diagnostic::isError).isEmpty();
        assertThat(m).isPresent();
        return m.get();
    }

    @Test
    void jekyllPostTakesItsDateFromTheFileNameAndHonoursPermalinkAndRedirects() {
        ArticleMeta m = ok(config(KINDS), "_posts/2015-06-11-old-post.md", """
                ---
                title: Old post
                categories: [launch, iss]
                excerpt: Short teaser.
                authors: [jane-doe]
                last_modified_at: 2015-07-01
                permalink: /:categories/:year/:month/:day/:title.html
                redirect_from:
                  - /blog/old-post/
                ---
                Body
                """);
        assertThat(m.slug()).isEqualTo("old-post");
        assertThat(m.date().toLocalDate()).hasToString("2015-06-11");
        assertThat(m.updated().toLocalDate()).hasToString("2015-07-01");
        assertThat(m.tags()).containsExactly("launch", "iss");
        assertThat(m.summary()).isEqualTo("Short teaser.");
        assertThat(m.entityIds()).containsEntry("people", List.of("jane-doe"));
        assertThat(m.url()).isEqualTo("/launch/iss/2015/06/11/old-post.html");
        assertThat(m.redirectFrom()).containsExactly("/blog/old-post/");
    }

    @Test
    void aSlugInAnotherScriptIsWrittenInLatinLettersOrKeptBySiteYaml() {
        read(config(KINDS), "zapusk.md", "---\ntitle: Запуск\ndate: 2025-08-01\nslug: запуск\n---\nТекст.\n");
        assertThat(d.list()).extracting(Diagnostic::format).containsExactly("content/articles/zapusk.md:4:1: error: slug"
                + " \"запуск\" has"
                + " letters outside a-z, and this site's addresses are written in Latin letters; write it as slug: zapusk,"
                + " or set slugs: unicode in site.yaml to keep every script's letters");
    }

    @Test
    void aSlugInAnotherScriptIsKeptWhenSiteYamlSaysSo() {
        assertThat(ok(config(KINDS + "slugs: unicode\n"), "zapusk.md",
                "---\ntitle: Запуск\ndate: 2025-08-01\nslug: запуск\n---\nТекст.\n").slug()).isEqualTo("запуск");
    }

    /** An old address in another script (a Russian site moved over from Hugo) is kept when the site keeps such slugs. */
    @Test
    void anAddressInAnotherScriptIsKeptWhenSiteYamlSaysSo() {
        String story = "---\ntitle: Обмен местами\ndate: 2025-08-01\nurl: /ru/обмен-местами-на-мкс/\n---\nТекст.\n";
        assertThat(ok(config(KINDS + "slugs: unicode\n"), "obmen.md", story).url()).isEqualTo("/ru/обмен-местами-на-мкс/");
        read(config(KINDS), "obmen.md", story);
        assertThat(d.list()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("content/articles/obmen.md:4:1: error: url \"/ru/обмен-местами-на-мкс/\" has letters outside"
                        + " a-z, and this site's addresses are written in Latin letters; write it as /ru/obmen-mestami-na-mks/");
        read(config(KINDS + "slugs: unicode\n"), "obmen2.md", story.replace("мкс/", "мкс/../../etc/"));
        assertThat(d.list()).extracting(Diagnostic::format).anyMatch(m -> m.startsWith("content/articles/obmen2.md:4:1:"
                + " error: url "));
    }

    @Test
    void oneOldAddressMayBeWrittenAlone() {
        ArticleMeta m = ok(config(KINDS), "_docs/conduct.md", """
                ---
                title: Code of conduct
                date: 2015-06-11
                redirect_from: /conduct/index.html
                ---
                Body
                """);
        assertThat(m.redirectFrom()).containsExactly("/conduct/index.html");
    }

    @Test
    void hugoTomlWithUrlAliasesPublishDateAndDraft() {
        ArticleMeta m = ok(config(KINDS), "news/launch.md", """
                +++
                title = "Launch"
                publishDate = 2024-03-05T10:00:00Z
                lastmod = 2024-03-06
                description = "From the pad."
                url = "/2024/03/launch-day/"
                aliases = ["/old/launch/"]
                draft = true
                +++
                Body
                """);
        assertThat(m.date()).hasToString("2024-03-05T10:00Z[UTC]");
        assertThat(m.updated().toLocalDate()).hasToString("2024-03-06");
        assertThat(m.summary()).isEqualTo("From the pad.");
        assertThat(m.url()).isEqualTo("/2024/03/launch-day/");
        assertThat(m.redirectFrom()).containsExactly("/old/launch/");
        assertThat(m.draft()).isTrue();
    }

    @Test
    void zolaTaxonomiesAndPath() {
        ArticleMeta m = ok(config(KINDS), "blog/first.md", """
                +++
                title = "First"
                date = 2021-01-02
                updated = 2021-02-03
                path = "blog/2021/first-post"

                [taxonomies]
                tags = ["rust", "ssg"]
                categories = ["news"]
                authors = ["jane-doe"]

                [extra]
                lead = "kept for templates"
                +++
                Body
                """);
        assertThat(m.tags()).containsExactly("rust", "ssg", "news");
        assertThat(m.entityIds()).containsEntry("people", List.of("jane-doe"));
        assertThat(m.url()).isEqualTo("/blog/2021/first-post/");
        assertThat(m.params()).containsKey("extra");
    }

    @Test
    void jekyllPublishedFalseIsADraft() {
        ArticleMeta m = ok(config(KINDS), "_posts/2008-02-02-not-published.md",
                "---\ntitle: Not published\npublished: false\n---\nx\n");
        assertThat(m.draft()).isTrue();
    }

    @Test
    void withoutUrlKeysTheArticleStaysUnderArticles() {
        ArticleMeta m = ok(config(KINDS), "2025/crew-11.md", "---\ntitle: C\ndate: 2025-07-30\n---\n");
        assertThat(m.url()).isEqualTo("/articles/crew-11/");
    }

    @Test
    void unsafeOrUnknownPermalinksAreErrorsAtTheirLine() {
        assertThat(read(config(KINDS), "a.md", "---\ntitle: A\ndate: 2020-01-01\npermalink: /%2e%2e/%2e%2e/x.html\n---\n"))
                .isEmpty();
        assertThat(read(config(KINDS), "b.md", "---\ntitle: B\ndate: 2020-01-01\nurl: /:weekday/b/\n---\n")).isEmpty();
        assertThat(read(config(KINDS), "c.md", "---\ntitle: C\ndate: 2020-01-01\nurl: /\n---\n")).isEmpty();
        assertThat(d.list()).extracting(Diagnostic::format).containsExactly(
                "content/articles/a.md:4:1: error: permalink \"/%2e%2e/%2e%2e/x.html\" is not a safe path; use letters,"
                        + " digits and hyphens between slashes, like /2015/06/11/old-post/",
                "content/articles/b.md:4:1: error: url unknown placeholder :weekday in \"/:weekday/b/\"; use :year,"
                        + " :month, :day, :title, :slug or :categories",
                "content/articles/c.md:4:1: error: url \"/\" is the home page's address; give the article a path like"
                        + " /2015/06/11/old-post/");
    }

    @Test
    void skipInvalidLeavesABadFileOutWithWarnings() {
        SiteConfig skip = config(KINDS + "migration:\n  skipInvalid: true\n");
        assertThat(read(skip, "notes.md", "---\nlayout: page\n---\nNo title, no date.\n")).isEmpty();
        assertThat(d.hasErrors()).isFalse();
        assertThat(d.list()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                "content/articles/notes.md:2:1: warning: missing title; add a line like title: \"Crew-11 reaches the"
                        + " station\" to the front matter (file left out: migration.skipInvalid)",
                "content/articles/notes.md:2:1: warning: missing date; add a line like date: 2025-07-30 to the front"
                        + " matter (file left out: migration.skipInvalid)");
        Diagnostics strict = new Diagnostics();
        new ArticleReader(config(KINDS), new FrontMatterParser()).read(new SourceFile(Path.of("notes.md"),
                "content/articles/notes.md", "notes.md", "---\nlayout: page\n---\n"), strict);
        assertThat(strict.errorCount()).isEqualTo(2);
    }

    @Test
    void urlFromPathPlacesPagesByFolderAndPostsByDate() {
        SiteConfig c = config(KINDS + "migration:\n  urlFromPath: true\n");
        ArticleMeta doc = ok(c, "en/Functions/strings/RuneCount.md", "---\ntitle: R\ndate: 2020-01-01\n---\n");
        assertThat(doc.url()).isEqualTo("/en/functions/strings/runecount/");
        // the slug leaves out a language's folder, so that ru/functions/... is the same story's version
        assertThat(doc.slug()).isEqualTo("functions-strings-runecount");
        ArticleMeta index = ok(c, "en/functions/_index.md", "---\ntitle: F\ndate: 2020-01-01\n---\n");
        assertThat(index.url()).isEqualTo("/en/functions/");
        ArticleMeta post = ok(c, "news/_posts/2018-10-12-trailing-dots.md", "---\ntitle: T\n---\n");
        assertThat(post.url()).isEqualTo("/news/2018/10/12/trailing-dots/");
        ArticleMeta asked = ok(c, "docs/x.md", "---\ntitle: X\ndate: 2020-01-01\npermalink: /docs/elsewhere/\n---\n");
        assertThat(asked.url()).as("front matter wins over the folder").isEqualTo("/docs/elsewhere/");
        // a Jekyll permalink's :title is the post's own name, not the date and folders urlFromPath joins
        ArticleMeta titled = ok(c, "_posts/2015-06-11-old-post.md", "---\ntitle: O\npermalink: /:year/:month/:day/:title/\n"
                + "---\n");
        assertThat(titled.url()).isEqualTo("/2015/06/11/old-post/");
    }

    /**
     * A post's address takes its day in the site's zone, as Jekyll's takes it in its own timezone: an
     * archive moved over gives site.yaml's timeZone the value of _config.yml's timezone.
     */
    @Test
    void aPostsAddressTakesItsDayInTheSitesZoneAsJekyllDoes() {
        String post = "---\ntitle: Released\ndate: 2013-09-14 20:46:50 -0400\n---\n";
        SiteConfig newYork = config(KINDS.replace("timeZone: UTC", "timeZone: America/New_York")
                + "migration:\n  urlFromPath: true\n");
        assertThat(ok(newYork, "_posts/2013-09-14-jekyll-1-2-1-released.md", post).url())
                .isEqualTo("/2013/09/14/jekyll-1-2-1-released/");
        SiteConfig utc = config(KINDS + "migration:\n  urlFromPath: true\n");
        assertThat(ok(utc, "_posts/2013-09-14-jekyll-1-2-1-released.md", post).url())
                .isEqualTo("/2013/09/15/jekyll-1-2-1-released/");
    }

    /** A Jekyll post without a title, which Jekyll titles by its file name, was left out of an archive moved over. */
    @Test
    void aMovedJekyllPostWithoutATitleTakesOneFromItsFileName() {
        SiteConfig c = config(KINDS + "migration:\n  skipInvalid: true\n");
        ArticleMeta post = ok(c, "_posts/2017-02-05-i-dont-like-zeroes.md", "---\nlayout: post\n---\nText.\n");
        assertThat(post.title()).isEqualTo("I Dont Like Zeroes");
        assertThat(d.list()).extracting(Diagnostic::format).contains("content/articles/_posts/2017-02-05-i-dont-like-zeroes"
                + ".md:2:1: warning: no title: as Jekyll does for a post, the title is made of the file's name, \"I Dont"
                + " Like Zeroes\"; add a line like title: \"I Dont Like Zeroes\" to give it its own");
        assertThat(read(c, "notes/2017-02-05-a-page.md", "---\nlayout: page\n---\nText.\n")).isEmpty(); // not a post
        assertThat(read(config(KINDS), "_posts/2017-02-05-mine.md", "---\ndate: 2017-02-05\n---\nText.\n")).isEmpty();
        assertThat(d.list()).extracting(Diagnostic::format).anyMatch(l -> l.startsWith(
                "content/articles/_posts/2017-02-05-mine.md:2:1: error: missing title"));
    }

    @Test
    void aYearBefore1900IsWarnedAbout() {
        ok(config(KINDS), "old.md", "---\ntitle: Old\ndate: \"0025-08-01\"\n---\n");
        assertThat(d.list()).extracting(Diagnostic::format).containsExactly("content/articles/old.md:3:7: warning: date"
                + " is in the year 25; check the year, like 2025-08-01 (a story's dates are when it was written, and are"
                + " shown and given to feeds as written)");
    }

    @Test
    void theSectionIndexAtTheTopIsHugosSectionPageLeftOut() {
        assertThat(read(config(KINDS + "migration:\n  urlFromPath: true\n"), "_index.md",
                "---\ntitle: Home\ndate: 2020-01-01\n---\n")).isEmpty();
        assertThat(d.list()).extracting(Diagnostic::format).containsExactly("content/articles/_index.md:1:1: warning:"
                + " this is a section page (_index.md), the text Hugo and Zola show above a folder's list of pages; Orbitpress makes"
                + " its lists itself (the home page, topics) and has no section pages, so it is not published: remove"
                + " the file, or rename it and give it a date to publish its text as a story");
    }

    @Test
    void dateFallbackGivesUndatedPagesADate(@TempDir Path dir) throws IOException {
        ArticleMeta fixed = ok(config(KINDS + "migration:\n  dateFallback: 2024-01-01\n"), "doc.md",
                "---\ntitle: Doc\n---\n");
        assertThat(fixed.date().toLocalDate()).hasToString("2024-01-01");

        Path file = dir.resolve("doc.md");
        Files.writeString(file, "---\ntitle: Doc\n---\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2019-04-05T06:07:08Z")));
        Optional<ArticleMeta> m = new ArticleReader(config(KINDS + "migration:\n  dateFallback: fileModTime\n"),
                new FrontMatterParser()).read(new SourceFile(file, "content/articles/doc.md", "doc.md",
                        Files.readString(file)), d);
        assertThat(m.orElseThrow().date()).hasToString("2019-04-05T06:07:08Z[UTC]");
    }

    @Test
    void aMigrationBlockWithUnknownKeysIsAnError() {
        Diagnostics cd = new Diagnostics();
        new SiteConfigParser().parse("migration:\n  skipInvalids: true\n", "content/site.yaml", cd);
        assertThat(cd.list()).extracting(Diagnostic::format).containsExactly("content/site.yaml:2:3: error: migration"
                + " has no key \"skipInvalids\" (did you mean \"skipInvalid\"?); it takes dateFallback, skipInvalid,"
                + " urlFromPath");
    }
}
