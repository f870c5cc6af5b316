package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.net.URI;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A relative link made by {@link Urls#relative} leads where the root-relative one did, as a
 * browser resolves it ({@link URI#resolve} is the reference).
 */
class UrlsPropertiesTest {

    private static final URI SITE = URI.create("https://news.example.org/");

    private static String segment(Random r) {
        if (r.nextBoolean()) {
            return Seeded.oneOf(r, "articles", "people", "tags", "a", "b", "index.html", "feed.xml", "...");
        }
        while (true) {
            String s = Seeded.string(r, 1, 4, "abc-._~0");
            if (!s.equals(".") && !s.equals("..")) {
                return s;
            }
        }
    }

    private static String route(Random r) {
        String p = String.join("/", Seeded.list(r, 4, UrlsPropertiesTest::segment));
        return p.isEmpty() ? "" : r.nextBoolean() ? p + "/" : p;
    }

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(3000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void relativeLinkResolvesToItsTarget(Seeded.Case c) {
        Random r = c.random();
        String from = route(r);
        String to = route(r);
        String suffix = Seeded.oneOf(r, "", "", "#bio", "?page=2", "?q=1#x");
        String target = "/" + to + suffix;
        String link = Urls.relative(from, target);
        URI page = SITE.resolve("/" + Urls.file(from));
        assertThat(page.resolve(link)).as("%s from /%s", link, from).isEqualTo(SITE.resolve(target));
    }
}
