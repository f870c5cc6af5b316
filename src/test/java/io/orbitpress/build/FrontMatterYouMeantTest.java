package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.model.Article;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter keys Orbitpress does not read are reported, with the key that was probably meant;
 * {@code params:} and site.yaml {@code extraKeys} take free keys quietly; {@code <!--more-->}
 * ends the summary and is not shown.
 */
class FrontMatterYouMeantTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void unknownKeysWarnWithTheKeyMeantAndFreeKeysGoToParams() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nextraKeys: [kicker]\n");
        s.write("content/articles/slips.md", """
                ---
                title: Slips of the keyboard
                date: 2025-07-01
                tilte: A slip
                sponser: Acme
                bylines: [mira-castell]
                kicker: Analysis
                params:
                  sponsor: Acme
                  rank: 2
                ---
                Text.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/slips.md:4:1: warning: unknown key \"tilte\"; did you mean \"title\"? (it is not"
                        + " read, only handed to templates)",
                "content/articles/slips.md:5:1: warning: unknown key \"sponser\": Orbitpress does not read it; put it"
                        + " under params: for templates, or list it in site.yaml extraKeys",
                "content/articles/slips.md:6:1: warning: unknown key \"bylines\"; did you mean \"authors\"? (it is not"
                        + " read, only handed to templates)");
        Article a = new SiteBuild(BuildOptions.of(s.root)).assemble().site().articles().get(0);
        assertThat(a.params()).containsEntry("kicker", "Analysis").containsEntry("sponsor", "Acme")
                .containsEntry("rank", 2L).containsKey("tilte").doesNotContainKey("params");
    }

    /**
     * A Russian desk that writes its keys in Russian ({@code теги:}, {@code серия:}) got "unknown key"
     * with nothing to write instead; each is told the key it means.
     */
    @Test
    void aKeyWrittenInRussianIsToldTheKeyItMeans() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/stykovka.md", """
                ---
                title: Стыковка
                date: 2025-07-01
                теги: [МКС]
                серия: Экспедиция
                обновлено: 2025-07-02
                анонс: Корабль пристыковался.
                место: БАЙКОНУР
                люди: [oleg-platonov]
                ---
                Текст.
                """);
        assertThat(s.build().warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/stykovka.md:4:1: warning: unknown key \"теги\"; did you mean \"tags\"? (it is not"
                        + " read, only handed to templates)",
                "content/articles/stykovka.md:5:1: warning: unknown key \"серия\"; did you mean \"series\"? (it is"
                        + " not read, only handed to templates)",
                "content/articles/stykovka.md:6:1: warning: unknown key \"обновлено\"; did you mean \"updated\"? (it"
                        + " is not read, only handed to templates)",
                "content/articles/stykovka.md:7:1: warning: unknown key \"анонс\"; did you mean \"summary\"? (it is"
                        + " not read, only handed to templates)",
                "content/articles/stykovka.md:8:1: warning: unknown key \"место\"; did you mean \"dateline\"? (it is"
                        + " not read, only handed to templates)",
                "content/articles/stykovka.md:9:1: warning: unknown key \"люди\"; did you mean \"people\"? (it is not"
                        + " read, only handed to templates)");
    }

    /** In a registry file, a key a slip from one with a meaning is shown as a fact: warned, with the key meant. */
    @Test
    void aSlipInARegistryKeyIsWarnedWithTheKeyMeant() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/organizations/roscosmos.md", "---\nname: Roscosmos\n---\nThe agency.\n");
        s.write("content/people/yuri-gagarin.md", """
                ---
                name: Yuri Gagarin
                aliasses: [Gagarin]
                organisation: roscosmos
                rol: cosmonaut
                nationality: Soviet Union
                bron: 1934-03-09
                founder: Sergei Korolev
                county: Saratov
                ---
                The first person in space.
                """);
        s.write("content/articles/first.md", "---\ntitle: First in space\ndate: 2025-04-12\n---\nYuri Gagarin flew.\n");
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/people/yuri-gagarin.md:3:1: warning: unknown key \"aliasses\"; did you mean \"aliases\"? As"
                        + " written it is shown on the page as the fact \"Aliasses\"",
                "content/people/yuri-gagarin.md:4:1: warning: unknown key \"organisation\"; did you mean"
                        + " \"organization\"? As written it is shown on the page as the fact \"Organisation\"",
                "content/people/yuri-gagarin.md:5:1: warning: unknown key \"rol\"; did you mean \"role\"? As written"
                        + " it is shown on the page as the fact \"Rol\"",
                "content/people/yuri-gagarin.md:7:1: warning: unknown key \"bron\"; did you mean \"born\"? As written"
                        + " it is shown on the page as the fact \"Bron\"");
    }

    /**
     * A slip in a key that holds a story back (an embargo, an expiry, a draft) would publish it,
     * or leave it up: an error, every slip at once, and nothing written; in an archive moved in,
     * a warning.
     */
    @Test
    void aSlipInAKeyThatHoldsAStoryBackIsAnError() throws java.io.IOException {
        TestSite s = new TestSite(dir);
        s.write("content/articles/fine.md", "---\ntitle: Fine\ndate: 2025-07-01\n---\nText.\n");
        s.build();
        byte[] before = java.nio.file.Files.readAllBytes(s.site().resolve("articles/fine/index.html"));
        s.write("content/articles/scoop.md", """
                ---
                title: The scoop
                date: 2025-07-01
                embargo: 2030-01-01T09:00:00Z
                PublishDate: 2030-01-01T09:00:00Z
                expiryDtae: 2030-01-01
                expires: 2030-01-01
                Draft: true
                ---
                Text.
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(s::build).isInstanceOfSatisfying(
                io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics()).extracting(Diagnostic::format)
                        .containsExactly(
                                "content/articles/scoop.md:4:1: error: unknown key \"embargo\"; did you mean"
                                        + " \"publishDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write publishDate, or list embargo in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:5:1: error: unknown key \"PublishDate\"; did you mean"
                                        + " \"publishDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write publishDate, or list PublishDate in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:6:1: error: unknown key \"expiryDtae\"; did you mean"
                                        + " \"expiryDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write expiryDate, or list expiryDtae in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:7:1: error: unknown key \"expires\"; did you mean"
                                        + " \"expiryDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write expiryDate, or list expires in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:8:1: error: unknown key \"Draft\"; did you mean"
                                        + " \"draft\"? It would decide when the story may be seen, so the story is not"
                                        + " published as it stands: write draft, or list Draft in site.yaml extraKeys"));
        assertThat(s.site().resolve("articles/scoop")).doesNotExist();
        assertThat(java.nio.file.Files.readAllBytes(s.site().resolve("articles/fine/index.html"))).isEqualTo(before);
        // an archive moved in is told, and built; PublishDate: and Draft: are read as Hugo reads them, and hold it back
        s.write("content/site.yaml", "title: Test Desk\nmigration:\n  skipInvalid: true\n");
        assertThat(s.build().warnings()).extracting(Diagnostic::format).hasSize(3)
                .allMatch(w -> w.startsWith("content/articles/scoop.md:") && w.contains(": warning: unknown key")
                        && w.contains("check it"));
        assertThat(s.site().resolve("articles/scoop")).doesNotExist();
    }

    /**
     * A key named for an embargo, a release, an expiry or hiding, spelt far from Orbitpress's, is
     * an error too when its value is what that key takes; other keys with such words are left to
     * templates.
     */
    @Test
    void aKeyNamedForHoldingAStoryBackIsAnErrorWhenItsValueIsATime() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/scoop.md", """
                ---
                title: The scoop
                date: 2025-07-01
                embargoUntil: 2030-01-01T09:00:00Z
                release_date: 2030-01-01
                expiresAt: 2030-02-01 10:00
                hidden: true
                publisher: NASA
                press_release: https://www.nasa.gov/news-release/x/
                ---
                Text.
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(s::build).isInstanceOfSatisfying(
                io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics()).extracting(Diagnostic::format)
                        .containsExactly(
                                "content/articles/scoop.md:4:1: error: unknown key \"embargoUntil\"; did you mean"
                                        + " \"publishDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write publishDate, or list embargoUntil in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:5:1: error: unknown key \"release_date\"; did you mean"
                                        + " \"publishDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write publishDate, or list release_date in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:6:1: error: unknown key \"expiresAt\"; did you mean"
                                        + " \"expiryDate\"? It would decide when the story may be seen, so the story"
                                        + " is not published as it stands: write expiryDate, or list expiresAt in"
                                        + " site.yaml extraKeys",
                                "content/articles/scoop.md:7:1: error: unknown key \"hidden\"; did you mean"
                                        + " \"draft\"? It would decide when the story may be seen, so the story is not"
                                        + " published as it stands: write draft, or list hidden in site.yaml extraKeys",
                                "content/articles/scoop.md:8:1: warning: unknown key \"publisher\"; did you mean"
                                        + " \"published\"? (it is not read, only handed to templates)",
                                "content/articles/scoop.md:9:1: warning: unknown key \"press_release\": Orbitpress does"
                                        + " not read it; put it under params: for templates, or list it in site.yaml"
                                        + " extraKeys"));
        // a template's own keys with such words, or values that hold nothing back, are no slips
        s.write("content/articles/other.md", """
                ---
                title: Other
                date: 2025-07-01
                dataRelease: 2022-06-13
                originallyPublished: 2019-05-01
                licenseExpires: 2030-01-01
                hiddenInHomeList: true
                searchHidden: true
                privateMission: true
                unlisted: false
                embargoed: false
                liveAt: 2025-07-01T14:00:00Z
                release: 2025-07-01
                status: published
                params: {}
                ---
                Text.
                """);
        s.write("content/articles/scoop.md", "---\ntitle: The scoop\ndate: 2025-07-01\n---\nText.\n");
        assertThat(s.build().warnings()).extracting(Diagnostic::format).hasSize(11)
                .allMatch(w -> w.startsWith("content/articles/other.md:") && w.contains(": warning: unknown key"));
        s.write("content/articles/scoop.md", "---\ntitle: The scoop\ndate: 2025-07-01\nembargoUntil: 2030-01-01T09:00:00Z\n"
                + "release_date: 2030-01-01\nexpiresAt: 2030-02-01 10:00\nhidden: true\npublisher: NASA\n"
                + "press_release: https://www.nasa.gov/news-release/x/\n---\nText.\n");
        s.write("content/site.yaml", "title: Test Desk\nextraKeys: [embargoUntil, release_date, expiresAt, hidden,"
                + " publisher, press_release, dataRelease, originallyPublished, licenseExpires, hiddenInHomeList,"
                + " searchHidden, privateMission, unlisted, embargoed, liveAt, release, status, embargo_until, pubDate,"
                + " scheduled]\n");
        assertThat(s.build().warnings()).isEmpty();
    }

    /** The words a Russian desk writes for an embargo, a draft or a hidden story hold it back as the English ones do. */
    @Test
    void aRussianHoldingKeyOrValueIsAnError() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/scoop.md", """
                ---
                title: Сенсация
                date: 2025-07-01
                эмбарго: 2030-08-10
                черновик: да
                статус: черновик
                hidden: да
                эмбарго_до: "2030-08-10 12:00"
                ---
                Текст.
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(s::build).isInstanceOfSatisfying(
                io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics()).extracting(Diagnostic::format)
                        .extracting(m -> m.substring(0, m.indexOf("?") + 1)).containsExactly(
                                "content/articles/scoop.md:4:1: error: unknown key \"эмбарго\"; did you mean"
                                        + " \"publishDate\"?",
                                "content/articles/scoop.md:5:1: error: unknown key \"черновик\"; did you mean \"draft\"?",
                                "content/articles/scoop.md:6:1: error: unknown key \"статус\"; did you mean \"draft\"?",
                                "content/articles/scoop.md:7:1: error: unknown key \"hidden\"; did you mean \"draft\"?",
                                "content/articles/scoop.md:8:1: error: unknown key \"эмбарго_до\"; did you mean"
                                        + " \"publishDate\"?"));
        // "no" holds nothing back
        s.write("content/articles/scoop.md", "---\ntitle: Сенсация\ndate: 2025-07-01\nчерновик: нет\n---\nТекст.\n");
        assertThat(s.build().warnings()).extracting(Diagnostic::format).allMatch(w -> w.contains("warning: unknown key"));
    }

    /** Such a key holds a story back however its moment is written, and so do other tools' status and schedule keys. */
    @Test
    void aHoldingKeyWithAMomentWrittenAnyWayOrAStatusIsAnError() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/scoop.md", """
                ---
                title: The scoop
                date: 2025-07-01
                embargo_until: "August 10, 2030 12:00 EDT"
                pubDate: 2030/08/10
                scheduled: 1912345678
                status: draft
                ---
                Text.
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(s::build).isInstanceOfSatisfying(
                io.orbitpress.diag.BuildFailure.class, f -> assertThat(f.diagnostics()).extracting(Diagnostic::format)
                        .extracting(m -> m.substring(0, m.indexOf("?") + 1)).containsExactly(
                                "content/articles/scoop.md:4:1: error: unknown key \"embargo_until\"; did you mean"
                                        + " \"publishDate\"?",
                                "content/articles/scoop.md:5:1: error: unknown key \"pubDate\"; did you mean"
                                        + " \"publishDate\"?",
                                "content/articles/scoop.md:6:1: error: unknown key \"scheduled\"; did you mean"
                                        + " \"publishDate\"?",
                                "content/articles/scoop.md:7:1: error: unknown key \"status\"; did you mean \"draft\"?"));
    }

    @Test
    void hugosLowercaseExpiryIsReadAndAMigratedArchiveKeepsItsKeysQuietly() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/old.md", """
                ---
                title: Old offer
                date: 2019-07-01
                expirydate: 2020-01-01
                ---
                Text.
                """);
        s.write("content/articles/hugo-page.md", "---\ntitle: A Hugo page\ndate: 2019-07-01\nweight: 3\ntoc: true\n---\nText.\n");
        assertThat(s.build().warnings()).extracting(Diagnostic::message).containsExactly(
                "unknown key \"weight\": Orbitpress does not read it; put it under params: for templates, or list it"
                        + " in site.yaml extraKeys",
                "unknown key \"toc\": Orbitpress does not read it; put it under params: for templates, or list it in"
                        + " site.yaml extraKeys");
        assertThat(s.site().resolve("articles/old/index.html")).doesNotExist();
        s.write("content/site.yaml", "title: Test Desk\nmigration:\n  skipInvalid: true\n");
        assertThat(s.build().warnings()).isEmpty();
    }

    @Test
    void theMoreMarkerEndsTheSummaryAndIsNotShown() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/long-read.md", """
                ---
                title: A long read
                date: 2025-07-01
                ---
                ## A heading is not part of it

                The first paragraph sets the scene.

                The second one *too*, up to <!--more--> here, and on.

                Third paragraph.
                """);
        s.write("content/articles/spaced.md", """
                ---
                title: Spaced marker
                date: 2025-07-02
                ---
                Only this.

                <!-- more -->

                The rest of the story.
                """);
        s.build();
        Document a = s.page("articles/long-read/");
        assertThat(a.select(".dek").text()).isEqualTo("The first paragraph sets the scene. The second one too, up to");
        assertThat(a.select("meta[name=description]").attr("content"))
                .isEqualTo("The first paragraph sets the scene. The second one too, up to");
        assertThat(a.select(".story-body").html()).doesNotContain("more").contains("up to here, and on.");
        Document b = s.page("articles/spaced/");
        assertThat(b.select(".dek").text()).isEqualTo("Only this.");
        assertThat(b.select(".story-body").text()).isEqualTo("Only this. The rest of the story.");
        assertThat(s.text("feed.xml")).doesNotContain("more --").doesNotContain("more--");
    }
}
