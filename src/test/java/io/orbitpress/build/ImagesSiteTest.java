package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.image.TestImages;
import io.orbitpress.session.Session;
import io.orbitpress.session.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures and embeds through a whole build: resized copies with fingerprinted names, width,
 * height, srcset and sizes; figures with captions and credits; social cards on every page;
 * portraits; embeds that load nothing from another site; and each bad picture an error at the
 * line of the article that shows it.
 */
class ImagesSiteTest {

    @TempDir
    Path dir;

    TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                images:
                  default: /images/card.png
                  defaultAlt: Test Desk
                """);
        s.write("content/static/images/launch.jpg", TestImages.withExif(TestImages.jpeg(2000, 1200), 1));
        s.write("content/static/images/crew.jpg", TestImages.jpeg(1200, 800));
        s.write("content/static/images/Pad View.png", TestImages.png(700, 500, false));
        s.write("content/static/images/card.png", TestImages.png(1200, 630, false));
        s.write("content/static/images/ada.jpg", TestImages.withExif(TestImages.jpeg(600, 800), 1));
        s.write("content/static/images/unused.jpg", TestImages.withExif(TestImages.jpeg(300, 200), 1));
        s.write("content/static/video/launch.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        s.write("content/people/ada-orbit.md", """
                ---
                name: Ada Orbit
                role: commander
                image: /images/ada.jpg
                image_alt: Ada Orbit in her flight suit
                image_credit: "Photo: Test Desk"
                ---
                Ada Orbit commands the station.
                """);
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\n---\nBen Lander flies.\n");
        s.write("content/articles/launch.md", """
                ---
                title: Launch day
                date: 2025-08-01
                image: /images/launch.jpg
                image_alt: The rocket leaves the pad
                image_caption: Liftoff at dawn.
                image_credit: "Photo: NASA/Joel Kowsky"
                image_copyright: © 2025 NASA
                people: [ada-orbit]
                ---
                The rocket left on time.

                ![The crew waves](/images/crew.jpg "The crew walks out. | Photo: Test Desk")

                A view from the pad ![""](../../images/Pad%20View.png) in the text.

                ```embed
                https://www.youtube.com/watch?v=21X5lGlDOfg&t=90s
                title: Launch replay
                poster: /images/crew.jpg
                caption: The whole launch.
                credit: "Video: NASA"
                ```

                ```embed
                https://vimeo.com/76979871
                title: Training
                ```

                ```embed
                https://images.nasa.gov/details/KSC-20250801-PH-KLS01_0094
                title: Rollout
                ```

                ```embed
                /video/launch.mp4
                title: Our own footage
                poster: /images/crew.jpg
                ```

                {{< youtube id="w7Ft2ymGmfc" title="Hugo in two minutes" >}}
                """);
        s.write("content/articles/plain.md", """
                ---
                title: Plain story
                date: 2025-08-02
                people: [ada-orbit]
                ---
                Ada Orbit spoke.
                """);
        s.write("content/articles/nobody.md", "---\ntitle: Nobody\ndate: 2025-08-03\n---\nNews.\n");
        return s;
    }

    @Test
    void picturesArePublishedAsResizedCopiesWithTheirSizes() throws IOException {
        TestSite s = site();
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).noneMatch(w -> w.contains("launch.md"));

        Document a = s.page("articles/launch/");
        Element lead = a.selectFirst(".lead-image img");
        assertThat(lead.attr("width")).isEqualTo("2000");
        assertThat(lead.attr("height")).isEqualTo("1200");
        assertThat(lead.hasAttr("loading")).as("the lead picture is not lazy").isFalse();
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.attr("srcset")).matches("(\\.\\./\\.\\./images/launch-\\d+w\\.[0-9a-f]{10}\\.jpg \\d+w(, )?){4}");
        assertThat(lead.attr("src")).matches("\\.\\./\\.\\./images/launch-960w\\.[0-9a-f]{10}\\.jpg");
        assertThat(a.select(".lead-image figcaption").text()).isEqualTo("Liftoff at dawn. Photo: NASA/Joel Kowsky © 2025 NASA");
        assertThat(a.select(".lead-image .credit:not(.copyright)").text()).isEqualTo("Photo: NASA/Joel Kowsky");

        Element figure = a.selectFirst(".story-body figure.figure");
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo("The crew waves");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 44rem) 42rem, calc(100vw - 2rem)");
        assertThat(img.attr("srcset")).contains("crew-160w.", "crew-480w.", "crew-1200w.").doesNotContain("1600w");
        assertThat(figure.select("figcaption").text()).isEqualTo("The crew walks out. Photo: Test Desk");
        assertThat(a.select(".story-body > p").first().text()).isEqualTo("The rocket left on time.");

        Element inline = a.selectFirst(".story-body p img");
        assertThat(inline.attr("alt")).as("alt=\"\" is written on purpose: decorative").isEmpty();
        assertThat(inline.attr("src")).matches("\\.\\./\\.\\./images/pad-view-700w\\.[0-9a-f]{10}\\.png");

        // every copy exists, the originals (with their EXIF) are not published, an unused picture is
        // published with its pixels as they are and without its camera and GPS position
        for (Element i : a.select("img[srcset]")) {
            for (String part : i.attr("srcset").split(", ")) {
                Path f = s.site().resolve("articles/launch/").resolve(part.split(" ")[0]).normalize();
                assertThat(f).isRegularFile();
            }
        }
        assertThat(s.site().resolve("images/launch.jpg")).doesNotExist();
        assertThat(s.site().resolve("images/crew.jpg")).doesNotExist();
        assertThat(s.site().resolve("images/unused.jpg")).isRegularFile();
        assertThat(new String(Files.readAllBytes(s.site().resolve("images/unused.jpg")), StandardCharsets.ISO_8859_1))
                .doesNotContain("SpyCam").doesNotContain("Exif");
        try (Stream<Path> files = Files.list(s.site().resolve("images"))) {
            List<Path> copies = files.filter(f -> f.getFileName().toString().matches(".*-\\d+w\\..*")).toList();
            assertThat(copies).hasSizeGreaterThan(10);
            for (Path f : copies) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("SpyCam").doesNotContain("Exif");
            }
        }
    }

    /** A picture named in Cyrillic had copies named "--160w...": its name is transliterated, as addresses are. */
    @Test
    void aPictureNamedInAnotherScriptHasCopiesNamedInLatinLetters() throws IOException {
        TestSite s = site();
        s.write("content/static/images/фото-старт.jpg", TestImages.jpeg(600, 400));
        s.write("content/static/images/(1).jpg", TestImages.jpeg(600, 400));
        s.write("content/articles/launch.md", s.read("content/articles/launch.md")
                + "\n![Старт](/images/фото-старт.jpg \"Старт. | Фото: ТАСС\")\n\n![One](/images/(1).jpg \"One. | Photo: X\")\n");
        s.build();
        List<String> copies = s.page("articles/launch/").select(".story-body figure img").eachAttr("src");
        assertThat(copies).anyMatch(c -> c.matches("\\.\\./\\.\\./images/foto-start-\\d+w\\.[0-9a-f]{10}\\.jpg"))
                .anyMatch(c -> c.matches("\\.\\./\\.\\./images/1-\\d+w\\.[0-9a-f]{10}\\.jpg"));
    }

    /**
     * GIF, WebP and SVG pictures are published as they are, with the width and height their
     * headers give, so that the page does not move while they load; one whose file gives no size
     * is shown as written.
     */
    @Test
    void gifWebpAndSvgPicturesArePublishedAsTheyAreWithTheirSizes() throws IOException {
        TestSite s = site();
        s.write("content/static/images/orbit.gif", TestImages.gif(320, 180));
        byte[] webp = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        webp[24] = (byte) 0xdf; // canvas 480 × 270: each side minus one, 24 bits little-endian
        webp[25] = 1;
        webp[27] = (byte) 0x0d;
        webp[28] = 1;
        s.write("content/static/images/dock.webp", webp);
        s.write("content/static/images/patch.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 48\">"
                + "<circle cx=\"32\" cy=\"24\" r=\"20\"/></svg>");
        s.write("content/static/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\">"
                + "<rect width=\"10\" height=\"10\"/></svg>");
        s.write("content/missions/test-flight.md", """
                ---
                name: Test Flight
                image: /images/patch.svg
                image_alt: The Test Flight patch
                ---
                A mission with a patch drawn as an SVG.
                """);
        s.write("content/articles/formats.md", """
                ---
                title: Other formats
                date: 2025-08-03
                image: /images/orbit.gif
                image_alt: The station crosses the sky
                image_credit: "Animation: Test Desk"
                people: [ada-orbit]
                missions: [test-flight]
                ---
                The docking, as the station saw it.

                ![The docking port](/images/dock.webp "Photo: Test Desk")

                ![The mission patch](/images/patch.svg "The patch. | Design: Test Desk")

                ![A chart without a size](/images/chart.svg "Graphic: Test Desk")
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).noneMatch(w -> w.contains("formats.md"));

        Document a = s.page("articles/formats/");
        Element lead = a.selectFirst(".lead-image img");
        assertThat(lead.attr("src")).isEqualTo("../../images/orbit.gif");
        assertThat(lead.attr("srcset")).isEqualTo("../../images/orbit.gif 320w");
        assertThat(lead.attr("width")).isEqualTo("320");
        assertThat(lead.attr("height")).isEqualTo("180");
        Element dock = a.selectFirst(".story-body img[alt=The docking port]");
        assertThat(dock.attr("src")).isEqualTo("../../images/dock.webp");
        assertThat(dock.attr("width")).isEqualTo("480");
        assertThat(dock.attr("height")).isEqualTo("270");
        Element patch = a.selectFirst(".story-body img[alt=The mission patch]");
        assertThat(patch.attr("src")).isEqualTo("../../images/patch.svg");
        assertThat(patch.attr("width")).isEqualTo("64");
        assertThat(patch.attr("height")).isEqualTo("48");
        Element chart = a.selectFirst(".story-body img[alt=A chart without a size]");
        assertThat(chart.attr("src")).isEqualTo("../../images/chart.svg");
        assertThat(chart.hasAttr("width") || chart.hasAttr("srcset")).as(chart.outerHtml()).isFalse();

        // each published as it is, and nothing more
        assertThat(s.site().resolve("images/orbit.gif")).hasBinaryContent(TestImages.gif(320, 180));
        assertThat(s.site().resolve("images/dock.webp")).hasBinaryContent(webp);
        assertThat(s.site().resolve("images/patch.svg")).isRegularFile();
        assertThat(s.site().resolve("images/chart.svg")).isRegularFile();
        try (Stream<Path> files = Files.list(s.site().resolve("images"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(f -> f.matches("(orbit|dock|patch|chart)-\\d+w\\..*"));
        }
        // an SVG patch is the mission's picture, with its size
        Element patchOnItsPage = s.page("missions/test-flight/").selectFirst("figure.portrait img");
        assertThat(patchOnItsPage).as("the mission page shows its patch").isNotNull();
        assertThat(patchOnItsPage.attr("src")).isEqualTo("../../images/patch.svg");
        assertThat(patchOnItsPage.attr("width")).isEqualTo("64");
        assertThat(patchOnItsPage.attr("height")).isEqualTo("48");

        // the social card is the picture itself, with its size
        assertThat(a.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://news.example.org/images/orbit.gif");
        assertThat(a.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("320");
    }

    @Test
    void aWarmBuildResizesNothingAndAReplacedPictureGetsNewCopies() throws IOException {
        TestSite s = site();
        Path cache = dir.resolve(".orbitpress-cache");
        // each build with a session of its own, read from the cache folder: as a fresh process
        BuildResult first = new SiteBuild(BuildOptions.of(dir), Session.inFolder(cache, ".orbitpress-cache",
                Tool.fingerprint())).build();
        assertThat(first.pictures()).isEqualTo(5);
        String copy = s.page("articles/launch/").selectFirst(".story-body figure img").attr("src");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(s.site().resolve("articles/launch/")
                .resolve(copy).normalize());

        BuildResult second = new SiteBuild(BuildOptions.of(dir), Session.inFolder(cache, ".orbitpress-cache",
                Tool.fingerprint())).build();
        assertThat(second.pictures()).as("a warm build resizes nothing").isZero();
        assertThat(Files.getLastModifiedTime(s.site().resolve("articles/launch/").resolve(copy).normalize()))
                .as("and keeps the copies as they were").isEqualTo(time);

        s.write("content/static/images/crew.jpg", TestImages.jpeg(900, 900));
        BuildResult third = new SiteBuild(BuildOptions.of(dir), Session.inFolder(cache, ".orbitpress-cache",
                Tool.fingerprint())).build();
        assertThat(third.pictures()).as("the replaced picture alone").isEqualTo(1);
        Element img = s.page("articles/launch/").selectFirst(".story-body figure img");
        assertThat(img.attr("src")).isNotEqualTo(copy).contains("crew-900w.");
        assertThat(img.attr("height")).isEqualTo("900");
        assertThat(s.site().resolve("articles/launch/").resolve(copy).normalize()).as("the old copy is gone")
                .doesNotExist();
        Path cold = dir.resolve("cold");
        new SiteBuild(BuildOptions.of(dir).withOut(cold)).build();
        assertThat(KilledBuildTest.digest(s.site())).isEqualTo(KilledBuildTest.digest(cold));
    }

    /**
     * Pictures no page shows, whatever their name says or follows their end, are published
     * without where and with what they were taken; one that cannot be read as a picture is
     * published as written, with a warning at every build, remembered or not.
     */
    @Test
    void unusedPicturesLoseTheirMetadataWhateverTheirNameAndWhatFollowsThem() throws IOException {
        TestSite s = site();
        byte[] first = TestImages.jpeg(60, 40);
        s.write("content/static/images/motion.jpg", concat(first, TestImages.withExif(TestImages.jpeg(30, 20), 1)));
        // a PNG saved as .jpg, with what a tool appended after its end
        s.write("content/static/images/png-named.jpg", concat(TestImages.png(50, 50, false),
                "SpyCam GPS 38.8977".getBytes(StandardCharsets.US_ASCII)));
        s.write("content/static/images/garbled.jpg", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x12},
                "SpyCam GPS 38.8977".getBytes(StandardCharsets.US_ASCII)));
        // a picture without its last bytes: a copy cut short in its data
        byte[] whole = TestImages.jpeg(120, 80);
        s.write("content/static/images/cut.jpg", java.util.Arrays.copyOf(whole, whole.length - 10));
        s.write("content/static/images/nothing.jpg", new byte[0]);
        Session serve = Session.inMemory();
        for (int build = 1; build <= 2; build++) {
            BuildResult r = new SiteBuild(BuildOptions.of(dir), serve).build();
            assertThat(r.warnings()).extracting(Diagnostic::format).as("build %d", build)
                    .contains("content/static/images/cut.jpg: warning: this JPEG is cut short (it has no end marker), so"
                            + " browsers show part of it or none; it is published as written: export it again, or"
                            + " remove it", "content/static/images/nothing.jpg: warning: this picture file is empty (0"
                            + " bytes); it is published as it is: export the picture again, or remove the file")
                    .noneMatch(w -> w.contains("motion.jpg") || w.contains("png-named.jpg"));
            assertThat(Files.readAllBytes(s.site().resolve("images/motion.jpg"))).isEqualTo(first);
            assertThat(new String(Files.readAllBytes(s.site().resolve("images/png-named.jpg")),
                    StandardCharsets.ISO_8859_1)).doesNotContain("SpyCam");
            assertThat(r.warnings()).extracting(Diagnostic::format).as("build %d", build)
                    .filteredOn(w -> w.contains("garbled.jpg")).singleElement().asString()
                    .startsWith("content/static/images/garbled.jpg: warning: this file is named as a JPEG or PNG")
                    .contains("published as written");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A 48-megapixel photo is 144 MB of pixels decoded whole; a build in a JVM with a 128 MB heap
     * publishes it (decoded at half resolution), and a 900-megapixel bomb in the same heap is an
     * error with the article's line, not an out-of-memory error or a stack trace.
     */
    @Test
    void memoryStaysBoundedForHugePictures() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/big.jpg", TestImages.jpeg(8000, 6000));
        s.write("content/articles/big.md", """
                ---
                title: Big
                date: 2025-08-01
                ---
                ![A big photo](/images/big.jpg "Photo: Test Desk")
                """);
        Path log = dir.resolve("build.log");
        assertThat(run(log, "-Xmx128m", "build", "--source", dir.toString())).as(Files.readString(log)).isZero();
        Element img = s.page("articles/big/").selectFirst("figure img");
        assertThat(img.attr("width")).isEqualTo("8000");
        assertThat(img.attr("srcset")).contains("big-1600w.");

        s.write("content/static/images/bomb.png", TestImages.pngBomb(30_000, 30_000));
        s.write("content/articles/big.md", s.read("content/articles/big.md") + "\n![A bomb](/images/bomb.png)\n");
        assertThat(run(log, "-Xmx128m", "build", "--source", dir.toString())).isEqualTo(1);
        String out = Files.readString(log);
        assertThat(out).contains("content/articles/big.md:7:1: error: image /images/bomb.png"
                + " (content/static/images/bomb.png) is 30000 × 30000 pixels (900 megapixels)")
                .doesNotContain("Exception").doesNotContain("OutOfMemory").doesNotContain("\tat ");
    }

    private static int run(Path log, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "io.orbitpress.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the build ends").isTrue();
        return p.exitValue();
    }

    @Test
    void socialCardsJsonLdAndFeedsCarryThePictureAndItsCredit() throws IOException {
        TestSite s = site();
        s.build();
        Document a = s.page("articles/launch/");
        assertThat(a.select("meta[property=og:image]").attr("content"))
                .matches("https://news\\.example\\.org/images/launch-1600w\\.[0-9a-f]{10}\\.jpg");
        assertThat(a.select("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(a.select("meta[property=og:image:height]").attr("content")).isEqualTo("960");
        assertThat(a.select("meta[property=og:image:alt]").attr("content")).isEqualTo("The rocket leaves the pad");
        // the copyright notice shows under the picture, after the credit, as well as in the JSON-LD
        assertThat(a.select(".lead-image figcaption .credit").eachText()).containsExactly("Photo: NASA/Joel Kowsky",
                "© 2025 NASA");
        String ld = a.select("script[type=application/ld+json]").html();
        assertThat(ld).contains("\"@type\":\"ImageObject\"", "\"creditText\":\"Photo: NASA/Joel Kowsky\"",
                "\"copyrightNotice\":\"© 2025 NASA\"", "\"caption\":\"Liftoff at dawn.\"", "\"width\":1600",
                "\"creditText\":\"Photo: Test Desk\"");

        // an article without a picture shows its person's portrait; one with neither, the site's card
        Document plain = s.page("articles/plain/");
        assertThat(plain.select("meta[property=og:image]").attr("content")).contains("/images/ada-600w.");
        assertThat(plain.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Ada Orbit in her flight suit");
        Document nobody = s.page("articles/nobody/");
        assertThat(nobody.select("meta[property=og:image]").attr("content")).contains("/images/card-1200w.");
        assertThat(nobody.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Test Desk");
        for (String page : List.of("", "tags/", "people/", "people/ben-lander/", "search/")) {
            assertThat(s.page(page).select("meta[property=og:image]").attr("content")).as(page)
                    .contains("/images/card-1200w.");
        }

        // the person's page and the list of people show the portrait, measured
        Document ada = s.page("people/ada-orbit/");
        assertThat(ada.select(".portrait img").attr("width")).isEqualTo("600");
        assertThat(ada.select(".portrait .credit").text()).isEqualTo("Photo: Test Desk");
        assertThat(ada.select("meta[property=og:image]").attr("content")).contains("/images/ada-600w.");
        assertThat(ada.select("script[type=application/ld+json]").html()).contains("\"creditText\":\"Photo: Test Desk\"");
        assertThat(s.page("people/").select(".entity-list img.thumb").attr("width")).isEqualTo("600");

        String feed = s.text("feed.xml");
        assertThat(feed).contains("&lt;figure class=&quot;figure&quot;&gt;&lt;img src=&quot;https://news.example.org/images/launch-960w.")
                .contains("Photo: NASA/Joel Kowsky").contains("The crew walks out.")
                // the lead picture's copyright notice, after its credit, as on the page
                .contains("Photo: NASA/Joel Kowsky&lt;/span&gt; &lt;span class=&quot;credit copyright&quot;&gt;© 2025 NASA");
        // the JSON Feed names each story's main picture (its lead picture's widest copy), none for a story without
        tools.jackson.databind.JsonNode items = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(s.text("feed.json")).get("items");
        java.util.Map<String, String> images = new java.util.HashMap<>();
        items.forEach(i -> images.put(i.get("url").asString(), i.path("image").asString("")));
        assertThat(images.get("https://news.example.org/articles/launch/"))
                .matches("https://news\\.example\\.org/images/launch-1600w\\.[0-9a-f]{10}\\.jpg");
        assertThat(images.get("https://news.example.org/articles/nobody/")).isEmpty();
    }

    /** Why a link to the original of a picture published as resized copies leads nowhere, and what to do. */
    private static final String ORIGINAL = "it is the original of a picture the site publishes as resized copies only"
            + " (the original, with what it may say of the camera and the place, is not published); link to the page"
            + " that shows it, or, to offer the whole picture, put a copy of it under another name in content/static/"
            + " (a picture no page shows is published without its metadata)";

    @Test
    void aLinkToTheOriginalOfAResizedPictureSaysWhyItLeadsNowhere() {
        TestSite s = site();
        s.write("content/articles/full.md", """
                ---
                title: The whole picture
                date: 2025-08-04
                ---
                See [the photo at full size](/images/launch.jpg).
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly("content/articles/full.md:5:30: error: broken link"
                        + " \"/images/launch.jpg\" on page /articles/full/: " + ORIGINAL));
    }

    /** A site's card that cannot be one of its files is an error, not every page without a card and no word. */
    @Test
    void aDefaultPictureOutOfTheSiteIsAnError() {
        TestSite s = site();
        String settings = s.read("content/site.yaml");
        for (String card : new String[] {"/../../etc/card.png", "/images/card.png?v=2"}) {
            s.write("content/site.yaml", settings.replace("/images/card.png", card));
            assertThatThrownBy(s::build).as(card).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                    f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/site.yaml:5:1: error:"
                            + " images.default \"" + card + "\" is no picture of this site: write the address of a file"
                            + " in content/static/ from the site's root, like /images/card.png (no .., ? or #), or an"
                            + " https:// address"));
        }
    }

    /** So does a link to the original of a picture only a story held back shows: it is as broken as it will be then. */
    @Test
    void aLinkToTheOriginalOfAHeldStorysPictureSaysWhyItLeadsNowhere() {
        TestSite s = site();
        s.write("content/static/images/secret.jpg", TestImages.jpeg(800, 600));
        s.write("content/articles/held.md", "---\ntitle: Held\ndate: 2025-08-01\npublishDate: 2099-01-01T06:00:00Z\n"
                + "image: /images/secret.jpg\nimage_alt: The deal\nimage_credit: \"Photo: Desk\"\n---\nThe deal.\n");
        s.write("content/articles/full.md", "---\ntitle: The whole picture\ndate: 2025-08-04\n---\n"
                + "See [the photo](/images/secret.jpg).\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly("content/articles/full.md:5:17: error: broken link"
                        + " \"/images/secret.jpg\" on page /articles/full/: " + ORIGINAL));
    }

    /**
     * A lead picture written without a {@code /} in front is read from the story's folder: when it
     * is not there but is in content/static/ from the top, its error says which address was meant,
     * and it is told once, not again as a broken link of the home page that shows it.
     */
    @Test
    void aPictureReadFromTheStorysFolderIsToldOnceWithTheAddressMeant() throws IOException {
        TestSite s = site();
        s.write("content/articles/rel.md", """
                ---
                title: Relative
                date: 2025-08-04
                image: images/crew.jpg
                image_alt: The crew
                image_credit: NASA
                ---
                Text.
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(
                        "content/articles/rel.md:4:1: error: image images/crew.jpg is not in the site: there is no"
                                + " file content/static/articles/rel/images/crew.jpg; add it there or fix the address"
                                + " (did you mean /images/crew.jpg? An address without a / in front is read from the"
                                + " folder of its page)"));
        // built anyway (migration.skipInvalid), every page shows it at the one address it stands for
        s.write("content/site.yaml", java.nio.file.Files.readString(dir.resolve("content/site.yaml"))
                + "migration:\n  skipInvalid: true\n");
        s.build();
        assertThat(s.page("articles/rel/").select(".lead-image img").attr("src")).isEqualTo("images/crew.jpg");
        assertThat(s.page("").select(".lead-image img").attr("src")).isEqualTo("articles/rel/images/crew.jpg");
    }

    /**
     * A picture written with the folder it is kept in ({@code /static/images/crew.jpg}, {@code
     * content/static/images/crew.jpg}), as a writer who looks at the files writes it: its error says
     * the address meant, since content/static/ is the site's root.
     */
    @Test
    void aPictureWrittenWithItsStaticFolderIsToldWithTheAddressMeant() throws IOException {
        TestSite s = site();
        s.write("content/articles/kept.md", """
                ---
                title: Kept
                date: 2025-08-04
                image: /static/images/crew.jpg
                image_alt: The crew
                image_credit: NASA
                ---
                Text.

                ![The crew](content/static/images/crew.jpg "At the pad. | Photo: NASA")
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .filteredOn(Diagnostic::isError).extracting(Diagnostic::format).containsExactly(
                        "content/articles/kept.md:4:1: error: image /static/images/crew.jpg is not in the site: there is"
                                + " no file content/static/static/images/crew.jpg; add it there or fix the address"
                                + " (did you mean /images/crew.jpg? The files of content/static/ are at the site's root:"
                                + " their addresses start after static/)",
                        "content/articles/kept.md:10:1: error: image content/static/images/crew.jpg is not in the site:"
                                + " there is no file content/static/articles/kept/content/static/images/crew.jpg; add it"
                                + " there or fix the address (did you mean /images/crew.jpg? The files of content/static/"
                                + " are at the site's root: their addresses start after static/)"));
    }

    @Test
    void aFigureInTheBodyShowsItsCopyrightNoticeAfterItsCredit() {
        TestSite s = site();
        s.write("content/articles/wire.md", """
                ---
                title: Wire photo
                date: 2025-08-04
                ---
                The pad at night.

                ![The pad at night](/images/crew.jpg "The pad at night. | Photo: Ann Smith/Wire | © 2025 Wire Agency")
                """);
        s.build();
        org.jsoup.nodes.Element caption = s.page("articles/wire/").selectFirst(".story-body figure figcaption");
        assertThat(caption.text()).isEqualTo("The pad at night. Photo: Ann Smith/Wire © 2025 Wire Agency");
        assertThat(caption.select(".credit").eachText()).containsExactly("Photo: Ann Smith/Wire", "© 2025 Wire Agency");
        assertThat(caption.select(".copyright").text()).isEqualTo("© 2025 Wire Agency");
    }

    /**
     * Hugo's figure shortcode alone in its paragraph is the figure it shows, as a picture written in
     * Markdown is: resized copies, caption and credit (attr), alt text (the caption when it gives
     * none, as Hugo writes it), no warning of a shortcode published as written.
     */
    @Test
    void aHugoFigureShortcodeIsAFigure() {
        TestSite s = site();
        s.write("content/articles/hugo.md", DECORATIVE_LEAD + """
                The crew left for the pad at dawn.

                {{< figure src="/images/crew.jpg" alt="The crew at the hatch" title="Ready" caption="The crew walks out." attr="Photo: NASA" >}}

                {{< figure src="/images/crew.jpg" caption="At the pad." >}}
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).filteredOn(w -> w.startsWith("content/articles/hugo.md"))
                .containsExactly("content/articles/hugo.md:12:1: warning: this picture has no credit; add it to the"
                        + " shortcode, like attr=\"Photo: NASA/Joel Kowsky\"");
        org.jsoup.select.Elements figures = s.page("articles/hugo/").select(".story-body figure");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).selectFirst("img").attr("alt")).isEqualTo("The crew at the hatch");
        assertThat(figures.get(0).selectFirst("img").attr("srcset")).contains("w,");
        assertThat(figures.get(0).selectFirst("figcaption").text()).isEqualTo("Ready. The crew walks out. Photo: NASA");
        assertThat(figures.get(1).selectFirst("img").attr("alt")).isEqualTo("At the pad.");
        assertThat(s.page("articles/hugo/").select(".story-body").text()).doesNotContain("{{<", "figure src");
    }

    @Test
    void aStoryOfAHugoFigureAloneIsSummedUpByItsCaption() {
        TestSite s = site();
        s.write("content/articles/hugo-photo.md", DECORATIVE_LEAD + """
                {{< figure src="/images/crew.jpg" alt="The crew at the hatch" title="Ready" caption="The crew walks out to the pad." attr="Photo: NASA" >}}
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format)
                .noneMatch(w -> w.startsWith("content/articles/hugo-photo.md"));
        assertThat(s.page("articles/hugo-photo/").selectFirst("meta[name=description]").attr("content"))
                .as("the caption, as a Markdown picture's is").isEqualTo("Ready. The crew walks out to the pad.");
    }

    @Test
    void embedsLoadNothingFromOtherSitesUntilPlayed() throws IOException {
        TestSite s = site();
        s.build();
        Document a = s.page("articles/launch/");
        List<Element> buttons = a.select("button.embed-play");
        assertThat(buttons).extracting(b -> b.attr("data-src")).containsExactly(
                "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=90",
                "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
                "https://images-assets.nasa.gov/video/KSC-20250801-PH-KLS01_0094/KSC-20250801-PH-KLS01_0094~medium.mp4",
                "https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1");
        assertThat(buttons.get(0).text()).isEqualTo("Launch replay Play (loads www.youtube-nocookie.com)");
        assertThat(a.select("iframe")).as("no frame before a click").isEmpty();
        assertThat(a.select("[src^=http], [srcset*=http], [poster^=http]")).as("nothing loaded from elsewhere").isEmpty();
        assertThat(a.select(".embed-youtube figcaption").first().text())
                .isEqualTo("The whole launch. Video: NASA Watch on YouTube");
        assertThat(a.select(".embed-youtube figcaption a").first().attr("href"))
                .isEqualTo("https://www.youtube.com/watch?v=21X5lGlDOfg&t=90s");
        assertThat(a.select(".embed-youtube .embed-poster").first().attr("width")).isEqualTo("1200");
        Element video = a.selectFirst(".embed-video video");
        assertThat(video.attr("preload")).isEqualTo("none");
        assertThat(video.attr("poster")).contains("crew-960w.");
        assertThat(video.select("source").attr("src")).isEqualTo("../../video/launch.mp4");
        assertThat(a.select("script[src$=embed.js]")).hasSize(1);
        assertThat(s.page("articles/plain/").select("script[src$=embed.js]")).isEmpty();
        // a feed reader runs no script: the embeds' titles stand where their buttons were, their links below
        Document feed = org.jsoup.Jsoup.parse(s.text("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Document content = org.jsoup.Jsoup.parseBodyFragment(feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals(a.select("h1").text())).findFirst().orElseThrow()
                .selectFirst("content").text());
        assertThat(content.select("button")).isEmpty();
        assertThat(content.select(".embed-youtube .embed-title").first().text()).isEqualTo("Launch replay");
        assertThat(content.select(".embed-youtube figcaption a").first().attr("href"))
                .isEqualTo("https://www.youtube.com/watch?v=21X5lGlDOfg&t=90s");
        String csp = a.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;")
                .contains("media-src 'self' https://images-assets.nasa.gov;");
        // search reads an embed's title and caption, not the note on its button
        String search = s.text("search/d/0.js") + s.text("search/d/1.js") + s.text("search/d/2.js");
        assertThat(search).contains("Launch replay").doesNotContain("loads www.youtube").doesNotContain("Play (loads");
    }

    /** The front matter of an article whose lead picture is marked decoration ({@code image_alt: ""}). */
    private static final String DECORATIVE_LEAD = """
                ---
                title: Alt text
                date: 2025-08-04
                image: /images/crew.jpg
                image_alt: ""
                image_credit: "Photo: Test Desk"
                ---
                """;

    @Test
    void decorativeAndMissingAltTextAreToldApart() {
        TestSite s = site();
        s.write("content/articles/alt.md", DECORATIVE_LEAD + "![](/images/crew.jpg)\n\n![\"\"](/images/crew.jpg)\n\nText.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).filteredOn(w -> w.startsWith("content/articles/alt.md"))
                .containsExactly("content/articles/alt.md:8:1: warning: image has no alt text; write"
                        + " ![what it shows](file), or ![\"\"](file) for a picture that is only decoration",
                        "content/articles/alt.md:8:1: warning: this picture has no credit; add it to the title after"
                        + " the caption, like ![alt](/images/crew.jpg \"The caption. | Photo: NASA/Joel Kowsky\")");
        assertThat(s.page("articles/alt/").select(".lead-image img").attr("alt")).isEmpty();

        // check counts them: the lead and ![""] decorative, ![] without alt text
        java.io.StringWriter out = new java.io.StringWriter();
        int code = io.orbitpress.cli.Main.run(new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(new java.io.StringWriter(), true), "check", "--source", dir.toString());
        assertThat(code).isZero();
        // launch.md: lead, figure, inline ![""]; alt.md: lead, ![], ![""]; one portrait
        assertThat(out.toString()).contains("; 7 pictures: 3 decorative (alt=\"\"), 1 without alt text");
    }

    /**
     * A portrait whose {@code image_alt:} line is left without a value, as {@code new person}
     * writes it, has no alt text (the build warns so), and {@code check} counts it so: only {@code
     * image_alt: ""} marks one decorative.
     */
    @Test
    void aPortraitWithABlankImageAltLineIsCountedWithoutAltText() {
        TestSite s = site();
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nimage: /images/crew.jpg\nimage_alt:\n---\n"
                + "Ben Lander flies.\n");
        assertThat(s.build().warnings()).extracting(Diagnostic::format).contains("content/people/ben-lander.md:3:1:"
                + " warning: image has no alt text; add image_alt: describing what the picture shows (image_alt: \"\""
                + " marks a picture that is only decoration)");
        java.io.StringWriter out = new java.io.StringWriter();
        io.orbitpress.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(),
                true), "check", "--source", dir.toString());
        assertThat(out.toString()).contains("; 5 pictures: 1 decorative (alt=\"\"), 1 without alt text");
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nimage: /images/crew.jpg\nimage_alt: \"\"\n---\n"
                + "Ben Lander flies.\n");
        out = new java.io.StringWriter();
        io.orbitpress.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(),
                true), "check", "--source", dir.toString());
        assertThat(out.toString()).contains("; 5 pictures: 2 decorative (alt=\"\"), 0 without alt text");
    }

    /**
     * A social card with no alt text (a decorative lead, a portrait without {@code image_alt})
     * gets no {@code og:image:alt} or {@code twitter:image:alt}: a meta element without content is
     * invalid HTML.
     */
    @Test
    void aCardWithoutAltTextHasNoAltMeta() {
        TestSite s = site();
        s.write("content/articles/alt.md", DECORATIVE_LEAD + "Text.\n");
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nimage: /images/crew.jpg\n---\nBen Lander flies.\n");
        s.build();
        for (String route : List.of("articles/alt/", "people/ben-lander/")) {
            Document page = s.page(route);
            assertThat(page.select("meta[property=og:image]").attr("content")).as(route).contains("/images/crew-");
            assertThat(page.select("meta[property=og:image:alt], meta[name=twitter:image:alt]")).as(route).isEmpty();
        }
        assertThat(s.page("articles/launch/").select("meta[name=twitter:image:alt]").attr("content"))
                .isEqualTo("The rocket leaves the pad");
    }

    /**
     * A bio shows its pictures as a story does, as resized copies, even when a story's figure
     * shows the same picture, or it is the person's own portrait; the originals are not published.
     */
    @Test
    void aPictureInABioIsShownAsItsCopies() throws IOException {
        TestSite s = site();
        s.write("content/people/ada-orbit.md", """
                ---
                name: Ada Orbit
                image: /images/ada.jpg
                image_alt: Ada Orbit in her flight suit
                image_credit: "Photo: Test Desk"
                ---
                Ada Orbit commands the station.

                ![Ada in training](/images/ada.jpg)

                ![The crew](/images/launch.jpg "Walking out. | Photo: NASA")
                """);
        s.build();
        List<String> shown = s.page("people/ada-orbit/").select(".intro img").eachAttr("src");
        assertThat(shown).hasSize(2).allMatch(src -> src.matches("\\.\\./\\.\\./images/(ada|launch)-\\d+w\\.[0-9a-f]+\\.jpg"));
        for (String src : shown) {
            assertThat(s.site().resolve("people/ada-orbit/").resolve(src).normalize()).isRegularFile();
        }
        for (String path : List.of("images/ada.jpg", "images/launch.jpg", "images/crew.jpg")) {
            assertThat(s.site().resolve(path)).doesNotExist();
        }
    }

    /**
     * Link previews show no SVG and no picture under 144 pixels a side: an article or entity whose
     * picture is one gets the site's default card instead.
     */
    @Test
    void anSvgOrTinyPictureLeavesTheSocialCardToTheDefault() {
        TestSite s = site();
        s.write("content/static/images/tiny.png", TestImages.png(50, 50, false));
        s.write("content/static/images/patch.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\""
                + " height=\"600\"><circle cx=\"300\" cy=\"300\" r=\"200\"/></svg>");
        s.write("content/articles/tiny.md", "---\ntitle: Tiny\ndate: 2025-08-04\nimage: /images/tiny.png\n"
                + "image_alt: A dot\nimage_credit: \"Photo: Test Desk\"\n---\nText.\n");
        s.write("content/articles/patch.md", "---\ntitle: Patch\ndate: 2025-08-05\nimage: /images/patch.svg\n"
                + "image_alt: The patch\nimage_credit: \"Art: Test Desk\"\n---\nText.\n");
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nimage: /images/patch.svg\nimage_alt: Ben\n---\n"
                + "Ben Lander flies.\n");
        s.build();
        for (String route : List.of("articles/tiny/", "articles/patch/", "people/ben-lander/")) {
            Document page = s.page(route);
            assertThat(page.select("meta[property=og:image]").attr("content")).as(route).contains("/images/card-")
                    .doesNotContain("tiny").doesNotContain("patch");
            assertThat(page.select("meta[name=twitter:image]").attr("content")).as(route).contains("/images/card-");
        }
        // the page itself still shows its own picture
        assertThat(s.page("articles/patch/").select("img").eachAttr("src")).anyMatch(src -> src.endsWith("patch.svg"));
        assertThat(s.page("articles/launch/").select("meta[property=og:image]").attr("content")).contains("/images/launch-");
    }

    /** An SVG with a script is published as written, with a warning where the script is. */
    @Test
    void anSvgWithAScriptWarns() {
        TestSite s = site();
        s.write("content/static/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">\n"
                + "  <rect width=\"40\" height=\"40\" onload=\"alert(document.domain)\"/>\n"
                + "  <script>alert(1)</script>\n</svg>\n");
        s.write("content/static/images/plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">"
                + "<desc>Ongoing onboarding: the crew's only javascript-free chart</desc></svg>\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).filteredOn(w -> w.contains(".svg")).containsExactly(
                "content/static/images/chart.svg:2:32: warning: this SVG holds a script (onload=...): it is published as"
                        + " written, and a browser runs it when the file is opened on its own, from this site's address;"
                        + " remove it (\"plain SVG\" export does), or publish the picture as PNG");
        assertThat(s.site().resolve("images/chart.svg")).exists();
    }

    /** A WebP published as written that holds the camera's data warns (at every build); one without does not. */
    @Test
    void aWebpWithCameraDataWarns() {
        TestSite s = site();
        s.write("content/static/images/gps.webp", new byte[] {'R', 'I', 'F', 'F', 24, 0, 0, 0, 'W', 'E', 'B', 'P',
                'V', 'P', '8', 'L', 0, 0, 0, 0, 'E', 'X', 'I', 'F', 4, 0, 0, 0, 'I', 'I', '*', 0});
        s.write("content/static/images/bare.webp", new byte[] {'R', 'I', 'F', 'F', 12, 0, 0, 0, 'W', 'E', 'B', 'P',
                'V', 'P', '8', 'L', 0, 0, 0, 0});
        String warning = "content/static/images/gps.webp: warning: this picture holds what the camera recorded (EXIF or"
                + " XMP: it may say where it was taken), and a picture in this format is published as it is; take it"
                + " out (exiftool -all= FILE), or export the picture as JPEG or PNG, from which the build takes it out";
        assertThat(s.build().warnings()).extracting(Diagnostic::format).filteredOn(w -> w.contains(".webp"))
                .containsExactly(warning);
        assertThat(s.site().resolve("images/gps.webp")).exists();
        assertThat(s.build().warnings()).extracting(Diagnostic::format).filteredOn(w -> w.contains(".webp"))
                .containsExactly(warning);
    }

    /** A picture shown twice in a story is one photo of its JSON-LD. */
    @Test
    void aPictureShownTwiceIsListedOnce() {
        TestSite s = site();
        s.write("content/articles/twice.md", """
                ---
                title: Twice
                date: 2025-08-04
                image: /images/crew.jpg
                image_alt: The crew
                image_credit: "Photo: Test Desk"
                ---
                ![The crew again](/images/crew.jpg "Again. | Photo: Test Desk")

                ![The launch](/images/launch.jpg "Liftoff. | Photo: NASA")

                ![The launch again](/images/launch.jpg "Liftoff again. | Photo: NASA")
                """);
        s.build();
        String ld = s.page("articles/twice/").select("script[type=application/ld+json]").html();
        assertThat(ld.split("\"@type\":\"ImageObject\"", -1)).hasSize(3);
    }

    @Test
    void aLeadPictureWithoutACreditWarns() {
        TestSite s = site();
        s.write("content/articles/nocredit.md", """
                ---
                title: No credit
                date: 2025-08-04
                image: /images/crew.jpg
                image_alt: The crew
                ---
                Text.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).contains("content/articles/nocredit.md:4:1: warning:"
                + " the lead image has no credit; add a line like image_credit: \"Photo: NASA/Joel Kowsky\"");
    }

    /** A credit written as something other than text is told as such, not as missing as well. */
    @Test
    void aLeadPicturesCreditWrittenAsAMapIsOneError() {
        TestSite s = site();
        s.write("content/articles/mapcredit.md", """
                ---
                title: A credit as a map
                date: 2025-08-04
                image: /images/crew.jpg
                image_alt: The crew
                image_credit: {photo: NASA}
                ---
                Text.
                """);

        assertThat(s.problems()).filteredOn(p -> p.startsWith("content/articles/mapcredit.md")).containsExactly(
                "content/articles/mapcredit.md:6:1: error: expected text for \"image_credit\", got a map of keys;"
                        + " write it as image_credit: some text");
    }

    /** A figure in the body without a credit warns at the picture; a decorative one and one within text do not. */
    @Test
    void aFigureWithoutACreditWarns() {
        TestSite s = site();
        s.write("content/articles/figures.md", DECORATIVE_LEAD + """
                ![The crew](/images/crew.jpg "At the hatch. | Photo: NASA")

                Intro text.

                ![The crew at the pad](/images/crew.jpg "At the pad.")

                ![""](/images/crew.jpg)

                A picture ![""](/images/crew.jpg) within text, and ![the crew](/images/crew.jpg) another.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).filteredOn(w -> w.startsWith("content/articles/figures.md"))
                .containsExactly("content/articles/figures.md:12:1: warning: this picture has no credit; add it to the"
                        + " title after the caption, like ![alt](/images/crew.jpg \"The caption. | Photo: NASA/Joel"
                        + " Kowsky\")");
    }

    @Test
    void aBadPortraitOrDefaultCardIsAnErrorInTheFileThatNamesIt() {
        TestSite s = site();
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nrole: pilot\nimage: /images/ben.jpg\n"
                + "image_alt: Ben\n---\nBen Lander flies.\n");
        s.write("content/static/images/card.png", new byte[0]);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList()).containsExactly(
                "content/people/ben-lander.md:4:1: error: image /images/ben.jpg is not in the site: there is no file"
                        + " content/static/images/ben.jpg; add it there or fix the address",
                "content/site.yaml:5:1: error: image /images/card.png (content/static/images/card.png) is empty (0"
                        + " bytes); export the picture again"));
    }

    /**
     * A figure in a registry file's text takes the credit and copyright its file holds when the
     * text gives none, as a story's figure does; a credit the text gives is kept.
     */
    @Test
    void aFigureInARegistryFilesTextTakesItsFilesCredit() {
        TestSite s = site();
        s.write("content/static/images/walkout.jpg", TestImages.withIptc(TestImages.jpeg(1200, 800), "ESA/Tim Peake",
                "Public domain"));
        String body = "\n![Ada in training](/images/walkout.jpg \"In training.\")\n\n![Ada again](/images/walkout.jpg)\n\n"
                + "![Ada once more](/images/walkout.jpg \"Later. | Photo: Desk\")\n";
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda Orbit flies.\n" + body);
        s.write("content/articles/walk.md", "---\ntitle: A walk\ndate: 2025-07-30\n---\nAda Orbit walks.\n" + body);
        s.build();
        List<String> story = s.page("articles/walk/").select(".story-body figure figcaption").eachText();
        assertThat(story).containsExactly("In training. ESA/Tim Peake Public domain", "ESA/Tim Peake Public domain",
                "Later. Photo: Desk Public domain");
        assertThat(s.page("people/ada-orbit/").select(".intro figure figcaption").eachText()).isEqualTo(story);
        assertThat(s.page("people/ada-orbit/").select(".intro figure figcaption .credit.copyright").eachText())
                .containsExactly("Public domain", "Public domain", "Public domain");
    }

    /**
     * A damaged picture a story shows is an error there, and nothing more: not also the warning
     * of a file in content/static/ that "is published as it is" (nothing is published). One no
     * page shows keeps that warning.
     */
    @Test
    void aDamagedPictureAPageShowsIsToldOnce() {
        TestSite s = site();
        s.write("content/static/images/empty.png", new byte[0]);
        s.write("content/static/images/unused.png", new byte[0]);
        s.write("content/articles/pictures.md", "---\ntitle: Pictures\ndate: 2025-07-30\n---\nText.\n\n"
                + "![One](/images/empty.png \"One. | Photo: Desk\")\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().map(Diagnostic::format).filter(d -> d.contains(".png")).toList())
                .containsExactly("content/articles/pictures.md:7:1: error: image /images/empty.png"
                        + " (content/static/images/empty.png) is empty (0 bytes); export the picture again",
                        "content/static/images/unused.png: warning: this picture file is empty (0 bytes); it is"
                                + " published as it is: export the picture again, or remove the file"));
    }

    /**
     * A picture of a registry file's text that cannot be published is told at the picture, as
     * written: not at a sentence before it that names the same address, nor percent-encoded.
     */
    @Test
    void aRegistryTextsPictureProblemIsToldWhereAndAsItIsWritten() {
        TestSite s = site();
        s.write("content/static/images/glider.jpg", TestImages.truncated(TestImages.jpeg(600, 400), 0.3));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda Orbit flies gliders, as the picture"
                + " (/images/glider.jpg) shows.\n\n![Glider](/images/glider.jpg \"Gliding. | Photo: Desk\")\n\n"
                + "![Лётчик](/images/пилот.jpg \"Пилот. | Photo: Desk\")\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.path() + ":" + d.line() + ":"
                        + d.column() + " " + d.message().substring(0, d.message().indexOf(" is "))).toList())
                .containsExactly("content/people/ada-orbit.md:6:1 image /images/glider.jpg (content/static/images/glider.jpg)",
                        "content/people/ada-orbit.md:8:1 image /images/пилот.jpg"));
    }

    /**
     * A picture named one or two letters off a file beside it is suggested; one that is a link
     * out of content/static/ is told as such (its file is there, but what it leads to is not
     * published), not as a file that is missing.
     */
    @Test
    void aMisspeltOrLinkedPictureIsToldWhatItIs() throws Exception {
        TestSite s = site();
        s.write("content/static/images/shared.jpg", TestImages.jpeg(600, 400));
        s.write("outside.jpg", TestImages.jpeg(600, 400));
        java.nio.file.Files.createSymbolicLink(s.root.resolve("content/static/images/linked.jpg"),
                s.root.resolve("outside.jpg"));
        s.write("content/articles/pictures.md", "---\ntitle: Pictures\ndate: 2025-07-30\n---\nText.\n\n"
                + "![One](/images/share.jpg \"One. | Photo: Desk\")\n\n![Two](/images/linked.jpg \"Two. | Photo: Desk\")\n\n"
                + "![Three](/images/Shared.jpg \"Three. | Photo: Desk\")\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList()).containsExactly(
                "content/articles/pictures.md:7:1: error: image /images/share.jpg is not in the site: there is no file"
                        + " content/static/images/share.jpg; did you mean /images/shared.jpg? Otherwise add it there or"
                        + " fix the address",
                "content/articles/pictures.md:9:1: error: image /images/linked.jpg is not in the site:"
                        + " content/static/images/linked.jpg is a link to outside.jpg, outside content/static/, whose"
                        + " files alone are published; copy the picture there in place of the link",
                "content/articles/pictures.md:11:1: error: image /images/Shared.jpg is not in the site: there is no file"
                        + " content/static/images/Shared.jpg; did you mean /images/shared.jpg? (the names differ in"
                        + " capitals: a Mac's or Windows' disk finds it, a web server does not)"));
    }

    /**
     * A registry file's text shows pictures as a story does: a figure with its caption and credit,
     * resized copies with srcset, width and height, a picture within text measured too; a picture
     * that is not there is an error at the line that shows it.
     */
    @Test
    void picturesInARegistryFilesTextAreFiguresWithCopies() {
        TestSite s = site();
        s.write("content/static/images/walkout.jpg", TestImages.jpeg(1200, 800));
        s.write("content/static/images/patch.png", TestImages.png(200, 200, false));
        s.write("content/people/ada-orbit.md", """
                ---
                name: Ada Orbit
                ---
                Ada Orbit commands the station.

                ![Ada at the hatch](/images/walkout.jpg "Before the walk | Photo: Test Desk")

                Her patch: ![The patch](/images/patch.png).

                ```embed
                https://www.youtube.com/watch?v=21X5lGlDOfg
                title: Ada's first walk
                ```
                """);
        s.build();
        Document page = s.page("people/ada-orbit/");
        assertThat(page.select(".intro .embed-frame button")).hasSize(1);
        assertThat(page.select("script[src$=assets/embed.js]")).hasSize(1); // the player's script, on this page alone
        assertThat(s.page("people/ben-lander/").select("script[src$=assets/embed.js]")).isEmpty();
        assertThat(page.select(".intro figure.figure figcaption").text()).isEqualTo("Before the walk Photo: Test Desk");
        org.jsoup.nodes.Element figure = page.selectFirst(".intro figure.figure img");
        assertThat(figure.attr("srcset")).contains("walkout-480w.").contains(" 480w");
        assertThat(figure.attr("width")).isEqualTo("1200");
        assertThat(figure.attr("height")).isEqualTo("800");
        assertThat(figure.attr("alt")).isEqualTo("Ada at the hatch");
        org.jsoup.nodes.Element inline = page.selectFirst(".intro p img");
        assertThat(inline.attr("width")).isEqualTo("200");
        assertThat(inline.attr("src")).contains("patch-").doesNotEndWith("/patch.png");
        for (org.jsoup.nodes.Element img : page.select(".intro img")) {
            assertThat(s.root.resolve("site/people/ada-orbit/").resolve(img.attr("src")).normalize()).isRegularFile();
        }

        s.write("content/people/ada-orbit.md", s.read("content/people/ada-orbit.md").replace("/images/patch.png",
                "/images/gone.png"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().map(Diagnostic::format).toList()).contains(
                "content/people/ada-orbit.md:8:12: error: image /images/gone.png is not in the site: there is no file"
                        + " content/static/images/gone.png; add it there or fix the address"));
        // a site moved from another tool shows it as written, with a warning, as a story's
        s.write("content/site.yaml", s.read("content/site.yaml") + "migration:\n  skipInvalid: true\n");
        BuildResult lenient = s.build();
        assertThat(lenient.warnings()).extracting(Diagnostic::format).anyMatch(w -> w.startsWith(
                "content/people/ada-orbit.md:8:12: warning: image /images/gone.png is not in the site")
                && w.endsWith("(shown as written: migration.skipInvalid)"));
    }

    /**
     * A photo desk's file names who made the picture (IPTC's credit line, XMP's creator) and its
     * copyright: a figure or lead picture whose text gives no credit shows the file's, and is not
     * warned about; a credit in the text comes first; a file that names no one still warns.
     */
    @Test
    void aPicturesOwnCreditIsShownWhereTheTextGivesNone() {
        TestSite s = site();
        byte[] jpeg = TestImages.jpeg(900, 600);
        s.write("content/static/images/pad.jpg", TestImages.withIptc(jpeg, "NASA/Joel Kowsky", "Public domain"));
        s.write("content/static/images/dish.jpg", TestImages.withXmp(jpeg, "ESA – S. Corvaja", "© 2025 ESA"));
        s.write("content/static/images/plain.jpg", jpeg);
        s.write("content/articles/credits.md", """
                ---
                title: Credits from the files
                date: 2025-08-05
                image: /images/dish.jpg
                image_alt: A dish
                ---
                ![The pad](/images/pad.jpg "The pad at dawn")

                ![The pad again](/images/pad.jpg "The pad | Photo: Orbit Desk")

                ![Plain](/images/plain.jpg "No one named")
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).filteredOn(w -> w.contains("credits.md"))
                .containsExactly("content/articles/credits.md:11:1: warning: this picture has no credit; add it to the"
                        + " title after the caption, like ![alt](/images/plain.jpg \"The caption. | Photo: NASA/Joel"
                        + " Kowsky\")");
        Document page = s.page("articles/credits/");
        assertThat(page.select("figure.figure figcaption").eachText()).containsExactly(
                "The pad at dawn NASA/Joel Kowsky Public domain", "The pad Photo: Orbit Desk Public domain",
                "No one named");
        assertThat(page.select(".lead-image .credit").eachText()).containsExactly("ESA – S. Corvaja", "© 2025 ESA");
    }

    /**
     * A story held back until its time is not published yet, but its pictures are checked as a
     * published story's are: a damaged one is an error now, while someone is there to mend it, not
     * at the scheduled build that would publish the story.
     */
    @Test
    void aDamagedPictureInAStoryHeldBackIsAnErrorNow() {
        TestSite s = site();
        byte[] jpeg = TestImages.jpeg(900, 600);
        s.write("content/static/bad/cut.jpg", TestImages.truncated(jpeg, 0.5));
        s.write("content/static/bad/noise.jpg", TestImages.corrupt(jpeg));
        s.write("content/static/bad/fine.jpg", jpeg);
        s.write("content/articles/held.md", """
                ---
                title: Held back
                date: 2025-08-05
                publishDate: 2099-01-01T06:00:00Z
                ---
                Text ![Cut](/bad/cut.jpg) and ![Noise](/bad/noise.jpg).

                ![Fine](/bad/fine.jpg)
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                        .map(m -> m.replaceAll("cut short \\(.*\\); export", "cut short (...); export")).toList())
                .containsExactly(
                "content/articles/held.md:6:6: error: image /bad/cut.jpg (content/static/bad/cut.jpg) is damaged or cut"
                        + " short (...); export it again",
                "content/articles/held.md:6:31: error: image /bad/noise.jpg (content/static/bad/noise.jpg) is damaged or"
                        + " cut short (...); export it again"));
        s.write("content/static/bad/cut.jpg", jpeg);
        s.write("content/static/bad/noise.jpg", jpeg);
        s.build();
        assertThat(s.root.resolve("site/articles/held")).doesNotExist();
    }

    @Test
    void everyBadPictureIsAnErrorAtTheLineThatShowsIt() {
        TestSite s = site();
        byte[] jpeg = TestImages.jpeg(900, 600);
        s.write("content/static/bad/empty.jpg", new byte[0]);
        s.write("content/static/bad/page.jpg", "<html>oops</html>".getBytes(StandardCharsets.UTF_8));
        s.write("content/static/bad/cut.jpg", TestImages.truncated(jpeg, 0.5));
        s.write("content/static/bad/noise.jpg", TestImages.corrupt(jpeg));
        s.write("content/static/bad/bomb.png", TestImages.pngBomb(30_000, 30_000));
        s.write("content/articles/bad.md", """
                ---
                title: Bad pictures
                date: 2025-08-05
                image: /bad/bomb.png
                image_alt: A bomb
                image_credit: "Photo: nobody"
                ---
                ![Empty](/bad/empty.jpg)

                ![Page](/bad/page.jpg)

                Text ![Cut](/bad/cut.jpg) and ![Noise](/bad/noise.jpg).

                ![Gone](/bad/gone.jpg)

                ```embed
                https://example.com/watch/1
                ```

                ```embed
                https://www.youtube.com/watch?v=short
                title: Bad id
                colour: red
                ```
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                        .map(m -> m.replaceAll("cut short \\(.*\\); export", "cut short (...); export")).toList())
                .containsExactly(
                "content/articles/bad.md:4:1: error: image /bad/bomb.png (content/static/bad/bomb.png) is 30000 × 30000"
                        + " pixels (900 megapixels), more than images.maxPixels allows (50 megapixels); make it smaller"
                        + " before adding it",
                "content/articles/bad.md:8:1: error: image /bad/empty.jpg (content/static/bad/empty.jpg) is empty (0"
                        + " bytes); export the picture again",
                "content/articles/bad.md:10:1: error: image /bad/page.jpg (content/static/bad/page.jpg) is not a JPEG or"
                        + " PNG picture (its first bytes are not an image's); export it again as JPEG or PNG",
                "content/articles/bad.md:12:6: error: image /bad/cut.jpg (content/static/bad/cut.jpg) is damaged or cut"
                        + " short (...); export it again",
                "content/articles/bad.md:12:31: error: image /bad/noise.jpg (content/static/bad/noise.jpg) is damaged or"
                        + " cut short (...); export it again",
                "content/articles/bad.md:14:1: error: image /bad/gone.jpg is not in the site: there is no file"
                        + " content/static/bad/gone.jpg; add it there or fix the address",
                "content/articles/bad.md:17:1: error: unknown embed https://example.com/watch/1; an embed takes a"
                        + " YouTube, Vimeo or NASA Image and Video Library (images.nasa.gov) address, or a video file of"
                        + " the site (.mp4, .webm)",
                "content/articles/bad.md:21:1: error: cannot find the video in https://www.youtube.com/watch?v=short;"
                        + " a YouTube address looks like https://www.youtube.com/watch?v=21X5lGlDOfg or"
                        + " https://youtu.be/21X5lGlDOfg",
                "content/articles/bad.md:23:1: error: an embed has no key \"colour\"; it takes title:, poster:,"
                        + " caption:, credit:, start: and (for NASA) type:"));
        assertThat(s.site()).doesNotExist();
    }

    /** A picture written with other capitals than its file's is found on a Mac and broken on the server: the message names the file. */
    @Test
    void aPictureWrittenWithOtherCapitalsNamesTheFile() {
        TestSite s = site();
        s.write("content/static/images/shared.jpg", TestImages.jpeg(300, 200));
        s.write("content/articles/launch.md", s.read("content/articles/launch.md")
                + "\n![The pad](/images/SHARED.JPG \"The pad. | Photo: NASA\")\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList()).singleElement()
                .asString().endsWith("error: image /images/SHARED.JPG is not in the site: there is no file"
                        + " content/static/images/SHARED.JPG; did you mean /images/shared.jpg? (the names differ in"
                        + " capitals: a Mac's or Windows' disk finds it, a web server does not)"));
    }

    /**
     * A link one or two letters off a picture that is itself missing (its problem told where a
     * story shows it) is not offered that picture as the address it meant: it is not there either.
     * A damaged picture is offered: its file is there, to be mended.
     */
    @Test
    void aLinkIsNotOfferedAPictureThatIsMissing() {
        TestSite s = site();
        s.write("content/static/images/glider.jpg", TestImages.truncated(TestImages.jpeg(600, 400), 0.3));
        s.write("content/articles/shown.md", "---\ntitle: Shown\ndate: 2025-08-04\n---\nText.\n\n"
                + "![Pad](/images/padview.jpg \"The pad. | Photo: Desk\")\n\n"
                + "![Glider](/images/glider.jpg \"Gliding. | Photo: Desk\")\n");
        s.write("content/articles/linked.md", "---\ntitle: Linked\ndate: 2025-08-05\n---\n"
                + "See [the pad](/images/padveiw.jpg), [the glider](/images/gilder.jpg) and"
                + " [the crew](/images/crwe.jpg).\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .filteredOn(Diagnostic::isError).extracting(Diagnostic::format)
                .filteredOn(m -> m.startsWith("content/articles/linked.md"))
                .containsExactly(
                        "content/articles/linked.md:5:15: error: broken link \"/images/padveiw.jpg\" on page"
                                + " /articles/linked/: no page or file /images/padveiw.jpg; fix the link or add what it"
                                + " points to",
                        "content/articles/linked.md:5:50: error: broken link \"/images/gilder.jpg\" on page"
                                + " /articles/linked/: no page or file /images/gilder.jpg; did you mean"
                                + " /images/glider.jpg? Otherwise fix the link or add what it points to",
                        "content/articles/linked.md:5:85: error: broken link \"/images/crwe.jpg\" on page"
                                + " /articles/linked/: no page or file /images/crwe.jpg; did you mean /images/crew.jpg?"
                                + " Otherwise fix the link or add what it points to"));
    }

    /**
     * A style sheet's broken {@code url()} is not offered a missing picture either; it is offered a
     * picture no page shows, which the site publishes as it is.
     */
    @Test
    void aStyleSheetIsNotOfferedAPictureThatIsMissing() {
        TestSite s = site();
        s.write("content/static/images/stars.jpg", TestImages.jpeg(300, 200));
        s.write("content/articles/shown.md", "---\ntitle: Shown\ndate: 2025-08-04\n---\nText.\n\n"
                + "![Pad](/images/padview.jpg \"The pad. | Photo: Desk\")\n");
        s.write("content/static/css/extra.css", ".pad { background: url(/images/padveiw.jpg); }\n"
                + ".sky { background: url(/images/stras.jpg); }\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format)
                .filteredOn(m -> m.startsWith("content/static/css/extra.css"))
                .containsExactly(
                        "content/static/css/extra.css:1:24: warning: url(/images/padveiw.jpg) names no file the site"
                                + " publishes (/images/padveiw.jpg); fix the address or publish the file: the"
                                + " published page would not load it",
                        "content/static/css/extra.css:2:24: warning: url(/images/stras.jpg) names no file the site"
                                + " publishes (/images/stras.jpg); did you mean /images/stars.jpg? Otherwise fix the"
                                + " address or publish the file: the published page would not load it"));
    }
}
