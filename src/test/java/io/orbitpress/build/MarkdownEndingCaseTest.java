package io.orbitpress.build;

import static io.orbitpress.build.TestSite.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's file whose ending is written in capitals ({@code crew-11.MD}, as some editors and
 * older Windows tools save it) is read as a story, and was published at {@code
 * /articles/crew-11.MD/}: its ending was taken off only when written {@code .md}. It is the same
 * story as {@code crew-11.md} everywhere a file's name counts: its address, its language, a bundle.
 */
class MarkdownEndingCaseTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site() {
        return TestSite.inEnglishAndRussian(dir, "");
    }

    @Test
    void anEndingInCapitalsGivesTheSameAddress() {
        TestSite s = site();
        s.write("content/articles/crew-11.MD", story("Crew-11 lifts off", "The crew lifted off."));
        s.write("content/articles/2015-06-11-old-post.Markdown", story("An old post", "Written long ago."));
        s.build();

        assertThat(s.page("articles/crew-11/").select("h1").text()).isEqualTo("Crew-11 lifts off");
        assertThat(s.page("articles/old-post/").select("h1").text()).isEqualTo("An old post");
        assertThat(Files.exists(s.site().resolve("articles/crew-11.MD"))).isFalse();
    }

    @Test
    void aVersionAndABundleAreKnownWhateverTheCase() {
        TestSite s = site();
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "The crew lifted off."));
        s.write("content/articles/crew-11.ru.MD", story("Старт Crew-11", "Экипаж стартовал."));
        s.write("content/articles/docking/index.MD", story("Docking", "![The hatch opens](hatch.png)"));
        s.write("content/articles/docking/hatch.png", TestImages.png(400, 300, false));
        s.build();

        assertThat(s.page("ru/articles/crew-11/").select("html").attr("lang")).isEqualTo("ru");
        assertThat(s.page("articles/docking/").select("img").attr("alt")).isEqualTo("The hatch opens");
        assertThat(Files.exists(s.site().resolve("articles/crew-11.ru"))).isFalse();
        assertThat(Files.exists(s.site().resolve("articles/index.MD"))).isFalse();
    }
}
