package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml's {@code tags:} names a topic by its slug, and an English and a Russian topic often
 * share one ({@code soyuz} and «союз», transliterated): a name written once renamed the Russian
 * topic in Latin letters too, and a name per language, as registry files write theirs, was an
 * error. {@code tags: {soyuz: {en: Soyuz, ru: Союз}}} names it in each language.
 */
class TopicNamesByLanguageTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String tags) {
        TestSite s = TestSite.inEnglishAndRussian(dir, "tags:\n" + tags);
        s.write("content/articles/launch.md", "---\ntitle: Soyuz lifts off\ndate: 2025-08-01\ntags: [soyuz, iss]\n---\n"
                + "The crew lifted off.\n");
        s.write("content/articles/ru/launch.md", "---\ntitle: Старт «Союза»\ndate: 2025-08-01\ntags: [союз, мкс]\n---\n"
                + "Экипаж стартовал.\n");
        return s;
    }

    @Test
    void aTopicIsNamedInEachLanguage() {
        TestSite s = site("  soyuz: {en: Soyuz, ru: Союз}\n  iss: Space station\n  mks: МКС\n");
        s.build();

        assertThat(s.page("articles/launch/").select("a[rel=tag]").eachText()).containsExactly("Soyuz", "Space station");
        assertThat(s.page("ru/articles/launch/").select("a[rel=tag]").eachText()).containsExactly("Союз", "МКС");
        assertThat(s.page("ru/tags/soyuz/").select("h1").text()).isEqualTo("Союз");
        assertThat(s.page("tags/soyuz/").select("h1").text()).isEqualTo("Soyuz");
    }

    @Test
    void aLanguageTheNamesLeaveOutShowsTheTopicAsWritten() {
        TestSite s = site("  soyuz: {en: Soyuz}\n");
        s.build();

        assertThat(s.page("articles/launch/").select("a[rel=tag]").eachText()).contains("Soyuz");
        assertThat(s.page("ru/articles/launch/").select("a[rel=tag]").eachText()).contains("союз");
    }

    @Test
    void aNameInALanguageTheSiteLacksIsAnError() {
        TestSite s = site("  soyuz: {en: Soyuz, de: Sojus}\n");
        assertThat(s.problems()).containsExactly("content/site.yaml:7:22: error: tags.soyuz: \"de\" is not one of the"
                + " site's languages (en, ru); add it to languages: in site.yaml or fix the code");
    }
}
