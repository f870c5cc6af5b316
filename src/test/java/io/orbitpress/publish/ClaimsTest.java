package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The publisher's own account of two files that cannot both be written, for what reaches the disk
 * without the check before rendering: the same side is blamed whichever write came first.
 */
class ClaimsTest {

    @Test
    void aFileWhereAFolderIsNeededBlamesTheFilePeopleWrote() {
        Claims fileFirst = new Claims();
        fileFirst.claim("tags", "content/static/tags");
        Claims pageFirst = new Claims();
        pageFirst.claim("tags/index.html", "templates/tags.html");
        String expected = "content/static/tags: error: this writes /tags and templates/tags.html writes"
                + " /tags/index.html: /tags would have to be a file and a folder at once; rename this file, or change"
                + " the url or alias that leads there";
        assertThat(fileFirst.clash("tags/index.html", "templates/tags.html")).get().extracting(d -> d.format())
                .isEqualTo(expected);
        assertThat(pageFirst.clash("tags", "content/static/tags")).get().extracting(d -> d.format())
                .isEqualTo(expected);
    }

    @Test
    void twoFilesAtOnePathAndNoClash() {
        Claims claims = new Claims();
        claims.claim("feed.xml", "");
        assertThat(claims.clash("feed.xml", "content/static/feed.xml")).get().extracting(d -> d.format())
                .isEqualTo("content/static/feed.xml: error: this writes /feed.xml and Orbitpress writes /feed.xml:"
                        + " both write /feed.xml; rename this file, or change the url or alias that leads there");
        assertThat(claims.clash("about/index.html", "content/articles/about.md")).isEmpty();
    }
}
