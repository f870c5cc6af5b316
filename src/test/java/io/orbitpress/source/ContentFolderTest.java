package io.orbitpress.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a content folder come in the order of their paths below it, as text, on every walk. */
class ContentFolderTest {

    @Test
    void filesComeInTheOrderOfTheirPathsBelowTheFolder(@TempDir Path site) throws Exception {
        Path articles = site.resolve("content/articles");
        List<String> names = List.of("b.md", "a.md", "a-b.md", "a/z.md", "a/b/c.md", "A.md", "a.b.md", "z/a.md",
                "é.md", "a b.md");
        for (String n : names) {
            Path f = articles.resolve(n);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x");
        }
        Files.writeString(articles.resolve("notes.txt"), "not Markdown");
        Files.writeString(articles.resolve(".hidden.md"), "hidden");
        // a folder reached through a link inside the site: its files keep the link's name
        Path elsewhere = Files.createDirectories(site.resolve("content/drafts"));
        Files.writeString(elsewhere.resolve("d.md"), "x");
        Files.createSymbolicLink(articles.resolve("m"), elsewhere);

        ContentFolder folder = new ContentFolder(site);
        Path real = articles.toRealPath();
        List<String> relative = folder.markdownFiles(articles).stream().map(p -> real.relativize(p).toString()).toList();

        assertThat(relative).containsExactly("A.md", "a b.md", "a-b.md", "a.b.md", "a.md", "a/b/c.md", "a/z.md",
                "b.md", "m/d.md", "z/a.md", "é.md");
        assertThat(folder.markdownFiles(articles)).isEqualTo(folder.markdownFiles(articles));
        assertThat(folder.allFiles(articles)).hasSize(12);
    }

    /**
     * What editors leave beside a story while it is open or being saved: Office's lock file
     * (~$name.md, binary) and vim's probe of the folder (4913, 5036, ...). Neither is a story nor a
     * file of the site; a story named with digits that are not vim's still is one.
     */
    @Test
    void editorsLockAndProbeFilesAreNoFilesOfTheSite(@TempDir Path site) throws Exception {
        Path articles = Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(articles.resolve("a.md"), "x");
        Files.write(articles.resolve("~$a.md"), new byte[] {0, 1, 2, 'x'});
        Files.writeString(articles.resolve("4913"), "");
        Files.writeString(articles.resolve("5036"), "");
        Files.writeString(articles.resolve("4914.md"), "x");
        Files.writeString(articles.resolve("4914"), "x");

        ContentFolder folder = new ContentFolder(site);
        Path real = articles.toRealPath();

        assertThat(folder.markdownFiles(articles).stream().map(p -> real.relativize(p).toString()))
                .containsExactly("4914.md", "a.md");
        assertThat(folder.allFiles(articles).stream().map(p -> real.relativize(p).toString()))
                .containsExactlyInAnyOrder("4914", "4914.md", "a.md");
    }

    @Test
    void aPathIsShownRelativeToTheSiteWhenInsideItAndWholeWhenNot(@TempDir Path site) {
        ContentFolder folder = new ContentFolder(site);
        Path root = site.toAbsolutePath().getRoot();
        assertThat(folder.display(site.resolve("content/articles/a.md"))).isEqualTo("content/articles/a.md");
        // the second file of a folder is shown as the first was, from what was worked out for it
        assertThat(folder.display(site.resolve("content/articles/b.md"))).isEqualTo("content/articles/b.md");
        assertThat(folder.display(site.resolve("site.yaml"))).isEqualTo("site.yaml");
        assertThat(folder.display(site.resolve("content/articles/../people/x.md"))).isEqualTo("content/people/x.md");
        assertThat(folder.display(site.resolve("content/.."))).isEqualTo("");
        assertThat(folder.display(site.resolve("content/articles/."))).isEqualTo("content/articles");
        assertThat(folder.display(site.resolveSibling("other/c.md")))
                .isEqualTo(site.resolveSibling("other/c.md").toString().replace('\\', '/'));
        // a folder that comes down to the root of the file system
        Path top = root.resolve("tmp/..");
        assertThat(folder.display(top.resolve("d.md"))).isEqualTo(root.resolve("d.md").toString().replace('\\', '/'));
    }
}
