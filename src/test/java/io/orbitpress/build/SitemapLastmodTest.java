package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list page's entry in the sitemap (the home page and its older pages, a topic's, a series', an
 * entity's) carries the latest change of the published stories that page shows, as a story's own
 * entry does; a list of topics or entities, which shows no story, none.
 */
class SitemapLastmodTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void listAndEntityPagesAreDatedByTheNewestStoryTheyShow() throws Exception {
        TestSite s = new TestSite(dir); // two stories a page
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda Orbit flies.\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-01\ntags: [launch]\npeople: [ada-orbit]\n"
                + "series: Launch week\n---\nA.\n");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2025-07-02\nupdated: 2025-07-10T12:00:00Z\n"
                + "tags: [launch]\nseries: Launch week\n---\nB.\n");
        s.write("content/articles/c.md", "---\ntitle: C\ndate: 2025-07-03\ntags: [launch]\npeople: [ada-orbit]\n---\nC.\n");
        s.write("content/articles/d.md", "---\ntitle: D\ndate: 2025-07-20\ntags: [launch]\npeople: [ada-orbit]\n"
                + "draft: true\n---\nD.\n");
        s.build();

        Map<String, String> lastmod = lastmods(s.text("sitemap.xml"));
        String base = "https://news.example.org/";
        // the first page shows C and B, B updated last; the second A
        assertThat(lastmod.get(base)).isEqualTo("2025-07-10T12:00:00Z");
        assertThat(lastmod.get(base + "page/2/")).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(lastmod.get(base + "tags/launch/")).isEqualTo("2025-07-10T12:00:00Z");
        assertThat(lastmod.get(base + "tags/launch/page/2/")).isEqualTo("2025-07-01T00:00:00Z");
        assertThat(lastmod.get(base + "people/ada-orbit/")).isEqualTo("2025-07-03T00:00:00Z");
        assertThat(lastmod.get(base + "series/launch-week/")).isEqualTo("2025-07-10T12:00:00Z");
        assertThat(lastmod.get(base + "articles/b/")).isEqualTo("2025-07-10T12:00:00Z");
        assertThat(lastmod).containsEntry(base + "tags/", "").containsEntry(base + "people/", "");
    }

    @Test
    void theLaterOfTwoChangesInOneSecondDatesTheList() throws Exception {
        TestSite s = new TestSite(dir);
        // e is listed first (its date is later), f changed a quarter of a second after it
        s.write("content/articles/e.md", "---\ntitle: E\ndate: 2025-07-05\nupdated: 2025-07-10T12:00:00.250Z\n"
                + "tags: [orbit]\n---\nE.\n");
        s.write("content/articles/f.md", "---\ntitle: F\ndate: 2025-07-04\nupdated: 2025-07-10T14:00:00.500+02:00\n"
                + "tags: [orbit]\n---\nF.\n");
        s.build();

        Map<String, String> lastmod = lastmods(s.text("sitemap.xml"));
        String f = lastmod.get("https://news.example.org/articles/f/");
        assertThat(f).startsWith("2025-07-10T12:00:00.5");
        assertThat(lastmod.get("https://news.example.org/")).isEqualTo(f);
        assertThat(lastmod.get("https://news.example.org/tags/orbit/")).isEqualTo(f);
    }

    /** Each loc of a sitemap and its lastmod ("" when it has none). */
    private static Map<String, String> lastmods(String xml) {
        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        Map<String, String> out = new LinkedHashMap<>();
        for (Element u : d.select("url")) {
            out.put(u.selectFirst("loc").text(), u.select("lastmod").text());
        }
        return out;
    }
}
