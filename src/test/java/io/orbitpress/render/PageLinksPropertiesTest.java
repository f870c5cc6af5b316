package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte scanner against jsoup on generated pages ({@link GeneratedPages}): what it reads of a
 * page it calls plain is what jsoup reads, and links made relative lead where they led, whichever
 * of the two read the page. Seeded: each case's name is its seed; the run's base seed is printed
 * and taken from {@code -Dorbitpress.seed=N}.
 */
class PageLinksPropertiesTest {

    private static final long SEED = Long.getLong("orbitpress.seed", 20_261_202L);
    private static final int CASES = 600;
    private static final List<String> ROUTES = List.of("", "about.html", "articles/x/", "articles/x/page/2/", "a/",
            "feed.xml");
    private static final AtomicInteger PLAIN = new AtomicInteger();
    private static final AtomicInteger PAGES = new AtomicInteger();

    static Stream<Long> seeds() {
        System.out.println("PageLinksPropertiesTest: base seed " + SEED + " (rerun with -Dorbitpress.seed=" + SEED + ")");
        Random r = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> r.nextLong());
    }

    @AfterAll
    static void share() {
        System.out.printf("PageLinksPropertiesTest: %d of %d generated pages read by the scanner%n", PLAIN.get(),
                PAGES.get());
        assertThat(PLAIN.get()).as("pages the scanner reads").isGreaterThan(PAGES.get() / 4);
        assertThat(PAGES.get() - PLAIN.get()).as("pages handed to jsoup").isGreaterThan(PAGES.get() / 4);
    }

    private static String page(long seed) {
        Random r = new Random(seed);
        return GeneratedPages.page(r, r.nextBoolean());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScannerReadsWhatJsoupReads(long seed) {
        String html = page(seed);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        PageLinks.Found scanned = PageLinks.scanned(bytes);
        PageLinks.Found parsed = PageLinks.parsed(bytes);
        PAGES.incrementAndGet();
        if (scanned != null) {
            PLAIN.incrementAndGet();
            // distinct, in order of first appearance: the parser clones some elements (an <a>
            // reopened after a block), and a link or id is the same one twice
            assertThat(new ArrayList<>(new LinkedHashSet<>(scanned.links()))).as(html)
                    .isEqualTo(new ArrayList<>(new LinkedHashSet<>(parsed.links())));
            assertThat(Set.copyOf(scanned.ids())).as(html).isEqualTo(Set.copyOf(parsed.ids()));
        }
        List<String> links = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        PageLinks.read(bytes, links::add, ids::add);
        assertThat(links).isEqualTo((scanned == null ? parsed : scanned).links());
        assertThat(ids).isEqualTo((scanned == null ? parsed : scanned).ids());
    }

    /**
     * Every root-relative link, srcset URLs included, becomes {@link Urls#relative}'s link from
     * the page; every other attribute and all else stays as it was, as jsoup reads both pages.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void relativeLinksLeadWhereTheRootRelativeOnesDid(long seed) {
        String html = page(seed);
        String route = ROUTES.get((int) Math.floorMod(seed, (long) ROUTES.size()));
        byte[] out = Urls.relativize(html.getBytes(StandardCharsets.UTF_8), route);

        Document expected = parse(html);
        for (Element e : expected.getAllElements()) {
            for (Attribute a : e.attributes()) {
                switch (a.getKey()) {
                    case "href", "src", "action", "poster" -> {
                        String v = relative(route, a.getValue());
                        if (!v.equals(a.getValue())) {
                            a.setValue(v);
                        }
                    }
                    case "srcset" -> {
                        String v = a.getValue();
                        StringBuilder sb = new StringBuilder();
                        int copied = 0;
                        for (int[] u : Srcset.urls(v)) {
                            sb.append(v, copied, u[0]).append(relative(route, v.substring(u[0], u[1])));
                            copied = u[1];
                        }
                        sb.append(v, copied, v.length());
                        if (!sb.toString().equals(v)) {
                            a.setValue(sb.toString());
                        }
                    }
                    default -> { }
                }
            }
        }
        assertThat(parse(new String(out, StandardCharsets.UTF_8)).html()).as("%s from /%s", html, route)
                .isEqualTo(expected.html());
    }

    /** On a page the scanner reads, it rewrites what jsoup's reading rewrites (as jsoup reads both). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScannersRewriteIsJsoups(long seed) {
        String html = page(seed);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (PageLinks.scanned(bytes) == null) {
            return;
        }
        PageLinks.LinkWriter writer = (o, text, start, end) -> {
            byte[] base = "https://news.example.org/".getBytes(StandardCharsets.UTF_8);
            o.append(base, 0, base.length);
            o.append(text, start, end);
        };
        String byScanner = new String(PageLinks.rewrite(bytes, writer), StandardCharsets.UTF_8);
        String byJsoup = new String(PageLinks.rewriteParsed(bytes, writer), StandardCharsets.UTF_8);
        assertThat(parse(byScanner).html()).as(html).isEqualTo(parse(byJsoup).html());
    }

    /**
     * Making a page's links relative and reading them in one pass gives the page {@link
     * Urls#relativize} makes and what {@link PageLinks#read} reads of it, in the same order.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readingWhileRewritingReadsTheRewrittenPage(long seed) {
        String html = page(seed);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        for (String route : ROUTES) {
            byte[] relative = Urls.relativize(bytes, route);
            List<String> links = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            PageLinks.read(relative, links::add, ids::add);

            PageLinks.Rewritten once = Urls.relativizeAndRead(bytes, route);
            assertThat(new String(once.html(), StandardCharsets.UTF_8)).as("%s from /%s", html, route)
                    .isEqualTo(new String(relative, StandardCharsets.UTF_8));
            assertThat(once.found().links()).as("%s from /%s", html, route).isEqualTo(links);
            assertThat(once.found().ids()).as("%s from /%s", html, route).isEqualTo(ids);
        }
    }

    private static String relative(String route, String value) {
        String u = PageLinks.url(value);
        return PageLinks.rootRelative(u) ? Urls.relative(route, u) : value;
    }

    private static Document parse(String html) {
        return Parser.htmlParser().parseInput(html, "");
    }
}
