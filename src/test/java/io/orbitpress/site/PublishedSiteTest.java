package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample site as the tools of the web read it: the Nu HTML Checker, a real feed reader
 * (Debian's python3-feedparser), an XML parser for the sitemap, and a JSON parser for every
 * JSON-LD block; plus the head metadata that previews and search engines use.
 */
class PublishedSiteTest {

    private static final String BASE = "https://orbitpress.example.org/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        result = new SiteBuild(BuildOptions.of(Path.of(".")).withOut(site)).build();
    }

    static List<Path> htmlPages() throws IOException {
        return Tools.files(site, ".html");
    }

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page), BASE + site.relativize(page).toString().replace("index.html", ""));
    }

    static boolean redirect(Document d) {
        return !d.select("meta[http-equiv=refresh]").isEmpty();
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        Path vnu = Tools.vnuJar().orElse(null);
        Tools.require(vnu != null, "the Nu HTML Checker (npm install vnu-jar; -Dvnu.jar or VNU_JAR)");
        Tools.Result r = Tools.run(List.of(Tools.java(), "-jar", vnu.toString(), "--errors-only", "--format", "json",
                "--skip-non-html", site.toString()), dir, 300);
        JsonNode messages = JSON.readTree(r.err().isBlank() ? r.out() : r.err()).get("messages");
        List<String> errors = new ArrayList<>();
        // the 404 page carries assets/style.css inline: vnu checks the theme's CSS there too
        for (JsonNode m : messages) {
            errors.add(m.path("url").asString().replaceAll(".*/site/", "") + ":" + m.path("lastLine").asInt() + ": "
                    + m.path("type").asString() + ": " + m.path("message").asString());
        }
        assertThat(errors).as("vnu messages").isEmpty();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(htmlPages()).hasSizeGreaterThan(50);
    }

    @Test
    void theNuHtmlCheckerWouldReportABrokenPage() throws Exception {
        Path vnu = Tools.vnuJar().orElse(null);
        Tools.require(vnu != null, "the Nu HTML Checker");
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("index.html"),
                "<!DOCTYPE html><html lang=en><title>x</title><main><img src=\"\" alt=\"\"></main></html>");
        Tools.Result r = Tools.run(List.of(Tools.java(), "-jar", vnu.toString(), "--errors-only", "--format", "json",
                bad.toString()), dir, 120);
        assertThat(JSON.readTree(r.err()).get("messages").toString()).contains("Bad value").contains("src");
        assertThat(r.exit()).isNotZero();
    }

    @Test
    void everyAtomAndRssFeedParsesInARealFeedReader() throws Exception {
        boolean present = Files.isExecutable(Tools.PYTHON) && Tools.run(List.of(Tools.PYTHON.toString(), "-c",
                "import feedparser"), dir, 60).exit() == 0;
        Tools.require(present, "/usr/bin/python3 with Debian's python3-feedparser");
        List<Path> feeds = new ArrayList<>(Tools.files(site, "feed.xml"));
        List<Path> rss = Tools.files(site, "rss.xml");
        assertThat(rss).as("an RSS feed beside each Atom feed").hasSameSizeAs(feeds);
        rss.forEach(r -> assertThat(r.resolveSibling("feed.xml")).isRegularFile());
        feeds.addAll(rss);
        assertThat(feeds).hasSizeGreaterThan(20);
        Path script = dir.resolve("feeds.py");
        Files.writeString(script, """
                import json, sys, feedparser
                out = {}
                for path in sys.argv[1:]:
                    f = feedparser.parse(path)
                    out[path] = {"bozo": int(f.bozo), "error": str(f.get("bozo_exception", "")),
                                 "version": f.version, "title": f.feed.get("title", ""),
                                 "language": f.feed.get("language", ""),
                                 "entries": len(f.entries),
                                 "links": [e.get("link", "") for e in f.entries],
                                 "updated": [bool(e.get("updated_parsed")) for e in f.entries]}
                print(json.dumps(out))
                """);
        List<String> command = new ArrayList<>(List.of(Tools.PYTHON.toString(), script.toString()));
        feeds.forEach(f -> command.add(f.toString()));
        Tools.Result r = Tools.run(command, dir, 120);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode parsed = JSON.readTree(r.out());
        for (Path feed : feeds) {
            JsonNode f = parsed.get(feed.toString());
            String name = site.relativize(feed).toString();
            assertThat(f.get("bozo").asInt()).as(name + ": " + f.get("error").asString()).isZero();
            assertThat(f.get("version").asString()).as(name).isEqualTo(name.endsWith("rss.xml") ? "rss20" : "atom10");
            assertThat(f.get("title").asString()).as(name).isNotBlank();
            assertThat(f.get("language").asString()).as(name + ": xml:lang of the feed")
                    .isEqualTo(name.startsWith("ru/") ? "ru" : "en");
            assertThat(f.get("entries").asInt()).as(name).isPositive();
            for (JsonNode link : f.get("links")) {
                assertThat(link.asString()).as(name).startsWith(BASE);
                String path = link.asString().substring(BASE.length());
                assertThat(site.resolve(path).resolve("index.html")).as(name).isRegularFile();
            }
            for (JsonNode updated : f.get("updated")) {
                assertThat(updated.asBoolean()).as(name + ": every entry has a date").isTrue();
            }
        }
        int articles = englishArticles();
        assertThat(parsed.get(site.resolve("feed.xml").toString()).get("entries").asInt()).isEqualTo(Math.min(20, articles));
        assertThat(parsed.get(site.resolve("rss.xml").toString()).get("links"))
                .isEqualTo(parsed.get(site.resolve("feed.xml").toString()).get("links"));
        assertThat(feeds).contains(site.resolve("tags/iss/feed.xml"), site.resolve("tags/iss/rss.xml"));
    }

    /** The JSON Feed 1.1 of the site: every field the specification requires, and each item's page exists. */
    @Test
    void theJsonFeedHasWhatTheSpecificationRequires() throws Exception {
        JsonNode feed = JSON.readTree(Files.readString(site.resolve("feed.json")));
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asString()).isEqualTo("Orbit Desk");
        assertThat(feed.get("home_page_url").asString()).isEqualTo(BASE);
        assertThat(feed.get("feed_url").asString()).isEqualTo(BASE + "feed.json");
        JsonNode items = feed.get("items");
        assertThat(items.size()).isEqualTo(Math.min(20, englishArticles()));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode item : items) {
            String id = item.get("id").asString();
            assertThat(ids.add(id)).as("unique id " + id).isTrue();
            assertThat(item.get("url").asString()).isEqualTo(id).startsWith(BASE);
            assertThat(site.resolve(id.substring(BASE.length())).resolve("index.html")).isRegularFile();
            assertThat(item.get("content_html").asString()).as(id).isNotBlank();
            assertThat(java.time.OffsetDateTime.parse(item.get("date_published").asString())).isNotNull();
            assertThat(java.time.OffsetDateTime.parse(item.get("date_modified").asString())).isNotNull();
            assertThat(item.get("authors").get(0).get("name").asString()).as(id).isNotBlank();
        }
        Document home = parse(site.resolve("index.html"));
        assertThat(home.select("link[rel=alternate]").eachAttr("type")).containsExactly("application/atom+xml",
                "application/rss+xml", "application/feed+json");
        Document topic = parse(site.resolve("tags/iss/index.html"));
        assertThat(topic.select("link[rel=alternate]").eachAttr("abs:href")).contains(BASE + "tags/iss/feed.xml",
                BASE + "tags/iss/rss.xml");
    }

    /** The articles of the default language (the sample site also has Russian ones, under ru/). */
    static int englishArticles() throws IOException {
        try (var files = Files.list(site.resolve("articles"))) {
            return (int) files.filter(Files::isDirectory).count();
        }
    }

    @Test
    void theSitemapListsEveryIndexablePageOnce() throws Exception {
        for (String language : List.of("", "ru/")) {
            sitemapListsEveryIndexablePageOnce(language);
        }
    }

    private void sitemapListsEveryIndexablePageOnce(String language) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(site.resolve(language + "sitemap.xml").toFile());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        List<String> expected = new ArrayList<>();
        for (Path p : htmlPages()) {
            Document d = parse(p);
            boolean own = language.isEmpty() ? !site.relativize(p).startsWith("ru") : site.relativize(p).startsWith("ru");
            if (own && !p.equals(site.resolve("404.html")) && d.select("meta[name=robots][content*=noindex]").isEmpty()) {
                expected.add(d.select("link[rel=canonical]").attr("href"));
            }
        }
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        String b = BASE + language;
        assertThat(listed).contains(b, b + "articles/crew-11-lifts-off/", b + "people/zena-cardman/",
                b + "missions/crew-11/").doesNotContain(b + "search/"); // a form, not a page to index
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: " + b + "sitemap.xml");
        NodeList alternates = xml.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(alternates.getLength()).as("hreflang alternates of translated pages").isGreaterThan(20);
    }

    @Test
    void everyJsonLdBlockParsesWithTheTypeItsPageCallsFor() throws Exception {
        Map<String, Integer> types = new HashMap<>();
        for (Path p : htmlPages()) {
            String route = site.relativize(p).toString().replace("index.html", "").replaceFirst("^ru/", "");
            for (Element script : parse(p).select("script[type=application/ld+json]")) {
                JsonNode ld = JSON.readTree(script.data());
                String type = ld.get("@type").asString();
                assertThat(ld.get("@context").asString()).as(route).isEqualTo("https://schema.org");
                types.merge(type, 1, Integer::sum);
                String expected = route.isEmpty() ? "WebSite"
                        : route.equals("articles/crew-11-launch-live/") ? "LiveBlogPosting"
                        : route.matches("articles/[^/]+/") ? "NewsArticle"
                        : route.matches("people/[^/]+/") ? "Person"
                        : route.matches("missions/[^/]+/") ? "Event"
                        : route.matches("organizations/[^/]+/") ? "Organization"
                        : route.equals("authors/orbit-desk/") ? "Organization"
                        : route.matches("authors/[^/]+/") ? "Person"
                        : route.matches("series/[^/]+/") ? "CreativeWorkSeries"
                        : route.matches("(people|missions|organizations|authors)/") ? "ItemList" : "(none)";
                if (expected.equals("Event")) {
                    // an event is told with its start and place, else it is a Thing (search engines refuse it)
                    boolean complete = ld.has("startDate") && ld.has("location");
                    assertThat(type).as(route).isEqualTo(complete ? "Event" : "Thing");
                    if (complete) {
                        assertThat(ld.path("location").path("name").asString()).as(route).isNotBlank();
                    }
                    continue;
                }
                assertThat(type).as(route).isEqualTo(expected);
            }
        }
        assertThat(types.get("Thing")).as("the sample's missions without a launch site").isPositive();
        assertThat(types.get("NewsArticle") + types.get("LiveBlogPosting")).isEqualTo(result.pagesByKind().get("article"));
        assertThat(types).containsKeys("Person", "Event", "Organization", "ItemList");

        JsonNode ld = JSON.readTree(parse(site.resolve("articles/crew-11-lifts-off/index.html"))
                .select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("headline").asString()).isEqualTo("Crew-11 lifts off for the space station");
        assertThat(ld.get("datePublished").asString()).isEqualTo("2025-08-01T11:43:00-04:00");
        assertThat(ld.get("dateModified").asString()).startsWith("2025-08-02");
        assertThat(ld.get("author").toString()).isEqualTo("[{\"@type\":\"Person\",\"name\":\"Mira Castell\",\"url\":"
                + "\"" + BASE + "authors/mira-castell/\"},{\"@type\":\"Organization\",\"name\":\"Orbit Desk newsroom\","
                + "\"url\":\"" + BASE + "authors/orbit-desk/\"}]");
        assertThat(ld.get("isPartOf").get("name").asString()).isEqualTo("Crew-11, from pad to station");
        // the site, with its logo (images.logo) as published
        JsonNode publisher = ld.get("publisher");
        assertThat(publisher.get("name").asString()).isEqualTo("Orbit Desk");
        assertThat(publisher.get("url").asString()).isEqualTo(BASE);
        String logo = publisher.get("logo").get("url").asString();
        assertThat(logo).startsWith(BASE + "images/orbit-desk-logo-").endsWith(".png");
        assertThat(site.resolve(logo.substring(BASE.length()))).isRegularFile();
        assertThat(publisher.get("logo").get("width").asInt()).isEqualTo(330);
        assertThat(publisher.get("logo").get("height").asInt()).isEqualTo(60);
        assertThat(ld.get("about").toString()).contains("Zena Cardman", BASE + "missions/crew-11/");
        assertThat(ld.get("mentions").toString()).contains("Sean Duffy");
        JsonNode mission = JSON.readTree(parse(site.resolve("missions/crew-11/index.html"))
                .select("script[type=application/ld+json]").first().data());
        assertThat(mission.get("performer").toString()).contains("Kimiya Yui");
    }

    @Test
    void everyPageHasItsOwnTitleDescriptionCanonicalAndPreviewTags() throws Exception {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (Path p : htmlPages()) {
            Document d = parse(p);
            String route = site.relativize(p).toString();
            assertThat(d.select("html").attr("lang")).as(route).isEqualTo(route.startsWith("ru/") ? "ru" : "en");
            if (redirect(d)) {
                continue;
            }
            String title = d.title();
            String description = d.select("meta[name=description]").attr("content");
            String canonical = d.select("link[rel=canonical]").attr("href");
            assertThat(title).as(route).isNotBlank();
            assertThat(description).as(route).isNotBlank();
            assertThat(titles.put(title, route)).as("title of " + route + " also on").isNull();
            assertThat(descriptions.put(description, route)).as("description of " + route + " also on").isNull();
            assertThat(canonical).as(route).startsWith(BASE);
            assertThat(d.select("meta[property=og:url]").attr("content")).as(route).isEqualTo(canonical);
            assertThat(d.select("meta[property=og:title]").attr("content")).as(route).isNotBlank();
            assertThat(d.select("meta[property=og:description]").attr("content")).as(route).isEqualTo(description);
            assertThat(d.select("meta[property=og:type]").attr("content")).as(route).isIn("website", "article", "profile");
            assertThat(d.select("meta[name=twitter:card]").attr("content")).as(route).isIn("summary", "summary_large_image");
            for (Element image : d.select("meta[property=og:image], meta[name=twitter:image]")) {
                assertThat(image.attr("content")).as(route).matches("https?://.+");
            }
            // a social card on every page: the article's picture, a portrait or patch, or the site's card
            assertThat(d.select("meta[property=og:image]")).as(route).hasSize(1);
            assertThat(d.select("meta[property=og:image:width]").attr("content")).as(route).matches("[1-9]\\d*");
            assertThat(d.select("meta[property=og:image:height]").attr("content")).as(route).matches("[1-9]\\d*");
            assertThat(d.select("meta[property=og:image:alt]").attr("content")).as(route).isNotBlank();
            assertThat(d.select("main#main")).as(route).hasSize(1);
            assertThat(d.select("a.skip-link[href=#main]")).as(route).hasSize(1);
            assertThat(d.select("header, footer, nav[aria-label]")).as(route).isNotEmpty();
            for (Element img : d.select("img")) {
                assertThat(img.hasAttr("alt")).as(route + " " + img).isTrue();
                assertThat(img.attr("src")).as(route).isNotBlank();
                // its size is known before it loads: nothing on the page moves
                assertThat(img.attr("width")).as(route + " " + img).matches("[1-9]\\d*");
                assertThat(img.attr("height")).as(route + " " + img).matches("[1-9]\\d*");
            }
            assertThat(d.select("iframe")).as(route + ": frames of other sites load only when asked").isEmpty();
            assertThat(d.select("[style], script:not([src]):not([type=application/ld+json])"))
                    .as(route + ": the CSP allows no inline style or script").isEmpty();
            // the 404 page links absolutely to its own site, since hosts serve it at any path
            assertThat(d.select("link[rel=stylesheet][href^=http], script[src^=http], img[src^=http]").stream()
                    .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href")).filter(u -> !u.startsWith(BASE)))
                    .as(route + ": no requests to other sites").isEmpty();
        }
        // its stylesheet inline, allowed by its hash; a site's own other stylesheets from the site's address
        assertThat(parse(site.resolve("404.html")).select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .matches(".*style-src 'sha256-[A-Za-z0-9+/=]+' https://orbitpress\\.example\\.org;.*");
        Document article = parse(site.resolve("articles/crew-11-lifts-off/index.html"));
        assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        // what link previews and news aggregators read of a story: when it came out and changed, and its topics
        assertThat(article.select("meta[property=article:published_time]").attr("content"))
                .isEqualTo("2025-08-01T11:43:00-04:00");
        assertThat(article.select("meta[property=article:modified_time]").attr("content"))
                .isEqualTo("2025-08-02T09:00:00-04:00");
        assertThat(article.select("meta[property=article:tag]").eachAttr("content")).startsWith("Crew-11", "Launch");
        assertThat(article.select("meta[property=article:section]").attr("content")).isEqualTo("Crew-11");
        assertThat(parse(site.resolve("index.html")).select("meta[property^=article:]")).isEmpty();
        assertThat(article.select(".chips a.chip").eachText()).contains("Zena Cardman", "Crew-11", "NASA");
        assertThat(article.select(".byline .dateline").text()).isEqualTo("CAPE CANAVERAL");
        // three photos, credited, and an embed behind its play button
        assertThat(article.select(".lead-image img, .story-body figure.figure img")).hasSize(3);
        assertThat(article.select(".lead-image .credit, .story-body figure.figure .credit").eachText())
                .containsOnly("Illustration: Orbit Desk").hasSize(3);
        assertThat(article.select("button.embed-play").attr("data-src")).startsWith("https://www.youtube-nocookie.com/");
        assertThat(article.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
    }
}
