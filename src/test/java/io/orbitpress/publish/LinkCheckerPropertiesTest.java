package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.render.Urls;
import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The link checker resolves a link as a browser would ({@link URI#resolve} is the reference),
 * and finds the target of every link {@link Urls#relative} makes.
 */
class LinkCheckerPropertiesTest {

    private static final URI SITE = URI.create("https://news.example.org/");

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of("a", "b", "articles", "x.y", "...").list().ofMaxSize(4)
                .map(l -> String.join("/", l))
                .flatMap(p -> Arbitraries.of(p.isEmpty() ? "index.html" : p + "/index.html", p.isEmpty() ? "feed.xml" : p + ".html"));
    }

    @Provide
    Arbitrary<String> links() {
        return Arbitraries.of("a", "b", "..", ".", "articles", "x.y", "...", "").list().ofMinSize(1).ofMaxSize(5)
                .map(l -> String.join("/", l))
                .flatMap(l -> Arbitraries.of(l, "/" + l, l + "/"))
                .filter(l -> !l.startsWith("//") && !l.isEmpty());
    }

    @Property(tries = 3000)
    void resolvesLikeABrowser(@ForAll("pages") String page, @ForAll("links") String link) {
        String resolved = LinkChecker.resolve(page, link);
        URI expected = SITE.resolve("/" + page).resolve(link);
        if (resolved == null) {
            // climbing above the root: a browser stays at the root, the checker reports it
            assertThat(link).contains("..");
        } else {
            assertThat(SITE.resolve("/" + resolved)).as("%s from /%s", link, page).isEqualTo(expected.normalize());
        }
    }

    @Property(tries = 2000)
    void findsWhatRelativeLinksPointAt(@ForAll("pages") String page, @ForAll("pages") String target) {
        String from = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        String link = Urls.relative(from, "/" + target);
        assertThat(LinkChecker.resolve(Urls.file(from), link)).isEqualTo(target);
    }

    @Property(tries = 3000)
    void findsASchemeWhereTheRegexDoes(@ForAll("schemeLike") String link) {
        assertThat(LinkChecker.hasScheme(link)).as(link)
                .isEqualTo(java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:").matcher(link).find());
    }

    @Provide
    Arbitrary<String> schemeLike() {
        return Arbitraries.strings().withChars("aZ9+.-:/#%_ é").ofMaxLength(8);
    }

    /** One pass finds the links and the ids each regex finds on its own, also where attributes nest oddly. */
    @Property(tries = 2000)
    void scansLinksAndIdsAsTheRegexesDo(@ForAll("markup") String html) {
        java.util.List<String> links = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        LinkChecker.values(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), links::add, ids::add);
        assertThat(links).as(html).isEqualTo(matches(html, "href|src"));
        assertThat(ids).as(html).isEqualTo(matches(html, "id|name"));
    }

    private static java.util.List<String> matches(String html, String names) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s(?:" + names + ")=\"([^\"]*)\"").matcher(html);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(" href=\"", " src=\"", " id=\"", " name=\"", " title=\"", "\"", "=", "a", "/x", " ", "\n",
                "é", "<p", ">").list().ofMaxSize(14).map(l -> String.join("", l));
    }
}
