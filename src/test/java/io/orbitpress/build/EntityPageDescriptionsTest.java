package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each page of an entity's list has a description of its own, as the home page's and a topic's
 * pages have ("... (page 2)"): search engines report pages that share one as duplicates, and an
 * entity's older pages all repeated the introduction of its first page. In every language, and
 * with either way of numbering the pages.
 */
class EntityPageDescriptionsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void everyPageOfAnEntityHasItsOwnDescription() throws Exception {
        for (String numbers : new String[] {"fromNewest", "fromOldest"}) {
            TestSite s = site(dir.resolve(numbers), numbers);
            s.build();
            List<String> en = routes(s, "people/ada-orbit/");
            List<String> ru = routes(s, "ru/people/ada-orbit/");
            assertThat(en).as(numbers).hasSize(3);
            assertThat(ru).as(numbers).hasSize(2);
            for (List<String> routes : List.of(en, ru)) {
                List<String> descriptions = routes.stream().map(r -> description(s.page(r))).toList();
                assertThat(descriptions).as(numbers + " " + routes).doesNotHaveDuplicates();
                assertThat(routes.stream().map(r -> s.page(r).title()).toList()).doesNotHaveDuplicates();
                assertThat(descriptions.get(0)).isEqualTo(routes.get(0).startsWith("ru/")
                        ? "Ада Орбит — командир экипажа." : "Ada Orbit commands the crew.");
            }
            int older = numbers.equals("fromNewest") ? 2 : 1; // the first of the older pages
            assertThat(description(s.page("people/ada-orbit/page/" + older + "/")))
                    .isEqualTo("Ada Orbit commands the crew. (page " + older + ")");
            assertThat(description(s.page("ru/people/ada-orbit/page/" + older + "/")))
                    .isEqualTo("Ада Орбит — командир экипажа. (страница " + older + ")");
        }
    }

    /**
     * A long introduction is shortened for the description (300 characters at most) after a whole
     * word, as link previews and search results show it, not in the middle of one; and never between
     * the two halves of a character such as an emoji, which the page would write as "?".
     */
    @Test
    void aLongIntroductionIsShortenedAfterAWholeWord() throws Exception {
        TestSite s = new TestSite(dir);
        String words = "Ada Orbit commanded the crew of the long-duration expedition to the station, "
                + "where she ran experiments on plant growth, fluid physics and the human body. ";
        String intro = (words + words + words + words).strip();
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\n" + intro + "\n");
        String rockets = "\uD83D\uDE80".repeat(200);
        s.write("content/people/rocket-fan.md", "---\nname: Rocket Fan\n---\n" + rockets + "\n");
        s.build();

        String ada = description(s.page("people/ada-orbit/"));
        assertThat(ada).hasSizeLessThanOrEqualTo(300).endsWith("…");
        String kept = ada.substring(0, ada.length() - 1);
        assertThat(intro).startsWith(kept);
        assertThat(intro.charAt(kept.length())).as("the character after the cut").isEqualTo(' ');
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
        assertThat(s.page("people/ada-orbit/").select("meta[property=og:description]").attr("content")).isEqualTo(ada);

        String fan = description(s.page("people/rocket-fan/"));
        assertThat(fan).hasSizeLessThanOrEqualTo(300).endsWith("…").doesNotContain("?");
        assertThat(rockets).startsWith(fan.substring(0, fan.length() - 1));
    }

    private static TestSite site(java.nio.file.Path root, String numbers) {
        TestSite s = new TestSite(root);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                pageNumbers: %s
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                entities:
                  pageSize: 2
                """.formatted(numbers));
        s.write("content/people/ada-orbit.md", """
                ---
                name: {en: Ada Orbit, ru: Ада Орбит}
                role: commander
                bio:
                  ru: "Ада Орбит — командир экипажа."
                ---
                Ada Orbit commands the crew.
                """);
        for (int i = 1; i <= 5; i++) {
            s.write("content/articles/story-" + i + ".md", """
                    ---
                    title: Story %d
                    date: 2025-07-0%d
                    people: [ada-orbit]
                    ---
                    Ada Orbit, day %d.
                    """.formatted(i, i, i));
        }
        for (int i = 1; i <= 3; i++) {
            s.write("content/articles/ru/istoriya-" + i + ".md", """
                    ---
                    title: История %d
                    date: 2025-07-0%d
                    people: [ada-orbit]
                    ---
                    Ада Орбит, день %d.
                    """.formatted(i, i, i));
        }
        return s;
    }

    /** The entity's page and each older page its pager links to. */
    private static List<String> routes(TestSite s, String first) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        out.add(first);
        for (String href : s.page(first).select("nav.pager a[href]")
                .eachAttr("abs:href")) {
            String route = href.replace("https://news.example.org/", "");
            if (route.startsWith(first)) {
                out.add(route);
            }
        }
        return List.copyOf(out);
    }

    private static String description(Document page) {
        return page.select("meta[name=description]").attr("content");
    }
}
