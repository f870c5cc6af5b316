package io.orbitpress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Chromium;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
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
 * A real browser on the preview: the page follows edits without any action, shows the error
 * overlay while the build fails, and drops it once fixed. Needs Chromium and its driver
 * ({@code apt-get install chromium chromium-driver}); skipped without them unless CI=true.
 */
@Tag("browser")
class BrowserReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @TempDir
    Path profile;

    MiniSite site;
    PreviewServer server;
    Chromium browser;
    WebDriver driver;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        Chromium.requireInstalled();
        site = MiniSite.create(dir);
        server = site.serve(log);
        browser = Chromium.start(Chromium.options(profile), WAIT);
        driver = browser.driver();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void followsEditsAndShowsBuildErrors() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        By title = By.cssSelector("main h1");
        By overlay = By.id("orbitpress-errors");

        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/first/").toString());
        assertThat(driver.findElement(title).getText()).isEqualTo("First light");
        connected = awaitListening(wait, connected);

        site.article("first", "First light, live");
        wait.until(ExpectedConditions.textToBe(title, "First light, live"));
        connected = awaitListening(wait, connected);

        String good = site.read("content/articles/first.md");
        site.write("content/articles/first.md", good.replace("title: First light, live", "title: [unclosed"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));
        assertThat(driver.findElement(overlay).getAttribute("role")).isEqualTo("alert");
        assertThat(driver.findElement(overlay).getText()).contains("content/articles/first.md:2:8: error: invalid YAML: the list opened here with [ is not closed");
        assertThat(driver.findElement(title).getText()).isEqualTo("First light, live");

        driver.navigate().refresh(); // a page loaded while the build fails shows the overlay too
        wait.until(ExpectedConditions.visibilityOfElementLocated(overlay));
        connected = awaitListening(wait, connected);

        site.write("content/articles/first.md", good.replace("title: First light, live", "title: First light, fixed"));
        wait.until(ExpectedConditions.textToBe(title, "First light, fixed"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(overlay));
        assertThat(driver.findElements(overlay)).isEmpty();
    }

    @Test
    void swapsStylesheetsInPlaceAndLeavesADeletedPageForHome() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/second/").toString());
        connected = awaitListening(wait, connected);
        // Marks this document: a reload would lose the mark, a stylesheet swap keeps it.
        ((JavascriptExecutor) driver).executeScript("window.orbitpressMark = 1;");

        String css = site.read("templates/assets/style.css");
        site.write("templates/assets/style.css", css + "\nmain h1 { color: rgb(1, 2, 3); }\n");
        wait.until(ExpectedConditions.attributeContains(By.cssSelector("link[rel~=stylesheet]"), "href", "?v="));
        wait.until(d -> d.findElement(By.cssSelector("main h1")).getCssValue("color").contains("1, 2, 3"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.orbitpressMark;"))
                .isEqualTo(1L);

        Files.delete(dir.resolve("content/articles/second.md"));
        wait.until(d -> server.url().resolve("/").toString().equals(d.getCurrentUrl()));
        assertThat(driver.findElements(By.cssSelector("a[href*='articles/second']"))).isEmpty();
    }

    /** The page open when its file is renamed goes where the page went, not to the home page. */
    @Test
    void followsThePageWhenItsFileIsRenamed() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/first/").toString());
        awaitListening(wait, connected);
        Files.move(dir.resolve("content/articles/first.md"), dir.resolve("content/articles/first-light.md"));
        wait.until(d -> server.url().resolve("/articles/first-light/").toString().equals(d.getCurrentUrl()));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("First light");
    }

    /** The build's warnings about a page's file show in a corner of that page, and only there. */
    @Test
    void showsTheWarningsAboutThePagesFile() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        By note = By.id("orbitpress-warnings");
        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/first/").toString());
        connected = awaitListening(wait, connected);
        assertThat(driver.findElements(note)).isEmpty();

        site.write("content/articles/first.md", "---\ntitle: First light\ndate: 2025-07-30\ntgas: [launch]\n---\nText.\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(note));
        connected = awaitListening(wait, connected);
        WebElement box = driver.findElement(note);
        assertThat(box.getAttribute("role")).isEqualTo("status");
        assertThat(box.findElement(By.tagName("summary")).getText()).isEqualTo("1 warning about the file of this page");
        box.findElement(By.tagName("summary")).click();
        assertThat(box.findElement(By.tagName("li")).getText()).isEqualTo("content/articles/first.md:4:1: warning:"
                + " unknown key \"tgas\"; did you mean \"tags\"? (it is not read, only handed to templates)");

        driver.get(server.url().resolve("/articles/second/").toString());
        connected = awaitListening(wait, connected);
        awaitStatus(wait);
        assertThat(driver.findElements(note)).as("another page's file has no warning").isEmpty();

        driver.get(server.url().resolve("/articles/first/").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(note));
        connected = awaitListening(wait, connected);
        site.article("first", "First light, mended");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "First light, mended"));
        awaitStatus(wait);
        assertThat(driver.findElements(note)).isEmpty();
    }

    /**
     * The 404 page, whose own policy lets no script connect (default-src 'none'), follows the build
     * too: a story written at its address with a mistake shows why, and mended, shows itself.
     */
    @Test
    void theNotFoundPageFollowsTheBuildToo() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        By overlay = By.id("orbitpress-errors");
        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/third/").toString());
        assertThat(driver.getTitle()).containsIgnoringCase("not found");
        awaitListening(wait, connected);

        site.write("content/articles/third.md", "---\ntitle: [unclosed\ndate: 2025-07-30\n---\nText.\n");
        // the server's log in the message: what it built, and when, if the overlay never shows
        wait.withMessage(() -> "the 404 page showed no overlay; server log:\n" + log)
                .until(ExpectedConditions.visibilityOfElementLocated(overlay));
        assertThat(driver.findElement(overlay).getText()).contains("content/articles/third.md:2:8: error: invalid YAML");

        site.article("third", "Third light");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Third light"));
    }

    /**
     * The 404 page carries the theme's stylesheet inline: saving the stylesheet shows the new one
     * there too, where swapping the links of the page changed nothing.
     */
    @Test
    void theNotFoundPageTakesTheSavedStylesheet() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        long connected = server.listenersOpened();
        driver.get(server.url().resolve("/articles/third/").toString());
        assertThat(driver.getTitle()).containsIgnoringCase("not found");
        awaitListening(wait, connected);

        String css = site.read("templates/assets/style.css");
        site.write("templates/assets/style.css", css + "\nmain h1 { color: rgb(1, 2, 3); }\n");
        // read in one script, in whichever document is there: the page reloads meanwhile, and a heading
        // found in the old document is gone before its colour is asked for
        wait.withMessage(() -> "the 404 page kept its old stylesheet; server log:\n" + log)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var h = document.querySelector('main h1'); return h ? getComputedStyle(h).color : '';"))
                        .contains("1, 2, 3"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url().resolve("/articles/third/").toString());
    }

    /**
     * A page whose event stream is not open when a rebuild ends misses that rebuild's event: here
     * the preview is stopped, the story edited meanwhile, and the preview started again on the same
     * port. Once the page's stream opens again it shows the story as it is now, rather than as it
     * was until the next save.
     */
    @Test
    void aPageThatMissedARebuildReloadsWhenItsStreamOpensAgain() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(server.url().resolve("/articles/first/").toString());
        awaitListening(wait, server.listenersOpened() - 1);
        awaitStatus(wait);
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("First light");

        int port = server.url().getPort();
        server.close();
        site.article("first", "First light, edited while stopped");
        java.io.PrintWriter w = new java.io.PrintWriter(log, true);
        server = PreviewServer.start(site.options(), "127.0.0.1", port, w, w);
        assertThat(server.url().getPort()).as("started again on the same port").isEqualTo(port);

        awaitListening(wait, 0);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "First light, edited while stopped"));
    }

    /** Waits until the page has read the status of the build it shows. */
    private void awaitStatus(WebDriverWait wait) {
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("data-orbitpress-status") != null);
    }

    /** Waits until the page has opened its event stream, so the next edit is not missed. */
    private long awaitListening(WebDriverWait wait, long before) {
        wait.withMessage(() -> "the page opened no event stream; server log:\n" + log)
                .until(d -> server.listenersOpened() > before);
        return server.listenersOpened();
    }
}
