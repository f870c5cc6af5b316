package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.render.Urls;
import io.orbitpress.testing.Seeded;
import java.net.URI;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The link checker resolves a link as a browser would ({@link URI#resolve} is the reference),
 * and finds the target of every link {@link Urls#relative} makes.
 */
class LinkCheckerPropertiesTest {

    private static final URI SITE = URI.create("https://news.example.org/");

    private static String page(Random r) {
        String p = String.join("/", Seeded.list(r, 4, x -> Seeded.oneOf(x, "a", "b", "articles", "x.y", "...")));
        return r.nextBoolean() ? (p.isEmpty() ? "index.html" : p + "/index.html") : (p.isEmpty() ? "feed.xml" : p + ".html");
    }

    /** A link that neither is empty nor starts with //, drawn again until it is such. */
    private static String link(Random r) {
        while (true) {
            String l = String.join("/", Seeded.list(r, 1, 5, x -> Seeded.oneOf(x, "a", "b", "..", ".", "articles", "x.y",
                    "...", "")));
            String link = switch (r.nextInt(3)) {
                case 0 -> l;
                case 1 -> "/" + l;
                default -> l + "/";
            };
            if (!link.startsWith("//") && !link.isEmpty()) {
                return link;
            }
        }
    }

    static Stream<Seeded.Case> cases3000() {
        return Seeded.cases(3000);
    }

    static Stream<Seeded.Case> cases2000() {
        return Seeded.cases(2000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases3000")
    void resolvesLikeABrowser(Seeded.Case c) {
        Random r = c.random();
        String page = page(r);
        String link = link(r);
        String resolved = LinkChecker.resolve(page, link);
        URI expected = SITE.resolve("/" + page).resolve(link);
        if (resolved == null) {
            // climbing above the root: a browser stays at the root, the checker reports it
            assertThat(link).contains("..");
        } else {
            assertThat(SITE.resolve("/" + resolved)).as("%s from /%s", link, page).isEqualTo(expected.normalize());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases2000")
    void findsWhatRelativeLinksPointAt(Seeded.Case c) {
        Random r = c.random();
        String page = page(r);
        String target = page(r);
        String from = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        String link = Urls.relative(from, "/" + target);
        assertThat(LinkChecker.resolve(Urls.file(from), link)).as("%s from %s", target, page).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases3000")
    void findsASchemeWhereTheRegexDoes(Seeded.Case c) {
        String link = Seeded.string(c.random(), 8, "aZ9+.-:/#%_ é");
        assertThat(LinkChecker.hasScheme(link)).as(link)
                .isEqualTo(java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:").matcher(link).find());
    }

    /** One pass finds the links and the ids each regex finds on its own, also where attributes nest oddly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases2000")
    void scansLinksAndIdsAsTheRegexesDo(Seeded.Case c) {
        String html = String.join("", Seeded.list(c.random(), 14, x -> Seeded.oneOf(x, MARKUP)));
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

    private static final List<String> MARKUP = List.of(" href=\"", " src=\"", " id=\"", " name=\"", " title=\"", "\"",
            "=", "a", "/x", " ", "\n", "é", "<p", ">");
}
