package io.orbitpress.tools;

import io.orbitpress.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Photographs pages of a served site in headless Chromium, at a phone's width and a desktop's,
 * once every picture has loaded and the page's scripts have settled (search results included).
 * Run by {@code tools/screenshots.sh}, which builds and serves the sample site:
 *
 * <pre>java -cp ... io.orbitpress.tools.Screenshots BASE_URL PAGES_FILE OUT_DIR [name ...]</pre>
 *
 * PAGES_FILE holds a name and a route per line ({@code article /articles/crew-11-lifts-off/});
 * each page becomes {@code OUT_DIR/<name>-390.png} and {@code OUT_DIR/<name>-1280.png}.
 */
public final class Screenshots {

    /** Width and height of each shot: a common phone, a laptop. */
    static final int[][] SIZES = {{390, 1600}, {1280, 1100}};

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Screenshots BASE_URL PAGES_FILE OUT_DIR [name ...]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        List<String[]> pages = new ArrayList<>();
        List<String> only = List.of(args).subList(3, args.length);
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 2 && !parts[0].startsWith("#") && (only.isEmpty() || only.contains(parts[0]))) {
                pages.add(parts);
            }
        }
        Path out = Files.createDirectories(Path.of(args[2]));
        Path profile = Files.createTempDirectory("orbitpress-shots");
        try (Chromium browser = Chromium.start(Chromium.options(profile, "--hide-scrollbars",
                "--force-prefers-reduced-motion"), Duration.ofSeconds(60))) {
            ChromeDriver driver = (ChromeDriver) browser.driver();
            for (int[] size : SIZES) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height",
                        size[1], "deviceScaleFactor", 1, "mobile", size[0] < 600));
                for (String[] page : pages) {
                    driver.get(base + page[1]);
                    settle(driver);
                    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
                    Path file = out.resolve(page[0] + "-" + size[0] + ".png");
                    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
                    System.out.printf("%s\t%d KB%n", file, (Files.size(file) + 1023) / 1024);
                }
            }
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits (up to 15 s) until the page has loaded, every image is decoded and nothing has changed for 300 ms. */
    private static void settle(ChromeDriver driver) throws InterruptedException {
        JavascriptExecutor js = driver;
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String last = "";
        int quiet = 0;
        while (System.nanoTime() < until && quiet < 3) {
            Object state = js.executeScript("return document.readyState === 'complete'"
                    + " && Array.from(document.images).every(i => i.loading === 'lazy' || (i.complete && i.naturalWidth > 0))"
                    + " ? document.body.innerHTML.length + ':' + window.scrollX : ''");
            String now = String.valueOf(state);
            quiet = !now.isEmpty() && now.equals(last) ? quiet + 1 : 0;
            last = now;
            Thread.sleep(100);
        }
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " Promise.all(Array.from(document.images).filter(i => i.loading !== 'lazy').map(i => i.decode().catch(() => 0)))"
                + ".then(() => requestAnimationFrame(() => requestAnimationFrame(done)));");
    }
}
