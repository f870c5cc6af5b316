package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code markdown.typographer: true} sets the punctuation of a story's and a registry file's text
 * in an English and Russian site, the same in every file that shows it; front matter stays as
 * written, addresses do not change, names are found either way, and warm builds after the setting
 * is switched publish what cold ones do. Off (the default) the text is published as written.
 */
class TypographerSiteTest {

    @TempDir
    Path dir;

    private static final String SITE = """
            title: Test Desk
            baseUrl: https://news.example.org/
            timeZone: UTC
            language: en
            languages:
              - code: en
              - code: ru
                title: Тестовая редакция
            """;

    /** The English story's first paragraph, as written, and set: its summary, since the story gives none. */
    private static final String WRITTEN = "\"We're go for *landing*,\" said Michael O’Neill -- Loral O'Hara's"
            + " flight director -- who'd waited since the '90s... for 'this' one.";
    private static final String SET = "\u201CWe\u2019re go for landing,\u201D said Michael O\u2019Neill \u2013 Loral"
            + " O\u2019Hara\u2019s flight director \u2013 who\u2019d waited since the \u201990s\u2026 for \u2018this\u2019 one.";

    private TestSite site(boolean typographer) {
        return site(new TestSite(dir), typographer);
    }

    private static TestSite site(TestSite s, boolean typographer) {
        s.write("content/site.yaml", SITE + (typographer ? "markdown:\n  typographer: true\n" : ""));
        // one name written with a straight apostrophe, the other with a typographic one; the text the other way
        s.write("content/people/michael-oneill.md", """
                ---
                name: Michael O'Neill
                ---
                He ran the "White Team" --- the flight control team.
                """);
        s.write("content/people/loral-ohara.md", "---\nname: Loral O’Hara\n---\nAn astronaut.\n");
        s.write("content/articles/landing.md", """
                ---
                title: Flight director's "go" -- and a wait...
                date: 2025-07-30
                tags: [moon]
                ---
                %s

                ## The "rock 'n' roll" call

                The log: `go --verbose "now"...` at https://example.org/log--1 and [the "plan"](/articles/landing/#the-rock-n-roll-call).

                ```embed
                https://www.youtube.com/watch?v=21X5l--DOfg
                ```
                """.formatted(WRITTEN));
        s.write("content/articles/ru/landing.md", """
                ---
                title: "Посадка: \\"Союз\\" -- на месте"
                date: 2025-07-30
                ---
                "Это "Союз" -- и всё...", сказал он: 'конец'.
                """);
        return s;
    }

    @Test
    void theTextIsSetTheSameInEveryFileThatShowsIt() throws IOException {
        TestSite s = site(true);
        s.build();
        var page = s.page("articles/landing/");
        assertThat(page.select(".story-body p").first().text()).isEqualTo(SET);
        assertThat(page.select(".story-body h2").first().text()).isEqualTo("The \u201Crock \u2019n\u2019 roll\u201D call");
        // the heading keeps its anchor, and the link to it still leads there
        assertThat(page.select(".story-body h2").first().id()).isEqualTo("the-rock-n-roll-call");
        assertThat(page.select(".story-body code").text()).isEqualTo("go --verbose \"now\"...");
        assertThat(page.select(".story-body a[href=https://example.org/log--1]").text())
                .isEqualTo("https://example.org/log--1");
        assertThat(page.select(".story-body a[href$=#the-rock-n-roll-call]").text()).isEqualTo("the \u201Cplan\u201D");
        assertThat(page.select(".story-body").html()).contains("21X5l--DOfg");
        // the front matter's title as written, everywhere
        assertThat(page.select("h1").text()).isEqualTo("Flight director's \"go\" -- and a wait...");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(SET);
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"description\":\"" + SET + "\"",
                "Flight director's \\\"go\\\" -- and a wait...");
        assertThat(s.page("").select("a:contains(Flight director)").text())
                .isEqualTo("Flight director's \"go\" -- and a wait...");
        assertThat(s.page("").text()).contains(SET);
        assertThat(s.text("feed.xml")).contains(SET, "Flight director&apos;s &quot;go&quot; -- and a wait...");
        assertThat(s.text("feed.json")).contains(SET, "Flight director's \\\"go\\\" -- and a wait...");
        assertThat(searchEntries(s)).contains("\"s\":\"" + SET + "\"", "Flight director's \\\"go\\\" -- and a wait...");
        // the sentences entities' pages quote, found with either apostrophe
        assertThat(s.page("people/michael-oneill/").select("blockquote.mention").text())
                .isEqualTo(SET);
        assertThat(s.page("people/loral-ohara/").select("blockquote.mention").text()).isEqualTo(SET);
        // a registry file's text: the site's first language's quotes, on every language's page
        assertThat(s.page("people/michael-oneill/").text())
                .contains("He ran the \u201CWhite Team\u201D \u2014 the flight control team.");
        assertThat(s.page("ru/people/michael-oneill/").text())
                .contains("He ran the \u201CWhite Team\u201D \u2014 the flight control team.");
        // Russian: « » outside, „ “ inside and for single quotes
        var ru = s.page("ru/articles/landing/");
        assertThat(ru.select(".story-body p").first().text())
                .isEqualTo("\u00ABЭто \u201EСоюз\u201C \u2013 и всё\u2026\u00BB, сказал он: \u201Eконец\u201C.");
        assertThat(ru.select("h1").text()).isEqualTo("Посадка: \"Союз\" -- на месте");
    }

    @Test
    void offByDefaultTheTextIsAsWritten() {
        TestSite s = site(false);
        s.build();
        var page = s.page("articles/landing/");
        assertThat(page.select(".story-body p").first().text())
                .isEqualTo(WRITTEN.replace("*landing*", "landing"));
        assertThat(s.page("ru/articles/landing/").select(".story-body p").first().text())
                .isEqualTo("\"Это \"Союз\" -- и всё...\", сказал он: 'конец'.");
        // the names are found with either apostrophe here too
        assertThat(s.page("people/michael-oneill/").select("blockquote.mention")).hasSize(1);
        assertThat(s.page("people/loral-ohara/").select("blockquote.mention")).hasSize(1);
    }

    /**
     * A message about the text is told at the column where the writer typed what it is about, though
     * the typographer made one character of a {@code --} or {@code ...} before it on the same line, and
     * beside a dash typed as one: the same place as with the setting off.
     */
    @Test
    void aMessageAfterATypedDashIsToldWhereItIsWritten() {
        for (boolean typographer : new boolean[] {false, true}) {
            TestSite s = site(new TestSite(dir.resolve(String.valueOf(typographer))), typographer);
            s.write("content/articles/dashes.md", "---\ntitle: Dashes\ndate: 2025-07-30\n---\n"
                    + "The crew \u2013 then -- a wait... {{< tweet 1 >}} and {{< gallery >}}\n");
            assertThat(s.build().warnings()).as("typographer: " + typographer)
                    .filteredOn(d -> d.path().equals("content/articles/dashes.md"))
                    .extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                            "content/articles/dashes.md:5:30: warning: \"{{< tweet 1 >}}\" is a Hugo shortcode, which"
                                    + " Orbitpress does not run: it is published as written; write what it made in"
                                    + " Markdown (a picture: ![what it shows](file)), put it in `code` if it is to be"
                                    + " shown, or remove it",
                            "content/articles/dashes.md:5:50: warning: \"{{< gallery >}}\" is a Hugo shortcode, which"
                                    + " Orbitpress does not run: it is published as written; write what it made in"
                                    + " Markdown (a picture: ![what it shows](file)), put it in `code` if it is to be"
                                    + " shown, or remove it");
        }
    }

    /** The same files, at the same addresses, with the setting on or off: only their text differs. */
    @Test
    void noAddressChanges() throws IOException {
        TestSite s = site(false);
        s.build();
        Map<String, String> off = KilledBuildTest.digest(dir.resolve("site"));
        site(s, true).build();
        Map<String, String> on = KilledBuildTest.digest(dir.resolve("site"));
        assertThat(on.keySet()).isEqualTo(off.keySet());
        assertThat(on.get("articles/landing/index.html")).isNotEqualTo(off.get("articles/landing/index.html"));
    }

    /** Switching the setting makes the stories and registry texts again: warm builds equal cold ones. */
    @Test
    void warmBuildsAfterSwitchingPublishWhatColdBuildsPublish() throws IOException {
        Session session = Session.inMemory();
        Path out = dir.resolve("out");
        Map<String, String> before = null;
        TestSite s = new TestSite(dir);
        for (boolean on : new boolean[] {false, true, false, true}) {
            site(s, on);
            new SiteBuild(BuildOptions.of(dir).withOut(out), session).build();
            Path cold = dir.resolve("cold-" + on + "-" + System.nanoTime());
            new SiteBuild(BuildOptions.of(dir).withOut(cold)).build();
            Map<String, String> warm = KilledBuildTest.digest(out);
            assertThat(warm).as("typographer " + on).isEqualTo(KilledBuildTest.digest(cold));
            if (before != null) {
                assertThat(warm.get("articles/landing/index.html")).isNotEqualTo(before.get("articles/landing/index.html"));
                assertThat(warm.get("people/michael-oneill/index.html"))
                        .isNotEqualTo(before.get("people/michael-oneill/index.html"));
            }
            before = warm;
        }
    }

    private String searchEntries(TestSite s) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(s.site().resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".js")).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }
}
