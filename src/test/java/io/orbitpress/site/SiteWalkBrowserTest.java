package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in headless Chromium on the sample site, served on 127.0.0.1 with the theme's
 * Content-Security-Policy: home → article → person → mission → back, and a search by a
 * person's name, over HTTP and from disk. Leaves screenshots of the four kinds of page at phone
 * and desktop widths in target/screenshots/. Skipped without Chromium unless CI=true.
 */
@Tag("browser")
class SiteWalkBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    @TempDir
    static Path profile;

    static SampleSiteInBrowser browser;
    static Path site;
    static WebDriver driver;
    static WebDriverWait wait;
    StaticServer server;

    @BeforeAll
    static void start() {
        browser = SampleSiteInBrowser.open(dir, profile, "--hide-scrollbars");
        site = browser.site;
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void fresh() throws java.io.IOException {
        server = new StaticServer(site);
        browser.fresh();
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private String h1() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    private void click(WebElement link) {
        String before = driver.getCurrentUrl();
        link.click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
    }

    @Test
    void walksFromHomeToAnArticleAPersonAMissionAndBack() throws Exception {
        driver.get(server.url().toString());
        assertThat(driver.getTitle()).isEqualTo("Orbit Desk");
        click(driver.findElement(By.linkText("Crew-11 lifts off for the space station")));
        assertThat(driver.getCurrentUrl()).endsWith("/articles/crew-11-lifts-off/");
        assertThat(h1()).isEqualTo("Crew-11 lifts off for the space station");
        assertThat(driver.findElement(By.cssSelector(".byline")).getText()).contains("CAPE CANAVERAL", "August 1, 2025");

        // the story's people, missions and organizations: one line, the rest behind "+n more"
        assertThat(driver.findElement(By.cssSelector(".chips")).findElements(By.linkText("Kimiya Yui")).stream()
                .filter(WebElement::isDisplayed)).isEmpty();
        driver.findElement(By.cssSelector(".chips summary")).click();
        click(driver.findElement(By.cssSelector(".chips")).findElement(By.linkText("Kimiya Yui")));
        assertThat(driver.getCurrentUrl()).endsWith("/people/kimiya-yui/");
        assertThat(h1()).isEqualTo("Kimiya Yui");
        assertThat(driver.findElements(By.cssSelector(".timeline blockquote.mention"))).isNotEmpty();

        click(driver.findElement(By.cssSelector(".fact-box")).findElement(By.linkText("Crew-11")));
        assertThat(driver.getCurrentUrl()).endsWith("/missions/crew-11/");
        assertThat(h1()).isEqualTo("Crew-11");
        assertThat(driver.findElement(By.cssSelector(".fact-box")).getText()).contains("Zena Cardman", "Oleg Platonov");

        driver.navigate().back();
        wait.until(ExpectedConditions.urlContains("/people/kimiya-yui/"));
        assertThat(h1()).isEqualTo("Kimiya Yui");
        driver.navigate().back();
        wait.until(ExpectedConditions.urlContains("/articles/crew-11-lifts-off/"));
        assertThat(h1()).isEqualTo("Crew-11 lifts off for the space station");
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    @Test
    void findsTheArticlesAboutAPersonByName() throws Exception {
        // a phone's masthead has a search button, which opens the search page
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(server.url().resolve("missions/").toString());
        assertThat(driver.findElement(By.cssSelector(".masthead input[name=q]")).isDisplayed()).isFalse();
        click(driver.findElement(By.cssSelector(".masthead button")));
        assertThat(driver.getCurrentUrl()).contains("/search/");
        // a wide screen's has the field
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url().resolve("missions/").toString());
        WebElement box = driver.findElement(By.cssSelector(".masthead input[name=q]"));
        box.sendKeys("Kimiya Yui");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search/?q=Kimiya"));
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), java.util.regex.Pattern.compile("\\d+ results?")));
        List<WebElement> results = driver.findElements(By.cssSelector("#search-results a"));
        assertThat(results).extracting(WebElement::getText).contains("Kimiya Yui", "Crew-11 lifts off for the space station");
        WebElement article = driver.findElement(By.linkText("Crew-11 lifts off for the space station"));
        assertThat(article.getDomAttribute("href")).isEqualTo("../articles/crew-11-lifts-off/");
        click(article);
        assertThat(h1()).isEqualTo("Crew-11 lifts off for the space station");

        driver.navigate().back();
        wait.until(ExpectedConditions.urlContains("/search/"));
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("platonov crew");
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.urlContains("q=platonov"));
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), java.util.regex.Pattern.compile("platonov crew")));
        assertThat(driver.findElements(By.cssSelector("#search-results a"))).extracting(WebElement::getText)
                .contains("Oleg Platonov");
        // the language switch leads to the Russian search page with the same query
        assertThat(driver.findElement(By.cssSelector(".language-switch a[lang=ru]")).getDomAttribute("href"))
                .isEqualTo("../ru/search/?q=platonov+crew");
        input.clear();
        input.sendKeys("nonexistentword");
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "Nothing found"));
        assertThat(driver.findElements(By.cssSelector("#search-results li"))).isEmpty();
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    @Test
    void theMastheadShowsEverySectionWholeOnADesktopAndGivesThemARowOnAPhone() {
        String measure = "var nav = document.querySelector('.sections').getBoundingClientRect();"
                + " var first = document.querySelector('.sections li:first-child a').getBoundingClientRect();"
                + " var last = document.querySelector('.sections li:last-child a').getBoundingClientRect();"
                + " var brand = document.querySelector('.brand').getBoundingClientRect();"
                + " return {navLeft: nav.left, navRight: nav.right, navWidth: nav.width, navTop: nav.top,"
                + " firstLeft: first.left, lastRight: last.right, brandBottom: brand.bottom};";
        try {
            for (String route : List.of("", "ru/", "organizations/roscosmos/")) {
                driver.manage().window().setSize(new Dimension(1280, 900));
                driver.get(server.url().resolve(route).toString());
                Map<?, ?> at = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(measure);
                // within a pixel: the flex layout shares a shortfall down to fractions of one
                assertThat(number(at, "firstLeft")).as(route + " " + at).isGreaterThan(number(at, "navLeft") - 1);
                assertThat(number(at, "lastRight")).as(route + " " + at).isLessThan(number(at, "navRight") + 1);
                // on a phone the sections have the width of the page, below the name
                driver.manage().window().setSize(new Dimension(390, 844));
                driver.get(server.url().resolve(route).toString());
                at = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(measure);
                assertThat(number(at, "navWidth")).as(route + " " + at).isGreaterThan(300);
                assertThat(number(at, "navTop")).as(route + " " + at).isGreaterThanOrEqualTo(number(at, "brandBottom"));
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void relatedStoriesKeepTheStorysMeasure() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.url().resolve("articles/crew-11-lifts-off/").toString());
        Map<?, ?> at = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                "var s = document.querySelector('.story').getBoundingClientRect();"
                + " var r = document.querySelector('.related').getBoundingClientRect();"
                + " return {storyLeft: s.left, storyRight: s.right, relatedLeft: r.left, relatedRight: r.right};");
        assertThat(number(at, "relatedLeft")).as(at.toString()).isEqualTo(number(at, "storyLeft"));
        assertThat(number(at, "relatedRight")).as(at.toString()).isEqualTo(number(at, "storyRight"));
    }

    @Test
    void aFeedLinksSeparatorStaysWithTheLinkBeforeIt() {
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            for (String route : List.of("people/sergey-ryzhikov/", "organizations/roscosmos/", "ru/missions/crew-11/")) {
                driver.get(server.url().resolve(route).toString());
                Map<?, ?> at = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                        "var follow = document.querySelector('.follow'); var text = follow.nextSibling;"
                        + " var dot = document.createRange(); var i = text.data.indexOf('\u00b7');"
                        + " dot.setStart(text, i); dot.setEnd(text, i + 1);"
                        + " var lines = follow.getClientRects(); var last = lines[lines.length - 1];"
                        + " var d = dot.getBoundingClientRect();"
                        + " return {dotMiddle: (d.top + d.bottom) / 2, linkMiddle: (last.top + last.bottom) / 2,"
                        + " dotLeft: d.left, linkRight: last.right};");
                // on the link's last line (its padding above and below alike), right after it
                assertThat(Math.abs(number(at, "dotMiddle") - number(at, "linkMiddle"))).as(route + " " + at)
                        .isLessThan(3);
                assertThat(number(at, "dotLeft")).as(route + " " + at).isGreaterThanOrEqualTo(number(at, "linkRight"));
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The dash after a dateline stays at the end of its line on a phone ("МЫС КАНАВЕРАЛ —"), never
     * at the start of the next one before the date, as typesetters in English and Russian keep it.
     */
    @Test
    void theDashAfterADatelineNeverStartsALine() {
        try {
            driver.manage().window().setSize(new Dimension(375, 844));
            for (String route : List.of("ru/articles/crew-11-lifts-off/", "articles/crew-11-lifts-off/",
                    "articles/crew-11-docks-with-station/")) {
                driver.get(server.url().resolve(route).toString());
                Map<?, ?> at = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                        "var place = document.querySelector('.byline .dateline'); var time = place.nextElementSibling;"
                        + " var lines = place.getClientRects(); var last = lines[lines.length - 1];"
                        + " return {after: getComputedStyle(place, '::after').content,"
                        + " before: getComputedStyle(time, '::before').content,"
                        + " placeTop: last.top, timeTop: time.getClientRects()[0].top};");
                String before = String.valueOf(at.get("before"));
                assertThat(String.valueOf(at.get("after")) + before).as(route + " " + at).contains("\u2014");
                if (before.contains("\u2014")) {
                    assertThat(number(at, "timeTop")).as(route + ": the dash starts the date's line " + at)
                            .isEqualTo(number(at, "placeTop"));
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static double number(Map<?, ?> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    @Test
    void searchWorksWhenTheSiteIsOpenedFromDisk() {
        driver.get(site.resolve("search/index.html").toUri() + "?q=Zena+Cardman");
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), java.util.regex.Pattern.compile("\\d+ results?")));
        WebElement first = driver.findElement(By.cssSelector("#search-results a"));
        assertThat(first.getText()).isEqualTo("Zena Cardman");
        assertThat(first.getDomAttribute("href")).isEqualTo("../people/zena-cardman/index.html");
        click(first);
        assertThat(h1()).isEqualTo("Zena Cardman");
    }

    @Test
    void savesScreenshotsAtPhoneAndDesktopWidths() throws Exception {
        Files.createDirectories(SHOTS);
        List<String[]> pages = List.of(new String[] {"home", ""},
                new String[] {"article", "articles/crew-11-lifts-off/"},
                new String[] {"person", "people/zena-cardman/"},
                new String[] {"mission", "missions/crew-11/"});
        for (int width : new int[] {390, 1280}) {
            for (String[] p : pages) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(server.url().resolve(p[1]).toString());
                long height = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollHeight");
                long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth");
                assertThat(scrollWidth).as(p[0] + " at " + width + " px scrolls sideways").isLessThanOrEqualTo(width);
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 4000)));
                Path shot = SHOTS.resolve(p[0] + "-" + width + ".png");
                Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
                        StandardCopyOption.REPLACE_EXISTING);
                assertThat(Files.size(shot)).as(shot.toString()).isGreaterThan(10_000);
            }
        }
    }
}
