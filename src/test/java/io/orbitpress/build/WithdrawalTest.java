package io.orbitpress.build;

import static io.orbitpress.build.EmbargoTest.filesContaining;
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
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story withdrawn ({@code withdrawn:}) keeps its address, which then answers with a short notice
 * in the site's language, and leaves every other file of the site: lists, feeds, sitemap, search,
 * entity pages, its pictures and the names only it made. Before its time it is published as usual.
 */
class WithdrawalTest {

    static final Instant BEFORE = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant AFTER = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dir;

    private TestSite newsroom() throws IOException {
        TestSite s = new TestSite(dir);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\nrole: commander\n---\nAda Orbit commands.\n");
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2026-11-20
                tags: [launch]
                ---
                Ada Orbit waits for launch day.
                """);
        s.write("content/articles/quokka-scoop.md", """
                ---
                title: Quokkalander crew accused of sabotage
                date: 2026-11-25
                withdrawn: 2026-12-02
                withdrawnNote: Following legal advice.
                tags: [launch, quokkatopic]
                aliases: [/2026/quokka-old/]
                image: /images/quokka-lead.png
                image_alt: The Quokkalander crew
                image_credit: "Photo: Desk"
                ---
                Ada Orbit said the Crew-99 quokkanauts tampered with the hatch.

                > "It was them," a quokkasource said.
                """);
        Files.createDirectories(s.root.resolve("content/static/images"));
        Files.write(s.root.resolve("content/static/images/quokka-lead.png"),
                io.orbitpress.image.TestImages.png(900, 600, false));
        return s;
    }

    private static BuildResult build(TestSite s, Instant now) {
        return new SiteBuild(BuildOptions.of(s.root).withNow(now)).build();
    }

    @Test
    void beforeItsTimeTheStoryIsPublishedAsUsual() throws IOException {
        TestSite s = newsroom();
        BuildResult r = build(s, BEFORE);
        assertThat(r.warnings()).isEmpty();
        assertThat(s.page("articles/quokka-scoop/").select("h1").text()).isEqualTo("Quokkalander crew accused of sabotage");
        assertThat(s.text("feed.xml")).contains("Quokkalander");
        assertThat(s.page("people/ada-orbit/").text()).contains("Quokkalander");
        assertThat(r.nextChange().what()).isEqualTo("withdraws");
        assertThat(r.nextChange().at().toInstant()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void aWithdrawnStoryKeepsItsAddressWithANoticeAndLeavesEveryOtherFile() throws IOException {
        TestSite s = newsroom();
        BuildResult r = build(s, AFTER);
        assertThat(r.warnings()).isEmpty();

        Document notice = s.page("articles/quokka-scoop/");
        assertThat(notice.select("main h1").text()).isEqualTo("Story withdrawn");
        assertThat(notice.select("main .withdrawn-notice").text())
                .isEqualTo("This article was withdrawn on December 2, 2026. Following legal advice.");
        assertThat(notice.select("main time").attr("datetime")).isEqualTo("2026-12-02T00:00:00Z");
        assertThat(notice.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(notice.select("script[type=application/ld+json]")).isEmpty();
        assertThat(notice.select("meta[property=og:image]")).isEmpty();
        assertThat(notice.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(notice.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example.org/articles/quokka-scoop/");
        assertThat(notice.select("main img, main blockquote, main .byline")).isEmpty();
        // its old address shows the notice too, which names no headline
        Document old = s.page("2026/quokka-old/");
        assertThat(old.select("main").text()).isEqualTo(notice.select("main").text());
        assertThat(old.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/articles/quokka-scoop/");
        assertThat(old.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

        // nothing of the story is anywhere else: headline, text, quote, topic, picture, the name only it made
        for (String secret : new String[] {"Quokkalander", "quokkanauts", "quokkasource", "quokkatopic",
                "quokka-lead", "Crew-99", "crew-99", "sabotage"}) {
            assertThat(filesContaining(s.site(), secret)).as(secret).isEmpty();
        }
        assertThat(s.text("sitemap.xml")).doesNotContain("quokka-scoop");
        assertThat(s.text("feed.xml")).doesNotContain("quokka-scoop");
        assertThat(s.page("").select("main a").eachAttr("href")).noneMatch(h -> h.contains("quokka-scoop"));
        assertThat(s.page("tags/launch/").text()).doesNotContain("Quokkalander");
        assertThat(s.page("people/ada-orbit/").select("main a").eachAttr("href"))
                .noneMatch(h -> h.contains("quokka-scoop"));
        assertThat(s.page("articles/launch-day/").select("main a").eachAttr("href"))
                .noneMatch(h -> h.contains("quokka-scoop"));
    }

    @Test
    void aLinkToAWithdrawnStoryWarnsAtTheLinkAndStillReachesTheNotice() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/launch-day.md", """
                ---
                title: Launch day
                date: 2026-11-20
                ---
                We [reported](/articles/quokka-scoop/) a claim, and [an old link](/2026/quokka-old/) too.
                """);
        // before the withdrawal, the old address is an alias: the link is told the story's own
        assertThat(build(s, BEFORE).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/launch-day.md:5:67: warning: link \"/2026/quokka-old/\" on page /articles/launch-day/:"
                        + " it leads to /2026/quokka-old/, an old address of \"Quokkalander crew accused of sabotage\""
                        + " (content/articles/quokka-scoop.md) that its aliases: keep as a redirect; link to"
                        + " /articles/quokka-scoop/ itself");
        BuildResult r = build(s, AFTER);
        assertThat(r.warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/launch-day.md:5:15: warning: link \"/articles/quokka-scoop/\" on page"
                        + " /articles/launch-day/: it leads to content/articles/quokka-scoop.md, which was withdrawn on"
                        + " 2026-12-02: readers find the notice there; remove the link, or say the story"
                        + " was withdrawn",
                "content/articles/launch-day.md:5:67: warning: link \"/2026/quokka-old/\" on page"
                        + " /articles/launch-day/: it leads to content/articles/quokka-scoop.md, which was withdrawn on"
                        + " 2026-12-02: readers find the notice there; remove the link, or say the story"
                        + " was withdrawn");
        assertThat(s.page("articles/launch-day/").select("main a[href$=quokka-scoop/]")).hasSize(1);
    }

    /**
     * A story embargoed until after another story's withdrawal is warned now of its link to it: the
     * build at its time would warn of the link, as it leads to the notice, too late to change the text
     * before readers see it. One out before the withdrawal is told nothing; one embargoed past a
     * withdrawal already made is told the date it was made.
     */
    @Test
    void anEmbargoedStoryIsWarnedAheadOfALinkToAStoryWithdrawnByItsTime() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/follow-up.md", """
                ---
                title: The sabotage claim, a week on
                date: 2026-12-05
                publishDate: 2026-12-05T08:00:00Z
                ---
                We [reported](../quokka-scoop/) a claim, and [an old link](/2026/quokka-old/) too.
                """);
        s.write("content/articles/same-day.md", """
                ---
                title: The claim, the same evening
                date: 2026-12-01
                publishDate: 2026-12-01T20:00:00Z
                ---
                We [reported](../quokka-scoop/) a claim.
                """);
        String ahead = " (the story is embargoed until 2026-12-05 08:00 +00:00; the build at that time would warn of"
                + " this link)";
        assertThat(build(s, BEFORE).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/follow-up.md:6:15: warning: link \"../quokka-scoop/\" on page"
                        + " /articles/follow-up/: it leads to content/articles/quokka-scoop.md, which is to be"
                        + " withdrawn on 2026-12-02, before this story comes out: readers will find the notice there;"
                        + " remove the link, or say the story was withdrawn" + ahead,
                "content/articles/follow-up.md:6:60: warning: link \"/2026/quokka-old/\" on page"
                        + " /articles/follow-up/: it leads to content/articles/quokka-scoop.md, which is to be"
                        + " withdrawn on 2026-12-02, before this story comes out: readers will find the notice there;"
                        + " remove the link, or say the story was withdrawn" + ahead);
        assertThat(build(s, AFTER).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/follow-up.md:6:15: warning: link \"../quokka-scoop/\" on page"
                        + " /articles/follow-up/: it leads to content/articles/quokka-scoop.md, which was withdrawn on"
                        + " 2026-12-02: readers find the notice there; remove the link, or say the story was withdrawn"
                        + ahead,
                "content/articles/follow-up.md:6:60: warning: link \"/2026/quokka-old/\" on page"
                        + " /articles/follow-up/: it leads to content/articles/quokka-scoop.md, which was withdrawn on"
                        + " 2026-12-02: readers find the notice there; remove the link, or say the story was withdrawn"
                        + ahead,
                "content/articles/same-day.md:6:15: warning: link \"../quokka-scoop/\" on page /articles/same-day/: it"
                        + " leads to content/articles/quokka-scoop.md, which was withdrawn on 2026-12-02: readers find"
                        + " the notice there; remove the link, or say the story was withdrawn");
    }

    @Test
    void badWithdrawalValuesAreToldWhereTheyAreWritten() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2026-11-01\nwithdrawn: soon\n---\nText.\n");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2026-11-01\nwithdrawnNote: legal advice\n---\nText.\n");
        // a slip in the key would leave the story up: an error, as for the other keys that hold a story back
        s.write("content/articles/c.md", "---\ntitle: C\ndate: 2026-11-01\nwithdrawal: 2026-12-02\n---\nText.\n");
        assertThatThrownBy(() -> build(s, AFTER)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).anySatisfy(m -> assertThat(m)
                        .startsWith("content/articles/a.md:4:12: error: expected a date")).anySatisfy(m -> assertThat(m)
                        .startsWith("content/articles/c.md:4:1: error: unknown key \"withdrawal\"; did you mean"
                                + " \"withdrawn\"?")).contains(
                        "content/articles/b.md:4:1: error: withdrawnNote is written without withdrawn, so the story"
                                + " stays published; write the time it is withdrawn (withdrawn: 2026-12-02), or remove"
                                + " the note"));

        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2026-11-01\nwithdrawn: 2025-11-02\n---\nText.\n");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2026-11-01\n---\nText.\n");
        s.write("content/articles/c.md", "---\ntitle: C\ndate: 2026-11-01\n---\nText.\n");
        assertThat(build(s, AFTER).warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/a.md:4:1: warning: withdrawn is before the story's publication time, 2026-11-01"
                        + " 00:00 +00:00, so it is never shown, only its notice; check the two dates");
        assertThat(s.page("articles/a/").select("main h1").text()).isEqualTo("Story withdrawn");
    }

    /** withdrawn: true says when is missing, with the time to write; withdrawn: false is a story not withdrawn. */
    @Test
    void withdrawnAsYesOrNoIsToldTheTimeItTakes() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2026-11-01\nwithdrawn: true\n"
                + "withdrawnNote: Following legal advice.\n---\nText.\n");
        s.write("content/articles/b.md", "---\ntitle: B\ndate: 2026-11-01\nwithdrawn: false\n---\nText.\n");
        assertThatThrownBy(() -> build(s, AFTER)).isInstanceOfSatisfying(BuildFailure.class,
                f -> assertThat(f.diagnostics()).extracting(d -> d.format()).containsExactly(
                        "content/articles/a.md:4:12: error: withdrawn takes the time the story is withdrawn, not"
                                + " yes or no: write withdrawn: 2026-12-02, or a time, withdrawn: 2026-12-02T10:00Z"));

        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2026-11-01\n---\nText.\n");
        assertThat(build(s, AFTER).warnings()).isEmpty();
        assertThat(s.page("articles/b/").select("main h1").text()).isEqualTo("B");
    }

    @Test
    void aTranslationIsWithdrawnWithItsOriginal() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", s.read("content/site.yaml") + "languages: [en, ru]\n");
        s.write("content/articles/ru/quokka-scoop.md", """
                ---
                title: Экипаж Квокколандера обвинён
                date: 2026-11-25
                translationKey: quokka-scoop
                ---
                Текст про квокконавтов.
                """);
        build(s, BEFORE);
        assertThat(s.page("ru/articles/quokka-scoop/").select("h1").text()).isEqualTo("Экипаж Квокколандера обвинён");

        BuildResult r = build(s, AFTER);
        assertThat(r.warnings()).isEmpty();
        Document ru = s.page("ru/articles/quokka-scoop/");
        assertThat(ru.select("main h1").text()).isEqualTo("Материал отозван");
        assertThat(ru.select("main .withdrawn-notice").text()).isEqualTo("Материал отозван 2 декабря 2026.");
        assertThat(filesContaining(s.site(), "Квокколандер")).isEmpty();
        assertThat(filesContaining(s.site(), "квокконавт")).isEmpty();
    }

    @Test
    void theScheduleListsTheComingWithdrawal() throws IOException {
        TestSite s = newsroom();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "schedule", "--source",
                s.root.toString(), "--now", BEFORE.toString())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).contains("2026-12-02 00:00 +00:00 (2026-12-02 00:00 UTC)  withdraws"
                + "  \"Quokkalander crew accused of sabotage\"  /articles/quokka-scoop/  content/articles/quokka-scoop.md");
    }

    @Test
    void aBuildAfterTheWithdrawalFromTheSameSessionEqualsAColdOne() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/launch-day.md", "---\ntitle: Launch day\ndate: 2026-11-20\n---\n"
                + "We [reported](/articles/quokka-scoop/) a claim.\n");
        Session session = Session.inMemory();
        for (Instant now : new Instant[] {BEFORE, AFTER, BEFORE, AFTER}) {
            BuildOptions options = BuildOptions.of(s.root).withNow(now);
            BuildResult warm = new SiteBuild(options, session).build();
            Map<String, String> warmFiles = files(new SiteBuild(options, session).render());
            assertThat(warmFiles).as("at " + now).isEqualTo(files(new SiteBuild(options).render()));
            assertThat(warm.warnings()).as("at " + now).hasSize(now == AFTER ? 1 : 0);
        }
    }

    /** The preview's builds (drafts, stories to come, one session): a save that withdraws a story shows its notice. */
    @Test
    void thePreviewShowsTheNoticeOnTheSaveThatWithdrawsTheStory() throws IOException {
        TestSite s = newsroom();
        String story = s.read("content/articles/quokka-scoop.md");
        s.write("content/articles/quokka-scoop.md", story.replace("withdrawn: 2026-12-02\nwithdrawnNote: Following"
                + " legal advice.\n", ""));
        Session session = Session.inMemory();
        BuildOptions preview = BuildOptions.of(s.root).withNow(AFTER).withDrafts(true).withFuture(true)
                .withPreview(true);
        new SiteBuild(preview, session).build();
        assertThat(s.page("articles/quokka-scoop/").select("main h1").text())
                .isEqualTo("Quokkalander crew accused of sabotage");

        s.write("content/articles/quokka-scoop.md", story);
        new SiteBuild(preview, session).build();
        assertThat(s.page("articles/quokka-scoop/").select("main h1").text()).isEqualTo("Story withdrawn");
        assertThat(filesContaining(s.site(), "quokkanauts")).isEmpty();
    }

    /** A translation of a story withdrawn before it came out is withdrawn with it: neither is ever shown. */
    @Test
    void aTranslationOfAStoryWithdrawnBeforeItCameOutIsWithdrawnToo() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", s.read("content/site.yaml") + "languages: [en, ru]\n");
        s.write("content/articles/quokka-scoop.md", s.read("content/articles/quokka-scoop.md")
                .replace("date: 2026-11-25", "date: 2026-12-05"));
        s.write("content/articles/ru/quokka-scoop.md", "---\ntitle: Экипаж Квокколандера обвинён\ndate: 2026-12-05\n"
                + "translationKey: quokka-scoop\n---\nТекст про квокконавтов.\n");
        build(s, Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(s.page("ru/articles/quokka-scoop/").select("main h1").text()).isEqualTo("Материал отозван");
        assertThat(s.page("articles/quokka-scoop/").select("main h1").text()).isEqualTo("Story withdrawn");
        assertThat(filesContaining(s.site(), "квокконавт")).isEmpty();
        assertThat(filesContaining(s.site(), "quokkanauts")).isEmpty();
    }

    /**
     * On a site of three languages, a translation withdrawn alone leaves its sibling translation up,
     * dated the same day: only a story's original withdraws its translations.
     */
    @Test
    void aTranslationWithdrawnAloneLeavesItsSiblingUp() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", s.read("content/site.yaml") + "languages: [en, ru, uk]\n");
        s.write("content/articles/crew.md", "---\ntitle: Crew\ndate: 2026-11-20\n---\nThe crew.\n");
        s.write("content/articles/crew.ru.md", "---\ntitle: Экипаж\ndate: 2026-11-20\n---\nЭкипаж на станции.\n");
        s.write("content/articles/crew.uk.md", "---\ntitle: Екіпаж\ndate: 2026-11-20\nwithdrawn: 2026-12-02\n---\n"
                + "Екіпаж на станції.\n");
        build(s, AFTER);
        assertThat(s.page("uk/articles/crew/").select("main h1").text()).isNotEqualTo("Екіпаж");
        assertThat(s.page("ru/articles/crew/").select("main h1").text()).isEqualTo("Экипаж");
        assertThat(s.page("articles/crew/").select("main h1").text()).isEqualTo("Crew");
    }

    /**
     * A withdrawn story's old addresses show its notice, from the notice's own template: a site with a
     * redirect template of its own from before withdrawals (which reads the story or the entity a
     * redirect leads to) still builds. A warm build after the story's address changes equals a cold one.
     */
    @Test
    void theOldAddressesShowTheNoticeWithASitesOwnRedirectTemplate() throws IOException {
        TestSite s = newsroom();
        s.write("templates/redirect.html", """
                <!DOCTYPE html>
                <html th:lang="${site.language}">
                <head><meta charset="utf-8"><title th:text="${article != null ? article.title : entity.name}">Moved</title>
                <meta http-equiv="refresh" th:content="|0; url=${refresh}|"></head>
                <body><p>Moved to <a th:href="${target}" th:text="${article != null ? article.title : entity.name}">here</a>.</p></body>
                </html>
                """);
        Session session = Session.inMemory();
        BuildOptions options = BuildOptions.of(s.root).withNow(AFTER);
        new SiteBuild(options, session).build();
        Document old = s.page("2026/quokka-old/");
        assertThat(old.select("main h1").text()).isEqualTo("Story withdrawn");
        assertThat(old.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/articles/quokka-scoop/");

        s.write("content/articles/quokka-scoop.md", s.read("content/articles/quokka-scoop.md")
                .replace("aliases:", "slug: quokka-renamed\naliases:"));
        assertThat(files(new SiteBuild(options, session).render())).isEqualTo(files(new SiteBuild(options).render()));
    }

    /** A story withdrawn before it comes out shows the notice from then on, in the preview as in the site. */
    @Test
    void aWithdrawalBeforePublicationIsStrongerThanTheEmbargo() throws IOException {
        TestSite s = newsroom();
        s.write("content/articles/quokka-scoop.md", s.read("content/articles/quokka-scoop.md")
                .replace("date: 2026-11-25", "date: 2026-12-05"));
        BuildOptions preview = BuildOptions.of(s.root).withNow(AFTER).withDrafts(true).withFuture(true).withPreview(true);
        new SiteBuild(preview, Session.inMemory()).build();
        assertThat(s.page("articles/quokka-scoop/").select("main h1").text()).isEqualTo("Story withdrawn");
        assertThat(filesContaining(s.site(), "quokkanauts")).isEmpty();
    }

    /**
     * In one session (serve), a translation that took its original's withdrawal gives it back when the
     * original's line is removed: the next change named is the cold build's.
     */
    @Test
    void aTranslationGivesBackItsOriginalsWithdrawalInTheSameSession() throws IOException {
        TestSite s = newsroom();
        s.write("content/site.yaml", s.read("content/site.yaml") + "languages: [en, ru]\n");
        s.write("content/articles/ru/quokka-scoop.md", "---\ntitle: Экипаж\ndate: 2026-11-25\n"
                + "translationKey: quokka-scoop\nimage: /images/quokka-lead.png\nimage_alt: Экипаж\n"
                + "image_credit: \"Фото: редакция\"\n---\nТекст.\n");
        Session session = Session.inMemory();
        BuildOptions options = BuildOptions.of(s.root).withNow(BEFORE);
        assertThat(new SiteBuild(options, session).build().nextChange()).isNotNull();
        String story = s.read("content/articles/quokka-scoop.md");
        s.write("content/articles/quokka-scoop.md", story.replace("withdrawn: 2026-12-02\nwithdrawnNote: Following"
                + " legal advice.\n", ""));
        BuildResult warm = new SiteBuild(options, session).build();
        BuildResult cold = new SiteBuild(options).build();
        assertThat(warm.nextChange()).isEqualTo(cold.nextChange());
    }

    private static Map<String, String> files(SiteBuild.Rendered r) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : r.files()) {
            out.put(f.path(), f.bytes() == null ? "(copy)" : new String(f.bytes(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
