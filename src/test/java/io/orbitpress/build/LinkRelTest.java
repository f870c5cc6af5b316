package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in article bodies, on the page and in the feed: a link within the site carries no
 * rel="nofollow" (search engines follow a newsroom's own links), a link that leaves the site
 * keeps it, and unsafe schemes are still dropped.
 */
class LinkRelTest {

    @TempDir
    Path dir;

    @Test
    void onlyLinksLeavingTheSiteAreNofollow() {
        TestSite s = new TestSite(dir);
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAstronaut.\n");
        s.write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-29\n---\nEarlier.\n\n## Section\n");
        s.write("content/articles/launch.md", """
                ---
                title: Launch
                date: 2025-07-30
                ---
                Zena Cardman flew. See [the other story](/articles/other/), [its section](/articles/other/#section),
                [relative](../other/), [this page](#notes), [NASA](https://www.nasa.gov/), [ESA](//www.esa.int/),
                [mail](mailto:press@example.org), <https://www.jaxa.jp/> and [bad](javascript:alert(1)).

                ## Notes
                """);
        s.build();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Zena Cardman", "");
        expected.put("the other story", "");
        expected.put("its section", "");
        expected.put("relative", "");
        expected.put("this page", "");
        expected.put("NASA", "nofollow");
        expected.put("ESA", "nofollow");
        expected.put("mail", "");
        expected.put("https://www.jaxa.jp/", "nofollow");
        expected.put("bad", "");

        assertThat(rels(s.page("articles/launch/").selectFirst(".story-body"))).isEqualTo(expected);

        Document feed = Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser());
        Element entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("Launch")).findFirst().orElseThrow();
        Element content = Jsoup.parseBodyFragment(entry.selectFirst("content").text()).body();
        assertThat(rels(content)).isEqualTo(expected);
        assertThat(content.select("a").stream().filter(a -> a.text().equals("bad")).findFirst().orElseThrow().attr("href"))
                .isEmpty();
    }

    /** Per link text, its rel attribute ("" when none). */
    private static Map<String, String> rels(Element body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element a : body.select("a")) {
            if (!a.hasClass("anchor") && !a.text().isEmpty()) {
                out.put(a.text(), a.attr("rel"));
            }
        }
        return out;
    }
}
