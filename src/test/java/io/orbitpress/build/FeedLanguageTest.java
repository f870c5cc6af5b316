package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Atom feed declares the site's language as xml:lang on its root, as an XML parser reads it. */
class FeedLanguageTest {

    @TempDir
    Path dir;

    @Test
    void feedsDeclareTheSiteLanguage() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\nlanguage: de\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAstronaut.\n");
        s.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nZena Cardman flew.\n");
        s.build();
        for (String feed : new String[] {"feed.xml", "people/zena-cardman/feed.xml"}) {
            Document xml = Jsoup.parse(s.text(feed), "", Parser.xmlParser());
            Element root = xml.selectFirst("feed");
            assertThat(root).as(feed).isNotNull();
            assertThat(root.attributes().hasKey("xmllang")).as(feed).isFalse();
            assertThat(root.attr("xml:lang")).as(feed).isEqualTo("de");
        }
    }

    /** A story that names no author is signed in every feed by the site's name in the story's language. */
    @Test
    void aStoryWithoutAnAuthorIsSignedByTheSiteInItsLanguage() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Orbit Desk\nbaseUrl: https://news.example.org/\nlanguages:\n  - code: en\n"
                + "  - code: ru\n    title: Орбита\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-30\n---\nText.\n");
        s.write("content/articles/ru/b.md", "---\ntitle: Б\ndate: 2025-07-30\n---\nТекст.\n");
        s.build();
        assertThat(Jsoup.parse(s.text("ru/feed.xml"), "", Parser.xmlParser()).select("entry author name").eachText())
                .containsExactly("Орбита");
        assertThat(Jsoup.parse(s.text("ru/rss.xml"), "", Parser.xmlParser()).select("item dc|creator").eachText())
                .containsExactly("Орбита");
        assertThat(s.text("ru/feed.json")).contains("\"authors\": [{\"name\": \"Орбита\"}]").doesNotContain("Orbit Desk");
        assertThat(Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser()).select("entry author name").eachText())
                .containsExactly("Orbit Desk");
    }
}
