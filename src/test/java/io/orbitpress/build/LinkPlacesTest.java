package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.image.TestImages;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a broken link is told: at each place the source writes it as a link, not at a picture
 * that shows the same address, and on a page made from a registry file at the id the file names.
 */
class LinkPlacesTest {

    @TempDir
    Path dir;

    private static java.util.List<String> problems(TestSite s, Instant now) {
        try {
            new SiteBuild(BuildOptions.of(s.root).withNow(now)).build();
        } catch (BuildFailure f) {
            return f.diagnostics().stream().map(Diagnostic::format).toList();
        }
        return java.util.List.of();
    }

    @Test
    void twoLinksToOneMissingPageAreBothTold() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/lk.md", "---\ntitle: Links\ndate: 2025-07-30\n---\nSee [one](/articles/nope/).\n\n"
                + "And again [two](/articles/nope/).\n");
        assertThat(problems(s, Instant.parse("2025-08-01T00:00:00Z"))).containsExactly(
                "content/articles/lk.md:5:11: error: broken link \"/articles/nope/\" on page /articles/lk/: no page or"
                        + " file /articles/nope/; fix the link or add what it points to",
                "content/articles/lk.md:7:17: error: broken link \"/articles/nope/\" on page /articles/lk/: no page or"
                        + " file /articles/nope/; fix the link or add what it points to");
    }

    /** An address written inside a longer one ("/x" of "/x/", "/x/" of "/x/#part") is not told there. */
    @Test
    void anAddressIsToldWhereItIsWrittenNotWithinALongerOne() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/lk.md", "---\ntitle: Links\ndate: 2025-07-30\n---\nSee [the story](/articles/nope/)"
                + " and [again](/articles/nope).\n\nThen [a part](/articles/gone/#part) and [the page](/articles/gone/).\n");
        assertThat(problems(s, Instant.parse("2025-08-01T00:00:00Z"))).containsExactlyInAnyOrder(
                "content/articles/lk.md:5:17: error: broken link \"/articles/nope/\" on page /articles/lk/: no page or"
                        + " file /articles/nope/; fix the link or add what it points to",
                "content/articles/lk.md:5:46: error: broken link \"/articles/nope\" on page /articles/lk/: no page or"
                        + " file /articles/nope; fix the link or add what it points to",
                "content/articles/lk.md:7:15: error: broken link \"/articles/gone/#part\" on page /articles/lk/: no page"
                        + " or file /articles/gone/; fix the link or add what it points to",
                "content/articles/lk.md:7:52: error: broken link \"/articles/gone/\" on page /articles/lk/: no page or"
                        + " file /articles/gone/; fix the link or add what it points to");
    }

    @Test
    void aLinkToAPicturesOriginalIsToldAtTheLinkNotThePicture() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/big.jpg", TestImages.jpeg(1200, 800));
        s.write("content/articles/pics.md", "---\ntitle: Pictures\ndate: 2025-07-30\n---\n"
                + "![A figure](/images/big.jpg \"A figure. | Photo: NASA\")\n\nThe [original](/images/big.jpg).\n");
        assertThat(problems(s, Instant.parse("2025-08-01T00:00:00Z"))).singleElement().asString()
                .startsWith("content/articles/pics.md:7:16: error: broken link \"/images/big.jpg\"");
    }

    @Test
    void aRegistryPagesLinkIsToldAtTheIdItNames() {
        TestSite s = new TestSite(dir);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nA commander.\n");
        s.write("content/people/bea-quill.md", "---\nname: Bea Quill\npublishDate: 2025-08-01T13:00:00Z\n---\nA pilot.\n");
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\ncrew: [ada-orbit, bea-quill]\n---\nA flight.\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-29\nmissions: [crew-99]\n---\nText.\n");
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-07-30T00:00:00Z")))
                .build()).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                        .extracting(Diagnostic::format).singleElement().asString().startsWith(
                                "content/missions/crew-99.md:3:19: error: broken link \"../../people/bea-quill/\""));
    }
}
