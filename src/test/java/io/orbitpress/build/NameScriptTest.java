package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry name written once, in Cyrillic, on a site in English first headed the English page
 * in Cyrillic, and English stories that wrote the name in Latin letters did not find it, without a
 * word: a warning says so and how to write the name per language.
 */
class NameScriptTest {

    @TempDir
    Path dir;

    private TestSite site(String first, String second) {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nlanguage: " + first + "\nlanguages:\n  - code: " + first
                + "\n  - code: " + second + "\n");
        s.write("content/articles/return.md", "---\ntitle: Return\ndate: 2025-07-01\n---\nThe crew came home.\n");
        return s;
    }

    @Test
    void aNameInLettersTheFirstLanguageDoesNotWriteIsWarnedAbout() {
        TestSite s = site("en", "ru");
        s.write("content/people/ivan-vagner.md", "---\nname: Иван Вагнер\n---\nA cosmonaut.\n");
        s.write("content/organizations/nasa.md", "---\nname: NASA\n---\nThe agency.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/people/ivan-vagner.md:2:1: warning: the name is written once, in Cyrillic letters: the en pages"
                        + " show it so, and en stories that write it in Latin letters do not find it; write it per"
                        + " language, like name: {en: Ivan Vagner, ru: Иван Вагнер}");
    }

    /** A Russian site writes NASA and SpaceX in Latin letters as English does: no warning. */
    @Test
    void aLatinNameOnASiteInRussianFirstIsNotWarnedAbout() {
        TestSite s = site("ru", "en");
        s.write("content/organizations/nasa.md", "---\nname: NASA\n---\nThe agency.\n");
        s.write("content/people/ivan-vagner.md", "---\nname: Иван Вагнер\n---\nA cosmonaut.\n");
        assertThat(s.build().warnings()).isEmpty();
    }
}
