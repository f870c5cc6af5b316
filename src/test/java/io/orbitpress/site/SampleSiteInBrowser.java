package io.orbitpress.site;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.testing.Chromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site built once and a headless Chromium that keeps the pages' console messages,
 * for all the tests of a browser test class (each takes a second or two to start).
 */
final class SampleSiteInBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    /** The built site's folder. */
    final Path site;
    final WebDriver driver;
    final WebDriverWait wait;
    private final Chromium browser;
    /** The window's size as Chromium opened it: each test starts with it. */
    private final Dimension window;

    private SampleSiteInBrowser(Path site, Chromium browser) {
        this.site = site;
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, WAIT);
        this.window = driver.manage().window().getSize();
    }

    /** Builds the sample site into {@code dir}/site and starts Chromium with {@code profile} and {@code arguments}. */
    static SampleSiteInBrowser open(Path dir, Path profile, String... arguments) {
        Chromium.requireInstalled();
        Path site = dir.resolve("site");
        new SiteBuild(BuildOptions.of(Path.of(".")).withOut(site)).build();
        ChromeOptions options = Chromium.options(profile, arguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new SampleSiteInBrowser(site, Chromium.start(options, WAIT));
    }

    /** As a fresh browser for the next test: the first window size, a blank page, no earlier console messages. */
    void fresh() {
        driver.manage().window().setSize(window);
        driver.get("about:blank");
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The console's warnings and errors since the last call. */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        browser.close();
    }
}
