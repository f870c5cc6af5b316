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
}
