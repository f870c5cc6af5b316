package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Seeded;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The autolink shortcut links exactly what the GFM autolink extension links, nothing more or less. */
class TriggeredAutolinkTest {

    private static final MarkdownEngine OURS = new MarkdownEngine(false);
    private static final MarkdownEngine STOCK =
            new MarkdownEngine(false, MarkdownEngine.extensions(AutolinkExtension.create()));

    static Stream<Seeded.Case> cases() {
        return Seeded.cases(3000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linksWhatTheExtensionLinks(Seeded.Case c) {
        String markdown = markdown(c.random());
        assertThat(OURS.render(OURS.parse(markdown))).as(markdown).isEqualTo(STOCK.render(STOCK.parse(markdown)));
    }

    @Test
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

    private static final String[] WORDS = {"launch", "crew", "Www", "wWw", "ww", "w", "at", "the", "Dragon", "ISS",
            "10:30", ":", "@", "a@b", "x:y", "mailto:", "https://", "http://nasa.gov", "https://www.esa.int/a_b?c=d#e",
            "www.jaxa.jp", "WWW.JAXA.JP", "www.", "press@example.org", "ftp://x.y", "(", ")", ".", ",",
            "<https://x.org>", "*em*", "**strong**", "`code http://c.d`", "~~old~~", "\n", "\n\n",
            "# ", "- ", "> ", "[^1]", "\n\n[^1]: note www.a.b\n"};
    private static final String[] LINKS = {"[link www.x.org](https://y.org)", "[a@b.c](/x/)", "![img http://i.j](/i.png)",
            "| a | http://t.u |\n|---|---|\n| www.v.w | x@y.z |\n"};

    private static String markdown(Random r) {
        return join(Seeded.list(r, 14, x -> switch (x.nextInt(3)) {
            case 0 -> Seeded.oneOf(x, WORDS);
            case 1 -> Seeded.string(x, 8, "wW.:@/ abc-_");
            default -> Seeded.oneOf(x, LINKS);
        }));
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
