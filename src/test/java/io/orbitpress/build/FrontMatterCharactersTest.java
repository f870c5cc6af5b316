package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters a front matter value gets by an escape, which no file's bytes could hold as they
 * are: a NUL ({@code "\u0000"}, YAML's {@code "\0"}) was written into the page as {@code &#0;},
 * half of a UTF-16 pair ({@code "\ud800"}) as a broken character.
 */
class FrontMatterCharactersTest {

    @TempDir
    Path dir;

    @Test
    void aNulOrHalfACharacterIsAnErrorAtItsEscapeInEveryFormat() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/ok.md", "---\ntitle: Fine\ndate: 2025-07-30\n---\nText.\n");
        s.build();
        String before = s.text("articles/ok/index.html");
        s.write("content/articles/json.md", "{\"date\": \"2025-07-30\",\n  \"title\": \"Bell a\\u0000b\"}\nText.\n");
        s.write("content/articles/pair.md", "{\"date\": \"2025-07-30\", \"title\": \"a\\ud83d\\ude80 \\uD800b\"}\nText.\n");
        s.write("content/articles/toml.md", "+++\ndate = 2025-07-30\ntitle = \"a\\u0000b\"\n+++\nText.\n");
        s.write("content/articles/yaml.md", "---\ndate: 2025-07-30\ntitle: \"C:\\\\0 and \\0\"\ntags: [ok, \"x\\ud800\"]\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/json.md:2:19: error: \"\\u0000\" in title is a NUL character (U+0000), which"
                                + " no page can show; remove it",
                        "content/articles/pair.md:1:48: error: \"\\uD800\" in title is half of a character (a UTF-16"
                                + " surrogate) without its other half, which no page can show; write the character"
                                + " itself, or remove the escape",
                        "content/articles/toml.md:3:11: error: \"\\u0000\" in title is a NUL character (U+0000), which"
                                + " no page can show; remove it",
                        "content/articles/yaml.md:3:19: error: \"\\0\" in title is a NUL character (U+0000), which no"
                                + " page can show; remove it",
                        "content/articles/yaml.md:4:14: error: \"\\ud800\" in tags is half of a character (a UTF-16"
                                + " surrogate) without its other half, which no page can show; write the character"
                                + " itself, or remove the escape"));
        assertThat(s.text("articles/ok/index.html")).isEqualTo(before);
        assertThat(Files.exists(s.site().resolve("articles/json"))).isFalse();
    }

    /** A control character written as it is: SnakeYAML said only "special characters are not allowed", at column 1. */
    @Test
    void aControlCharacterWrittenAsItIsIsToldByNameWhereItStands() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/yaml.md", "---\ndate: 2025-07-30\ntitle: Bell \u0007 here\n---\nText.\n");
        s.write("content/articles/list.md", "---\ndate: 2025-07-30\ntitle: T\ntags:\n  - ok\n  - b\u007Fd\n---\nText.\n");
        s.write("content/articles/json.md", "{\"date\": \"2025-07-30\", \"title\": \"a\u000Bb\"}\nText.\n");
        s.write("content/articles/toml.md", "+++\ndate = 2025-07-30\ntitle = \"a\u001Bb\"\n+++\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/json.md:1:35: error: invalid JSON: a control character (U+000B, vertical tab)"
                                + " stands here, which front matter cannot hold as it is; remove it",
                        "content/articles/list.md:6:6: error: invalid YAML: a control character (U+007F, delete)"
                                + " stands here, which front matter cannot hold as it is; remove it",
                        "content/articles/toml.md:3:11: error: invalid TOML: a control character (U+001B, escape)"
                                + " stands here, which front matter cannot hold as it is; remove it",
                        "content/articles/yaml.md:3:13: error: invalid YAML: a control character (U+0007, bell)"
                                + " stands here, which front matter cannot hold as it is; remove it"));
    }

    /** TOML refuses a surrogate escape with "Invalid code point d800" and advice about writing keys. */
    @Test
    void aSurrogateEscapeInTomlIsToldAsSuch() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/half.md", "+++\ndate = 2025-07-30\ntitle = \"a \\uD800b\"\n+++\nText.\n");
        s.write("content/articles/pair.md", "+++\ndate = 2025-07-30\ntitle = \"a \\ud83d\\ude80\"\n+++\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/half.md:3:12: error: invalid TOML: \"\\uD800\" is half of a character (a"
                                + " UTF-16 surrogate) without its other half, which no page can show; write the"
                                + " character itself, or remove the escape",
                        "content/articles/pair.md:3:12: error: invalid TOML: TOML does not take a character as two"
                                + " halves (\"\\ud83d\\ude80\", UTF-16 surrogates); write it as \\U0001F680, or as the"
                                + " character itself"));
    }
}
