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
}
