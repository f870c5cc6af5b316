package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date written as a desk writes it elsewhere ({@code December 5, 2026}, {@code 05.12.2026},
 * {@code 2026/12/05}, {@code 3:30 PM}) is an error that gives the date to write in its place, so
 * that the editor copies it rather than guesses the format; a day written with slashes that could
 * be read either way ({@code 12/05/2026}) is told with both readings. Every such date of the site
 * is told in one build, and the site published before stays as it was.
 */
class DateAdviceTest {

    @TempDir
    Path dir;

    @Test
    void aDateWrittenAnotherWayIsToldWithTheDateToWrite() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/good.md", "---\ntitle: Good\ndate: 2026-12-01\n---\nText.\n");
        s.build();
        String published = Files.readString(s.site().resolve("index.html"));
        String[][] dates = {
            {"a", "December 5, 2026"},
            {"b", "Dec. 5, 2026, 3:30 PM"},
            {"c", "5 December 2026"},
            {"d", "05.12.2026"},
            {"e", "2026/12/05 15:30"},
            {"f", "12/05/2026"},
            {"g", "12/25/2026"},
            {"h", "2026-12-05 10:00 AM"},
            {"i", "5 декабря 2026 г., 10:00"},
            {"j", "31/02/2026"},
        };
        for (String[] d : dates) {
            s.write("content/articles/" + d[0] + ".md", "---\ntitle: Story " + d[0] + "\ndate: \"" + d[1] + "\"\n---\nText.\n");
        }
        s.write("content/articles/k.md", """
                ---
                title: Embargoed and corrected
                date: 2026-12-01
                publishDate: 12/08/2026 09:00
                corrections:
                  - date: Dec 2, 2026
                    text: An earlier version misspelt a name.
                ---
                Text.
                """);
        String like = "error: expected a date like 2025-07-30 or 2025-07-30T14:05:00-04:00, got ";
        assertThat(s.problems()).containsExactly(
                "content/articles/a.md:3:7: " + like + "\"December 5, 2026\"; write 2026-12-05",
                "content/articles/b.md:3:7: " + like + "\"Dec. 5, 2026, 3:30 PM\"; write 2026-12-05T15:30",
                "content/articles/c.md:3:7: " + like + "\"5 December 2026\"; write 2026-12-05",
                "content/articles/d.md:3:7: " + like + "\"05.12.2026\"; write 2026-12-05",
                "content/articles/e.md:3:7: " + like + "\"2026/12/05 15:30\"; write 2026-12-05T15:30",
                "content/articles/f.md:3:7: " + like + "\"12/05/2026\"; write 2026-12-05 for December 5,"
                        + " or 2026-05-12 for May 12",
                "content/articles/g.md:3:7: " + like + "\"12/25/2026\"; write 2026-12-25",
                "content/articles/h.md:3:7: " + like + "\"2026-12-05 10:00 AM\"; write 2026-12-05T10:00",
                "content/articles/i.md:3:7: " + like + "\"5 декабря 2026 г., 10:00\"; write 2026-12-05T10:00",
                "content/articles/j.md:3:7: " + like + "\"31/02/2026\"",
                "content/articles/k.md:4:14: " + like + "\"12/08/2026 09:00\"; write 2026-12-08T09:00 for December 8,"
                        + " or 2026-08-12T09:00 for August 12",
                "content/articles/k.md:6:11: error: correction expected a date like 2025-07-30 or"
                        + " 2025-07-30T14:05:00-04:00, got \"Dec 2, 2026\"; write 2026-12-02");
        assertThat(Files.readString(s.site().resolve("index.html"))).isEqualTo(published);
    }

    /** A Russian desk's day and time on Moscow's clock is told with Moscow's offset on that day. */
    @Test
    void aDateOnMoscowsClockIsToldWithItsOffset() {
        TestSite s = new TestSite(dir);
        String[][] dates = {
            {"a", "2 августа 2025, 08:27 мск"},
            {"b", "02.08.2025 08:27 по Москве"},
            {"c", "2 августа 2010, 08:27 (МСК)"},
        };
        for (String[] d : dates) {
            s.write("content/articles/" + d[0] + ".md", "---\ntitle: Story " + d[0] + "\ndate: \"" + d[1] + "\"\n---\nText.\n");
        }
        String like = "error: expected a date like 2025-07-30 or 2025-07-30T14:05:00-04:00, got ";
        assertThat(s.problems()).containsExactly(
                "content/articles/a.md:3:7: " + like + "\"2 августа 2025, 08:27 мск\"; write 2025-08-02T08:27+03:00",
                "content/articles/b.md:3:7: " + like + "\"02.08.2025 08:27 по Москве\"; write 2025-08-02T08:27+03:00",
                "content/articles/c.md:3:7: " + like + "\"2 августа 2010, 08:27 (МСК)\"; write 2010-08-02T08:27+04:00");
    }
}
