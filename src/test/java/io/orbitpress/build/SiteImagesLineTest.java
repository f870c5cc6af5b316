package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a message about a picture named in a settings or registry file points. */
class SiteImagesLineTest {

    @Test
    void aKeysLineIsFoundNotACommentNorAnotherValueHoldingTheText() {
        String siteYaml = "title: News\n# images:\n#   default: /images/card.png\nimages:\n  default: /images/card.png\n";
        assertThat(SiteImages.lineOf(siteYaml, "/images/card.png")).isEqualTo(5);
        String person = "---\nname: Ada\nimage_caption: \"See image: the pad\"\nimage: /images/ada.jpg\n---\nText.\n";
        assertThat(SiteImages.lineOf(person, "image:")).isEqualTo(4);
        assertThat(SiteImages.lineOf(person, "portrait:")).isZero();
    }
}
