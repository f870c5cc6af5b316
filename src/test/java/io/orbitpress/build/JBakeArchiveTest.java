package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JBake archive's stories, whose header is {@code key=value} lines closed by {@code ~~~~~~}, are read as JBake reads them. */
class JBakeArchiveTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aJBakeHeaderIsTheStorysFrontMatter() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/weekly-links.md", """
                title=Weekly links: the station's new arm
                date=2013-02-01
                type=post
                tags=robotics, iss
                status=published
                ~~~~~~

                The arm was tested in orbit this week.

                ~~~
                code stays code
                ~~~
                """);
        s.write("content/articles/unfinished.md", "title=Unfinished\ndate=2013-02-02\nstatus=draft\n~~~~~~\nNot yet.\n");
        BuildResult r = s.build();

        assertThat(r.warnings()).extracting(Diagnostic::format).isEmpty();
        Document page = s.page("articles/weekly-links/");
        assertThat(page.select("h1").first().text()).isEqualTo("Weekly links: the station's new arm");
        assertThat(page.select("article time[datetime]").first().attr("datetime")).startsWith("2013-02-01");
        assertThat(page.text()).doesNotContain("title=", "~~~~~~", "status=");
        assertThat(page.select("pre code").text()).isEqualTo("code stays code");
        assertThat(s.page("tags/robotics/").select("h1").text()).contains("robotics");
        assertThat(s.page("tags/iss/").select("h1").text()).contains("iss");
        assertThat(s.site().resolve("articles/unfinished")).doesNotExist();
    }

    @Test
    void aMistakeInAHeaderIsToldAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "title=Crew-11 docks\n\ndate=2013-02-30\n~~~~~~\nText.\n");

        assertThat(s.problems()).singleElement().asString().startsWith("content/articles/a.md:3:6: error:");
    }
}
