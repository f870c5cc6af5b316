package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old address of a story ({@code aliases:}) gets a page that sends the reader on: by a relative
 * address, so that a staging host or a copy opened from disk stays where it is, while search
 * engines are told the published address.
 */
class RedirectPageTest {

    @TempDir
    Path dir;

    @Test
    void anOldAddressSendsTheReaderOnByARelativeAddress() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", "---\ntitle: Docking\ndate: 2025-07-31\n"
                + "aliases: [/2025/07/old-docking/, /docking.html]\n---\nText.\n");
        s.build();
        Document moved = s.page("2025/07/old-docking/");
        assertThat(moved.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../../articles/docking/");
        assertThat(moved.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/articles/docking/");
        assertThat(moved.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(moved.select("body a").attr("href")).isEqualTo("../../../articles/docking/");
        assertThat(s.text("docking.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=articles/docking/\">");
    }
}
