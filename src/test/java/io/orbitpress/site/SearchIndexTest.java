package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search page and its index, built from a small site whose text tries to break out of a script. */
class SearchIndexTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private BuildResult build() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = root.resolve(f.toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                entities:
                  kinds:
                    - key: people
                      folder: people
                      url: people
                      singular: Person
                      plural: People
                      frontMatterKeys: [people]
                      schemaType: Person
                      person: true
                """);
        write("content/people/ada-vance.md", """
                ---
                name: Ada Vance
                aliases: [Commander Vance]
                role: astronaut
                ---
                Ada Vance flies.
                """);
        write("content/articles/break-out.md", """
                ---
                title: "Vance says </script><script>alert(1)</script> is not a plan"
                date: 2025-07-01
                summary: "A line\u2028separator, a paragraph\u2029separator & <!-- a comment"
                tags: [launch]
                ---
                Astronaut Ada Vance spoke on Tuesday.
                """);
        write("content/articles/other.md", """
                ---
                title: Weather holds
                date: 2025-07-02
                ---
                Nobody we know spoke.
                """);
        return new SiteBuild(BuildOptions.of(root)).build();
    }

    @Test
    void theIndexListsArticlesWithThePeopleTheyMentionAndCannotBreakOutOfAScript() throws IOException {
        assertThat(build().warnings()).isEmpty();
        Path site = root.resolve("site");
        String json = Files.readString(site.resolve("search-index.json"));
        String js = Files.readString(site.resolve("search-index.js"));
        for (String text : new String[] {json, js}) {
            assertThat(text).doesNotContain("</script", "<script", "<!--", "\u2028", "\u2029", "&");
        }
        assertThat(js).startsWith("window.ORBITPRESS_SEARCH = ").endsWith(";\n");
        assertThat(js).contains(json.strip());

        JsonNode index = JsonMapper.builder().build().readTree(json);
        JsonNode articles = index.get("articles");
        assertThat(articles).hasSize(2);
        JsonNode breakOut = articles.valueStream().filter(a -> a.get("url").asString().equals("articles/break-out/"))
                .findFirst().orElseThrow();
        assertThat(breakOut.get("title").asString()).isEqualTo("Vance says </script><script>alert(1)</script> is not a plan");
        assertThat(breakOut.get("summary").asString()).contains("\u2028", "\u2029", "& <!--");
        assertThat(breakOut.get("people").toString()).isEqualTo("[\"Ada Vance\"]");
        assertThat(breakOut.get("peopleAliases").toString()).contains("Commander Vance");
        assertThat(breakOut.get("date").asString()).isEqualTo("2025-07-01");
        assertThat(breakOut.get("tags").toString()).contains("launch");
        assertThat(index.get("entities").get(0).get("url").asString()).isEqualTo("people/ada-vance/");
        assertThat(index.get("kinds").get("people").asString()).isEqualTo("People");

        Document search = Jsoup.parse(Files.readString(site.resolve("search/index.html")));
        assertThat(search.title()).isEqualTo("Search · Test Desk");
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("../search-index.js", "../assets/search.js",
                "../assets/nav.js");
        assertThat(search.select("main form[role=search] input[name=q]")).hasSize(1);
        Document article = Jsoup.parse(Files.readString(site.resolve("articles/other/index.html")));
        assertThat(article.select("header form[role=search]").attr("action")).isEqualTo("../../search/");
        assertThat(article.select("header form[role=search]").attr("method")).isEqualTo("get");
        assertThat(article.select("script[src]").eachAttr("src")).containsExactly("../../assets/search.js",
                "../../assets/nav.js");
    }
}
