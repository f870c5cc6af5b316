package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.autolink.AutolinkExtension;

/** The autolink shortcut links exactly what the GFM autolink extension links, nothing more or less. */
class TriggeredAutolinkTest {

    private static final MarkdownEngine OURS = new MarkdownEngine(false);
    private static final MarkdownEngine STOCK =
            new MarkdownEngine(false, MarkdownEngine.extensions(AutolinkExtension.create()));

    @Property(tries = 3000)
    void linksWhatTheExtensionLinks(@ForAll("markdown") String markdown) {
        assertThat(OURS.render(OURS.parse(markdown))).as(markdown).isEqualTo(STOCK.render(STOCK.parse(markdown)));
    }

    @Example
    void linksUrlsAddressesAndWwwNamesButNotPlainText() {
        String html = OURS.render(OURS.parse(
                "See https://www.nasa.gov/ or write to press@example.org, or www.esa.int. Nothing at 10:30.\n\n"
                        + "[already a link](https://example.com) and `http://code.example`"));
        assertThat(html).contains("href=\"https://www.nasa.gov/\">https://www.nasa.gov/</a>",
                "href=\"mailto:press@example.org\">press@example.org</a>", "href=\"http://www.esa.int\">www.esa.int</a>",
                "Nothing at 10:30.", "<code>http://code.example</code>", "href=\"https://example.com\">already a link</a>");
        assertThat(html.split("<a ", -1)).hasSize(5);
        assertThat(TriggeredAutolink.mayHoldLink("Crew-11 docked with the station on Friday")).isFalse();
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("launch", "crew", "Www", "wWw", "ww", "w", "at", "the", "Dragon", "ISS", "10:30", ":",
                        "@", "a@b", "x:y", "mailto:", "https://", "http://nasa.gov", "https://www.esa.int/a_b?c=d#e",
                        "www.jaxa.jp", "WWW.JAXA.JP", "www.", "press@example.org", "ftp://x.y", "(", ")", ".", ",",
                        "<https://x.org>", "*em*", "**strong**", "`code http://c.d`", "~~old~~", "\n", "\n\n",
                        "# ", "- ", "> ", "[^1]", "\n\n[^1]: note www.a.b\n"),
                Arbitraries.strings().withChars("wW.:@/ abc-_").ofMaxLength(8),
                Arbitraries.of("[link www.x.org](https://y.org)", "[a@b.c](/x/)", "![img http://i.j](/i.png)",
                        "| a | http://t.u |\n|---|---|\n| www.v.w | x@y.z |\n"));
        return piece.list().ofMaxSize(14).map(TriggeredAutolinkTest::join);
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (sb.length() > 0 && !p.startsWith("\n") && sb.charAt(sb.length() - 1) != '\n') {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
