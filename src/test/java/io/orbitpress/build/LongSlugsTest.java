package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of Unicode addresses ({@code slugs: unicode}) whose long topic makes a slug of more than
 * 255 bytes: a Cyrillic letter takes two, and a file system counts a name in bytes. The
 * slug is cut at a word to fit, as a long Latin one is; a slug written that long is an error at its line.
 * A picture whose name fits leaves room for its resized copies' width and hash.
 */
class LongSlugsTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            title: Космос
            baseUrl: https://news.example.org/
            language: ru
            timeZone: UTC
            slugs: unicode
            """;

    @Test
    void aLongCyrillicTopicMakesAnAddressThatFitsAFileName() throws IOException {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", SITE);
        String topic = "роскосмос".repeat(15); // one word of 135 letters: 270 bytes
        String series = "космонавты ".repeat(14).strip(); // 153 letters and spaces: 293 bytes as a slug
        s.write("content/articles/экипаж.md", "---\ntitle: Экипаж\ndate: 2025-03-01\ntags: [\"" + topic
                + "\", \"" + series + "\"]\n---\nТекст.\n");
        s.build();
        List<String> folders;
        try (Stream<Path> files = Files.walk(s.site().resolve("tags"))) {
            folders = files.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> p.getParent().getFileName().toString()).toList();
        }
        // cut within its one word; at the last word that fits
        String one = folders.stream().filter(f -> f.startsWith("роскосмос")).findFirst().orElseThrow();
        assertThat(one.getBytes(StandardCharsets.UTF_8).length).isBetween(199, 200);
        String words = folders.stream().filter(f -> f.startsWith("космонавты")).findFirst().orElseThrow();
        assertThat(words.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(words).endsWith("космонавты").doesNotEndWith("-");
        Document page = Jsoup.parse(s.site().resolve("articles/экипаж/index.html").toFile(), "UTF-8");
        assertThat(page.select("a[href*=" + one + "]")).isNotEmpty();
        assertThat(page.select("a[href*=" + words + "]")).isNotEmpty();
    }

    @Test
    void aSlugWrittenTooLongIsToldAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", SITE);
        String slug = "космонавты-".repeat(10) + "экипаж";
        s.write("content/articles/long.md", "---\ntitle: Экипаж\ndate: 2025-03-01\nslug: " + slug + "\n---\nТекст.\n");
        assertThatThrownBy(s::build).isInstanceOf(BuildFailure.class).extracting(e -> ((BuildFailure) e).diagnostics()
                .stream().map(Diagnostic::format).toList()).asList().containsExactly("content/articles/long.md:4:1:"
                        + " error: slug \"" + slug + "\" is too long to be a file's name: 222 bytes, and a slug may have"
                        + " 200 (a letter outside a-z takes two or more); shorten it");
        assertThat(s.site()).doesNotExist();
    }

    @Test
    void aPictureWithALongNameHasResizedCopiesWhoseNamesFit() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n");
        String name = "launch-pad-" + "a".repeat(230) + ".jpg"; // 245 bytes: a file's name may have 255
        s.write("content/static/images/" + name, io.orbitpress.image.TestImages.jpeg(1200, 800));
        s.write("content/articles/pad.md", "---\ntitle: Pad\ndate: 2025-03-01\nimage: /images/" + name
                + "\nimage_alt: \"The pad\"\n---\nText.\n");
        s.build();
        Document page = s.page("articles/pad/");
        List<String> sources = page.select("img[srcset]").eachAttr("srcset").stream()
                .flatMap(set -> Stream.of(set.split(",\\s*"))).map(c -> c.split(" ")[0]).toList();
        assertThat(sources).isNotEmpty().allSatisfy(src -> {
            Path file = s.site().resolve("articles/pad/").resolve(src).normalize();
            assertThat(file).exists();
            assertThat(file.getFileName().toString()).startsWith("launch-pad-aaa").hasSizeLessThanOrEqualTo(200);
        });
    }
}
