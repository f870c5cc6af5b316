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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * A site in English and Arabic in headless Chromium at a phone's width: the Arabic pages are laid
 * out right to left (a quotation's rule on the right, no drop cap), nothing makes them scroll
 * sideways, and the section list keeps the current section in view at its left end. The English
 * pages stay left to right. Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class RightToLeftBrowserTest {

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static BuiltSiteInBrowser site;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Files.createDirectories(dir.resolve("content/articles/ar"));
        Files.writeString(dir.resolve("content/site.yaml"), """
                title: Orbit
                baseUrl: https://news.example.org/
                languages:
                  - code: en
                  - code: ar
                    title: المدار
                """);
        Files.writeString(dir.resolve("content/articles/launch.md"), """
                ---
                title: Launch
                date: 2025-08-01
                tags: [launch]
                ---
                The rocket flew.

                > A quotation.
                """);
        Files.writeString(dir.resolve("content/articles/ar/launch.md"), """
                ---
                title: الإطلاق
                date: 2025-08-01
                tags: [إطلاق]
                ---
                انطلق الصاروخ من منصة الإطلاق.

                > اقتباس من البيان.
                """);
        site = BuiltSiteInBrowser.open(dir, profile, "--hide-scrollbars");
        driver = site.driver;
        driver.manage().window().setSize(new Dimension(390, 900));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private Object js(String script) {
        return site.js(script);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> style(String selector) {
        return (Map<String, Object>) js("var s = getComputedStyle(document.querySelector('" + selector + "'));"
                + " return {dir: s.direction, left: s.borderLeftWidth, right: s.borderRightWidth, float: s.float};");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> firstLetter() {
        return (Map<String, Object>) js("var s = getComputedStyle(document.querySelector('.story-body > p'), '::first-letter');"
                + " return {float: s.float, size: s.fontSize, top: s.paddingTop, right: s.paddingRight};");
    }

    @Test
    void arabicPagesReadRightToLeftWithoutScrollingSideways() {
        driver.get(site.url("ar/articles/launch/"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat((Long) js("return document.documentElement.scrollWidth")).as("scrolls sideways")
                .isLessThanOrEqualTo(390);
        assertThat(style(".story-body blockquote")).containsEntry("dir", "rtl").containsEntry("right", "4px")
                .containsEntry("left", "0px");
        assertThat(firstLetter()).containsEntry("float", "none");

        driver.get(site.url("articles/launch/"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isNull();
        assertThat(style(".story-body blockquote")).containsEntry("dir", "ltr").containsEntry("left", "4px")
                .containsEntry("right", "0px");
        Map<String, Object> initial = firstLetter();
        assertThat(initial.get("float")).isIn("left", "inline-start");
        assertThat(initial.get("top")).as("the drop cap keeps its padding").isNotEqualTo("0px");
        assertThat(initial.get("right")).isNotEqualTo("0px");
    }

    @Test
    void theCurrentSectionIsScrolledIntoViewAtTheLeftEnd() {
        driver.get(site.url("ar/tags/"));
        // the topics are the last section: on a phone the list scrolls to show them, leftwards,
        // clear of the fade (1.5rem) at that end
        Map<?, ?> at = (Map<?, ?>) js("var nav = document.querySelector('.sections').getBoundingClientRect();"
                + " var here = document.querySelector('.sections [aria-current]').getBoundingClientRect();"
                + " return {navLeft: nav.left, hereLeft: here.left, hereRight: here.right, navRight: nav.right};");
        assertThat(((Number) at.get("hereLeft")).doubleValue()).as(at.toString())
                .isGreaterThanOrEqualTo(((Number) at.get("navLeft")).doubleValue() + 23);
        assertThat(((Number) at.get("hereRight")).doubleValue()).as(at.toString())
                .isLessThanOrEqualTo(((Number) at.get("navRight")).doubleValue());
        // on a wide screen nothing is faded
        try {
            driver.manage().window().setSize(new Dimension(1280, 900));
            driver.get(site.url("ar/tags/"));
            assertThat(js("return getComputedStyle(document.querySelector('.sections')).maskImage")).isEqualTo("none");
        } finally {
            driver.manage().window().setSize(new Dimension(390, 900));
        }
    }
}
