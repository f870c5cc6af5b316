package io.orbitpress.build;

import static io.orbitpress.build.TestSite.jsonLd;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A newsroom's logo ({@code images.logo}) is the publisher's logo in each story's JSON-LD and in
 * the home page's, as search engines read a news publisher's mark: the picture at its address,
 * with its size. A logo the site does not have is an error at its line of site.yaml, as the
 * default card is.
 */
class PublisherLogoTest {

    @TempDir
    java.nio.file.Path dir;

    private static final String STORY = "---\ntitle: Docking\ndate: 2025-08-01\n---\nThe capsule docked.\n";

    @Test
    void theLogoIsThePublishersInEveryStoryAndOnTheHomePage() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                images:
                  logo: /images/logo.png
                """);
        s.write("content/static/images/logo.png", TestImages.png(600, 60, true));
        s.write("content/articles/docking.md", STORY);
        s.build();

        JsonNode publisher = jsonLd(s.page("articles/docking/")).get("publisher");
        assertThat(publisher.get("name").asString()).isEqualTo("Test Desk");
        JsonNode logo = publisher.get("logo");
        assertThat(logo.get("@type").asString()).isEqualTo("ImageObject");
        assertThat(logo.get("url").asString()).startsWith("https://news.example.org/images/").endsWith(".png");
        assertThat(logo.get("width").asInt()).isEqualTo(600);
        assertThat(logo.get("height").asInt()).isEqualTo(60);
        assertThat(s.site().resolve(logo.get("url").asString().substring("https://news.example.org/".length())))
                .exists();
        JsonNode home = jsonLd(s.page("")).get("publisher");
        assertThat(home.get("@type").asString()).isEqualTo("Organization");
        assertThat(home.get("logo")).isEqualTo(logo);
    }

    @Test
    void aSiteWithoutALogoNamesNone() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/docking.md", STORY);
        s.build();

        assertThat(jsonLd(s.page("articles/docking/")).get("publisher").has("logo")).isFalse();
        assertThat(jsonLd(s.page("")).has("publisher")).isFalse();
    }

    @Test
    void aLogoTheSiteLacksIsAnErrorAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                images:
                  logo: /images/missing.png
                """);
        s.write("content/articles/docking.md", STORY);

        assertThat(s.problems()).anySatisfy(p -> assertThat(p).startsWith("content/site.yaml:5:").contains("error")
                .contains("/images/missing.png"));
    }
}
