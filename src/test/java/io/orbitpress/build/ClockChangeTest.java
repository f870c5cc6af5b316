package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time written without its offset, in the site's zone, that the clocks skip (going forward) or
 * pass twice (going back) is told, with how it is read and how to write it.
 */
class ClockChangeTest {

    @TempDir
    Path dir;

    @Test
    void aTimeTheClocksSkipOrPassTwiceIsTold() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: America/New_York\n");
        s.write("content/articles/spring.md", "---\ntitle: Spring\ndate: 2025-03-09 02:30\n---\nText.\n");
        s.write("content/articles/autumn.md", "---\ntitle: Autumn\ndate: 2025-11-02T01:30\n---\nText.\n");
        s.write("content/articles/plain.md", "---\ntitle: Plain\ndate: 2025-03-09\nupdated: 2025-11-02T01:30-05:00\n"
                + "---\nText.\n");
        s.write("content/articles/fixed.md", "---\ntitle: Fixed\ndate: 2025-10-30\n"
                + "corrections: [{date: \"2025-11-02 01:30:45\", text: A slip.}]\n---\nText.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/autumn.md:3:7: warning: 01:30 comes twice in America/New_York on 2025-11-02 (the"
                        + " clocks go back); it is read as the first; write the time with its offset:"
                        + " 2025-11-02T01:30-04:00 for the first, 2025-11-02T01:30-05:00 for the second",
                "content/articles/fixed.md:4:22: warning: correction 01:30:45 comes twice in America/New_York on"
                        + " 2025-11-02 (the clocks go back); it is read as the first; write the time with its offset:"
                        + " 2025-11-02T01:30:45-04:00 for the first, 2025-11-02T01:30:45-05:00 for the second",
                "content/articles/spring.md:3:7: warning: 02:30 does not exist in America/New_York on 2025-03-09 (the"
                        + " clocks go forward); it is read as 03:30-04:00; write the time with its offset, like"
                        + " 2025-03-09T03:30-04:00");
        assertThat(s.page("articles/spring/").select(".byline time").first().attr("datetime"))
                .isEqualTo("2025-03-09T03:30:00-04:00");
    }

    /** So is a live blog's entry written at such a time, and an entry with its offset is not. */
    @Test
    void aLiveBlogEntryTheClocksSkipIsTold() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: America/New_York\n");
        s.write("content/articles/night.md", """
                ---
                title: Night watch
                date: 2025-03-09T01:00:00-05:00
                layout: liveblog
                ---
                Opening.

                ## 01:30 Before

                Text.

                ## 02:30 In the gap

                Text.

                ## 03:30-04:00 After, with its offset

                Text.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly("content/articles/night.md:12:1: warning:"
                + " the entry \"02:30 In the gap\": 02:30 does not exist in America/New_York on 2025-03-09 (the clocks go"
                + " forward); it is read as 03:30-04:00; write the time with its offset, like 2025-03-09T03:30-04:00");
    }
}
