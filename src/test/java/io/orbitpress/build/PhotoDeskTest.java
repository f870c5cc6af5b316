package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.image.TestImages;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as a photo desk meets them over a day: portraits and figures from other sites,
 * addresses written as other tools write them, each through a whole build.
 */
class PhotoDeskTest {

    @TempDir
    Path dir;

    /**
     * A portrait on another site has no thumbnail in the list of people (it is not measured), and
     * its entry was still laid out as one with a thumbnail: the name squeezed into the picture's column.
     */
    @Test
    void aPortraitOnAnotherSiteLeavesItsEntryLaidOutWithoutAThumbnail() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/ada.jpg", TestImages.jpeg(600, 800));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nimage: /images/ada.jpg\nimage_alt: Ada\n---\nAda.\n");
        s.write("content/people/yuri-lander.md", "---\nname: Yuri Lander\nimage: https://images.example.com/yuri.jpg\n"
                + "image_alt: Yuri\n---\nYuri.\n");
        s.build();
        Element ada = s.page("people/").select(".entity-list li:has(a[href=ada-orbit/])").first();
        Element yuri = s.page("people/").select(".entity-list li:has(a[href=yuri-lander/])").first();
        assertThat(ada.hasClass("has-thumb")).isTrue();
        assertThat(ada.select("img.thumb")).hasSize(1);
        assertThat(yuri.select("img")).isEmpty();
        assertThat(yuri.hasClass("has-thumb")).isFalse();
    }

    /**
     * A JPEG or PNG of the site written with a query or a fragment ({@code ?v=2} to defeat a cache,
     * {@code ?w=1024} from an exported blog) was an error that called it a broken link and said to
     * link to the page that shows it: the picture is that file, shown as its resized copies.
     */
    @Test
    void aPictureWrittenWithAQueryOrAFragmentIsResizedAsWithout() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/pad.jpg", TestImages.jpeg(1200, 800));
        s.write("content/static/images/patch.png", TestImages.png(600, 600, true));
        s.write("content/articles/pad.md", """
                ---
                title: The pad
                date: 2025-08-01
                image: /images/pad.jpg?v=2
                image_alt: The pad at dawn
                image_credit: "Photo: Desk"
                ---
                The pad.

                ![The patch](/images/patch.png?w=1024#top "The patch. | Photo: Desk")
                """);
        s.build();
        org.jsoup.nodes.Document page = s.page("articles/pad/");
        Element lead = page.select(".lead-image img").first();
        assertThat(lead.attr("src")).matches("\\.\\./\\.\\./images/pad-960w\\.[0-9a-f]+\\.jpg");
        assertThat(lead.attr("width")).isEqualTo("1200");
        assertThat(lead.attr("srcset")).contains("pad-160w.");
        Element figure = page.select("figure.figure img").first();
        assertThat(figure.attr("src")).matches("\\.\\./\\.\\./images/patch-600w\\.[0-9a-f]+\\.png");
        assertThat(figure.attr("height")).isEqualTo("600");
        assertThat(page.select("meta[property=og:image]").attr("content")).contains("/images/pad-1200w.");
        assertThat(s.site().resolve("images/pad.jpg")).doesNotExist();
    }

    /** A bundle's story showing {@code written}, with {@code files} beside it (name, then bytes). */
    private TestSite bundle(String written, Object... files) {
        TestSite s = new TestSite(dir);
        s.write("content/articles/pad-tour/index.md", "---\ntitle: Pad tour\ndate: 2025-08-01\n---\nThe pad.\n\n![The pad]("
                + written + " \"The pad. | Photo: Desk\")\n");
        for (int i = 0; i < files.length; i += 2) {
            s.write("content/articles/pad-tour/" + files[i], (byte[]) files[i + 1]);
        }
        return s;
    }

    /** A picture missing from a folder of the bundle was told as looked for in content/static/ alone. */
    @Test
    void aPictureMissingFromABundlesFolderSaysTheBundleWasLookedIn() {
        assertThat(bundle("gallery/step-1.jpg", "gallery/step-2.jpg", TestImages.jpeg(400, 300)).problems())
                .containsExactly("content/articles/pad-tour/index.md:7:1: error: image gallery/step-1.jpg is not in the"
                        + " site: there is no file content/articles/pad-tour/gallery/step-1.jpg beside the story, nor"
                        + " content/static/articles/pad-tour/gallery/step-1.jpg; did you mean gallery/step-2.jpg?"
                        + " Otherwise add it there or fix the address");
    }

    /** So was one of a bundle that has no other file yet, its story alone in its folder. */
    @Test
    void aPictureMissingFromABundleOfTheStoryAloneSaysTheBundleWasLookedIn() {
        assertThat(bundle("pad.jpg").problems()).containsExactly("content/articles/pad-tour/index.md:7:1: error: image"
                + " pad.jpg is not in the site: there is no file content/articles/pad-tour/pad.jpg beside the story, nor"
                + " content/static/articles/pad-tour/pad.jpg; add it there or fix the address");
    }

    /**
     * A camera's file written in other capitals ({@code img_0001.jpg} for {@code IMG_0001.JPG}) is
     * named as the one meant in content/static/, and was not in a bundle.
     */
    @Test
    void aBundlesPictureWrittenInOtherCapitalsIsNamed() {
        assertThat(bundle("img_0001.jpg", "IMG_0001.JPG", TestImages.jpeg(400, 300)).problems()).containsExactly(
                "content/articles/pad-tour/index.md:7:1: error: image img_0001.jpg is not in the site: there is no file"
                        + " content/articles/pad-tour/img_0001.jpg beside the story, nor content/static/articles/pad-tour/"
                        + "img_0001.jpg; did you mean IMG_0001.JPG? (the names differ in capitals: a Mac's or Windows'"
                        + " disk finds it, a web server does not)");
    }

    /**
     * The site's default card is the one link previews show for every page without a picture of its
     * own (and with an SVG or a small one); an SVG or a 100-pixel patch there was taken without a
     * word, so no page of the site had a preview.
     */
    @Test
    void aDefaultCardLinkPreviewsDoNotShowWarns() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/card.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 630\"/>");
        s.write("content/static/images/patch.png", TestImages.png(100, 100, false));
        s.write("content/static/images/card.png", TestImages.png(1200, 630, false));
        s.write("content/articles/pad.md", "---\ntitle: The pad\ndate: 2025-08-01\n---\nThe pad.\n");
        String settings = "title: Test Desk\nbaseUrl: https://news.example.org/\nimages:\n  defaultAlt: Test Desk\n";
        s.write("content/site.yaml", settings + "  default: /images/card.svg\n");
        assertThat(s.build().warnings()).extracting(io.orbitpress.diag.Diagnostic::format).contains(
                "content/site.yaml:5:1: warning: images.default /images/card.svg is an SVG, which link previews do not"
                        + " show, so a page without a picture of its own is shared without one; make the card a JPEG or"
                        + " PNG of at least 144 × 144 pixels (1200 × 630 fills a preview)");
        s.write("content/site.yaml", settings + "  default: /images/patch.png\n");
        assertThat(s.build().warnings()).extracting(io.orbitpress.diag.Diagnostic::format).contains(
                "content/site.yaml:5:1: warning: images.default /images/patch.png is 100 × 100 pixels, smaller than link"
                        + " previews show, so a page without a picture of its own is shared without one; make the card a"
                        + " JPEG or PNG of at least 144 × 144 pixels (1200 × 630 fills a preview)");
        s.write("content/site.yaml", settings + "  default: /images/card.png\n");
        assertThat(s.build().warnings()).extracting(io.orbitpress.diag.Diagnostic::format)
                .noneMatch(m -> m.contains("images.default"));
    }

    /**
     * A phone's JPEG saved under another picture's name ({@code .gif}, {@code .webp}) was published as
     * written, its GPS position and camera with it, without a word for a .gif: it now loses them as
     * a .jpg does, with a warning to rename it.
     */
    @Test
    void aJpegNamedAsAGifOrAWebpLosesItsCameraData() throws Exception {
        TestSite s = new TestSite(dir);
        byte[] phone = TestImages.withExif(TestImages.jpeg(400, 300), 6);
        s.write("content/static/images/pad.gif", phone);
        s.write("content/static/images/crew.webp", phone);
        s.write("content/articles/pad.md", "---\ntitle: The pad\ndate: 2025-08-01\n---\nThe pad.\n\n"
                + "![The pad](/images/pad.gif \"The pad. | Photo: Desk\")\n");
        BuildResult r = s.build();
        for (String name : List.of("pad.gif", "crew.webp")) {
            String published = new String(java.nio.file.Files.readAllBytes(s.site().resolve("images/" + name)),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(published).as(name).doesNotContain("SpyCam").startsWith("\u00FF\u00D8");
            assertThat(javax.imageio.ImageIO.read(s.site().resolve("images/" + name).toFile()).getWidth()).isEqualTo(400);
        }
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).contains(
                "content/static/images/pad.gif: warning: this file's name ends in .gif, but it holds a JPEG picture:"
                        + " what it says of the camera and the place it was taken is taken out, as from a .jpg, but"
                        + " pages show it as it is, not resized; rename it to end in .jpg",
                "content/static/images/crew.webp: warning: this file's name ends in .webp, but it holds a JPEG"
                        + " picture: what it says of the camera and the place it was taken is taken out, as from a .jpg,"
                        + " but pages show it as it is, not resized; rename it to end in .jpg");
    }

    /**
     * A JPEG named .jfif (as Windows saves many) or .jpe is a JPEG, its metadata taken out when no
     * page shows it; shown by a page, it was published whole, with no size, copies or srcset.
     */
    @Test
    void aJfifOrJpeShownIsResizedAsAJpg() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/screen.jfif", TestImages.jpeg(1200, 800));
        s.write("content/static/images/old.JPE", TestImages.jpeg(600, 400));
        s.write("content/articles/pad.md", """
                ---
                title: The pad
                date: 2025-08-01
                image: /images/screen.jfif
                image_alt: The pad at dawn
                image_credit: "Photo: Desk"
                ---
                The pad.

                ![The old pad](/images/old.JPE "The old pad. | Photo: Desk")
                """);
        s.build();
        org.jsoup.nodes.Document page = s.page("articles/pad/");
        Element lead = page.select(".lead-image img").first();
        assertThat(lead.attr("src")).matches("\\.\\./\\.\\./images/screen-960w\\.[0-9a-f]+\\.jpg");
        assertThat(lead.attr("width")).isEqualTo("1200");
        Element figure = page.select("figure.figure img").first();
        assertThat(figure.attr("src")).matches("\\.\\./\\.\\./images/old-600w\\.[0-9a-f]+\\.jpg");
        assertThat(figure.attr("srcset")).contains("old-160w.");
        assertThat(s.site().resolve("images/screen.jfif")).doesNotExist();
    }

    /**
     * Jekyll's jekyll-seo-tag takes the picture as a map ({@code image: {path: ..., alt: ...}}); such a
     * post moved over was told to write "image: some text", which says nothing of the keys to use.
     */
    @Test
    void aPictureWrittenAsJekyllsMapSaysHowToWriteIt() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/pad.jpg", TestImages.jpeg(600, 400));
        s.write("content/articles/seo.md", "---\ntitle: The pad\ndate: 2025-08-01\nimage:\n  path: /images/pad.jpg\n"
                + "  alt: The pad at dawn\n---\nThe pad.\n");
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nimage:\n  path: /images/pad.jpg\n---\nAda.\n");
        assertThat(s.problems()).containsExactly(
                "content/articles/seo.md:4:1: error: image is written as a map, as Jekyll's jekyll-seo-tag takes it;"
                        + " write image: /images/pad.jpg and image_alt: \"The pad at dawn\" in its place",
                "content/people/ada-orbit.md:3:1: error: image is written as a map, as Jekyll's jekyll-seo-tag takes it;"
                        + " write image: /images/pad.jpg in its place, and image_alt: describing what it shows");
    }

    /**
     * A registry file is one entity in every language; a portrait it names wrongly was told once per
     * language, the second time as looked for below {@code content/static/ru/}, a folder nobody wrote.
     */
    @Test
    void aMissingPortraitIsToldOnceOnASiteOfTwoLanguages() {
        TestSite s = TestSite.inEnglishAndRussian(dir, "");
        s.write("content/static/images/ada.jpg", TestImages.jpeg(600, 800));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nimage: images/ada.jpg\nimage_alt: Ada\n---\nAda.\n");
        s.write("content/people/ben-lander.md", "---\nname: Ben Lander\nimage: /images/ben.jpg\nimage_alt: Ben\n---\nBen.\n");
        assertThat(s.problems()).containsExactly(
                "content/people/ada-orbit.md:3:1: error: image images/ada.jpg is not in the site: there is no file"
                        + " content/static/people/ada-orbit/images/ada.jpg; add it there or fix the address (did you mean"
                        + " /images/ada.jpg? An address without a / in front is read from the folder of its page)",
                "content/people/ben-lander.md:3:1: error: image /images/ben.jpg is not in the site: there is no file"
                        + " content/static/images/ben.jpg; add it there or fix the address");
    }

    /**
     * A portrait kept beside its person's page ({@code image: ada.jpg}, in
     * content/static/people/ada-orbit/) stopped the build of a site of two languages: the Russian
     * page looked for it below content/static/ru/. One registry file names one picture.
     */
    @Test
    void aPortraitBesideItsPageIsTheSameInEveryLanguage() {
        TestSite s = TestSite.inEnglishAndRussian(dir, "");
        s.write("content/static/people/ada-orbit/ada.jpg", TestImages.jpeg(600, 800));
        s.write("content/static/people/ada-orbit/suit.jpg", TestImages.jpeg(900, 600));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nimage: ada.jpg\nimage_alt: Ada\n---\nAda.\n\n"
                + "![The suit](suit.jpg \"Her suit. | Photo: Desk\")\n");
        s.build();
        for (String page : List.of("people/ada-orbit/", "ru/people/ada-orbit/")) {
            org.jsoup.nodes.Document d = s.page(page);
            assertThat(d.select(".portrait img").attr("abs:src")).as(page)
                    .matches("https://news\\.example\\.org/people/ada-orbit/ada-600w\\.[0-9a-f]+\\.jpg");
            assertThat(d.select("figure.figure img").attr("abs:src")).as(page)
                    .matches("https://news\\.example\\.org/people/ada-orbit/suit-900w\\.[0-9a-f]+\\.jpg");
        }
    }

    /**
     * In a table, the | between a picture's caption and credit ends the cell (GitHub's tables read it
     * so), and the picture was published as its text, "![Pad](/images/pad.jpg "The pad.", without a word.
     */
    @Test
    void aPictureCutByATablesPipeWarnsWhereItStands() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/pad.jpg", TestImages.jpeg(600, 400));
        s.write("content/articles/pad.md", """
                ---
                title: The pad
                date: 2025-08-01
                ---
                The pad.

                | Pad | Year |
                |-----|------|
                | ![Pad](/images/pad.jpg "The pad. | Photo: Desk") | 1969 |
                | ![Pad again](/images/pad.jpg "The pad. \\| Photo: Desk") | 1970 |
                """);
        assertThat(s.build().warnings()).extracting(io.orbitpress.diag.Diagnostic::format).contains(
                "content/articles/pad.md:9:3: warning: this picture's title holds a |, which ends a table's cell, so"
                        + " the page shows the picture as its text; write \\| for it within a table: \"The pad. \\|"
                        + " Photo: Desk\"").filteredOn(m -> m.contains("ends a table's cell")).hasSize(1);
    }
}
