package io.orbitpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.testing.Chromium;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A site a browser test wrote into a folder of its own, built as {@code orbitpress build
 * --no-cache} builds it, served on 127.0.0.1 ({@link StaticServer}) and opened in headless
 * Chromium, for all the tests of the class.
 */
final class BuiltSiteInBrowser implements AutoCloseable {

    final WebDriver driver;
    private final StaticServer server;
    private final Chromium browser;

    private BuiltSiteInBrowser(StaticServer server, Chromium browser) {
        this.server = server;
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** Builds the site in {@code dir} into {@code dir}/site, serves it and starts Chromium with {@code profile} and {@code arguments}. */
    static BuiltSiteInBrowser open(Path dir, Path profile, String... arguments) throws IOException {
        StringWriter err = new StringWriter();
        int code = io.orbitpress.cli.Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "build", "--no-cache", "--source", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        StaticServer server = new StaticServer(dir.resolve("site"));
        try {
            return new BuiltSiteInBrowser(server, Chromium.start(Chromium.options(profile, arguments),
                    Duration.ofSeconds(15)));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address of {@code route} ("ar/tags/") on the server. */
    String url(String route) {
        return server.url().resolve(route).toString();
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
