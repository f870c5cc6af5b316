package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name a story writes otherwise than its registry file (in other capitals, or a letter or two
 * off) is neither linked nor quoted on that entity's page: the build says so where the name
 * stands, and says nothing of a name unlike any registered one.
 */
class NearNamesTest {

    @TempDir
    Path dir;

    @Test
    void aNameWrittenOtherwiseThanItsRegistryFileIsToldWhereItStands() {
        TestSite s = new TestSite(dir)
                .write("content/people/sergey-ryzhikov.md", "---\nname: Sergei Ryzhikov\n---\n")
                .write("content/people/frank-de-winne.md", "---\nname: Frank De Winne\n---\n")
                .write("content/articles/soyuz.md", """
                        ---
                        title: Soyuz
                        date: 2025-08-02
                        ---
                        Commander and cosmonaut Sergey Ryzhikov closed the hatch.

                        ESA astronaut Frank de Winne welcomed astronaut Zena Cardman.
                        """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/soyuz.md:5:25: warning: \"Sergey Ryzhikov\" is a letter or two off the"
                        + " person \"Sergei Ryzhikov\" (content/people/sergey-ryzhikov.md), and names are found as"
                        + " written: if it is another spelling of that name, add \"Sergey Ryzhikov\" to that file's"
                        + " aliases, or write the name as registered, so that the story links to the page and its"
                        + " quotes are shown there; if it is someone else, give them a registry file of their own",
                "content/articles/soyuz.md:7:15: warning: \"Frank de Winne\" is the person \"Frank De Winne\""
                        + " (content/people/frank-de-winne.md) in other capitals, and names are found as written:"
                        + " add \"Frank de Winne\" to that file's aliases, or write the name as registered, so that"
                        + " the story links to the page and its quotes are shown there");
        assertThat(s.page("articles/soyuz/").select("a[href$=people/sergey-ryzhikov/]")).isEmpty();

        // the alias that keeps the old spelling found: no warning, and the story links to the page
        s.write("content/people/sergey-ryzhikov.md", "---\nname: Sergei Ryzhikov\naliases: [Sergey Ryzhikov]\n---\n");
        s.write("content/people/frank-de-winne.md", "---\nname: Frank De Winne\naliases: [Frank de Winne]\n---\n");
        assertThat(s.build().warnings()).isEmpty();
        assertThat(s.page("articles/soyuz/").select("a[href$=people/sergey-ryzhikov/]:not(.chip)"))
                .extracting(org.jsoup.nodes.Element::text).containsExactly("Sergey Ryzhikov");
    }
}
