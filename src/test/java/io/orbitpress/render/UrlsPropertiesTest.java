package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A relative link made by {@link Urls#relative} leads where the root-relative one did, as a
 * browser resolves it ({@link URI#resolve} is the reference).
 */
class UrlsPropertiesTest {

    private static final URI SITE = URI.create("https://news.example.org/");

    @Provide
    Arbitrary<String> routes() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of("articles", "people", "tags", "a", "b", "index.html",
                "feed.xml", "..."), Arbitraries.strings().withChars("abc-._~0").ofMinLength(1).ofMaxLength(4)
                .filter(s -> !s.equals(".") && !s.equals("..")));
        Arbitrary<String> path = segment.list().ofMaxSize(4).map(l -> String.join("/", l));
        return Combinators.combine(path, Arbitraries.of(true, false))
                .as((p, folder) -> p.isEmpty() ? "" : folder ? p + "/" : p);
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("", "", "#bio", "?page=2", "?q=1#x");
    }

    @Property(tries = 3000)
    void relativeLinkResolvesToItsTarget(@ForAll("routes") String from, @ForAll("routes") String to,
            @ForAll("suffixes") String suffix) {
        String target = "/" + to + suffix;
        String link = Urls.relative(from, target);
        URI page = SITE.resolve("/" + Urls.file(from));
        assertThat(page.resolve(link)).as("%s from /%s", link, from).isEqualTo(SITE.resolve(target));
    }
}
