package io.orbitpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative links, case by case. */
class UrlsTest {

    private static final URI SITE = URI.create("https://news.example.org/");

    /**
     * A relative link whose first segment holds a colon would read as a scheme; RFC 3986 (4.2)
     * has it start with "./". The first row is the case of the report: a root-level page linking
     * to a redirect named "javascript:alert(document.domain),/a/".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            about.html        | /javascript:alert(document.domain),/a/ | ./javascript:alert(document.domain),/a/
            ''                | /a:b/                                  | ./a:b/
            ''                | /a:b                                   | ./a:b
            articles/x/       | /articles/x/a:b/                       | ./a:b/
            articles/x/       | /people/a:b/                           | ../../people/a:b/
            ''                | /a/b:c/                                | a/b:c/
            ''                | /a?b:c                                 | a?b:c
            ''                | /a#b:c                                 | a#b:c
            """)
    void aColonInTheFirstSegmentGetsDotSlash(String from, String target, String expected) {
        assertThat(Urls.relative(from, target)).isEqualTo(expected);
        String page = "<a href=\"" + target + "\">x</a>";
        assertThat(new String(Urls.relativize(page.getBytes(StandardCharsets.UTF_8), from), StandardCharsets.UTF_8))
                .isEqualTo("<a href=\"" + expected + "\">x</a>");
        URI resolved = SITE.resolve("/" + Urls.file(from)).resolve(expected);
        assertThat(resolved.getScheme()).isEqualTo("https");
        assertThat(resolved).isEqualTo(SITE.resolve(target));
    }
}
