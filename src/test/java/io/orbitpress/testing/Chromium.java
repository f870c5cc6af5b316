package io.orbitpress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's ChromeDriver, with the driver path set so
 * that nothing is ever downloaded. Tests skip without them, except under CI=true, where they fail.
 */
public final class Chromium implements AutoCloseable {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final String BROWSER = "/usr/bin/chromium";

    private final ChromeDriverService service;
    private final WebDriver driver;

    private Chromium(ChromeDriverService service, WebDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Skips the calling test when Chromium or ChromeDriver is missing; fails it under CI=true. */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(Path.of(BROWSER));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as("chromium and chromedriver are installed on CI").isTrue();
        }
        Assumptions.assumeTrue(installed, "needs /usr/bin/chromium and /usr/bin/chromedriver");
    }

    /** Options for a headless run as root on a closed network, with its own profile folder. */
    public static ChromeOptions options(Path profile, String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.addArguments(List.of(extraArguments));
        return options;
    }

    /** Starts the driver and the browser; pages must load within {@code pageLoad}. */
    public static Chromium start(ChromeOptions options, Duration pageLoad) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(pageLoad);
        return new Chromium(service, driver);
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
