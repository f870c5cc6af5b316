package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import io.orbitpress.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * Pictures in headless Chromium at a desktop's width: a large one fills the story's column, a
 * small one (an icon, a patch) keeps its own size instead of being blown up to the column's.
 * Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class PictureSizeBrowserTest {

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static BuiltSiteInBrowser site;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("site.yaml"),
                "title: Orbit Desk\nbaseUrl: https://news.example.org/\n");
        Path images = Files.createDirectories(dir.resolve("content/static/images"));
        Files.write(images.resolve("wide.jpg"), TestImages.jpeg(2000, 1000));
        Files.write(images.resolve("patch.jpg"), TestImages.jpeg(50, 50));
        Files.writeString(Files.createDirectories(dir.resolve("content/articles")).resolve("pictures.md"), """
                ---
                title: Pictures
                date: 2025-08-01
                image: /images/patch.jpg
                image_alt: The mission patch
                image_credit: NASA
                ---
                The launch.

                ![The rocket](/images/wide.jpg "The rocket. | Photo: NASA")

                ![The patch](/images/patch.jpg "The patch. | Image: NASA")
                """);
        Files.writeString(Files.createDirectories(dir.resolve("content/people")).resolve("ada-orbit.md"),
                "---\nname: Ada Orbit\nimage: /images/patch.jpg\nimage_alt: Ada's patch\nimage_credit: NASA\n---\n"
                        + "Ada Orbit flies.\n");
        Files.writeString(Files.createDirectories(dir.resolve("content/missions")).resolve("crew-11.md"),
                "---\nname: Crew-11\nimage: /images/wide.jpg\nimage_alt: The rocket\nimage_credit: NASA\n---\n"
                        + "Crew-11 flies.\n");
        site = BuiltSiteInBrowser.open(dir, profile, "--hide-scrollbars");
        site.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private long width(String selector) {
        return ((Number) site.js("var i = document.querySelector('" + selector + "');"
                + " return i.getBoundingClientRect().width;")).longValue();
    }

    @Test
    void aSmallPictureKeepsItsSizeAndALargeOneFillsTheColumn() {
        site.driver.get(site.url("articles/pictures/"));
        long column = ((Number) site.js("return document.querySelector('.story-body').getBoundingClientRect().width;"))
                .longValue();
        assertThat(column).isGreaterThan(300);
        assertThat(width(".story-body figure:nth-of-type(1) img")).isEqualTo(column);
        assertThat(width(".story-body figure:nth-of-type(2) img")).isEqualTo(50);
        assertThat(width(".lead-image img")).isEqualTo(50);
    }

    /** A portrait or patch is at most 12rem wide beside the text (9rem above it, on a phone), and never blown up. */
    @Test
    void aSmallPortraitKeepsItsSizeAndALargeOneItsBox() {
        for (int[] size : new int[][] {{1280, 192}, {400, 144}}) {
            site.driver.manage().window().setSize(new Dimension(size[0], 900));
            site.driver.get(site.url("people/ada-orbit/"));
            assertThat(width(".portrait img")).as("at %d", size[0]).isEqualTo(50);
            site.driver.get(site.url("missions/crew-11/"));
            assertThat(width(".portrait img")).as("at %d", size[0]).isEqualTo(size[1]);
        }
        site.driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
