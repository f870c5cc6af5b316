package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number written unquoted where text is read keeps the text it is written as: YAML read
 * {@code title: 2.10} as the number 2.1, so the headline said "2.1", and {@code tags: [1.50]}
 * made the topic /tags/1-5/.
 */
class NumbersAsWrittenTest {

    @TempDir
    Path dir;

    @Test
    void aNumberInATextKeyIsShownAsWritten() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/yaml.md", "---\ntitle: 2.10\ndate: 2025-07-30\ntags: [1.50]\nsummary: 1e3\n"
                + "slug: 1.0\nseries: {name: Rotation, part: 2}\n---\nText.\n");
        s.write("content/articles/json.md", "{\"title\": 3.10, \"date\": \"2025-07-31\", \"summary\": 2E3,"
                + " \"slug\": \"json\"}\nText.\n");
        s.write("content/articles/toml.md", "+++\ntitle = 4.20\ndate = 2025-08-01\nslug = \"toml\"\n+++\nText.\n");
        s.build();

        Document yaml = s.page("articles/1.0/");
        assertThat(yaml.select("h1").text()).isEqualTo("2.10");
        assertThat(yaml.select("meta[name=description]").attr("content")).isEqualTo("1e3");
        assertThat(Files.isDirectory(s.site().resolve("tags/1-50"))).isTrue();
        assertThat(Files.isDirectory(s.site().resolve("tags/1-5"))).isFalse();
        assertThat(s.page("tags/1-50/").select("h1").text()).contains("1.50");
        // a number read as one is still one
        assertThat(yaml.text()).contains("Rotation");
        Document json = s.page("articles/json/");
        assertThat(json.select("h1").text()).isEqualTo("3.10");
        assertThat(json.select("meta[name=description]").attr("content")).isEqualTo("2E3");
        assertThat(s.page("articles/toml/").select("h1").text()).isEqualTo("4.20");
    }

    /** A fact of a registry file is text on its page: as written too (height: 1.80, not 1.8). */
    @Test
    void aNumberInAFactIsShownAsWritten() {
        TestSite s = new TestSite(dir);
        s.write("content/people/jane-doe.md", "---\nname: Jane Doe\nheight: 1.80\nflights: [1.0, 2]\n---\nA pilot.\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-30\npeople: [jane-doe]\n---\nJane Doe flew.\n");
        s.build();
        String facts = s.page("people/jane-doe/").text();
        assertThat(facts).contains("1.80", "1.0").doesNotContain("1.8 ");
    }
}
