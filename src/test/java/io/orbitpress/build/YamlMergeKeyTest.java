package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML merge key ({@code <<:}), which the YAML 1.2 parser reads as a key named "<<": it was told
 * as an unknown key handed to templates (in a registry file, shown as the fact "<<"), and the keys
 * it brings were lost without a word, a publishDate among them.
 */
class YamlMergeKeyTest {

    @TempDir
    Path dir;

    @Test
    void aMergeKeyIsAnErrorNamingTheKeysItWouldLose() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "---\ntitle: Hi\ndate: 2025-07-30\n<<: {publishDate: 2026-01-01, summary: x}\n"
                + "---\nText.\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n<<:\n  role: Pilot\n---\nAn astronaut.\n");
        // a key that is written "<<" in quotation marks is a key like another
        s.write("content/articles/b.md", "---\ntitle: Quoted\ndate: 2025-07-30\nparams: {\"<<\": x}\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/a.md:4:1: error: \"<<\" is a YAML merge key, which Orbitpress does not read"
                                + " in front matter: the keys it brings (publishDate, summary) would be lost; write them"
                                + " out in this map",
                        "content/people/zena-cardman.md:3:1: error: \"<<\" is a YAML merge key, which Orbitpress does"
                                + " not read in front matter: the keys it brings (role) would be lost; write them out in"
                                + " this map"));
    }
}
