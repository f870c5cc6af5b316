package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search and the 404 page in headless Chromium on the sample site: a word that only an
 * article's body has is found and marked, over HTTP (with the theme's Content-Security-Policy)
 * and from disk; entities rank by how many articles mention them; the 404 page, served for a
 * deep address by a host that puts the site under another folder, has its styles.
 */
@Tag("browser")
class SearchBrowserTest {

    private static final Pattern RESULTS = Pattern.compile("\\d+ results?");
    /** The article that names Frank Rubio in its body only (not in its headline or summary). */
    private static final String RUBIO_STORY = "articles/seat-exchange-explained/";

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
        browser = SampleSiteInBrowser.open(dir, profile);
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
    void fresh() {
        browser.fresh();
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The article result whose link ends with {@code url}. */
    private WebElement articleResult(String url) {
        for (WebElement li : driver.findElements(By.cssSelector("#search-results li.search-result"))) {
            List<WebElement> links = li.findElements(By.cssSelector("h2 a"));
            if (!links.isEmpty() && links.get(0).getDomAttribute("href").contains(url)) {
                return li;
            }
        }
        throw new AssertionError("no result links to " + url + " in: "
                + driver.findElement(By.id("search-results")).getText());
    }

    private void assertBodyWordFoundAndMarked() {
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), RESULTS));
        WebElement result = articleResult(RUBIO_STORY);
        assertThat(result.findElement(By.cssSelector("h2")).getText()).doesNotContainIgnoringCase("rubio");
        List<WebElement> marks = result.findElements(By.cssSelector(".search-snippet mark"));
        assertThat(marks).extracting(WebElement::getText).contains("Rubio");
        assertThat(result.findElement(By.cssSelector(".search-snippet")).getText()).contains("Frank Rubio");
        // the date as every other page writes it, not ISO
        assertThat(result.findElement(By.cssSelector("time")).getText()).matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
    }

    @Test
    void findsAWordOnlyTheBodyHasAndMarksIt() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("search/?q=rubio").toString());
        assertBodyWordFoundAndMarked();
        assertThat(articleResult(RUBIO_STORY).findElement(By.cssSelector("h2 a")).getDomAttribute("href"))
                .isEqualTo("../" + RUBIO_STORY);

        // a second query from the form, folded: case and accents do not matter
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("FRÁNK rubío");
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "FRÁNK"));
        assertBodyWordFoundAndMarked();
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    @Test
    void aMissionManyArticlesMentionRanksAboveOneWithOne() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("search/?q=soyuz").toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), RESULTS));
        List<String> entities = driver.findElements(By.cssSelector("#search-results li.search-entity h2"))
                .stream().map(WebElement::getText).toList();
        assertThat(entities).contains("Soyuz MS-27", "Soyuz MS-02");
        assertThat(entities.indexOf("Soyuz MS-27")).isLessThan(entities.indexOf("Soyuz MS-02"));
        // display names and kind labels, never ids
        for (WebElement e : driver.findElements(By.cssSelector("#search-results li.search-entity"))) {
            assertThat(e.getText()).doesNotContain("soyuz-ms", "missions").containsIgnoringCase("mission");
            assertThat(e.findElement(By.cssSelector("p.dek")).getText()).matches("(.* · )?(1 article|\\d+ articles)");
        }
        // the articles the headline names first: "Soyuz" in a headline outweighs it in a body
        WebElement firstArticle = driver.findElement(By.cssSelector("#search-results li.search-result:not(.search-entity) h2"));
        assertThat(firstArticle.getText()).containsIgnoringCase("soyuz");
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A query of several words lists the names that have them all, not every name one of its
     * words starts: "crew 11" is Crew-11, not Crew-10, Crew-9 and Crew-5 above the stories.
     */
    @Test
    void aNameWithAllTheQuerysWordsIsListedWithoutThoseWithOne() throws Exception {
        server = new StaticServer(site);
        for (String[] query : new String[][] {{"crew 11", "Crew-11"}, {"Soyuz MS-27", "Soyuz MS-27"}}) {
            driver.get(server.url().resolve("search/?q=" + java.net.URLEncoder.encode(query[0],
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            wait.until(ExpectedConditions.textMatches(By.id("search-status"), RESULTS));
            assertThat(driver.findElements(By.cssSelector("#search-results li.search-entity h2")))
                    .extracting(WebElement::getText).as(query[0]).containsExactly(query[1]);
        }
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A possessive is its name: "NASA's" lists NASA (not only the missions whose alias is "NASA's
     * SpaceX Crew-11"), and "Duffy's" lists Sean Duffy and the stories that name him.
     */
    @Test
    void aPossessiveFindsItsName() throws Exception {
        server = new StaticServer(site);
        for (String[] query : new String[][] {{"NASA's", "NASA"}, {"Duffy\u2019s", "Sean Duffy"}}) {
            driver.get(server.url().resolve("search/?q=" + java.net.URLEncoder.encode(query[0],
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            wait.until(ExpectedConditions.textMatches(By.id("search-status"), RESULTS));
            assertThat(driver.findElements(By.cssSelector("#search-results li.search-entity h2")))
                    .extracting(WebElement::getText).as(query[0]).first().isEqualTo(query[1]);
            assertThat(driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)")))
                    .as(query[0]).hasSizeGreaterThan(2);
        }
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A name typed as another of the site's languages writes it finds the entity: "Платонов" on the
     * English search page lists Oleg Platonov, as "Platonov" on the Russian one lists Олег Платонов.
     */
    @Test
    void aNameInTheSitesOtherLanguageFindsItsEntity() throws Exception {
        server = new StaticServer(site);
        for (String[] query : new String[][] {{"search/", "Платонов", "Oleg Platonov"},
                {"ru/search/", "Platonov", "Олег Платонов"}}) {
            driver.get(server.url().resolve(query[0] + "?q=" + java.net.URLEncoder.encode(query[1],
                    java.nio.charset.StandardCharsets.UTF_8)).toString());
            wait.until(ExpectedConditions.textMatches(By.id("search-status"), Pattern.compile("\\d")));
            assertThat(driver.findElements(By.cssSelector("#search-results li.search-entity h2")))
                    .extracting(WebElement::getText).as(query[0] + query[1]).containsExactly(query[2]);
        }
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A name or word typed a letter off finds what its nearest word of the site finds, and says
     * so: "cardmn" finds Zena Cardman and her stories, "Платнов" Oleg Platonov; a query with
     * nothing near it still finds nothing.
     */
    @Test
    void aMisspeltWordFindsTheNearestWordOfTheSite() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("search/?q=zena%20cardmn").toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"),
                Pattern.compile("^Nothing found for \u201czena cardmn\u201d\\. Showing \\d+ results for \u201czena cardman\u201d\\.$")));
        assertThat(driver.findElement(By.cssSelector("#search-results li.search-entity h2")).getText())
                .isEqualTo("Zena Cardman");
        assertThat(driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)")))
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#search-results mark"))).extracting(WebElement::getText)
                .contains("Cardman");

        driver.get(server.url().resolve("ru/search/?q=" + java.net.URLEncoder.encode("Платнов",
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"),
                Pattern.compile("^По запросу «Платнов» ничего не найдено\\. Показаны \\d+ результат(а|ов)? по запросу «платонов»\\.$")));
        assertThat(driver.findElement(By.cssSelector("#search-results li.search-entity h2")).getText())
                .isEqualTo("Олег Платонов");

        driver.get(server.url().resolve("search/?q=qqqzzz").toString());
        wait.until(ExpectedConditions.textToBe(By.id("search-status"), "Nothing found for \u201cqqqzzz\u201d."));
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * Results come as the reader types, without pressing Search: a pause after "platon" lists
     * Oleg Platonov, the address keeps the query (for the back button and a reload), and a
     * letter more or one deleted searches again.
     */
    @Test
    void resultsComeAsTheReaderTypes() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("search/").toString());
        WebElement input = driver.findElement(By.id("search-q"));
        input.sendKeys("platon");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "\u201cplaton\u201d"));
        assertThat(driver.findElement(By.cssSelector("#search-results li.search-entity h2")).getText())
                .isEqualTo("Oleg Platonov");
        assertThat(driver.getCurrentUrl()).endsWith("search/?q=platon");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("the focus stays in the field")
                .isEqualTo("search-q");
        input.sendKeys("ov soyuz");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "\u201cplatonov soyuz\u201d"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "\u201cplatonov soyu\u201d"));
        // a word begun with one letter is not searched yet: "Nothing found" would flash at every new word
        input.sendKeys(" c");
        Thread.sleep(1200);
        assertThat(driver.findElement(By.id("search-status")).getText()).contains("\u201cplatonov soyu\u201d");
        input.sendKeys("r");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "\u201cplatonov soyu cr\u201d"));
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * The Russian search page's script writes in Russian, with the plural form its count asks
     * for: its status, the kind and article count of an entity, the dates and the names of the
     * articles, and "nothing found"; the English page keeps its English.
     */
    @Test
    void theRussianSearchPageWritesRussian() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("ru/search/?q=платонов").toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"),
                Pattern.compile("^\\d+ результат(а|ов)? по запросу «платонов»\\.$")));
        WebElement person = driver.findElement(By.cssSelector("#search-results li.search-entity"));
        assertThat(person.findElement(By.cssSelector("p.meta")).getDomProperty("textContent")).isEqualTo("Человек");
        assertThat(person.findElement(By.cssSelector("h2")).getText()).isEqualTo("Олег Платонов");
        assertThat(person.findElement(By.cssSelector("p.dek")).getText()).matches(".* · (1 статья|[2-4] статьи|\\d+ статей)");
        List<WebElement> articles = driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)"));
        assertThat(articles).isNotEmpty();
        for (WebElement a : articles) {
            assertThat(a.findElement(By.cssSelector("time")).getText()).matches("\\d{1,2} [а-я]+ \\d{4}");
        }
        assertThat(driver.findElement(By.id("search-results")).getText())
                .as("an article's names past the fourth").contains(" и ещё ").doesNotContain("more");

        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("щщщ");
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("search-status"), "По запросу «щщщ» ничего не найдено."));
        input.clear();
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), Pattern.compile("^Введите имя")));

        driver.get(server.url().resolve("search/?q=qqqzzz").toString());
        wait.until(ExpectedConditions.textToBe(By.id("search-status"), "Nothing found for \u201cqqqzzz\u201d."));
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A Russian word in another case than the text's finds its forms: "Платоновым" finds Oleg
     * Platonov and the stories that write "Платонов" or "Платонова", each form marked.
     */
    @Test
    void aRussianWordInAnotherCaseFindsTheTextsForms() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("ru/search/?q=" + java.net.URLEncoder.encode("Платоновым",
                java.nio.charset.StandardCharsets.UTF_8)).toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"),
                Pattern.compile("^[1-9]\\d* результат(а|ов)? по запросу «Платоновым»\\.$")));
        assertThat(driver.findElement(By.cssSelector("#search-results li.search-entity h2")).getText())
                .isEqualTo("Олег Платонов");
        List<WebElement> articles = driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)"));
        assertThat(articles).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#search-results mark"))).extracting(WebElement::getText)
                .allMatch(m -> m.startsWith("Платонов")).isNotEmpty();
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * "More results" pressed from the keyboard adds the next results and puts the focus on the
     * first of them: hiding the button while they load dropped the focus to the top of the page.
     */
    @Test
    void moreResultsFromTheKeyboardKeepsTheFocusOnTheResults() throws Exception {
        server = new StaticServer(site);
        driver.get(server.url().resolve("search/?q=platonov").toString());
        WebElement more = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-more")));
        int before = driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)")).size();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", more);
        more.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)")).size()
                > before);
        WebElement first = driver.findElements(By.cssSelector("#search-results li.search-result:not(.search-entity)"))
                .get(before);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("a");
        assertThat(focused.getDomAttribute("href")).isEqualTo(first.findElement(By.cssSelector("a"))
                .getDomAttribute("href"));
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    /**
     * A site whose search page was ejected before the page carried the script's texts (no
     * {@code data-searching}, {@code data-results}, ... on the results list) still gets every text
     * the script writes, in English.
     */
    @Test
    void aSearchPageWithoutItsTextsStillSaysWhatItFound() throws Exception {
        Path old = dir.resolve("ejected-search");
        io.orbitpress.testing.Trees.copy(site, old);
        Path page = old.resolve("search/index.html");
        java.nio.file.Files.writeString(page, java.nio.file.Files.readString(page)
                .replaceAll(" data-(searching|results|articles|more-names|failed)=\"[^\"]*\"", ""));
        assertThat(java.nio.file.Files.readString(page)).doesNotContain("data-results");
        server = new StaticServer(old);
        driver.get(server.url().resolve("search/?q=soyuz").toString());
        wait.until(ExpectedConditions.textMatches(By.id("search-status"), Pattern.compile("^\\d+ results for \u201csoyuz\u201d\\.$")));
        assertThat(driver.findElement(By.cssSelector("#search-results li.search-entity p.dek")).getText())
                .matches("(.* · )?(1 article|\\d+ articles)");
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("qqqzzz");
        driver.findElement(By.cssSelector(".search-big button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("search-status"), "Nothing found for \u201cqqqzzz\u201d."));
        assertThat(browser.consoleProblems()).as("console errors (CSP, 404s, scripts)").isEmpty();
    }

    @Test
    void findsAWordOnlyTheBodyHasWhenTheSiteIsOpenedFromDisk() {
        driver.get(site.resolve("search/index.html").toUri() + "?q=Rubio");
        assertBodyWordFoundAndMarked();
        WebElement link = articleResult(RUBIO_STORY).findElement(By.cssSelector("h2 a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("../" + RUBIO_STORY + "index.html");
        link.click();
        wait.until(ExpectedConditions.urlContains("seat-exchange-explained/index.html"));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isNotEmpty();
    }

    private String style(String selector, String property) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                selector, property);
    }

    @Test
    void theNotFoundPageHasItsStylesAtADeepAddressUnderAnotherFolder() throws Exception {
        server = new StaticServer(site, "/mirror/", false);
        driver.get(server.url().toString());
        assertThat(driver.findElement(By.cssSelector(".brand")).getText()).isEqualTo("Orbit Desk");
        String[][] looks = {{"body", "font-family"}, {"body", "background-color"}, {".masthead", "border-bottom-width"},
                {".brand", "font-weight"}, {"main h1", "font-family"}, {".wrap", "max-width"}};
        String[] home = new String[looks.length];
        for (int i = 0; i < looks.length; i++) {
            home[i] = style(looks[i][0], looks[i][1]);
        }

        driver.get(server.url().resolve("no/such/story/at/any/depth/").toString());
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Page not found");
        for (int i = 0; i < looks.length; i++) {
            assertThat(style(looks[i][0], looks[i][1])).as(looks[i][0] + " " + looks[i][1]).isEqualTo(home[i]);
        }
        // styled, not the browser's defaults
        assertThat(style(".wrap", "max-width")).isNotEqualTo("none");
        assertThat(style(".skip-link", "position")).isEqualTo("absolute");
        // the links go to the site's own address; nothing was requested from anywhere else
        assertThat(driver.findElement(By.linkText("Go to the latest stories")).getDomAttribute("href"))
                .isEqualTo("https://orbitpress.example.org/");
        List<String> requests = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"))
                .stream().map(String::valueOf).toList();
        assertThat(requests).isEmpty();
        assertThat(browser.consoleProblems()).as("console problems other than the page's own 404")
                .allMatch(m -> m.contains("404"));
    }
}
