package io.orbitpress.build;

import static io.orbitpress.build.EmbargoTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.session.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity page is a permanent link: a registry file renamed keeps its old address with
 * {@code redirect_from:}, as a story does, in every language the page is in.
 */
class EntityRedirectsTest {

    @TempDir
    Path dir;

    private static final Instant BEFORE = Instant.parse("2025-07-30T12:00:00Z");
    private static final Instant AFTER = Instant.parse("2025-08-02T12:00:00Z");

    private TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                language: en
                languages: [en, ru]
                """);
        s.write("content/people/christina-hammock-koch.md", """
                ---
                name: Christina Koch
                redirect_from: [/people/christina-koch/, /people/koch]
                ---
                An astronaut.
                """);
        s.write("content/missions/expedition-61.md", """
                ---
                name: Expedition 61
                redirect_from: /missions/exp-61/
                ---
                A long stay.
                """);
        s.write("content/articles/walk.md", """
                ---
                title: The walk
                date: 2019-10-18
                ---
                Christina Koch stepped out ([her page](/people/christina-koch/)).
                """);
        return s;
    }

    @Test
    void eachOldAddressLeadsToThePageInEachLanguage() {
        TestSite s = site();
        assertThat(s.build().warnings()).isEmpty();
        for (String[] old : new String[][] {{"people/christina-koch/", "../christina-hammock-koch/"},
                {"people/koch/", "../christina-hammock-koch/"}, {"missions/exp-61/", "../expedition-61/"},
                {"ru/people/christina-koch/", "../christina-hammock-koch/"}}) {
            Document d = s.page(old[0]);
            assertThat(d.select("meta[http-equiv=refresh]").attr("content")).as(old[0]).isEqualTo("0; url=" + old[1]);
            assertThat(d.select("body a").attr("href")).as(old[0]).isEqualTo(old[1]);
            assertThat(d.title()).isIn("Christina Koch", "Expedition 61");
            assertThat(d.select("link[rel=canonical]").attr("href")).startsWith("https://news.example.org/");
        }
        assertThat(s.page("people/christina-koch/").select("body p").text())
                .isEqualTo("This page has moved to Christina Koch.");
        assertThat(s.page("ru/people/christina-koch/").select("body p").text())
                .isEqualTo("Страница перенесена: Christina Koch.");
        // no longer a fact on the page, nor a page in the sitemap
        assertThat(s.page("people/christina-hammock-koch/").text()).doesNotContain("Redirect from", "christina-koch/");
        assertThat(s.page("missions/expedition-61/").text()).doesNotContain("Redirect from", "exp-61");
        assertThat(s.text("sitemap.xml")).doesNotContain("/people/christina-koch/").contains("/people/christina-hammock-koch/");
    }

    @Test
    void anOldAddressIsCheckedAsAStorysIs() {
        TestSite s = site();
        s.write("content/people/jessica-meir.md", """
                ---
                name: Jessica Meir
                redirect_from:
                  - /people/jess/
                  - ../../etc/passwd
                ---
                An astronaut.
                """);
        s.write("content/people/jessica-watkins.md", """
                ---
                name: Jessica Watkins
                redirect_from: /articles/walk/
                ---
                An astronaut.
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/people/jessica-meir.md:5:5: error: redirect \"../../etc/passwd\" is not a safe path;"
                                + " use letters, digits and hyphens between slashes, like /people/christina-koch/"));
        s.write("content/people/jessica-meir.md", "---\nname: Jessica Meir\nredirect_from: /people/jessica-meir/\n---\nBio.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/people/jessica-meir.md:3:1: error: the redirect /people/jessica-meir/ is the address"
                                + " of the page itself; remove it from redirect_from",
                        "content/people/jessica-meir.md:3:1: error: the redirect /ru/people/jessica-meir/ is the"
                                + " address of the page itself; remove it from redirect_from",
                        "content/people/jessica-watkins.md:3:1: error: two pages claim the URL /articles/walk/"
                                + " (content/articles/walk.md and content/people/jessica-watkins.md); change a slug or"
                                + " a redirect"));
    }

    /** A page held back has no redirect either until it is out; warm builds across its time equal cold ones. */
    @Test
    void aHeldPageHasNoRedirectUntilItIsOut() throws IOException {
        TestSite s = site();
        s.write("content/people/jessica-meir.md", """
                ---
                name: Jessica Meir
                publishDate: 2025-08-01T13:00:00Z
                redirect_from: /people/jess/
                ---
                An astronaut.
                """);
        s.write("content/people/jasmin-moghbeli.md", """
                ---
                name: Jasmin Moghbeli
                draft: true
                redirect_from: /people/jasmin/
                ---
                An astronaut.
                """);
        Path cache = dir.resolve("cache");
        for (Instant now : new Instant[] {BEFORE, AFTER, BEFORE}) {
            new SiteBuild(BuildOptions.of(s.root).withNow(now), Session.inFolder(cache, "cache",
                    io.orbitpress.session.Tool.fingerprint())).build();
            assertThat(s.site().resolve("people/jess/index.html").toFile().exists()).as("at " + now)
                    .isEqualTo(now == AFTER);
            assertThat(s.site().resolve("ru/people/jess/index.html").toFile().exists()).isEqualTo(now == AFTER);
            assertThat(s.site().resolve("people/jasmin")).doesNotExist();
            Path cold = dir.resolve("cold-" + now.getEpochSecond());
            new SiteBuild(BuildOptions.of(s.root).withNow(now).withOut(cold)).build();
            assertThat(tree(s.site())).as("at " + now).isEqualTo(tree(cold));
        }
    }
}
