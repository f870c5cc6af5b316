package io.orbitpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page scanned against the build's paths keeps only the links the final check can still find broken. */
class LinkCheckerScanTest {

    private static OutputFile page(String path, String body) {
        return OutputFile.rendered(path, ("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8),
                "content/articles/a.md");
    }

    @Test
    void keepsFragmentsAndBrokenLinksAndFindsWhatTheFullScanFinds() {
        OutputFile a = page("articles/a/index.html", """
                <h2 id="intro">Intro</h2>
                <a href="../b/">fine</a> <a href="../b/#details">fine anchor</a> <a href="../b/#gone">bad anchor</a>
                <a href="../nowhere/">nowhere</a> <a href="../../../up">outside</a> <a href="https://example.org/#x">away</a>
                <a href="#intro">own anchor</a> <a href="#missing">own bad anchor</a> <img src="../../assets/x.png" alt="x">
                <a href="../b/#">empty fragment</a>""");
        OutputFile b = page("articles/b/index.html", "<h2 id=\"details\">Details</h2><a href=\"../a/\">back</a>");
        Set<String> paths = LinkChecker.paths(List.of(a, b, OutputFile.copy("assets/x.png", null, "templates/assets/x.png")));

        LinkChecker.Scan compact = LinkChecker.scan(a, paths);
        assertThat(compact.links()).containsExactly("../b/#details", "../b/#gone", "../nowhere/", "../../../up",
                "https://example.org/#x", "#intro", "#missing");
        assertThat(LinkChecker.scan(b, paths).links()).isEmpty();

        List<Diagnostic> full = LinkChecker.checkScanned(paths, List.of(LinkChecker.scan(a), LinkChecker.scan(b)), x -> null);
        List<Diagnostic> kept = LinkChecker.checkScanned(paths, List.of(compact, LinkChecker.scan(b, paths)), x -> null);
        assertThat(kept).isEqualTo(full);
        assertThat(full).extracting(Diagnostic::message).hasSize(4).anyMatch(m -> m.contains("\"../b/#gone\""))
                .anyMatch(m -> m.contains("no page or file /articles/nowhere/"))
                .anyMatch(m -> m.contains("it leads outside the site")).anyMatch(m -> m.contains("\"#missing\""));
    }

    /** One scanner shared by a build's pages keeps what a scan of each page alone keeps, whatever the depth and order. */
    @Test
    void aScannerSharedByPagesAtEveryDepthKeepsWhatEachPageAloneKeeps() {
        String links = java.util.stream.Stream.of("../../people/x/", "../people/x/", "people/x/", "../../../people/x/",
                        "../../", "../", "./", "", "?q=1", "../../nowhere/", "../x/", "../../articles/a/", "/people/x/",
                        "../../../../people/x/", "../../../../", "x/", "../../people/x/#bio")
                .map(l -> "<a href=\"" + l + "\">l</a>").collect(java.util.stream.Collectors.joining(" "));
        List<OutputFile> pages = List.of(page("index.html", links), page("feed.html", links), page("tags/index.html", links),
                page("articles/a/index.html", links), page("people/x/index.html", links),
                page("people/x/page/2/index.html", links), page("a/b/c/d/e/index.html", links));
        Set<String> paths = LinkChecker.paths(pages);
        List<OutputFile> reversed = new java.util.ArrayList<>(pages);
        java.util.Collections.reverse(reversed);
        for (List<OutputFile> order : List.of(pages, reversed)) {
            LinkChecker.Scanner shared = new LinkChecker.Scanner(paths);
            for (OutputFile p : order) {
                assertThat(shared.scan(p)).as(p.path()).isEqualTo(LinkChecker.scan(p, paths));
            }
        }
        assertThat(new LinkChecker.Scanner(paths).scan(pages.get(3)).links()).as("from articles/a/")
                .containsExactly("../people/x/", "people/x/", "../../../people/x/", "../", "../../nowhere/", "../x/",
                        "../../../../people/x/", "../../../../", "x/", "../../people/x/#bio");
    }
}
