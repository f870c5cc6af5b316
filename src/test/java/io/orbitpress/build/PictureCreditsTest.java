package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo's credit was wrong, and the desk corrected it in the story it leads: another story that
 * shows the same photo still credited the wrong person, and nothing said so. A picture credited
 * otherwise in two stories of one language is told at the later one, with where the other credit is.
 */
class PictureCreditsTest {

    @TempDir
    Path dir;

    private TestSite site(String figureCredit) {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/pad.jpg", TestImages.jpeg(600, 400));
        s.write("content/articles/a.md", """
                ---
                title: A
                date: 2025-08-01
                image: /images/pad.jpg
                image_alt: "The pad at dawn"
                image_credit: "Photo: Ann Lee"
                ---
                The pad at dawn.
                """);
        s.write("content/articles/b.md", TestSite.story("B", "The crew left.\n\n![The pad at dawn](/images/pad.jpg"
                + " \"The pad. | " + figureCredit + "\")"));
        return s;
    }

    @Test
    void aPictureCreditedOtherwiseElsewhereIsTold() {
        assertThat(site("Photo: Bob Ray").build().warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/b.md:7:1: warning: /images/pad.jpg is credited \"Photo: Bob Ray\" here and \"Photo:"
                        + " Ann Lee\" in content/articles/a.md:6:1; a picture has the same maker wherever it is shown:"
                        + " correct the credit that is wrong");
    }

    @Test
    void theSameCreditSaysNothing() {
        assertThat(site("Photo: Ann Lee").build().warnings()).isEmpty();
    }
}
