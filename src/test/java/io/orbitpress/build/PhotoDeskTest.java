package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as a photo desk meets them over a day: portraits and figures from other sites,
 * addresses written as other tools write them, each through a whole build.
 */
class PhotoDeskTest {

    @TempDir
    Path dir;

    /**
     * A portrait on another site has no thumbnail in the list of people (it is not measured), and
     * its entry was still laid out as one with a thumbnail: the name squeezed into the picture's column.
     */
    @Test
    void aPortraitOnAnotherSiteLeavesItsEntryLaidOutWithoutAThumbnail() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/ada.jpg", TestImages.jpeg(600, 800));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nimage: /images/ada.jpg\nimage_alt: Ada\n---\nAda.\n");
        s.write("content/people/yuri-lander.md", "---\nname: Yuri Lander\nimage: https://images.example.com/yuri.jpg\n"
                + "image_alt: Yuri\n---\nYuri.\n");
        s.build();
        Element ada = s.page("people/").select(".entity-list li:has(a[href=ada-orbit/])").first();
        Element yuri = s.page("people/").select(".entity-list li:has(a[href=yuri-lander/])").first();
        assertThat(ada.hasClass("has-thumb")).isTrue();
        assertThat(ada.select("img.thumb")).hasSize(1);
        assertThat(yuri.select("img")).isEmpty();
        assertThat(yuri.hasClass("has-thumb")).isFalse();
    }
}
