package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link whose folder is mistyped ({@code /artciles/a/}, {@code /imagse/x.jpg}) or whose picture's
 * name has other capitals than the file ({@code /images/Liftoff.JPG}) names the address meant, as a
 * link one or two letters off a name beside it does: an editor reads "did you mean" and copies it.
 */
class MistypedLinkFolderTest {

    @TempDir
    Path dir;

    private TestSite site(String body) {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/liftoff.jpg", TestImages.jpeg(600, 400));
        s.write("content/static/files/report.pdf", "%PDF-1.4 report\n");
        s.write("content/articles/b.md", TestSite.story("B", "The other story."));
        s.write("content/articles/a.md", TestSite.story("A", "The liftoff.\n\n"
                + "![Liftoff](/images/liftoff.jpg \"Liftoff. | Photo: Test Desk\")\n\n" + body));
        return s;
    }

    @Test
    void aMistypedFolderIsToldWithTheAddressMeant() {
        assertThat(site("See [b](/artciles/b/), [the report](/file/report.pdf) and [it](../../fils/report.pdf).")
                .problems()).containsExactly(
                        "content/articles/a.md:9:9: error: broken link \"/artciles/b/\" on page /articles/a/: no page or"
                                + " file /artciles/b/; did you mean /articles/b/? Otherwise fix the link or add what it"
                                + " points to",
                        "content/articles/a.md:9:37: error: broken link \"/file/report.pdf\" on page /articles/a/: no"
                                + " page or file /file/report.pdf; did you mean /files/report.pdf? Otherwise fix the link"
                                + " or add what it points to",
                        "content/articles/a.md:9:64: error: broken link \"../../fils/report.pdf\" on page /articles/a/:"
                                + " no page or file /fils/report.pdf; did you mean /files/report.pdf? Otherwise fix the"
                                + " link or add what it points to");
    }

    /**
     * A picture published as resized copies only has no file at its original's address; a link to
     * it with a slip in the folder or in the capitals of its name is told with the address it
     * meant all the same, and that address then says what to link to.
     */
    @Test
    void aLinkToAPictureInOtherCapitalsOrFolderIsToldWithThePicture() {
        assertThat(site("The [photo](/images/Liftoff.JPG) and [again](/imagse/liftoff.jpg).").problems())
                .containsExactly(
                        "content/articles/a.md:9:13: error: broken link \"/images/Liftoff.JPG\" on page /articles/a/: no"
                                + " page or file /images/Liftoff.JPG; did you mean /images/liftoff.jpg? Otherwise fix the"
                                + " link or add what it points to",
                        "content/articles/a.md:9:46: error: broken link \"/imagse/liftoff.jpg\" on page /articles/a/: no"
                                + " page or file /imagse/liftoff.jpg; did you mean /images/liftoff.jpg? Otherwise fix the"
                                + " link or add what it points to");
    }

    /** A folder with other digits is another year or mission, not a slip: nothing is offered. */
    @Test
    void aFolderWithOtherDigitsIsNotOffered() {
        TestSite s = site("See [b](/2024/b/).");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2025-08-01\nurl: /2025/b/\n---\nThe other story.\n");
        assertThat(s.problems()).containsExactly("content/articles/a.md:9:9: error: broken link \"/2024/b/\" on page"
                + " /articles/a/: no page or file /2024/b/; fix the link or add what it points to");
    }
}
