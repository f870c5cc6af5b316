package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses people write (redirects, URLs, images, entity kind URLs) can never become a link
 * with a scheme of their own, such as {@code javascript:}, on a published page.
 */
class UnsafeAddressesTest {

    @TempDir
    Path dir;

    /** The case of the report: a redirect named like a script link, and a root-level page linking to it. */
    @Test
    void aRedirectWithAColonInItsFirstSegmentIsRefused() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/moved.md", """
                ---
                title: Moved
                date: 2025-07-30
                aliases: ["javascript:alert(document.domain),/a"]
                ---
                Moved here.
                """);
        s.write("content/articles/about.md", """
                ---
                title: About
                date: 2025-07-30
                url: /about.html
                ---
                See [the old address](/javascript:alert(document.domain),/a/).
                """);
        assertThat(s.problems()).contains("content/articles/moved.md:4:1: error: redirect"
                + " \"javascript:alert(document.domain),/a\" is not a safe path; use letters, digits and hyphens"
                + " between slashes, like /2015/06/old-slug/");
    }

    @Test
    void redirectsAreCheckedSegmentBySegment() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/moved.md", """
                ---
                title: Moved
                date: 2025-07-30
                redirect_from: ["/a:b/", "//evil.example/x/", "/", "/ok/<b>/", "/fine/old-post.html"]
                ---
                Moved here.
                """);
        assertThat(s.problems()).filteredOn(p -> p.contains("redirect")).hasSize(4)
                .anyMatch(p -> p.contains("\"/a:b/\"")).anyMatch(p -> p.contains("\"//evil.example/x/\""))
                .anyMatch(p -> p.contains("\"/\"")).anyMatch(p -> p.contains("\"/ok/<b>/\""));
    }

    @Test
    void aUrlWithAColonIsRefused() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/about.md", """
                ---
                title: About
                date: 2025-07-30
                url: "/javascript%3Aalert(1)/"
                ---
                Text.
                """);
        assertThat(s.problems()).singleElement().asString().startsWith("content/articles/about.md:4:1: error: url ")
                .contains("is not a safe path");
    }

    /** An address in Cyrillic on a site of Latin addresses is told the address to write, as a slug: is. */
    @Test
    void aUrlInAnotherScriptIsToldInLatinLetters() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/gagarin.md", "---\ntitle: Гагарин\ndate: 2025-07-30\nurl: /статьи/гагарин/\n---\nТекст.\n");
        assertThat(s.problems()).containsExactly("content/articles/gagarin.md:4:1: error: url \"/статьи/гагарин/\" has"
                + " letters outside a-z, and this site's addresses are written in Latin letters; write it as"
                + " /stati/gagarin/, or set slugs: unicode in site.yaml to keep every script's letters");
    }

    /** An address with a scheme is told as such, not as a pattern with an unknown placeholder. */
    @Test
    void aUrlWithASchemeIsNotASafePath() {
        TestSite s = new TestSite(dir);
        for (String url : new String[] {"javascript:alert(1)", "https://news.example.org/x/"}) {
            s.write("content/articles/about.md", "---\ntitle: About\ndate: 2025-07-30\nurl: \"" + url + "\"\n---\nText.\n");
            assertThat(s.problems()).as(url).singleElement().asString().isEqualTo("content/articles/about.md:4:1: error:"
                    + " url \"" + url + "\" is not a safe path: an article's address is a path on this site, without a"
                    + " scheme; use letters, digits and hyphens between slashes, like /2015/06/11/old-post/");
        }
    }

    @Test
    void aRegistryImageWithAScriptSchemeIsRefused() {
        TestSite s = new TestSite(dir);
        s.write("content/people/ada-orbit.md", """
                ---
                name: Ada Orbit
                image: "javascript:alert(document.domain)"
                image_alt: Ada
                ---
                Ada flies.
                """);
        s.write("content/people/bo-orbit.md", """
                ---
                name: Bo Orbit
                image: "mailto:bo@example.org"
                image_alt: Bo
                ---
                Bo flies.
                """);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-30\npeople: [ada-orbit, bo-orbit]\n---\nText.\n");
        assertThat(s.problems()).containsExactly(
                "content/people/ada-orbit.md:3:1: error: image must be a path or an http(s) URL, like /images/ada-orbit.jpg",
                "content/people/bo-orbit.md:3:1: error: image must be a path or an http(s) URL, like /images/bo-orbit.jpg");
    }

    /** mailto: and tel: are safe links but no pictures. */
    @Test
    void anArticleImageMustBeAPathOrAnHttpAddress() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", """
                ---
                title: A
                date: 2025-07-30
                image: "mailto:desk@example.org"
                image_alt: The desk
                ---
                Text.
                """);
        assertThat(s.problems()).containsExactly(
                "content/articles/a.md:4:1: error: image must be a path or an http(s) URL, like /images/launch.jpg");
    }

    /** A file name with spaces is told as such, with the address that works. */
    @Test
    void anImageAddressWithSpacesSaysHowToWriteIt() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", """
                ---
                title: A
                date: 2025-07-30
                image: "/images/launch pad photo.jpg"
                image_alt: The pad
                ---
                Text.
                """);
        assertThat(s.problems()).containsExactly("content/articles/a.md:4:1: error: image has a space in its address;"
                + " write each space as %20, like /images/launch%20pad%20photo.jpg, or rename the file without spaces");
    }

    @Test
    void anEntityKindUrlWithAScriptSchemeIsRefused() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                entities:
                  kinds:
                    - key: people
                      url: "javascript:alert(document.domain)"
                      person: true
                """);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda flies.\n");
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-30\npeople: [ada-orbit]\n---\nText.\n");
        assertThat(s.problems()).anyMatch(p -> p.startsWith("content/site.yaml:")
                && p.contains("javascript:alert(document.domain)"));
    }
}
