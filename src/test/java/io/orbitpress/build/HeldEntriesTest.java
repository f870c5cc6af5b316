package io.orbitpress.build;

import static io.orbitpress.build.EmbargoTest.AFTER;
import static io.orbitpress.build.EmbargoTest.BEFORE;
import static io.orbitpress.build.EmbargoTest.filesContaining;
import static io.orbitpress.build.EmbargoTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.cli.Main;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.session.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry file that holds its entity's page back, as a biography written ahead of a crew
 * announcement is: no file of the site names the entity before its time, text does not link it,
 * a story out now that names it or links its page is an error, and the build at its time
 * publishes what a cold build of that time does.
 */
class HeldEntriesTest {

    @TempDir
    Path dir;

    /** Between BEFORE and AFTER: 2025-08-01 13:00 UTC. */
    private static final String ANNOUNCED = "2025-08-01T09:00:00-04:00";

    private TestSite newsroom() {
        TestSite s = new TestSite(dir);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands.\n");
        s.write("content/people/bea-quill.md", "---\nname: Bea Quill\nrole: mission specialist\npublishDate: " + ANNOUNCED
                + "\n---\nBea Quill flew gliderbatons over the tundra before her selection.\n");
        s.write("content/articles/training.md", """
                ---
                title: Training goes on
                date: 2025-07-29
                people: [ada-orbit]
                ---
                Ada Orbit trained with Bea Quill, a pilot from the tundra.
                """);
        return s;
    }

    private static BuildResult build(TestSite s, Instant now) {
        return new SiteBuild(BuildOptions.of(s.root).withNow(now)).build();
    }

    /**
     * The files a held page's text links to or shows (a résumé, a picture) wait with it, as a held
     * story's do; one a published page links to as well is published.
     */
    @Test
    void theFilesOnlyAHeldPageLinksToWaitWithIt() throws IOException {
        TestSite s = newsroom();
        s.write("content/people/bea-quill.md", "---\nname: Bea Quill\nrole: mission specialist\npublishDate: "
                + ANNOUNCED + "\n---\nBea Quill flew gliderbatons. Her [résumé](/files/quill-cv.pdf), her"
                + " [licence](/files/pilot-licence.pdf).\n\n![Training](/images/quill-training.jpg)\n");
        s.write("content/static/files/quill-cv.pdf", "%PDF-1.4 résumé");
        s.write("content/static/files/pilot-licence.pdf", "%PDF-1.4 licence");
        s.write("content/static/images/quill-training.jpg", io.orbitpress.image.TestImages.jpeg(200, 100));
        build(s, BEFORE);
        assertThat(s.site().resolve("files/quill-cv.pdf")).doesNotExist();
        assertThat(s.site().resolve("files/pilot-licence.pdf")).doesNotExist();
        assertThat(s.site().resolve("images/quill-training.jpg")).doesNotExist();
        // a published page of the registry that links to one is told why it leads nowhere
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands;"
                + " see the [licence](/files/pilot-licence.pdf).\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/people/ada-orbit.md:5:39:"
                        + " error: broken link \"/files/pilot-licence.pdf\" on page /people/ada-orbit/: it leads to"
                        + " /files/pilot-licence.pdf, which only the page of Bea Quill links to, and"
                        + " content/people/bea-quill.md holds that page back until 2025-08-01 13:00 +00:00; remove the"
                        + " link, or hold the linking page back as long"));
        assertThat(pictures(s, "quill-training")).isEmpty(); // nor its copies
        build(s, AFTER);
        assertThat(s.site().resolve("files/pilot-licence.pdf")).exists();
        assertThat(s.site().resolve("files/quill-cv.pdf")).exists();
        // the picture as a story's: its resized copies, not the original
        assertThat(pictures(s, "quill-training")).isNotEmpty().noneMatch(p -> p.equals("quill-training.jpg"));
        // a story out before the page that links to the file publishes it, as it would a held story's
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands.\n");
        s.write("content/articles/cv.md", "---\ntitle: CV\ndate: 2025-07-29\n---\nA [résumé](/files/quill-cv.pdf).\n");
        build(s, BEFORE);
        assertThat(s.site().resolve("files/quill-cv.pdf")).exists();
        assertThat(pictures(s, "quill-training")).isEmpty();
    }

    /** The names of the files in the site's images/ folder that start with {@code name}. */
    private static List<String> pictures(TestSite s, String name) throws IOException {
        if (!Files.isDirectory(s.site().resolve("images"))) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(s.site().resolve("images"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(name)).sorted().toList();
        }
    }

    @Test
    void aHeldPageIsInNoFileOfTheSiteBeforeItsTime() throws IOException {
        TestSite s = newsroom();
        BuildResult r = build(s, BEFORE);

        assertThat(filesContaining(s.site(), "bea-quill")).isEmpty();
        assertThat(filesContaining(s.site(), "gliderbatons")).isEmpty();
        assertThat(filesContaining(s.site(), "mission specialist")).isEmpty();
        // the story says her name, as written, without a link to a page not out yet
        assertThat(s.page("articles/training/").select(".story-body").text()).contains("Bea Quill");
        assertThat(s.page("articles/training/").select(".story-body a").eachText()).containsExactly("Ada Orbit");
        assertThat(r.nextChange().what()).isEqualTo("publishes");
        assertThat(r.nextChange().path()).isEqualTo("content/people/bea-quill.md");
        assertThat(r.nextChange().at().toInstant()).isEqualTo(Instant.parse("2025-08-01T13:00:00Z"));

        // at its time the page is out, and the story's text links it
        build(s, AFTER);
        assertThat(s.page("people/bea-quill/").text()).contains("gliderbatons");
        assertThat(s.page("articles/training/").select(".story-body a").eachText()).contains("Bea Quill");
        assertThat(s.text("sitemap.xml")).contains("/people/bea-quill/");
        // publishDate is not a fact shown on the page
        assertThat(s.page("people/bea-quill/").text()).doesNotContain("Publish date").doesNotContain("2025-08-01");
    }

    /**
     * The held page's portrait is in no file of the site before its time (its name would tell), and
     * checked now: a missing one, or a broken link in the introduction, would stop the build at the
     * page's time, and is an error now. In every language.
     */
    @Test
    void aHeldPagesPortraitAndLinksWaitWithItAndAreCheckedNow() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", "title: Test Desk\nlanguages: [en, ru]\n");
        s.write("content/static/images/people/bea-quill.jpg", io.orbitpress.image.TestImages.jpeg(400, 500));
        s.write("content/people/bea-quill.md", "---\nname: {en: Bea Quill, ru: Беа Квилл}\nimage: /images/people/bea-quill.jpg"
                + "\nimage_alt: Bea Quill\nimage_credit: NASA\npublishDate: " + ANNOUNCED
                + "\n---\nBea Quill flew gliderbatons over the tundra.\n");
        s.write("content/articles/ru/trenirovka.md", "---\ntitle: Тренировка\ndate: 2025-07-29\n---\n"
                + "Беа Квилл тренируется.\n");
        build(s, BEFORE);
        assertThat(filesContaining(s.site(), "bea-quill")).isEmpty();
        assertThat(filesContaining(s.site(), "gliderbatons")).isEmpty();
        assertThat(s.page("ru/articles/trenirovka/").select(".story-body a")).isEmpty();
        build(s, AFTER);
        assertThat(s.page("ru/people/bea-quill/").select(".portrait img").attr("src")).contains("bea-quill-");
        assertThat(s.page("ru/articles/trenirovka/").select(".story-body a").eachText()).containsExactly("Беа Квилл");

        // both told at once, as the build at that time tells the links: once for each language's page
        s.write("content/people/bea-quill.md", "---\nname: Bea Quill\nimage: /images/people/bea-quil.jpg"
                + "\nimage_alt: Bea Quill\nimage_credit: NASA\npublishDate: " + ANNOUNCED
                + "\n---\nBea Quill flew, as [her record](/articles/no-such-record/) says.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("content/people/bea-quill.md:3:1: error: image"
                        + " /images/people/bea-quil.jpg is not in the site"))
                .filteredOn(m -> m.contains("broken link")).hasSize(2).allSatisfy(m -> assertThat(m)
                        .startsWith("content/people/bea-quill.md:8:33: error: broken link \"/articles/no-such-record/\"")
                        .endsWith("(its page waits until 2025-08-01 13:00 +00:00; the build at that time would stop on"
                                + " this link)")));
    }

    /**
     * A held page's link to a story withdrawn by its time reaches the notice then: a warning, told
     * now, as for a story held back; a link to a story withdrawn after its time says nothing.
     */
    @Test
    void aHeldPagesLinkToAStoryWithdrawnByItsTimeIsWarnedOfNow() {
        TestSite s = newsroom();
        s.write("content/articles/glider.md", "---\ntitle: Glider record\ndate: 2025-07-20\n"
                + "withdrawn: 2025-07-29\n---\nA record.\n");
        s.write("content/articles/tundra.md", "---\ntitle: Tundra flights\ndate: 2025-07-21\n"
                + "withdrawn: 2025-08-01T12:00:00Z\n---\nFlights.\n");
        s.write("content/articles/later.md", "---\ntitle: Later\ndate: 2025-07-22\n"
                + "withdrawn: 2025-09-01\n---\nLater.\n");
        s.write("content/people/bea-quill.md", "---\nname: Bea Quill\nrole: mission specialist\npublishDate: "
                + ANNOUNCED + "\n---\nBea Quill set a [record](/articles/glider/), flew [the tundra](/articles/tundra/)"
                + " and [later](/articles/later/).\n");

        assertThat(build(s, BEFORE).warnings()).extracting(Diagnostic::format)
                .filteredOn(m -> m.startsWith("content/people/bea-quill.md")).containsExactly(
                        "content/people/bea-quill.md:6:26: warning: link \"/articles/glider/\" on page /people/bea-quill/:"
                                + " it leads to content/articles/glider.md, which was withdrawn on 2025-07-29: readers"
                                + " find the notice there; remove the link, or say the story was withdrawn (its page waits"
                                + " until 2025-08-01 13:00 +00:00; the build at that time would warn of this link)",
                        "content/people/bea-quill.md:6:64: warning: link \"/articles/tundra/\" on page /people/bea-quill/:"
                                + " it leads to content/articles/tundra.md, which is to be withdrawn on 2025-08-01 12:00"
                                + " +00:00, before this page comes out: readers will find the notice there; remove the"
                                + " link, or say the story was withdrawn (its page waits until 2025-08-01 13:00 +00:00;"
                                + " the build at that time would warn of this link)");
    }

    /**
     * In a registry file every key not read is a fact: a slip in a key that holds the page back
     * published it at once, with the key shown beside the biography. Each is an error; a fact that
     * only looks alike is not.
     */
    @Test
    void aSlipInAKeyThatHoldsThePageBackIsAnError() {
        TestSite s = newsroom();
        s.write("content/people/bea-quill.md", """
                ---
                name: Bea Quill
                PublishDate: 2025-08-01T09:00:00-04:00
                embargoUntil: August 1, 2025
                Draft: true
                published: false
                status: draft
                expires: 2027-06-01
                publisher: NASA
                ---
                Bea Quill.
                """);
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\nstatus: scheduled\nlaunch_date: 2026-02-01\n"
                + "published: true\nhidden: false\n---\nA flight.\n");
        // facts of a company and a person that only look alike
        s.write("content/organizations/orbit-co.md", "---\nname: Orbit Co\nprivate: true\nunlisted: true\n"
                + "status: private\ncraft: true\ngrant: yes\npublished: [Orbit One, Orbit Two]\n"
                + "published_works: {en: Yes}\n---\nA company.\n");
        s.write("content/people/cy-vane.md", "---\nname: Cy Vane\nembargoed: true\n---\nCy Vane.\n");
        s.write("content/people/di-ray.md", "---\nname: Di Ray\nunpublished: yes\ngo_live: 2026-12-20T09:00:00Z\n---\n"
                + "Di Ray.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly(
                        "content/people/bea-quill.md:3:1: error: unknown key \"PublishDate\"; did you mean publishDate:? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write publishDate:, or give the fact another name",
                        "content/people/bea-quill.md:4:1: error: unknown key \"embargoUntil\"; did you mean publishDate:?"
                                + " It would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write publishDate:, or give the fact another name",
                        "content/people/bea-quill.md:5:1: error: unknown key \"Draft\"; did you mean draft: true? It would"
                                + " decide when the page may be seen, and as written it is a fact shown on the page at"
                                + " once: write draft: true, or give the fact another name",
                        "content/people/bea-quill.md:6:1: error: unknown key \"published\"; did you mean draft: true? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write draft: true, or give the fact another name",
                        "content/people/bea-quill.md:7:1: error: unknown key \"status\"; did you mean draft: true? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write draft: true, or give the fact another name",
                        "content/people/bea-quill.md:8:1: error: \"expires\" reads as an expiry, which a registry file"
                                + " does not take: its page stays while the file is there; delete the line, or give the"
                                + " fact another name",
                        "content/people/cy-vane.md:3:1: error: unknown key \"embargoed\"; did you mean draft: true? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write draft: true, or give the fact another name",
                        "content/people/di-ray.md:3:1: error: unknown key \"unpublished\"; did you mean draft: true? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write draft: true, or give the fact another name",
                        "content/people/di-ray.md:4:1: error: unknown key \"go_live\"; did you mean publishDate:? It"
                                + " would decide when the page may be seen, and as written it is a fact shown on the"
                                + " page at once: write publishDate:, or give the fact another name"));
    }

    /**
     * A mission page out on one day whose crew names a person out the day after: the build on the
     * first day would stop on the link to the person's page; told now, at the crew line.
     */
    @Test
    void aHeldPageNamingOneHeldLongerIsAnErrorNow() {
        TestSite s = newsroom();
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\nsummary: Flies bea-quill and others\n"
                + "publishDate: 2025-07-31T12:00:00Z\ncrew: [ada-orbit, bea-quill]\n---\nA flight.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/missions/crew-99.md:5:19: error:"
                        + " names person \"bea-quill\", whose page waits until 2025-08-01 13:00 +00:00 (publishDate: in"
                        + " content/people/bea-quill.md), and this page comes out at 2025-07-31 12:00 +00:00: the build"
                        + " at that time would stop on the link; hold this page back as long, or bring that one's"
                        + " forward"));
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\npublishDate: " + ANNOUNCED + "\n"
                + "crew: [ada-orbit, bea-quill]\n---\nA flight.\n");
        assertThat(build(s, BEFORE).warnings()).isEmpty();
        build(s, AFTER);
        assertThat(s.page("missions/crew-99/").select(".fact-box a").eachText()).contains("Ada Orbit", "Bea Quill");
    }

    /** The same, with the crew named by their names as written: told at that name, as written. */
    @Test
    void aHeldPageNamingOneHeldLongerByNameIsAnErrorAtThatName() {
        TestSite s = newsroom();
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\npublishDate: 2025-07-31T12:00:00Z\n"
                + "crew: [Ada Orbit, BEA QUILL]\n---\nA flight.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/missions/crew-99.md:4:19: error:"
                        + " names person \"BEA QUILL\", whose page waits until 2025-08-01 13:00 +00:00 (publishDate: in"
                        + " content/people/bea-quill.md), and this page comes out at 2025-07-31 12:00 +00:00: the build"
                        + " at that time would stop on the link; hold this page back as long, or bring that one's"
                        + " forward"));
    }

    /** A page out now whose fact names a held person by name is told at that name, as a story's link is. */
    @Test
    void aPageOutNowNamingAHeldPersonByNameIsToldAtTheName() {
        TestSite s = newsroom();
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\ncrew: [Ada Orbit, Bea Quill]\n---\nA flight.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .startsWith("content/missions/crew-99.md:3:19: error: broken link"));
    }

    /** A held person named after a cue word is not suggested for registering: the file is there. */
    @Test
    void aHeldNameIsNotSuggestedForRegistering() {
        TestSite s = newsroom();
        s.write("content/articles/training.md", "---\ntitle: Training goes on\ndate: 2025-07-29\n---\n"
                + "Astronaut Bea Quill trained with astronaut Cy Vane.\n");
        List<String> suggested = new SiteBuild(BuildOptions.of(s.root).withNow(BEFORE)).assemble().suggestions().stream()
                .map(SiteBuild.SuggestionRef::name).toList();
        assertThat(suggested).contains("Cy Vane").doesNotContain("Bea Quill");
    }

    /** An author signing by name, whose page waits, is told by name and id. */
    @Test
    void aStoryOutNowSignedByAHeldAuthorIsAnErrorNamingThem() {
        TestSite s = newsroom();
        s.write("content/authors/nora-pen.md", "---\nname: Nora Pen\npublishDate: " + ANNOUNCED + "\n---\nA writer.\n");
        s.write("content/articles/signed.md", "---\ntitle: Signed\ndate: 2025-07-29\nauthor: Nora Pen\n---\nText.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).singleElement().asString().startsWith(
                        "content/articles/signed.md:4:1: error: names author \"nora-pen\" (Nora Pen), whose page waits"
                                + " until 2025-08-01 13:00 +00:00"));
    }

    /**
     * The preview (and --future, --drafts) shows a held page marked, as it marks an embargoed
     * story, and keeps it out of the sitemap.
     */
    @Test
    void aHeldPageShownByThePreviewIsMarked() {
        TestSite s = newsroom();
        s.write("content/people/cy-vane.md", "---\nname: Cy Vane\ndraft: true\n---\nCy Vane, not yet confirmed.\n");
        new SiteBuild(BuildOptions.of(s.root).withNow(BEFORE).withFuture(true).withDrafts(true)).build();
        assertThat(s.page("people/bea-quill/").select(".entity-head .badge-draft").text())
                .isEqualTo("Embargoed until August 1, 2025, 1:00 PM UTC: not published");
        assertThat(s.page("people/bea-quill/").select(".entity-head time").attr("datetime"))
                .isEqualTo("2025-08-01T13:00:00Z");
        assertThat(s.page("people/cy-vane/").select(".entity-head .badge-draft").text()).isEqualTo("Draft");
        assertThat(s.page("people/ada-orbit/").select(".entity-head .badge-draft")).isEmpty();
        assertThat(s.text("sitemap.xml")).doesNotContain("bea-quill", "cy-vane").contains("/people/ada-orbit/");
        // at its time it is out, unmarked
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER).withFuture(true)).build();
        assertThat(s.page("people/bea-quill/").select(".entity-head .badge-draft")).isEmpty();
        assertThat(s.text("sitemap.xml")).contains("/people/bea-quill/");
    }

    @Test
    void warmBuildsAcrossItsTimeEqualColdOnes() throws IOException {
        TestSite s = newsroom();
        Path cache = dir.resolve("cache");
        for (Instant now : new Instant[] {BEFORE, AFTER, Instant.parse("2025-08-01T12:59:59Z"), AFTER}) {
            new SiteBuild(BuildOptions.of(s.root).withNow(now), Session.inFolder(cache, "cache",
                    io.orbitpress.session.Tool.fingerprint())).build();
            Path cold = dir.resolve("cold-" + now.getEpochSecond());
            new SiteBuild(BuildOptions.of(s.root).withNow(now).withOut(cold)).build();
            assertThat(tree(s.site())).as("at " + now).isEqualTo(tree(cold));
        }
        assertThat(s.site().resolve("people/bea-quill/index.html")).exists();
    }

    /**
     * A mission page written ahead, whose name the site's patterns find in stories already out
     * ("Crew-99"): the stories build, and the page they link is the one a pattern makes, without
     * the file's text.
     */
    @Test
    void aNameAPatternFindsIsNoErrorAndLeaksNothing() throws IOException {
        TestSite s = newsroom();
        s.write("content/missions/crew-99.md", "---\nname: Crew-99\npublishDate: " + ANNOUNCED
                + "\n---\nCrew-99 will fly the quokkanaut module.\n");
        s.write("content/articles/plans.md", "---\ntitle: Plans\ndate: 2025-07-28\n---\nCrew-99 is in the plans.\n");
        assertThat(build(s, BEFORE).warnings()).isEmpty();
        assertThat(filesContaining(s.site(), "quokkanaut")).isEmpty();
        build(s, AFTER);
        assertThat(s.page("missions/crew-99/").text()).contains("quokkanaut");
    }

    @Test
    void aStoryOutNowThatNamesAHeldEntityIsAnError() {
        TestSite s = newsroom();
        s.write("content/articles/crew.md", """
                ---
                title: The crew is named
                date: 2025-07-29
                people: [ada-orbit, bea-quill]
                ---
                The crew.
                """);
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/articles/crew.md:4:21: error:"
                        + " names person \"bea-quill\", whose page waits until 2025-08-01 13:00 +00:00 (publishDate: in"
                        + " content/people/bea-quill.md); hold the story back as long (publishDate: at that time or"
                        + " later), or name the id once the page is out"));

        // held back as long, it is no error: it comes out with the page
        s.write("content/articles/crew.md", """
                ---
                title: The crew is named
                date: 2025-07-29
                publishDate: 2025-08-01T13:00:00Z
                people: [ada-orbit, bea-quill]
                ---
                The crew.
                """);
        assertThat(build(s, BEFORE).warnings()).isEmpty();
        build(s, AFTER);
        assertThat(s.page("articles/crew/").select(".chips a").eachText()).contains("Bea Quill");

        // held back for less, the build at the story's time would stop: told now
        s.write("content/articles/crew.md", """
                ---
                title: The crew is named
                date: 2025-07-29
                publishDate: 2025-07-31T00:00:00Z
                people: [ada-orbit, bea-quill]
                ---
                The crew.
                """);
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).singleElement().asString().startsWith(
                        "content/articles/crew.md:5:21: error: names person \"bea-quill\", whose page waits until"
                                + " 2025-08-01 13:00 +00:00").contains("after this story comes out at 2025-07-31 00:00"
                                        + " +00:00: the build at that time would stop on it"));
    }

    @Test
    void aLinkToAHeldPageSaysWhyItLeadsNowhere() {
        TestSite s = newsroom();
        s.write("content/articles/training.md", """
                ---
                title: Training goes on
                date: 2025-07-29
                ---
                Read [her biography](/people/bea-quill/).
                """);
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).singleElement().asString().isEqualTo(
                        "content/articles/training.md:5:22: error: broken link \"/people/bea-quill/\" on page"
                                + " /articles/training/: it leads to the page of Bea Quill, which"
                                + " content/people/bea-quill.md holds back until 2025-08-01 13:00 +00:00; remove the"
                                + " link, or hold the linking page back as long"));
        assertThat(build(s, AFTER).warnings()).isEmpty();
    }

    @Test
    void aDraftRegistryFileIsPublishedOnlyWithDrafts() throws IOException {
        TestSite s = newsroom();
        s.write("content/people/cy-vane.md", "---\nname: Cy Vane\ndraft: true\n---\nCy Vane, not yet confirmed.\n");
        BuildResult r = build(s, AFTER);
        assertThat(filesContaining(s.site(), "cy-vane")).isEmpty();
        assertThat(r.nextChange()).isNull(); // a draft waits for a person, not for the clock
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER).withDrafts(true)).build();
        assertThat(s.page("people/cy-vane/").text()).contains("not yet confirmed");
    }

    @Test
    void aRegistryFileTakesNoExpiryAndTheScheduleListsItsPage() {
        TestSite s = newsroom();
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nexpiryDate: 2025-09-01\n---\nText.\n");
        assertThatThrownBy(() -> build(s, BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(Diagnostic::format).containsExactly("content/people/ada-orbit.md:3:1:"
                        + " error: a registry file takes no expiryDate: its page stays while the file is there; delete"
                        + " the line, and the file when the page is to go"));
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nText.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "schedule", "--source",
                s.root.toString(), "--now", BEFORE.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2025-08-01 13:00 +00:00 (2025-08-01 13:00 UTC)  publishes  \"Bea Quill\""
                + "  /people/bea-quill/  content/people/bea-quill.md");
    }
}
