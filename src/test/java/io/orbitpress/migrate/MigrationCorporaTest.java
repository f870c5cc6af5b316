package io.orbitpress.migrate;

import io.orbitpress.testing.Corpora;
import io.orbitpress.testing.Trees;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;

import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.model.Article;
import io.orbitpress.source.ContentFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jekyll and Hugo corpora (../shared/corpora), read in place with a migration: block in
 * site.yaml, as a newsroom moving an archive would: the good files become articles with the
 * dates, URLs and redirects their old generator gave them; the rest are left out with warnings.
 */
class MigrationCorporaTest {

    static final Path CORPORA = Corpora.FOLDER;

    static final String MIGRATION = """
            title: Moved Desk
            baseUrl: https://news.example.org/
            timeZone: UTC
            migration:
              skipInvalid: true
              urlFromPath: true
              dateFallback: 2024-01-01
            entities:
              kinds:
                - key: people
                  frontMatterKeys: [people, authors, author_ids]
                  person: true
            """;

    static Path site(Path dir, String corpus) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), MIGRATION);
        Trees.copy(Path.of("templates"), dir.resolve("templates"));
        // copied, not linked: a build follows no link out of the site folder
        Trees.copy(CORPORA.resolve(corpus), dir.resolve("content/articles"));
        return dir;
    }

    static Article article(SiteBuild.Assembled a, String pathEnd) {
        return a.site().articles().stream().filter(x -> x.path().endsWith(pathEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no article from " + pathEnd));
    }

    /** What ArticleReader makes of one corpus file under the migration settings. */
    static ArticleMeta meta(Path site, String relative) throws IOException {
        Path folder = site.resolve("content/articles");
        Diagnostics d = new Diagnostics();
        var file = new ContentFolder(site).read(folder, folder.toRealPath().resolve(relative), d).orElseThrow();
        var config = new SiteConfigParser().parse(MIGRATION, "content/site.yaml", d);
        ArticleMeta m = new ArticleReader(config, new FrontMatterParser()).read(file, d)
                .orElseThrow(() -> new AssertionError(d.list()));
        assertThat(d.hasErrors()).isFalse();
        return m;
    }

    @Test
    void jekyllFixtures(@TempDir Path dir) throws IOException {
        Corpora.assumePresent();
        Path root = site(dir, "jekyll-fixtures");
        SiteBuild.Assembled a = new SiteBuild(BuildOptions.of(root)).assemble();

        Article release = article(a, "docs/_posts/2013-05-06-jekyll-1-0-0-released.markdown");
        assertThat(release.date()).as("front matter date \"2013-05-06 02:12:52 +0200\", shown in UTC")
                .hasToString("2013-05-06T00:12:52Z[UTC]");
        Article fromName = article(a, "test/source/_posts/2008-12-03-permalinked-post.markdown");
        assertThat(fromName.date().toLocalDate()).as("date from the file name").hasToString("2008-12-03");
        assertThat(meta(root, "docs/_posts/2013-05-06-jekyll-1-0-0-released.markdown").url())
                .isEqualTo("/docs/2013/05/06/jekyll-1-0-0-released/");

        Article posts = article(a, "docs/_docs/posts.md");
        assertThat(posts.redirectFrom()).containsExactly("/docs/drafts/");
        assertThat(meta(root, "docs/_docs/posts.md").url()).isEqualTo("/docs/posts/");
        assertThat(meta(root, "test/source/_posts/2008-12-03-permalinked-post.markdown").url())
                .isEqualTo("/my_category/permalinked-post/");

        assertThat(a.site().articles()).as("published: false is left out")
                .noneMatch(x -> x.path().endsWith("2008-02-02-not-published.markdown"))
                .as("a permalink climbing out of the site is left out")
                .noneMatch(x -> x.path().endsWith("2014-01-06-permalink-traversal.md"));
        assertThat(a.site().articles().size()).isBetween(200, 300);
    }

    @Test
    void hugoDocs(@TempDir Path dir) throws IOException {
        Corpora.assumePresent();
        Path root = site(dir, "hugo-docs");
        SiteBuild.Assembled a = new SiteBuild(BuildOptions.of(root)).assemble();

        Article functions = article(a, "en/functions/_index.md");
        assertThat(functions.redirectFrom()).containsExactly("/layout/functions/", "/templates/functions");
        assertThat(functions.date().toLocalDate()).as("undated: migration.dateFallback").hasToString("2024-01-01");
        assertThat(meta(root, "en/functions/_index.md").url()).isEqualTo("/en/functions/");
        assertThat(meta(root, "en/commands/hugo_completion.md").url()).as("Hugo url:").isEqualTo("/commands/hugo_completion/");
        assertThat(meta(root, "en/functions/partials/IncludeCached.md").url()).isEqualTo("/en/functions/partials/includecached/");
        assertThat(a.site().articles()).as("shared fragments without a title are left out")
                .noneMatch(x -> x.path().contains("/_common/"));
        assertThat(a.site().articles().size()).isBetween(900, 992);
    }

    @Test
    void bothArchivesBuildWithTheirUrlsAndRedirectPagesOnDisk(@TempDir Path dir) throws IOException {
        Corpora.assumePresent();
        Path jekyll = site(dir.resolve("j"), "jekyll-fixtures");
        new SiteBuild(BuildOptions.of(jekyll)).build();
        Path jsite = jekyll.resolve("site");
        assertThat(jsite.resolve("docs/2013/05/06/jekyll-1-0-0-released/index.html")).exists();
        assertThat(jsite.resolve("my_category/permalinked-post/index.html")).exists();
        String moved = Files.readString(jsite.resolve("docs/drafts/index.html"));
        // relative, so that a staging host or a copy on disk stays where it is
        assertThat(moved).contains("http-equiv=\"refresh\" content=\"0; url=../posts/\"")
                .contains("<link rel=\"canonical\" href=\"https://news.example.org/docs/posts/\">");

        Path hugo = site(dir.resolve("h"), "hugo-docs");
        new SiteBuild(BuildOptions.of(hugo)).build();
        Path hsite = hugo.resolve("site");
        assertThat(hsite.resolve("commands/hugo_completion/index.html")).exists();
        assertThat(Files.readString(hsite.resolve("layout/functions/index.html")))
                .contains("url=../../en/functions/").contains("href=\"https://news.example.org/en/functions/\"");
        assertThat(Files.readString(hsite.resolve("templates/functions/index.html")))
                .contains("url=../../en/functions/").contains("href=\"https://news.example.org/en/functions/\"");
    }

    static Stream<String> corpora() throws IOException {
        if (!Files.isDirectory(CORPORA)) {
            return Stream.of("(missing)");
        }
        try (Stream<Path> list = Files.list(CORPORA)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Prints how many articles each corpus gives with the migration settings, or what stops it:
     * a figure, not a check, beyond every problem being a located diagnostic.
     */
    @ParameterizedTest
    @MethodSource("corpora")
    void articlesPerCorpus(String name, @TempDir Path dir) throws IOException {
        Corpora.assumePresent();
        try {
            SiteBuild.Assembled a = new SiteBuild(BuildOptions.of(site(dir, name))).assemble();
            System.out.printf("migration corpus %s: %d articles%n", name, a.site().articles().size());
        } catch (io.orbitpress.diag.BuildFailure f) {
            assertThat(f.diagnostics()).allSatisfy(x -> assertThat(x.path()).isNotEmpty());
            System.out.printf("migration corpus %s: stopped by %d error(s), first: %s%n", name,
                    f.diagnostics().stream().filter(io.orbitpress.diag.Diagnostic::isError).count(),
                    f.diagnostics().stream().filter(io.orbitpress.diag.Diagnostic::isError).findFirst().orElseThrow());
        }
    }

}
