package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A site in four languages in headless Chromium: the masthead names the current language and
 * lists the others in a menu that opens under it, so that at a phone's width nothing scrolls
 * sideways and the sections keep room, and on a desktop no section is cut off. The menu closes
 * on Escape and on a click elsewhere. Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class LanguageMenuBrowserTest {

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static BuiltSiteInBrowser site;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("site.yaml"), """
                title: Orbit Desk
                baseUrl: https://news.example.org/
                languages:
                  - code: en
                  - code: ru
                    title: Орбита
                  - code: de
                  - code: fr
                """);
        for (String lang : new String[] {"", "ru/", "de/", "fr/"}) {
            Path articles = Files.createDirectories(dir.resolve("content/articles/" + lang));
            Files.writeString(articles.resolve("launch.md"), """
                    ---
                    title: Launch
                    date: 2025-08-01
                    translationKey: launch
                    tags: [launch]
                    ---
                    The rocket flew.
                    """);
        }
        site = BuiltSiteInBrowser.open(dir, profile, "--hide-scrollbars");
        driver = site.driver;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @AfterEach
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 900));
    }

    private Object js(String script) {
        return site.js(script);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> box(String selector) {
        return (Map<String, Number>) js("var r = document.querySelector('" + selector + "').getBoundingClientRect();"
                + " return {left: r.left, right: r.right, width: r.width, height: r.height};");
    }

    @Test
    void onAPhoneTheOtherLanguagesOpenInAMenuThatFitsTheScreen() {
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(site.url("articles/launch/"));
        assertThat((Long) js("return document.documentElement.scrollWidth")).as("scrolls sideways")
                .isLessThanOrEqualTo(390);
        assertThat(box(".sections").get("width").doubleValue()).as("room left for the sections").isGreaterThan(80);
        WebElement summary = driver.findElement(By.cssSelector(".language-menu summary"));
        assertThat(summary.getText()).isEqualTo("English");
        WebElement german = driver.findElement(By.cssSelector(".language-menu a[lang=de]"));
        assertThat(german.isDisplayed()).as("closed at first").isFalse();

        summary.click();
        assertThat(german.isDisplayed()).isTrue();
        Map<String, Number> at = box(".language-menu a[lang=de]");
        assertThat(at.get("left").doubleValue()).as(at.toString()).isGreaterThanOrEqualTo(0);
        assertThat(at.get("right").doubleValue()).as(at.toString()).isLessThanOrEqualTo(390);
        assertThat(at.get("height").doubleValue()).as("a finger's reach").isGreaterThanOrEqualTo(36);
        assertThat((Long) js("return document.documentElement.scrollWidth")).as("the open menu scrolls sideways")
                .isLessThanOrEqualTo(390);
        german.click();
        assertThat(driver.getCurrentUrl()).endsWith("/de/articles/launch/");
        assertThat(driver.findElement(By.cssSelector(".language-menu summary")).getText()).isEqualTo("Deutsch");
    }

    @Test
    void theMenuClosesOnEscapeAndOnAClickElsewhere() {
        driver.manage().window().setSize(new Dimension(390, 900));
        driver.get(site.url("ru/"));
        WebElement summary = driver.findElement(By.cssSelector(".language-menu summary"));
        summary.click();
        assertThat(js("return document.querySelector('.language-menu').open")).isEqualTo(true);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(js("return document.querySelector('.language-menu').open")).isEqualTo(false);
        assertThat(js("return document.activeElement.tagName")).as("focus back on the menu's name").isEqualTo("SUMMARY");

        summary.click();
        assertThat(js("return document.querySelector('.language-menu').open")).isEqualTo(true);
        driver.findElement(By.cssSelector("main")).click();
        assertThat(js("return document.querySelector('.language-menu').open")).isEqualTo(false);
    }

    @Test
    void onADesktopEverySectionShowsWhole() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(site.url("ru/"));
        Map<String, Number> nav = box(".sections");
        Map<String, Number> first = box(".sections li:first-child a");
        Map<String, Number> last = box(".sections li:last-child a");
        assertThat(first.get("left").doubleValue()).as(nav + " " + first).isGreaterThanOrEqualTo(nav.get("left").doubleValue());
        assertThat(last.get("right").doubleValue()).as(nav + " " + last).isLessThanOrEqualTo(nav.get("right").doubleValue());
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(1280);
    }
}
