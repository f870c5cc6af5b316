package io.orbitpress.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Zola internal link ({@code [x](@/docs/intro.md#part)}) in an archive moved over leads to the
 * page that file makes: it led to "@/docs/intro.md" below the page, a broken link on every one.
 */
class ZolaLinksTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private Document page(String route) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(route).resolve("index.html")));
    }

    @Test
    void anInternalLinkLeadsToThePageItsFileMakes() throws IOException {
        write("content/site.yaml", "title: Moved\nbaseUrl: https://news.example.org/\nmigration:\n  urlFromPath: true\n");
        write("content/articles/docs/intro.md", "+++\ntitle = \"Intro\"\ndate = 2024-01-01\n+++\n## Part\n\nText.\n");
        write("content/articles/docs/_index.md", "+++\ntitle = \"Docs\"\ndate = 2024-01-01\n+++\nThe docs.\n");
        write("content/articles/blog/first.md", "+++\ntitle = \"First\"\ndate = 2024-01-02\n+++\n"
                + "Read [the intro](@/docs/intro.md#part), [the docs](@/docs/_index.md) and [this](<@/blog/first.md>).\n");
        new SiteBuild(BuildOptions.of(dir)).build();
        assertThat(page("blog/first").select(".story-body a").eachAttr("href")).containsExactly("../../docs/intro/#part",
                "../../docs/", "./");
        // without urlFromPath, a story's address is its name's
        write("content/site.yaml", "title: Moved\nbaseUrl: https://news.example.org/\n");
        new SiteBuild(BuildOptions.of(dir)).build();
        assertThat(page("articles/first").select(".story-body a").eachAttr("href")).contains("../intro/#part");
    }
}
