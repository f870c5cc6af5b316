package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.render.Texts;
import io.orbitpress.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language's texts kept in the cache folder and read back by another session (as the next
 * {@code orbitpress build} reads them) say what the files and ICU said: every key, the date
 * patterns of a language the theme has no texts for, and which texts are the language's own.
 */
class TextsCacheTest {

    @TempDir
    Path dir;

    @Test
    void textsReadBackFromTheCacheFolderAreTheOnesMade() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("messages_de.properties"), "nav.skip=Zum Inhalt\nsite.greeting=Hallo {0}\n");
        Steps steps = new Steps();
        Fingerprint tool = Fingerprint.of("a tool");
        Texts[] made = {Texts.of(templates, io.orbitpress.theme.Theme.builtIn(), Locale.GERMAN),
            Texts.of(templates, io.orbitpress.theme.Theme.builtIn(), Locale.forLanguageTag("ru")),
            Texts.of(templates, io.orbitpress.theme.Theme.builtIn(), Locale.ENGLISH)};

        Session first = Session.inFolder(dir.resolve("cache"), ".orbitpress-cache", tool);
        first.begin();
        for (Texts t : made) {
            first.record(steps.texts, Fingerprint.of(t.locale().toLanguageTag()), t);
        }
        first.end(true);

        Session next = Session.inFolder(dir.resolve("cache"), ".orbitpress-cache", tool);
        next.begin();
        for (Texts t : made) {
            Texts back = next.recall(steps.texts, Fingerprint.of(t.locale().toLanguageTag())).orElseThrow();
            assertThat(back.locale()).isEqualTo(t.locale());
            assertThat(back.parts()).isEqualTo(t.parts());
            TreeSet<String> keys = new TreeSet<>();
            t.parts().forEach(p -> keys.addAll(p.keySet()));
            assertThat(keys).contains("date.long", "nav.skip");
            for (String key : keys) {
                assertThat(back.raw(key)).as(key).isEqualTo(t.raw(key));
                assertThat(back.hasOwn(key)).as(key).isEqualTo(t.hasOwn(key));
            }
        }
        assertThat(next.takeNotices()).isEmpty();
        next.end(true);
        // German, which the theme has no texts for, writes its dates as CLDR does, and greets as the site wrote
        Texts german = made[0];
        assertThat(german.raw("date.long")).isNotEqualTo(made[2].raw("date.long"));
        assertThat(german.get("site.greeting", null, "Welt")).isEqualTo("Hallo Welt");
        assertThat(german.hasOwn("nav.skip")).isTrue();
        assertThat(german.hasOwn("search.label")).isFalse();
    }
}
