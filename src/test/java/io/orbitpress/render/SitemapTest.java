package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.Language;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A language's sitemap: one file while its URLs fit, else a sitemap index and files of URLs, each
 * within the limits given (the build gives the sitemap protocol's: 50,000 URLs, 40 MB as counted),
 * rendered by the built-in theme's templates and read back with an XML parser.
 */
class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://news.example.org/";
    private static final Language EN = new Language("en", "Desk", "", "");
    private static final Language RU = new Language("ru", "Desk", "", "ru/");

    @TempDir
    Path ownTemplates; // empty: every template comes from the built-in theme

    /** {@code n} pages, every third one not in the sitemap (a feed, say), in {@code language}'s folder. */
    private static List<PageSpec> pages(int n, Language language) {
        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String route = language.route("p" + i + "/");
            Map<String, String> entry = null;
            if (i % 3 != 2) {
                entry = new LinkedHashMap<>();
                entry.put("loc", BASE + route);
                if (i % 2 == 0) {
                    entry.put("lastmod", "2025-07-" + (10 + i % 20) + "T09:00:00Z");
                }
            }
            pages.add(new PageSpec(route, "article.html", "article", "", List.of(i), entry, () -> null));
        }
        return pages;
    }

    private static List<String> listed(List<PageSpec> pages) {
        return pages.stream().filter(p -> p.sitemapEntry() != null).map(p -> p.sitemapEntry().get("loc")).toList();
    }

    private Document render(PageSpec spec) throws Exception {
        byte[] xml = new TemplateRenderer(ownTemplates, Locale.ENGLISH).render(spec.page());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(Document d, String element) {
        NodeList nodes = d.getElementsByTagNameNS(NS, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    void urlsThatFitStayInOneSitemap() throws Exception {
        List<PageSpec> pages = pages(30, EN);
        List<PageSpec> sitemap = PagePlanner.sitemap(pages, Map.of(), BASE, EN, false, 20, Long.MAX_VALUE);

        assertThat(sitemap).hasSize(1);
        assertThat(sitemap.get(0).route()).isEqualTo("sitemap.xml");
        Document d = render(sitemap.get(0));
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(texts(d, "loc")).hasSize(20).isEqualTo(listed(pages));
        assertThat(texts(d, "lastmod")).hasSize(10);
    }

    @Test
    void moreUrlsThanAFileHoldsGoToFilesNamedInASitemapIndex() throws Exception {
        List<PageSpec> pages = pages(30, EN); // 20 URLs
        List<PageSpec> sitemap = PagePlanner.sitemap(pages, Map.of(), BASE, EN, false, 7, Long.MAX_VALUE);

        assertThat(sitemap).extracting(PageSpec::route)
                .containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml");
        Document index = render(sitemap.get(3));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(texts(index, "loc")).containsExactly(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml",
                BASE + "sitemap-3.xml");
        List<String> all = new ArrayList<>();
        for (PageSpec part : sitemap.subList(0, 3)) {
            Document d = render(part);
            assertThat(d.getDocumentElement().getLocalName()).isEqualTo("urlset");
            assertThat(texts(d, "loc")).hasSizeLessThanOrEqualTo(7);
            all.addAll(texts(d, "loc"));
        }
        assertThat(all).isEqualTo(listed(pages)); // each URL once, in page order
        assertThat(all).hasSize(20);
    }

    /**
     * Each file named in a sitemap index carries the newest lastmod of its URLs, by the instant it
     * names; a file none of whose URLs has one carries none.
     */
    @Test
    void aSitemapIndexDatesEachFileByItsNewestUrl() throws Exception {
        List<PageSpec> pages = new ArrayList<>();
        String[] lastmods = {"2025-07-10T09:00:00Z", "2025-07-10T08:00:00-04:00", null, "2025-07-01T00:00:00Z", null,
                null};
        for (int i = 0; i < lastmods.length; i++) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("loc", BASE + "p" + i + "/");
            if (lastmods[i] != null) {
                entry.put("lastmod", lastmods[i]);
            }
            pages.add(new PageSpec("p" + i + "/", "article.html", "article", "", List.of(i), entry, () -> null));
        }
        List<PageSpec> sitemap = PagePlanner.sitemap(pages, Map.of(), BASE, EN, false, 2, Long.MAX_VALUE);

        Document index = render(sitemap.get(sitemap.size() - 1));
        NodeList files = index.getElementsByTagNameNS(NS, "sitemap");
        assertThat(files.getLength()).isEqualTo(3);
        List<String> dated = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            NodeList lastmod = ((Element) files.item(i)).getElementsByTagNameNS(NS, "lastmod");
            dated.add(lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
        // 08:00 at -04:00 is 12:00 UTC, later than 09:00 UTC
        assertThat(dated).containsExactly("2025-07-10T08:00:00-04:00", "2025-07-01T00:00:00Z", "");
    }

    @Test
    void aFileEndsBeforeItsUrlsWouldTakeMoreBytesThanAllowed() throws Exception {
        List<PageSpec> pages = pages(300, EN);
        long each = PagePlanner.sitemapBytes(pages.get(1).sitemapEntry(), null); // one without lastmod
        long limit = 25 * each;
        List<PageSpec> sitemap = PagePlanner.sitemap(pages, Map.of(), BASE, EN, false, 50_000, limit);

        assertThat(sitemap.size()).isGreaterThan(2);
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        pages.stream().filter(p -> p.sitemapEntry() != null).forEach(p -> entries.put(p.sitemapEntry().get("loc"),
                p.sitemapEntry()));
        List<PageSpec> files = sitemap.subList(0, sitemap.size() - 1);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<String> locs = texts(render(files.get(i)), "loc");
            long bytes = locs.stream().mapToLong(loc -> PagePlanner.sitemapBytes(entries.get(loc), null)).sum();
            assertThat(bytes).isLessThanOrEqualTo(limit);
            if (i < files.size() - 1) { // full: the next URL would not have fitted
                assertThat(bytes).isGreaterThan(limit - 2 * each);
            }
            all.addAll(locs);
        }
        assertThat(all).isEqualTo(listed(pages));
        assertThat(sitemap.get(sitemap.size() - 1).template()).isEqualTo("sitemap-index.xml");
    }

    @Test
    void aSecondLanguagesFilesLieInItsFolderWithTheirAlternates() throws Exception {
        List<PageSpec> pages = pages(12, RU); // 8 URLs
        Map<String, List<Alternates.Link>> alternates = new LinkedHashMap<>();
        for (String loc : listed(pages)) {
            alternates.put(loc, List.of(new Alternates.Link("en", loc.replace("/ru/", "/")),
                    new Alternates.Link("ru", loc)));
        }
        List<PageSpec> sitemap = PagePlanner.sitemap(pages, alternates, BASE, RU, true, 5, Long.MAX_VALUE);

        assertThat(sitemap).extracting(PageSpec::route)
                .containsExactly("ru/sitemap-1.xml", "ru/sitemap-2.xml", "ru/sitemap.xml");
        assertThat(texts(render(sitemap.get(2)), "loc")).containsExactly(BASE + "ru/sitemap-1.xml",
                BASE + "ru/sitemap-2.xml");
        Document second = render(sitemap.get(1));
        NodeList links = second.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(links.getLength()).isEqualTo(2 * 3);
        Element first = (Element) links.item(0);
        assertThat(first.getAttribute("hreflang")).isEqualTo("en");
        assertThat(first.getAttribute("href")).isEqualTo(BASE + "p7/"); // the first URL of the second file
    }
}
