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

    /**
     * Every form of a link is made relative, as a browser reads it; a value in another form than
     * double quotes is written back in double quotes, the rest of the page byte for byte.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <a href="/people/x/">                        | <a href="../../people/x/">
            <a href='/people/x/'>                        | <a href="../../people/x/">
            <a href=/people/x/ class=p>                  | <a href="../../people/x/" class=p>
            <A HREF="/people/x/">                        | <A HREF="../../people/x/">
            <a href="&#47;people/x/">                    | <a href="../../people/x/">
            <a href="/caf&eacute;/?a=1&amp;b=2">         | <a href="../../café/?a=1&amp;b=2">
            <img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt=''> | <img src="../../a.png" srcset="../../a.png 1x, ../../b.png 2x" alt=''>
            <img srcset='/a,1.png 1x,/b.png 2x'>         | <img srcset="../../a,1.png 1x,../../b.png 2x">
            <form action='/search/'><video poster=/p.jpg> | <form action="../../search/"><video poster="../../p.jpg">
            <a href="//cdn.example.org/x">               | <a href="//cdn.example.org/x">
            <a href='https://example.org/x'>             | <a href='https://example.org/x'>
            <!-- <a href="/people/x/"> --><a href="/x/"> | <!-- <a href="/people/x/"> --><a href="../../x/">
            <script>s = ' href="/people/x/"'</script>    | <script>s = ' href="/people/x/"'</script>
            <p>write href="/people/x/" in a tag</p>      | <p>write href="/people/x/" in a tag</p>
            """)
    void relativizesEveryFormOfALink(String html, String expected) {
        assertThat(new String(Urls.relativize(html.getBytes(StandardCharsets.UTF_8), "articles/x/"),
                StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
