package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem with a value in TOML front matter is told where the value's key stands: one in a
 * [[corrections]] table was told at the table's header, one written as a dotted key
 * (source.url = ...) with no line at all, a series' part at [series], and a dotted key set again
 * at the end of the block.
 */
class TomlPlacesTest {

    @TempDir
    Path dir;

    @Test
    void aValueInATableOrUnderADottedKeyIsToldAtItsKey() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "+++\ntitle = \"Hi\"\ndate = 2025-07-30\n\n[[corrections]]\ndate = 2025-07-31\n"
                + "text = \"x\"\n\n[[corrections]]\ntext = \"y\"\ndate = 2025-13-01\n+++\nText.\n");
        s.write("content/articles/b.md", "+++\ntitle = \"Hi\"\ndate = 2025-07-30\nsource.name = \"TASS\"\n"
                + "source.url = \"ftp://x\"\n[series]\nname = \"S\"\npart = \"x\"\n+++\nText.\n");
        s.write("content/articles/c.md", "+++\ntitle = \"Hi\"\ndate = 2025-07-30\nextra.a = 1\nextra = 2\n+++\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/a.md:11:1: error: correction expected a date like 2025-07-30, got"
                                + " \"2025-13-01\", which is not a day on the calendar",
                        "content/articles/b.md:5:1: error: source url must be an http(s) address",
                        "content/articles/b.md:8:1: error: series part must be a whole number above 0, like part: 2",
                        "content/articles/c.md:5:1: error: invalid TOML: \"extra\" is set twice, on line 4 and here;"
                                + " TOML takes each key once: keep the one you mean"));
    }
}
