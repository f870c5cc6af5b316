package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name or command in a story's sentence (`content/people/`) is set in a monospaced face
 * whose small letters stand as tall as the text's around it, not a size larger, as the starter
 * site's first story shows them. Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class CodeTextBrowserTest {

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static BuiltSiteInBrowser site;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("site.yaml"),
                "title: Desk\nbaseUrl: https://news.example.org/\n");
        Files.writeString(Files.createDirectories(dir.resolve("content/articles")).resolve("files.md"), """
                ---
                title: Where the names are kept
                date: 2025-08-01
                ---
                Each person is a file in `content/people/`, and `mvn orbitpress:serve` shows the site.

                A second paragraph with `code` in it.
                """);
        site = BuiltSiteInBrowser.open(dir, profile);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void codeInASentenceIsAsTallAsItsText() {
        for (int width : new int[] {375, 1280}) {
            site.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            site.driver.get(site.url("articles/files/"));
            Map<?, ?> at = (Map<?, ?>) site.js("var code = document.querySelector('.story-body p:last-child code');"
                    + " var p = code.parentElement; var ctx = document.createElement('canvas').getContext('2d');"
                    // measured ten times as large, where whole pixels are fine enough
                    + " function x(e) { var s = getComputedStyle(e); ctx.font = s.fontStyle + ' ' + s.fontWeight + ' '"
                    + " + (parseFloat(s.fontSize) * 10) + 'px ' + s.fontFamily;"
                    + " return ctx.measureText('x').actualBoundingBoxAscent; }"
                    + " return {code: x(code), text: x(p), family: getComputedStyle(code).fontFamily};");
            double code = ((Number) at.get("code")).doubleValue();
            double text = ((Number) at.get("text")).doubleValue();
            assertThat(code).as(width + " px: the x-height of code and of its text " + at).isBetween(text * 0.9, text * 1.08);
        }
    }
}
