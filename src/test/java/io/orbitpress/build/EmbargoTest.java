package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.cli.Main;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.session.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embargoes and expiry on real builds: what the clock holds back is in no file of the site,
 * what {@code --future} and {@code --expired} show is marked and kept out of the sitemap, a link
 * to a story not yet published names both stories, and a build after the embargo lifts (from the
 * same session) publishes what a cold build of that time publishes.
 */
class EmbargoTest {

    static final Instant BEFORE = Instant.parse("2025-07-30T10:00:00Z");
    static final Instant AFTER = Instant.parse("2025-08-01T14:00:00Z");

    @TempDir
    Path dir;

    private TestSite newsroom() {
        TestSite s = new TestSite(dir);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands.\n");
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-07-29
                tags: [launch]
                ---
                Ada Orbit waits for launch day.
                """);
        s.write("content/articles/older.md", """
                ---
                title: An older story
                date: 2025-07-20
                tags: [launch]
                ---
                Ada Orbit trains.
                """);
        // written before the event, held until 09:00 in New York on August 1 (13:00 UTC)
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                tags: [launch, quokkatopic]
                aliases: [/2025/quokka-old/]
                ---
                Ada Orbit watched Crew-99 dock with the Quokkalander.
                """);
        s.write("content/articles/expired-offer.md", """
                ---
                title: Wombatfare tickets on sale
                date: 2025-06-01
                expiryDate: 2025-07-01
                tags: [wombattopic]
                ---
                Ada Orbit will sign wombatfare tickets.
                """);
        return s;
    }

    private BuildResult build(TestSite s, Instant now, boolean future, boolean expired) {
        return new SiteBuild(BuildOptions.of(s.root).withNow(now).withFuture(future).withExpired(expired)).build();
    }

    @Test
    void whatTheClockHoldsBackIsInNoFileOfTheSite() throws IOException {
        TestSite s = newsroom();
        BuildResult r = build(s, BEFORE, false, false);

        assertThat(r.pagesByKind()).containsEntry("article", 2);
        for (String secret : new String[] {"Quokkalander", "zeppelin-docking", "quokka", "Crew-99", "crew-99",
                "Wombatfare", "wombat", "expired-offer"}) {
            assertThat(filesContaining(s.site(), secret)).as(secret).isEmpty();
        }
        assertThat(s.page("").select("main h2 a").first().text()).isEqualTo("Launch day");
        assertThat(r.nextChange()).isNotNull();
        assertThat(r.nextChange().what()).isEqualTo("publishes");
        assertThat(r.nextChange().at().toInstant()).isEqualTo(Instant.parse("2025-08-01T13:00:00Z"));

        // the embargo lifts: the story is published everywhere, with its date (not its publication time)
        build(s, AFTER, false, false);
        Document home = s.page("");
        assertThat(home.select(".lead-story h2 a").text()).isEqualTo("Quokkalander docks at the station");
        assertThat(s.page("articles/zeppelin-docking/").select(".byline time").first().attr("datetime"))
                .isEqualTo("2025-07-31T00:00:00Z");
        assertThat(s.text("feed.xml")).contains("Quokkalander");
        assertThat(s.text("sitemap.xml")).contains("/articles/zeppelin-docking/");
        assertThat(s.text("search/d/0.js") + s.text("search/d/1.js") + s.text("search/d/2.js")).contains("Quokkalander");
        assertThat(s.site().resolve("2025/quokka-old/index.html")).exists();
        assertThat(s.site().resolve("missions/crew-99/index.html")).exists();
        assertThat(s.site().resolve("tags/quokkatopic/index.html")).exists();
        assertThat(s.page("people/ada-orbit/").text()).contains("Quokkalander");
        assertThat(s.page("articles/launch-day/").select(".related a").eachText())
                .contains("Quokkalander docks at the station");
        assertThat(filesContaining(s.site(), "Wombatfare")).isEmpty();
    }

    /**
     * A picture only a story not yet out shows is measured and checked, but none of its copies is
     * published (a listing of the site's folder would name it); one that a published story shows
     * as well is published. Once the embargo lifts, a build from the same cache folder publishes
     * what a cold build does.
     */
    @Test
    void aPictureOnlyAStoryNotYetOutShowsStaysOutOfTheSite() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                image: /images/quokka-exclusive.png
                image_alt: The Quokkalander at the docking port
                image_credit: "Photo: Desk"
                ---
                Ada Orbit watched the Quokkalander dock.

                ![The docking port from the station](/images/port.png)
                """);
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-07-29
                ---
                Ada Orbit waits for launch day.

                ![The docking port from the station](/images/port.png)
                """);
        Files.createDirectories(s.root.resolve("content/static/images"));
        Files.write(s.root.resolve("content/static/images/quokka-exclusive.png"),
                io.orbitpress.image.TestImages.png(900, 600, false));
        Files.write(s.root.resolve("content/static/images/port.png"), io.orbitpress.image.TestImages.png(800, 500, true));
        Path cache = dir.resolve("cache");
        java.util.function.Function<Instant, BuildResult> warm = now -> new SiteBuild(BuildOptions.of(s.root)
                .withNow(now), Session.inFolder(cache, "cache", io.orbitpress.session.Tool.fingerprint())).build();

        Files.writeString(s.root.resolve("content/static/images/quokka-map.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"/>");
        s.write("content/articles/zeppelin-docking.md", Files.readString(s.root.resolve(
                "content/articles/zeppelin-docking.md")) + "\n![Where the station was](/images/quokka-map.svg)\n");

        assertThat(warm.apply(BEFORE).pictures()).isEqualTo(1); // port.png, resized; the held-back ones checked
        assertThat(filesContaining(s.site(), "quokka")).isEmpty();
        assertThat(filesContaining(s.site(), "port-")).isNotEmpty();
        assertThat(s.site().resolve("images")).isDirectory();
        // a warm build before the embargo lifts resizes nothing again
        s.write("content/articles/launch-day.md", Files.readString(s.root.resolve("content/articles/launch-day.md"))
                + "\nMore.\n");
        assertThat(warm.apply(BEFORE).pictures()).isZero();
        assertThat(filesContaining(s.site(), "quokka")).isEmpty();

        // checked all the same: a picture missing from a story not out yet fails the build now, not at its time
        Path exclusive = s.root.resolve("content/static/images/quokka-exclusive.png");
        byte[] picture = Files.readAllBytes(exclusive);
        Files.delete(exclusive);
        assertThatThrownBy(() -> warm.apply(BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics().get(0).format()).startsWith("content/articles/zeppelin-docking.md:5:1: error: image"
                        + " /images/quokka-exclusive.png is not in the site"));
        Files.write(exclusive, picture);

        warm.apply(AFTER);
        assertThat(filesContaining(s.site(), "quokka-exclusive-")).isNotEmpty();
        String lead = s.page("articles/zeppelin-docking/").select("img").first().attr("src");
        assertThat(lead).contains("quokka-exclusive-");
        Path cold = dir.resolve("cold");
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER).withOut(cold)).build();
        assertThat(tree(s.site())).isEqualTo(tree(cold));

        // taken back under embargo (a later publication time): its copies go again
        s.write("content/articles/zeppelin-docking.md", Files.readString(s.root.resolve(
                "content/articles/zeppelin-docking.md")).replace("2025-08-01T09:00:00", "2025-08-09T09:00:00"));
        warm.apply(AFTER);
        assertThat(filesContaining(s.site(), "quokka")).isEmpty();
    }

    /** A key that holds a story back set twice published it with a warning that the last value was used. */
    @Test
    void aHoldingKeySetTwiceIsAnErrorNotTheLastValue() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                draft: true
                tags: [launch]
                publishDate: 2025-07-01
                draft: false
                ---
                Ada Orbit watched Crew-99 dock with the Quokkalander.
                """);
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withNow(BEFORE)).build())
                .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics().stream()
                        .map(d -> d.format()).toList()).containsExactly(
                                "content/articles/zeppelin-docking.md:7:1: error: \"publishDate\" is set twice, on line"
                                        + " 4 and here; it holds the story back, so neither value is taken on trust:"
                                        + " keep the one you mean",
                                "content/articles/zeppelin-docking.md:8:1: error: \"draft\" is set twice, on line 5 and"
                                        + " here; it holds the story back, so neither value is taken on trust: keep the"
                                        + " one you mean"));
        assertThat(s.site()).doesNotExist();
    }

    @Test
    void aDraftsPicturesStayOutOfTheSiteUntilDraftsAreBuilt() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/draft-scoop.md", """
                ---
                title: A story still being written
                date: 2025-07-28
                draft: true
                image: /images/wallaby-scoop.png
                image_alt: The scoop
                ---
                Ada Orbit is seen.

                ![The scoop, closer](wallaby-detail.jpg)

                ![Not uploaded yet](/images/wallaby-later.jpg)

                The [brief](/files/wallaby-brief.pdf) and the [press kit](/files/press-kit.pdf).
                """);
        // the press kit is linked from a published story too
        s.write("content/articles/older.md", Files.readString(s.root.resolve("content/articles/older.md"))
                + "\nSee the [press kit](/files/press-kit.pdf).\n");
        Files.createDirectories(s.root.resolve("content/static/files"));
        Files.writeString(s.root.resolve("content/static/files/wallaby-brief.pdf"), "%PDF-1.4 brief");
        Files.writeString(s.root.resolve("content/static/files/press-kit.pdf"), "%PDF-1.4 kit");
        Files.createDirectories(s.root.resolve("content/static/images"));
        Files.write(s.root.resolve("content/static/images/wallaby-scoop.png"), io.orbitpress.image.TestImages.png(400, 300,
                false));
        // a picture beside the draft, at its page's address
        Files.createDirectories(s.root.resolve("content/static/articles/draft-scoop"));
        Files.write(s.root.resolve("content/static/articles/draft-scoop/wallaby-detail.jpg"),
                io.orbitpress.image.TestImages.jpeg(300, 200));
        Path cache = dir.resolve("cache");
        java.util.function.Function<Boolean, BuildResult> build = drafts -> new SiteBuild(BuildOptions.of(s.root)
                .withNow(AFTER).withDrafts(drafts), Session.inFolder(cache, "cache",
                        io.orbitpress.session.Tool.fingerprint())).build();

        BuildResult r = build.apply(false);
        assertThat(filesContaining(s.site(), "wallaby")).isEmpty();
        assertThat(s.site().resolve("files/press-kit.pdf")).isRegularFile();
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format)
                .noneMatch(w -> w.contains("draft-scoop") || w.contains("wallaby"));
        // built with the drafts, its pictures must all be there
        s.write("content/articles/draft-scoop.md", Files.readString(s.root.resolve("content/articles/draft-scoop.md"))
                .replace("![Not uploaded yet](/images/wallaby-later.jpg)", ""));
        build.apply(true);
        assertThat(filesContaining(s.site(), "wallaby-scoop-")).isNotEmpty();
        assertThat(filesContaining(s.site(), "wallaby-detail-")).isNotEmpty();
        assertThat(s.site().resolve("files/wallaby-brief.pdf")).isRegularFile();
        build.apply(false);
        assertThat(filesContaining(s.site(), "wallaby")).isEmpty();
        // and with the draft read back from the cache folder, not made again
        s.write("content/articles/older.md", Files.readString(s.root.resolve("content/articles/older.md")) + "\nMore.\n");
        build.apply(false);
        assertThat(filesContaining(s.site(), "wallaby")).isEmpty();
    }

    /** Every file below {@code root} but the marker (which names the version), with its bytes. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(f).toString();
                if (!path.equals(".orbitpress-site")) {
                    out.put(path, new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    @Test
    void futureAndExpiredShowTheArticlesMarkedAndOutOfTheSitemap() {
        TestSite s = newsroom();
        build(s, BEFORE, true, true);

        Document story = s.page("articles/zeppelin-docking/");
        assertThat(story.select(".badge-draft").text()).isEqualTo("Embargoed until August 1, 2025, 1:00 PM UTC: not published");
        assertThat(story.select(".badge-draft time").attr("datetime")).isEqualTo("2025-08-01T13:00:00Z");
        assertThat(story.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(s.page("").select(".lead-story .badge-draft").text()).isEqualTo("Embargoed");
        Document old = s.page("articles/expired-offer/");
        assertThat(old.select(".badge-draft").text()).startsWith("Expired: taken down since July 1, 2025");
        assertThat(s.text("sitemap.xml")).doesNotContain("zeppelin-docking").doesNotContain("expired-offer")
                .contains("/articles/launch-day/");
    }

    /**
     * The scheduled build that takes a story down must not be stopped by a story linking to it:
     * that would keep the expired story online. The link is a warning naming both files.
     */
    @Test
    void aLinkToAnExpiredStoryIsAWarningAndTheStoryComesDown() {
        TestSite s = newsroom();
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-06-02
                ---
                Tickets were [on sale](/articles/expired-offer/) in June.
                """);
        // before its expiry the story is published, and the link is fine
        BuildResult before = build(s, Instant.parse("2025-06-15T00:00:00Z"), false, false);
        assertThat(before.warnings()).noneMatch(w -> w.message().contains("expired"));
        assertThat(s.site().resolve("articles/expired-offer/index.html")).exists();

        BuildResult after = build(s, BEFORE, false, false);
        assertThat(s.site().resolve("articles/expired-offer")).doesNotExist();
        assertThat(after.warnings()).extracting(d -> d.format()).contains("content/articles/launch-day.md:5:24:"
                + " warning: broken link \"/articles/expired-offer/\" on page /articles/launch-day/: it leads to"
                + " content/articles/expired-offer.md (\"Wombatfare tickets on sale\"), which expired on"
                + " 2025-07-01 00:00 +00:00 and is no longer published; remove the link, or let the linking"
                + " article expire too");
    }

    @Test
    void aLinkToAStoryNotYetPublishedIsAnErrorNamingBoth() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-07-29
                ---
                Read [the docking story](/articles/zeppelin-docking/) and [its old address](/2025/quokka-old/).
                """);
        assertThatThrownBy(() -> build(s, BEFORE, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).contains("content/articles/launch-day.md:5:26:"
                        + " error: broken link"
                        + " \"/articles/zeppelin-docking/\" on page /articles/launch-day/: it leads to"
                        + " content/articles/zeppelin-docking.md (\"Quokkalander docks at the station\"), which is"
                        + " embargoed until 2025-08-01 13:00 +00:00; remove the link, or hold the linking"
                        + " article back as long (a publishDate: at that time or later)", "content/articles/launch-day.md:5:77: error: broken link"
                        + " \"/2025/quokka-old/\" on page /articles/launch-day/: it leads to"
                        + " content/articles/zeppelin-docking.md (\"Quokkalander docks at the station\"), which is"
                        + " embargoed until 2025-08-01 13:00 +00:00; remove the link, or hold the linking"
                        + " article back as long (a publishDate: at that time or later)"));
        assertThat(s.site()).doesNotExist();
        // previewed with --future, the link leads to the story, and after the embargo it is published
        build(s, BEFORE, true, false);
        build(s, AFTER, false, false);
        assertThat(s.page("articles/launch-day/").select(".story-body a").first().attr("href"))
                .isEqualTo("../zeppelin-docking/");
    }

    @Test
    void aLinkToADraftSaysItIsADraft() {
        TestSite s = newsroom();
        s.write("content/articles/profile.md", "---\ntitle: The commander's profile\ndate: 2025-07-28\ndraft: true\n---\nText.\n");
        s.write("content/articles/launch-day.md", "---\ntitle: Launch day\ndate: 2025-07-29\n---\nRead [her profile](/articles/profile/).\n");
        assertThatThrownBy(() -> build(s, AFTER, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).contains("content/articles/launch-day.md:5:20:"
                        + " error: broken link \"/articles/profile/\" on page /articles/launch-day/: it leads to"
                        + " content/articles/profile.md (\"The commander's profile\"), a draft, which builds leave out;"
                        + " remove the link, or publish the draft"));
        // built with drafts, as the preview is, the link leads to it
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER).withDrafts(true)).build();
        assertThat(s.page("articles/launch-day/").select(".story-body a").first().attr("href")).isEqualTo("../profile/");
    }

    /**
     * The links in a story not yet out are checked before its time, as the build at its time will
     * check them: a broken one found then would stop the scheduled build that publishes it.
     */
    @Test
    void theLinksOfAStoryNotYetOutAreCheckedBeforeItsTime() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                ---
                See [gone](/articles/no-such-story/), [a part](/articles/launch-day/#no-part),
                [launch day](../launch-day/), [the sequel](../sequel/) and [the prequel](../prequel/).
                """);
        s.write("content/articles/sequel.md", "---\ntitle: Sequel\ndate: 2025-07-31\npublishDate: 2025-08-02T09:00:00Z\n"
                + "---\nText.\n");
        // out at the same time: a link each way is good
        s.write("content/articles/prequel.md", "---\ntitle: Prequel\ndate: 2025-07-31\npublishDate: 2025-08-01T13:00:00Z\n"
                + "---\nBack to [the docking](../zeppelin-docking/).\n");
        String ahead = " (the story is embargoed until 2025-08-01 13:00 +00:00; the build at that time would stop on"
                + " this link)";
        List<String> problems = List.of(
                "content/articles/zeppelin-docking.md:6:12: error: broken link \"/articles/no-such-story/\" on page"
                        + " /articles/zeppelin-docking/: no page or file /articles/no-such-story/; fix the link or add what"
                        + " it points to" + ahead,
                "content/articles/zeppelin-docking.md:6:48: error: broken link \"/articles/launch-day/#no-part\" on page"
                        + " /articles/zeppelin-docking/: no element with id \"no-part\" on /articles/launch-day/; fix the"
                        + " link or add what it points to" + ahead,
                "content/articles/zeppelin-docking.md:7:44: error: broken link \"../sequel/\" on page"
                        + " /articles/zeppelin-docking/: it leads to content/articles/sequel.md (\"Sequel\"), which is"
                        + " embargoed until 2025-08-02 09:00 +00:00; remove the link, or hold the linking article back as"
                        + " long (a publishDate: at that time or later)" + ahead);
        assertThatThrownBy(() -> build(s, BEFORE, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).containsExactlyElementsOf(problems));
        assertThat(s.site()).doesNotExist();
        // at its time, the same links are found broken, and nothing else
        assertThatThrownBy(() -> build(s, AFTER, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format())
                        .containsExactlyElementsOf(problems.stream().map(p -> p.replace(ahead, "")).toList()));
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                series: Quokka chronicles
                tags: [quokkatopic]
                ---
                See [launch day](../launch-day/) and [the prequel](../prequel/), [the series](/series/quokka-chronicles/)
                and [its feed](/series/quokka-chronicles/feed.xml), [every series](/series/), [the topic's
                feed](/tags/quokkatopic/feed.xml), [Ada](/people/ada-orbit/).
                """);
        // what the story brings out (its series' and topic's pages and feeds) is there at its time
        build(s, BEFORE, false, false);
        assertThat(s.site().resolve("articles/zeppelin-docking")).doesNotExist();
        build(s, AFTER, false, false);
        assertThat(s.page("articles/zeppelin-docking/").select(".story-body a").eachAttr("href"))
                .startsWith("../launch-day/", "../prequel/", "../../series/quokka-chronicles/");
        assertThat(s.site().resolve("series/quokka-chronicles/feed.xml")).exists();
        assertThat(s.site().resolve("tags/quokkatopic/feed.xml")).exists();
    }

    /**
     * A topic's page that only a story taken down made goes with it: a link to it is a warning, as
     * a link to the story is, so that the build that takes the story down is not stopped by it.
     */
    @Test
    void aLinkToAPageOnlyAStoryTakenDownMadeIsAWarning() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/q.md", "---\ntitle: Q\ndate: 2025-07-20\nexpiryDate: 2025-08-05T09:00:00Z\n"
                + "tags: [pad-39a]\n---\nText.\n");
        s.write("content/articles/x.md", "---\ntitle: X\ndate: 2025-08-12T09:00:00Z\n---\nSee [all pad coverage](/tags/pad-39a/).\n");
        String why = "broken link \"/tags/pad-39a/\" on page /articles/x/: it leads to /tags/pad-39a/, a page only"
                + " content/articles/q.md (\"Q\") would make here, which expired on 2025-08-05 09:00 +00:00 and is no"
                + " longer published; remove the link, or let the linking article expire too";
        assertThat(new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-06T00:00:00Z"))).build()
                .warnings()).extracting(d -> d.format()).containsExactly("content/articles/x.md:5:24: warning: " + why
                        + " (the story is embargoed until 2025-08-12 09:00 +00:00; the build at that time would warn"
                        + " of this link)");
        assertThat(new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-13T00:00:00Z"))).build()
                .warnings()).extracting(d -> d.format()).containsExactly("content/articles/x.md:5:24: warning: " + why);
    }

    /** A link to the original of a picture a story due earlier will show resized is told ahead too. */
    @Test
    void aLinkToAPictureAStoryDueEarlierWillResizeIsToldAhead() throws IOException {
        TestSite s = new TestSite(dir);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(s.root.resolve("content/static/images"));
        javax.imageio.ImageIO.write(image, "png", s.root.resolve("content/static/images/emb.png").toFile());
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-08-10T09:00:00Z\n---\n![Pad](/images/emb.png \"Pad | Photo: NASA\")\n");
        s.write("content/articles/x.md", "---\ntitle: X\ndate: 2025-08-12T09:00:00Z\n---\n[full-size photo](/images/emb.png)\n");
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-01T00:00:00Z"))).build())
                .isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()).extracting(d -> d.format())
                        .singleElement().asString().startsWith("content/articles/x.md:5:19: error: broken link"
                                + " \"/images/emb.png\" on page /articles/x/: it is the original of a picture")
                        .endsWith("(the story is embargoed until 2025-08-12 09:00 +00:00; the build at that time would stop"
                                + " on this link)"));
    }

    /** A key site.yaml's keys: names for publishDate, expiryDate or draft holds the story back as those do. */
    @Test
    void aKeyNamedForAHoldingKeyInSiteYamlHoldsTheStoryBack() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "keys: {embargoUntil: publishDate, expires_at: expiryDate, hide: draft}\n");
        s.write("content/articles/open.md", "---\ntitle: Open\ndate: 2025-07-01\n---\nText.\n");
        s.write("content/articles/t1.md", "---\ntitle: Held\ndate: 2025-07-01\nembargoUntil: 2025-08-01T13:00:00Z\n---\nA.\n");
        s.write("content/articles/t2.md", "---\ntitle: Gone\ndate: 2025-07-01\nexpires_at: 2025-07-10\n---\nB.\n");
        s.write("content/articles/t3.md", "---\ntitle: Hidden\ndate: 2025-07-01\nhide: true\n---\nC.\n");
        BuildResult r = build(s, BEFORE, false, false);
        assertThat(r.warnings()).isEmpty();
        assertThat(s.site().resolve("articles/open/index.html")).exists();
        assertThat(s.site().resolve("articles/t1")).doesNotExist();
        assertThat(s.site().resolve("articles/t2")).doesNotExist();
        assertThat(s.site().resolve("articles/t3")).doesNotExist();
        build(s, AFTER, false, false);
        assertThat(s.site().resolve("articles/t1/index.html")).exists();
    }

    /**
     * A story out after its date comes as news: feeds date it and order it by when it came out,
     * and its last change (feeds' and the sitemap's) is no earlier; its page keeps its date.
     */
    @Test
    void aStoryOutAfterItsDateComesFirstInTheFeeds() {
        TestSite s = newsroom();
        s.write("content/articles/morning.md", "---\ntitle: Morning briefing\ndate: 2025-08-01T10:00:00Z\n---\nText.\n");
        build(s, AFTER, false, false);
        String atom = s.text("feed.xml");
        assertThat(atom.indexOf("<title>Quokkalander docks at the station</title>"))
                .isLessThan(atom.indexOf("<title>Morning briefing</title>"));
        assertThat(atom).contains("<updated>2025-08-01T13:00:00Z</updated>")
                .contains("<published>2025-08-01T13:00:00Z</published>");
        assertThat(s.text("rss.xml")).contains("<pubDate>Fri, 1 Aug 2025 13:00:00 GMT</pubDate>");
        assertThat(s.text("sitemap.xml")).contains("<loc>https://news.example.org/articles/zeppelin-docking/</loc>\n"
                + "    <lastmod>2025-08-01T13:00:00Z</lastmod>");
        assertThat(s.page("articles/zeppelin-docking/").select(".byline time").first().attr("datetime"))
                .isEqualTo("2025-07-31T00:00:00Z");
        // to search engines and link previews alike, it was published when it came out
        org.jsoup.nodes.Document page = s.page("articles/zeppelin-docking/");
        assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2025-08-01T13:00:00Z");
        // a link preview shows the headline, the site's name beside it (og:site_name), not in it
        assertThat(page.select("title").text()).endsWith(" · " + page.select("meta[property=og:site_name]").attr("content"));
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.select("h1").text());
        assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo(page.select("h1").text());
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"datePublished\":\"2025-08-01T13:00:00Z\"");
        // the site's other lists keep the order of the dates
        assertThat(s.page("").select(".lead-story h2 a").text()).isEqualTo("Morning briefing");
    }

    @Test
    void aLinkToAStoryNotYetPublishedByTheSitesAddressIsAnErrorToo() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-07-29
                ---
                Read [the story](https://news.example.org/articles/zeppelin-docking/) or [this](//news.example.org/articles/zeppelin-docking/#top).

                Or [that](HTTP://NEWS.example.org/2025/quokka-old/index.html?ref=x), and [elsewhere](https://news.example.org/shop/).
                """);
        String why = " on page /articles/launch-day/: it leads to content/articles/zeppelin-docking.md (\"Quokkalander"
                + " docks at the station\"), which is embargoed until 2025-08-01 13:00 +00:00; remove the link, or hold"
                + " the linking article back as long (a publishDate: at that time or later)";
        assertThatThrownBy(() -> build(s, BEFORE, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).containsExactly(
                        "content/articles/launch-day.md:5:18: error: broken link"
                                + " \"https://news.example.org/articles/zeppelin-docking/\"" + why,
                        "content/articles/launch-day.md:5:81: error: broken link"
                                + " \"//news.example.org/articles/zeppelin-docking/#top\"" + why,
                        "content/articles/launch-day.md:7:11: error: broken link"
                                + " \"HTTP://NEWS.example.org/2025/quokka-old/index.html?ref=x\"" + why));
        assertThat(s.site()).doesNotExist();
        // once the story is out, the links stand as written; a link to the site's address that
        // Orbitpress does not make (/shop/) is not checked
        build(s, AFTER, false, false);
        assertThat(s.page("articles/launch-day/").select(".story-body a").eachAttr("href")).containsExactly(
                "https://news.example.org/articles/zeppelin-docking/", "//news.example.org/articles/zeppelin-docking/#top",
                "HTTP://NEWS.example.org/2025/quokka-old/index.html?ref=x", "https://news.example.org/shop/");
        // taken back under embargo, a warm build finds the link on the page it kept
        Path cache = dir.resolve("cache");
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER), Session.inFolder(cache, "cache",
                io.orbitpress.session.Tool.fingerprint())).build();
        s.write("content/articles/zeppelin-docking.md", Files.readString(s.root.resolve(
                "content/articles/zeppelin-docking.md")).replace("2025-08-01T09:00:00", "2025-08-09T09:00:00"));
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(s.root).withNow(AFTER), Session.inFolder(cache, "cache",
                io.orbitpress.session.Tool.fingerprint())).build()).isInstanceOfSatisfying(BuildFailure.class,
                        f -> assertThat(f.diagnostics()).hasSize(3));
    }

    @Test
    void theNamesAStoryNotYetOutWouldSuggestAreNotToldBeforeIt() {
        TestSite s = newsroom();
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                ---
                NASA astronaut Wilbur Snodgrass watched the Quokkalander dock.
                """);
        assertThat(build(s, BEFORE, false, false).suggestions()).isZero();
        assertThat(build(s, BEFORE, true, false).suggestions()).as("shown with --future").isEqualTo(1);
        assertThat(build(s, AFTER, false, false).suggestions()).isEqualTo(1);
    }

    @Test
    void filesOnlyAStoryNotYetOutLinksToWaitForIt() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/zeppelin-docking.md", """
                ---
                title: Quokkalander docks at the station
                date: 2025-07-31
                publishDate: 2025-08-01T09:00:00-04:00
                ---
                Ada Orbit watched the Quokkalander dock: [the full report](/files/quokka%20report.pdf), and the
                [crew's notes](/files/shared-notes.pdf).

                ```embed
                /video/quokka-clip.mp4
                title: The docking
                ```
                """);
        s.write("content/articles/older.md", """
                ---
                title: An older story
                date: 2025-07-20
                ---
                Ada Orbit trains; see [the crew's notes](../../files/shared-notes.pdf?v=2).
                """);
        Files.createDirectories(s.root.resolve("content/static/files"));
        Files.createDirectories(s.root.resolve("content/static/video"));
        Files.writeString(s.root.resolve("content/static/files/quokka report.pdf"), "%PDF-1.4 the report");
        Files.writeString(s.root.resolve("content/static/files/shared-notes.pdf"), "%PDF-1.4 notes");
        Files.write(s.root.resolve("content/static/video/quokka-clip.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Path cache = dir.resolve("cache");
        java.util.function.Function<Instant, BuildResult> warm = now -> new SiteBuild(BuildOptions.of(s.root)
                .withNow(now), Session.inFolder(cache, "cache", io.orbitpress.session.Tool.fingerprint())).build();

        warm.apply(BEFORE);
        assertThat(filesContaining(s.site(), "quokka")).isEmpty();
        assertThat(s.site().resolve("files/shared-notes.pdf")).as("a published story links to it too").isRegularFile();
        // another page that links to a held file (a bio) is told why, as for the story itself
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands;"
                + " [her clip](/video/quokka-clip.mp4).\n");
        assertThatThrownBy(() -> warm.apply(BEFORE)).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                f.diagnostics()).extracting(d -> d.format()).anyMatch(m -> m.contains("error: broken link")
                        && m.contains("it leads to /video/quokka-clip.mp4, which only"
                                + " content/articles/zeppelin-docking.md (\"Quokkalander docks at the station\") links to"
                                + " and is held back with it: the story is embargoed until 2025-08-01 13:00 +00:00")));
        // a published story that links to it publishes it
        s.write("content/articles/launch-day.md", Files.readString(s.root.resolve("content/articles/launch-day.md"))
                + "\nThe [clip](/video/quokka-clip.mp4) is out.\n");
        warm.apply(BEFORE);
        assertThat(s.site().resolve("video/quokka-clip.mp4")).isRegularFile();
        assertThat(s.site().resolve("files/quokka report.pdf")).doesNotExist();
        warm.apply(AFTER);
        assertThat(s.site().resolve("files/quokka report.pdf")).isRegularFile();
        assertThat(s.site().resolve("video/quokka-clip.mp4")).isRegularFile();
        Path cold = dir.resolve("cold");
        new SiteBuild(BuildOptions.of(s.root).withNow(AFTER).withOut(cold)).build();
        assertThat(tree(s.site())).isEqualTo(tree(cold));
    }

    @Test
    void aBuildAfterTheEmbargoLiftsFromTheSameSessionEqualsAColdOne() {
        TestSite s = newsroom();
        Session session = Session.inMemory();
        Map<String, String> warm = null;
        for (Instant now : new Instant[] {BEFORE, AFTER, Instant.parse("2025-08-01T12:59:59Z"), AFTER}) {
            BuildOptions options = BuildOptions.of(s.root).withNow(now);
            warm = files(new SiteBuild(options, session).render());
            assertThat(warm).as("at " + now).isEqualTo(files(new SiteBuild(options).render()));
        }
        assertThat(warm.keySet()).contains("articles/zeppelin-docking/index.html");
    }

    @Test
    void scheduleListsWhatWillAppearOrExpireAndBuildPrintsTheNextChange() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", "title: Test Desk\ntimeZone: America/New_York\n");
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2025-07-29
                expiryDate: 2025-09-01T00:00:00Z
                ---
                Text.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "schedule", "--source",
                s.root.toString(), "--now", "2025-07-30T10:00Z");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "Now: 2025-07-30 06:00 -04:00",
                "2025-08-01 09:00 -04:00 (2025-08-01 13:00 UTC)  publishes  \"Quokkalander docks at the station\""
                        + "  /articles/zeppelin-docking/  content/articles/zeppelin-docking.md",
                "2025-08-31 20:00 -04:00 (2025-09-01 00:00 UTC)  expires  \"Launch day\"  /articles/launch-day/"
                        + "  content/articles/launch-day.md");

        out.getBuffer().setLength(0);
        exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source", s.root.toString(),
                "--no-cache", "--now", "2025-08-02T00:00-04:00");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Next scheduled change: 2025-08-31 20:00 -04:00 (2025-09-01 00:00 UTC)"
                + "  expires  \"Launch day\"").doesNotContain("more at that time");
        // two changes at one instant: the line says there is more than the one it names
        s.write("content/articles/offer.md", "---\ntitle: An offer\ndate: 2025-07-28\nexpiryDate: 2025-08-31T20:00:00-04:00"
                + "\n---\nText.\n");
        out.getBuffer().setLength(0);
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source",
                s.root.toString(), "--no-cache", "--now", "2025-08-02T00:00-04:00")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("Next scheduled change: 2025-08-31 20:00 -04:00 \\(2025-09-01 00:00"
                + " UTC\\)  expires .* \\(and 1 more at that time\\); build again then");

        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source",
                s.root.toString(), "--now", "2025-08-02")).as("a clock without an offset is ambiguous").isEqualTo(2);
        assertThat(err.toString()).contains("--now must be a date-time with an offset");
        // a zone's abbreviation, as a desk says the time: the offset it gives, and the one the clock shows
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--source",
                s.root.toString(), "--now", "2025-08-02 06:00 EST")).isEqualTo(2);
        assertThat(err.toString()).contains("for \"2025-08-02 06:00 EST\" write 2025-08-02T06:00-05:00; New York's"
                + " clock is at -04:00 on 2025-08-02, not -05:00: for its time write 2025-08-02T06:00-04:00");
    }

    /** A translation out before its embargoed original tells the story first: warned, at the key that pairs them. */
    @Test
    void aTranslationWaitsForItsEmbargoedOriginalAndOneDueEarlierIsWarnedAbout() {
        TestSite s = newsroom();
        s.write("content/site.yaml", "title: Test Desk\nlanguages: [en, ru]\n");
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка
                date: 2025-07-29
                translationKey: zeppelin-docking
                ---
                Текст.
                """);
        // written without a publishDate of its own, it waits with its original
        BuildResult r = build(s, BEFORE, false, false);
        assertThat(r.warnings()).isEmpty();
        assertThat(s.site().resolve("ru/articles/stykovka/index.html")).doesNotExist();
        assertThat(s.text("ru/feed.xml")).doesNotContain("Стыковка");
        assertThat(r.nextChange().at().toInstant()).isEqualTo(java.time.Instant.parse("2025-08-01T13:00:00Z"));
        assertThat(r.alsoThen()).as("the original and its translation").isEqualTo(1);
        // previewed (serve builds with --future), it is shown marked, and not told it is out first
        assertThat(build(s, BEFORE, true, false).warnings()).isEmpty();
        assertThat(s.page("ru/articles/stykovka/").select(".badge-draft").text()).startsWith("Под эмбарго до 1 августа 2025");
        build(s, AFTER, false, false);
        assertThat(s.page("ru/articles/stykovka/").select("h1").text()).isEqualTo("Стыковка");
        assertThat(s.text("ru/feed.xml")).contains("<published>2025-08-01T13:00:00Z</published>");

        // taken down before it would come out: never shown, and said so
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка
                date: 2025-07-29
                expiryDate: 2025-07-31T00:00:00Z
                translationKey: zeppelin-docking
                ---
                Текст.
                """);
        assertThat(build(s, BEFORE, false, false).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/ru/stykovka.md:5:1: warning: it comes out with its original, at 2025-08-01 13:00"
                        + " +00:00, and its expiryDate, 2025-07-31 00:00 +00:00, is not later, so it is never shown; give"
                        + " it a later expiryDate, or a publishDate of its own");

        // with a publishDate of its own that comes first, it is out first, and warned about
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка
                date: 2025-07-29
                publishDate: 2025-07-29T00:00:00Z
                translationKey: zeppelin-docking
                ---
                Текст.
                """);
        r = build(s, BEFORE, false, false);
        assertThat(r.warnings()).extracting(d -> d.format()).containsExactly("content/articles/ru/stykovka.md:5:1:"
                + " warning: its en version, content/articles/zeppelin-docking.md, is embargoed until 2025-08-01 13:00"
                + " +00:00, and this one is out now, telling the story before it; hold it back as long (publishDate:"
                + " 2025-08-01T13:00:00Z) if it is to wait too");
        assertThat(build(s, AFTER, false, false).warnings()).isEmpty();

        // the other way round, an original out before its translation's time, is as it should be
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка
                date: 2025-07-29
                publishDate: 2025-08-01T13:00:00Z
                translationKey: launch-day
                ---
                Текст.
                """);
        assertThat(build(s, BEFORE, false, false).warnings()).isEmpty();
    }

    /**
     * A translation paired by its slug alone, or writing the key its original writes too, is the
     * version in a language other than the site's first: it waits as well, and the pictures in its
     * text are left for the build that publishes it (resized, they would be files this build does
     * not write). One due out earlier by a publishDate of its own is told while both still wait.
     */
    @Test
    void aTranslationWaitsHoweverItIsPairedAndOneDueEarlierIsToldBeforeItIsOut() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", "title: Test Desk\nlanguages: [en, ru]\n");
        Files.createDirectories(s.root.resolve("content/static/images"));
        Files.write(s.root.resolve("content/static/images/stykovka-foto.jpg"), io.orbitpress.image.TestImages.jpeg(1200, 800));
        // same slug, no translationKey; dated by hand before its original's embargo
        s.write("content/articles/ru/zeppelin-docking.md", """
                ---
                title: Стыковка Квоккаландера
                date: 2025-07-29
                ---
                Текст.

                ![Стыковка](/images/stykovka-foto.jpg "Стыковка. | Фото: NASA")
                """);
        BuildResult r = build(s, BEFORE, false, false);
        assertThat(r.warnings()).isEmpty();
        assertThat(filesContaining(s.site(), "Квоккаландер")).isEmpty();
        assertThat(filesContaining(s.site(), "stykovka")).isEmpty();
        assertThat(r.alsoThen()).as("the original and its translation").isEqualTo(1);
        build(s, AFTER, false, false);
        assertThat(s.page("ru/articles/zeppelin-docking/").select("h1").text()).isEqualTo("Стыковка Квоккаландера");
        assertThat(s.page("ru/articles/zeppelin-docking/").select("img[srcset]").attr("srcset")).contains("stykovka-foto-");
        assertThat(s.text("ru/feed.xml")).contains("<published>2025-08-01T13:00:00Z</published>");

        // both write the key: the site's first language has the original
        String original = s.read("content/articles/zeppelin-docking.md");
        s.write("content/articles/zeppelin-docking.md", original.replace("tags:", "translationKey: docking\ntags:"));
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка Квоккаландера
                date: 2025-07-29
                translationKey: docking
                ---
                Текст.
                """);
        Files.delete(s.root.resolve("content/articles/ru/zeppelin-docking.md"));
        assertThat(build(s, BEFORE, false, false).warnings()).isEmpty();
        assertThat(filesContaining(s.site(), "Квоккаландер")).isEmpty();

        // due out by its own publishDate before its original: told now, while both wait
        s.write("content/articles/ru/stykovka.md", """
                ---
                title: Стыковка Квоккаландера
                date: 2025-07-29
                publishDate: 2025-07-31T00:00:00Z
                translationKey: docking
                ---
                Текст.
                """);
        assertThat(build(s, BEFORE, false, false).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/ru/stykovka.md:5:1: warning: its en version, content/articles/zeppelin-docking.md, is"
                        + " embargoed until 2025-08-01 13:00 +00:00, and this one comes out earlier, at 2025-07-31 00:00"
                        + " +00:00, telling the story before it; hold it back as long (publishDate: 2025-08-01T13:00:00Z)"
                        + " if it is to wait too");
        assertThat(filesContaining(s.site(), "Квоккаландер")).isEmpty();
    }

    /** A translation out while its original is a draft tells the story first: warned, not held (no time to wait for). */
    @Test
    void aTranslationOutWhileItsOriginalIsADraftIsWarnedAbout() {
        TestSite s = newsroom();
        s.write("content/site.yaml", "title: Test Desk\nlanguages: [en, ru]\n");
        s.write("content/articles/crew-named.md", "---\ntitle: Crew named\ndate: 2025-07-29\ndraft: true\n---\nText.\n");
        s.write("content/articles/ru/crew-named.md", "---\ntitle: Экипаж назван\ndate: 2025-07-29\n---\nТекст.\n");
        assertThat(build(s, BEFORE, false, false).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/ru/crew-named.md:3:1: warning: its en version, content/articles/crew-named.md, is a"
                        + " draft, which builds leave out, and this one is out, telling the story before it; make this"
                        + " one a draft too (draft: true) if it is to wait");
        // a draft translation of a published original is as it should be
        s.write("content/articles/crew-named.md", "---\ntitle: Crew named\ndate: 2025-07-29\n---\nText.\n");
        s.write("content/articles/ru/crew-named.md", "---\ntitle: Экипаж назван\ndate: 2025-07-29\ndraft: true\n---\nТекст.\n");
        assertThat(build(s, BEFORE, false, false).warnings()).isEmpty();
    }

    /** Two spellings of a key that holds a story back, both written: an error, not one taken silently. */
    @Test
    void aHoldingKeyWrittenInTwoSpellingsIsAnError() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-01\npublishDate: 2020-01-01\n"
                + "publishdate: 2027-06-01\n---\nText.\n");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2025-07-01\nexpirydate: 2020-01-01\n"
                + "expiryDate: 2027-06-01\n---\nText.\n");
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\npublishDate: 2020-01-01\n"
                + "publishdate: 2027-06-01\n---\nAda Orbit commands.\n");
        assertThatThrownBy(() -> build(s, BEFORE, false, false)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).containsExactlyInAnyOrder(
                        "content/articles/a.md:5:1: error: publishdate is written as well as publishDate, and they mean"
                                + " the same: keep the one with the time meant, and remove the other",
                        "content/articles/b.md:4:1: error: expirydate is written as well as expiryDate, and they mean"
                                + " the same: keep the one with the time meant, and remove the other",
                        "content/people/ada-orbit.md:4:1: error: publishdate is written as well as publishDate, and"
                                + " they mean the same: keep the one with the time meant, and remove the other"));
    }

    @Test
    void expiryBeforePublicationIsWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/never.md", """
                ---
                title: Never shown
                date: 2025-07-01
                expiryDate: 2025-06-01
                ---
                Text.
                """);
        BuildResult r = build(s, BEFORE, false, false);
        assertThat(r.warnings()).extracting(d -> d.format()).containsExactly("content/articles/never.md:4:1: warning:"
                + " expiryDate is not after the publication time, so the article is never shown; check the two dates");
    }

    /**
     * An embargo set earlier than the story's own date (publishDate: December 8 for a story dated
     * December 20) would put it out on the 8th dated ahead, which the build of that time refuses:
     * the scheduled build that was to publish the day's other stories would stop at it. So it is
     * an error now, while both times are to come, and the previous site stays as it was.
     */
    @Test
    void anEmbargoEarlierThanTheStorysDateIsAnErrorBeforeItsTime() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/preview.md", """
                ---
                title: Preview of the landing
                date: 2025-08-20T09:00:00Z
                publishDate: 2025-08-08T09:00:00Z
                ---
                Text.
                """);
        s.write("content/articles/expires-first.md", """
                ---
                title: Taken down before it is out
                date: 2025-08-20T09:00:00Z
                publishDate: 2025-08-08T09:00:00Z
                expiryDate: 2025-08-01T09:00:00Z
                ---
                Text.
                """);
        for (boolean future : new boolean[] {false, true}) {
            assertThatThrownBy(() -> build(s, BEFORE, future, false)).isInstanceOfSatisfying(BuildFailure.class,
                    f -> assertThat(f.diagnostics()).extracting(d -> d.format()).filteredOn(d -> d.contains(": error: "))
                            .containsExactly(
                            "content/articles/preview.md:3:1: error: the date 2025-08-20 09:00 +00:00 is later than"
                            + " publishDate 2025-08-08 09:00 +00:00, so from that time the story would go out dated"
                            + " ahead, and the build then would stop at it; fix the slip in one of them (publishDate:"
                            + " holds a story until its time; without it, date: does)"));
        }
        assertThat(s.site().resolve("index.html")).doesNotExist();
        // once the date is what was meant, the story waits for its embargo as usual
        s.write("content/articles/preview.md", s.read("content/articles/preview.md").replace("2025-08-20", "2025-08-08"));
        s.write("content/articles/expires-first.md", "---\ntitle: Gone\ndate: 2025-07-01\n---\nText.\n");
        build(s, BEFORE, false, false);
        assertThat(s.site().resolve("articles/preview/index.html")).doesNotExist();
    }

    /**
     * The schedule lists no publication of a story that is never shown, and tells a time that has
     * seconds with them: a build at the minute shown would come before it.
     */
    @Test
    void theScheduleListsWhatWillBeShownToTheSecond() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/never.md", "---\ntitle: Never shown\ndate: 2025-07-01\n"
                + "publishDate: 2025-08-09T09:00:00Z\nexpiryDate: 2025-08-08T09:00:00Z\n---\nA [gone](/nowhere/) link.\n");
        s.write("content/articles/soon.md", "---\ntitle: Soon\ndate: 2025-07-01\npublishDate: 2025-08-01T11:02:14Z\n"
                + "---\nText.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "schedule", "--source",
                s.root.toString(), "--now", BEFORE.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2025-08-01 11:02:14 +00:00").doesNotContain("Never shown");
        // nor are the links of a story never out checked ahead of a time that never comes
        assertThat(build(s, BEFORE, false, false).warnings()).extracting(d -> d.format()).singleElement().asString()
                .contains("never shown");
    }

    private static Map<String, String> files(SiteBuild.Rendered r) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : r.files()) {
            out.put(f.path(), f.bytes() == null ? "(copy)" : new String(f.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The files of {@code site} whose bytes hold {@code needle}, in any case. */
    static java.util.List<String> filesContaining(Path site, String needle) throws IOException {
        byte[] lower = needle.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
                if (text.contains(new String(lower, StandardCharsets.ISO_8859_1)) || f.toString().toLowerCase(
                        java.util.Locale.ROOT).contains(needle.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(site.relativize(f).toString());
                }
            }
        }
        return out;
    }
}
