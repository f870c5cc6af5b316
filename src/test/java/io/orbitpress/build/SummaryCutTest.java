package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary taken from a long first paragraph, and an entity's description taken from a long
 * introduction, are cut the same way: after a whole word, without the comma or dash before the
 * cut, never between the two halves of a character such as an emoji (which a page writes as
 * "?"), and marked with one ellipsis character.
 */
class SummaryCutTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aLongFirstParagraphIsCutAfterAWholeWordWithoutItsComma() throws Exception {
        TestSite s = new TestSite(dir);
        String paragraph = "Docked, ".repeat(60).strip();
        s.write("content/articles/docking.md", "---\ntitle: Docking\ndate: 2025-03-01\n---\n" + paragraph + "\n");
        String rockets = "\uD83D\uDE80".repeat(200);
        s.write("content/articles/rockets.md", "---\ntitle: Rockets\ndate: 2025-03-02\n---\n" + rockets + "\n");
        s.build();

        String docked = description(s.page("articles/docking/"));
        assertThat(docked).hasSizeLessThanOrEqualTo(320).endsWith("Docked…");
        assertThat(paragraph).startsWith(docked.substring(0, docked.length() - 1));

        String cut = description(s.page("articles/rockets/"));
        assertThat(cut).hasSizeLessThanOrEqualTo(320).endsWith("\uD83D\uDE80…").doesNotContain("?");
        assertThat(rockets).startsWith(cut.substring(0, cut.length() - 1));
    }

    @Test
    void anEntityDescriptionEndsWithTheSameMarkAsAStorySummary() throws Exception {
        TestSite s = new TestSite(dir);
        String intro = "Ada Orbit ran experiments on plant growth, fluid physics and the human body. ".repeat(6).strip();
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\n" + intro + "\n");
        s.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-03-01\npeople: [ada-orbit]\n---\n"
                + "Ada Orbit flew.\n");
        s.build();

        String ada = description(s.page("people/ada-orbit/"));
        assertThat(ada).hasSizeLessThanOrEqualTo(300).endsWith("…").doesNotEndWith("...");
        assertThat(intro).startsWith(ada.substring(0, ada.length() - 1));
    }

    private static String description(Document page) {
        return page.select("meta[name=description]").attr("content");
    }
}
