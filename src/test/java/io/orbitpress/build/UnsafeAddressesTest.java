package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses people write (redirects, URLs) can never become a link
 * with a scheme of their own, such as {@code javascript:}, on a published page.
 */
class UnsafeAddressesTest {

    @TempDir
    Path dir;

    private static List<String> problems(TestSite s) {
        try {
            s.build();
        } catch (BuildFailure e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("the build should have failed");
    }

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
        assertThat(problems(s)).contains("content/articles/moved.md:4:1: error: redirect"
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
        assertThat(problems(s)).filteredOn(p -> p.contains("redirect")).hasSize(4)
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
        assertThat(problems(s)).singleElement().asString().startsWith("content/articles/about.md:4:1: error: url ")
                .contains("is not a safe path");
    }
}
