package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.image.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code images.publishOriginals}: an archive moved in keeps its old picture addresses
 * ({@code /images/x.jpg} in hotlinks, old feed items, image search) alive, the originals published
 * beside their resized copies without the camera's data; a story's picture not out yet still waits.
 */
class PublishOriginalsTest {

    @TempDir
    Path dir;

    private TestSite site(boolean publish) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                images:
                  publishOriginals: %s
                """.formatted(publish));
        s.write("content/static/images/launch.jpg", TestImages.withExif(TestImages.jpeg(1000, 600), 1));
        s.write("content/static/images/later.jpg", TestImages.jpeg(600, 400));
        s.write("content/articles/launch.md", """
                ---
                title: Launch day
                date: 2025-08-01
                ---
                The rocket left on time.

                ![The rocket](/images/launch.jpg "Liftoff. | Photo: Test Desk")

                The [whole photo](/images/launch.jpg).
                """);
        s.write("content/articles/later.md", """
                ---
                title: Later
                date: 2025-08-01
                publishDate: 2099-01-01
                ---
                ![Later](/images/later.jpg "Later. | Photo: Test Desk")
                """);
        return s;
    }

    @Test
    void originalsArePublishedAtTheirAddressesWithoutTheCamerasData() throws IOException {
        TestSite s = site(true);
        s.build();
        Element img = s.page("articles/launch/").selectFirst("article figure img");
        assertThat(img.attr("srcset")).contains("launch-160w.", "launch-480w."); // still shown as its copies
        byte[] original = Files.readAllBytes(s.site().resolve("images/launch.jpg"));
        assertThat(original[0] & 0xff).isEqualTo(0xff);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        assertThat(s.page("articles/launch/").select("a[href$=images/launch.jpg]")).hasSize(1); // link checked
        assertThat(Files.exists(s.site().resolve("images/later.jpg"))).as("its story is not out").isFalse();
    }

    @Test
    void withoutTheSettingTheOriginalIsNotPublishedAndALinkToItIsBroken() {
        TestSite s = site(false);
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().anyMatch(m -> m.toString().contains(
                "broken link \"/images/launch.jpg\"") && m.toString().contains("it is the original of a picture"));
        assertThat(Files.exists(s.site().resolve("images/launch.jpg"))).isFalse();
    }

    @Test
    void aSettingThatIsNotTrueOrFalseIsAnError() {
        TestSite s = site(false);
        s.write("content/site.yaml", """
                title: Test Desk
                images:
                  publishOriginals: yes please
                """);
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().contains(
                "content/site.yaml:3:3: error: images.publishOriginals must be true or false");
    }
}
