package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story given another address after it was published ({@code slug: crew-11-docks} written into
 * {@code crew-11-docks-with-station.md}) leaves the links to its old address broken. The link check
 * tells each one where the story is now and how to keep the old address working, not only that no
 * page is there.
 */
class MovedStoryLinkTest {

    @TempDir
    Path dir;

    private TestSite site(String docks) {
        TestSite s = new TestSite(dir);
        s.write("content/articles/crew-11-docks-with-station.md", docks);
        s.write("content/articles/launch.md", TestSite.story("Launch", "Full story: [docking](/articles/crew-11-docks-with-station/)"
                + " and [again](https://news.example.org/articles/crew-11-docks-with-station/)."));
        return s;
    }

    @Test
    void aLinkToTheAddressAStoryHadByItsFileNameSaysWhereItIsNow() {
        TestSite s = site("---\ntitle: Docking\ndate: 2025-08-01\nslug: crew-11-docks\n---\nDocked.\n");
        String why = "it leads to the address content/articles/crew-11-docks-with-station.md (\"Docking\") has by its"
                + " file's name, and its slug: gives it /articles/crew-11-docks/ instead; link to /articles/crew-11-docks/,"
                + " and if the story was published at /articles/crew-11-docks-with-station/ before, keep that address"
                + " working for readers and search engines with aliases: [/articles/crew-11-docks-with-station/] in"
                + " content/articles/crew-11-docks-with-station.md";
        assertThat(s.problems()).containsExactly(
                "content/articles/launch.md:5:23: error: broken link \"/articles/crew-11-docks-with-station/\" on page"
                        + " /articles/launch/: " + why,
                "content/articles/launch.md:5:74: error: broken link"
                        + " \"https://news.example.org/articles/crew-11-docks-with-station/\" on page /articles/launch/: "
                        + why);
    }

    @Test
    void aStoryMovedByItsUrlIsToldSo() {
        TestSite s = site("---\ntitle: Docking\ndate: 2025-08-01\nurl: /2025/08/docks/\n---\nDocked.\n");
        assertThat(s.problems()).first().asString().contains("(\"Docking\") has by its file's name, and its url: gives"
                + " it /2025/08/docks/ instead; link to /2025/08/docks/");
    }

    /**
     * With the alias written, the old address is a redirect page, and the links to it build; each
     * is warned of, with the story's address to link to, as a reader and a search engine would go
     * through the redirect for ever.
     */
    @Test
    void theAliasKeepsTheOldAddress() throws Exception {
        TestSite s = site("---\ntitle: Docking\ndate: 2025-08-01\nslug: crew-11-docks\n"
                + "aliases: [/articles/crew-11-docks-with-station/]\n---\nDocked.\n");
        BuildResult r = s.build();
        assertThat(Files.readString(dir.resolve("site/articles/crew-11-docks-with-station/index.html")))
                .contains("../crew-11-docks/");
        String why = "it leads to /articles/crew-11-docks-with-station/, an old address of \"Docking\""
                + " (content/articles/crew-11-docks-with-station.md) that its aliases: keep as a redirect; link to"
                + " /articles/crew-11-docks/ itself";
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                "content/articles/launch.md:5:23: warning: link \"/articles/crew-11-docks-with-station/\" on page"
                        + " /articles/launch/: " + why,
                "content/articles/launch.md:5:74: warning: link"
                        + " \"https://news.example.org/articles/crew-11-docks-with-station/\" on page /articles/launch/: "
                        + why);
    }
}
