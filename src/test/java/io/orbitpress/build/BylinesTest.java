package io.orbitpress.build;

import static io.orbitpress.build.TestSite.jsonLd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Authors are an entity kind: linked bylines, several authors, an author page with the bio and
 * every story, an author feed, and a JSON-LD author typed as the registry says; site.yaml's
 * author stays the fallback; a site may map its authors to people instead.
 */
class BylinesTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite desk() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\nauthor: Desk Staff\n");
        s.write("content/authors/mira-castell.md", """
                ---
                name: Mira Castell
                role: Space correspondent
                ---
                Mira Castell has covered crewed flight since 2012.
                """);
        s.write("content/authors/tomas-reyes.md", "---\nname: Tomas Reyes\n---\nTomas Reyes edits the desk.\n");
        s.write("content/authors/newsroom.md", """
                ---
                name: Orbit Newsroom
                type: Organization
                ---
                The newsroom signs its shared work.
                """);
        s.write("content/articles/two.md", """
                ---
                title: Two bylines
                date: 2025-07-02
                authors: [mira-castell, tomas-reyes]
                ---
                Mira Castell is not what this story is about.
                """);
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-01\nauthors: [mira-castell]\n---\nText.\n");
        s.write("content/articles/desk.md", "---\ntitle: By the desk\ndate: 2025-07-03\nauthor: Orbit Newsroom\n---\nText.\n");
        s.write("content/articles/guest.md", "---\ntitle: A guest\ndate: 2025-07-04\nauthor: Ann Guest\n---\nText.\n");
        s.write("content/articles/unsigned.md", "---\ntitle: Unsigned\ndate: 2025-07-05\n---\nText.\n");
        return s;
    }

    @Test
    void bylinesLinkToAuthorPagesWithBioStoriesAndFeed() throws Exception {
        TestSite s = desk();
        s.build();

        Document two = s.page("articles/two/");
        assertThat(two.select(".byline .author").text()).isEqualTo("By Mira Castell and Tomas Reyes");
        assertThat(two.select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/", "../../authors/tomas-reyes/");
        assertThat(two.select(".chips").text()).as("an author is not what the story is about").doesNotContain("Mira");
        JsonNode ld = jsonLd(two);
        assertThat(ld.get("author").toString()).isEqualTo("[{\"@type\":\"Person\",\"name\":\"Mira Castell\",\"url\":"
                + "\"https://news.example.org/authors/mira-castell/\"},{\"@type\":\"Person\",\"name\":\"Tomas Reyes\","
                + "\"url\":\"https://news.example.org/authors/tomas-reyes/\"}]");
        assertThat(ld.has("mentions")).isFalse();

        Document mira = s.page("authors/mira-castell/");
        assertThat(mira.select("h1").text()).isEqualTo("Mira Castell");
        assertThat(mira.select(".intro").text()).isEqualTo("Mira Castell has covered crewed flight since 2012.");
        assertThat(mira.select("#articles-heading").text()).isEqualTo("Stories (2)");
        assertThat(mira.select(".timeline a").eachText()).containsExactly("Two bylines", "Solo");
        assertThat(mira.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("feed.xml");
        // each author of the entry on their own, with their page, in every feed format
        assertThat(s.text("authors/mira-castell/feed.xml")).contains("<title>Two bylines</title>", "<title>Solo</title>")
                .contains("<author><name>Mira Castell</name><uri>https://news.example.org/authors/mira-castell/</uri>"
                        + "</author>\n    <author><name>Tomas Reyes</name><uri>https://news.example.org/authors/"
                        + "tomas-reyes/</uri></author>")
                .doesNotContain("Mira Castell and Tomas Reyes");
        assertThat(s.text("rss.xml")).contains("<dc:creator>Mira Castell</dc:creator>\n      <dc:creator>Tomas Reyes"
                + "</dc:creator>", "<dc:creator>Ann Guest</dc:creator>", "<dc:creator>Desk Staff</dc:creator>");
        JsonNode feed = new tools.jackson.databind.ObjectMapper().readTree(s.text("feed.json"));
        Map<String, String> authors = new java.util.TreeMap<>();
        feed.get("items").forEach(i -> authors.put(i.get("title").asString(), i.get("authors").toString()));
        assertThat(authors).containsEntry("Two bylines", "[{\"name\":\"Mira Castell\",\"url\":"
                + "\"https://news.example.org/authors/mira-castell/\"},{\"name\":\"Tomas Reyes\",\"url\":"
                + "\"https://news.example.org/authors/tomas-reyes/\"}]")
                .containsEntry("A guest", "[{\"name\":\"Ann Guest\"}]")
                .containsEntry("Unsigned", "[{\"name\":\"Desk Staff\"}]");
        // no facts, no aliases: no "Facts" heading over an empty list
        assertThat(mira.select(".fact-box h2, .fact-box dl")).isEmpty();
        assertThat(mira.select(".fact-box").attr("aria-labelledby")).isEmpty();
        assertThat(jsonLd(mira).get("@type").asString()).isEqualTo("Person");
        assertThat(jsonLd(mira).get("jobTitle").asString()).isEqualTo("Space correspondent");
        assertThat(s.page("authors/").select("main li a").eachText())
                .containsExactly("Mira Castell", "Orbit Newsroom", "Tomas Reyes");

        // the author text names a registered organization: linked, and typed as the registry says
        Document desk = s.page("articles/desk/");
        assertThat(desk.select(".byline .author a").attr("href")).isEqualTo("../../authors/newsroom/");
        assertThat(jsonLd(desk).get("author").toString()).isEqualTo("{\"@type\":\"Organization\",\"name\":"
                + "\"Orbit Newsroom\",\"url\":\"https://news.example.org/authors/newsroom/\"}");
        assertThat(jsonLd(s.page("authors/newsroom/")).get("@type").asString()).isEqualTo("Organization");
        assertThat(s.page("authors/newsroom/").select(".fact-box").text()).doesNotContain("Organization");
        // plain text: the article's own author is a person, site.yaml's the newsroom
        assertThat(jsonLd(s.page("articles/guest/")).get("author").toString())
                .isEqualTo("{\"@type\":\"Person\",\"name\":\"Ann Guest\"}");
        assertThat(s.page("articles/unsigned/").select(".byline .author").text()).isEqualTo("By Desk Staff");
        assertThat(jsonLd(s.page("articles/unsigned/")).get("author").toString())
                .isEqualTo("{\"@type\":\"Organization\",\"name\":\"Desk Staff\"}");
    }

    /**
     * A guest or wire writer has no file: {@code author:} beside {@code authors:} adds them to the
     * byline after the registered authors, as plain text, in the page, the feeds and the JSON-LD;
     * the registered author's page lists the story, and the guest gets none.
     */
    @Test
    void aGuestBesideRegisteredAuthorsJoinsTheByline() throws Exception {
        TestSite s = desk();
        s.write("content/articles/both.md", """
                ---
                title: Both ways
                date: 2025-07-06
                authors: [mira-castell]
                author: Jane Guest
                ---
                Text.
                """);
        // the same person written both ways says nothing, and is named once
        s.write("content/articles/same.md", "---\ntitle: Same\ndate: 2025-07-07\nauthors: [mira-castell]\n"
                + "author: Mira Castell\n---\nText.\n");
        assertThat(s.build().warnings()).isEmpty();
        Document both = s.page("articles/both/");
        assertThat(both.select(".byline .author").text()).isEqualTo("By Mira Castell and Jane Guest");
        assertThat(both.select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/");
        assertThat(both.select(".byline .author a").eachText()).containsExactly("Mira Castell");
        assertThat(jsonLd(both).get("author").toString()).isEqualTo("[{\"@type\":\"Person\",\"name\":\"Mira Castell\","
                + "\"url\":\"https://news.example.org/authors/mira-castell/\"},{\"@type\":\"Person\",\"name\":"
                + "\"Jane Guest\"}]");
        assertThat(s.page("articles/same/").select(".byline .author").text()).isEqualTo("By Mira Castell");
        assertThat(s.page("authors/mira-castell/").select(".timeline a").eachText())
                .containsExactly("Same", "Both ways", "Two bylines", "Solo");
        assertThat(s.site().resolve("authors/jane-guest")).doesNotExist();
        assertThat(s.page("authors/").select("main li a").eachText())
                .containsExactly("Mira Castell", "Orbit Newsroom", "Tomas Reyes");

        String mixed = "<author><name>Mira Castell</name><uri>https://news.example.org/authors/mira-castell/</uri>"
                + "</author>\n    <author><name>Jane Guest</name></author>";
        assertThat(s.text("feed.xml")).contains(mixed);
        assertThat(s.text("authors/mira-castell/feed.xml")).contains(mixed);
        assertThat(s.text("rss.xml")).contains("<dc:creator>Mira Castell</dc:creator>\n      <dc:creator>Jane Guest"
                + "</dc:creator>");
        assertThat(feedAuthors(s)).containsEntry("Both ways", "[{\"name\":\"Mira Castell\",\"url\":"
                + "\"https://news.example.org/authors/mira-castell/\"},{\"name\":\"Jane Guest\"}]")
                .containsEntry("Same", "[{\"name\":\"Mira Castell\",\"url\":"
                + "\"https://news.example.org/authors/mira-castell/\"}]");
    }

    /**
     * A text byline of registered authors and guests links each registered one, in the order it
     * names them, and keeps the guests plain; a text of guests alone stays as it is written.
     */
    @Test
    void aTextBylineLinksItsRegisteredAuthorsAndKeepsTheGuestsPlain() throws Exception {
        TestSite s = desk();
        s.write("content/articles/wire.md", "---\ntitle: Wire\ndate: 2025-07-08\nauthor: Jane Guest and Mira Castell\n"
                + "---\nText.\n");
        s.write("content/articles/three.md", "---\ntitle: Three\ndate: 2025-07-09\nauthor: \"Mira Castell, Ann Guest,"
                + " and tomas-reyes\"\n---\nText.\n");
        s.build();
        Document wire = s.page("articles/wire/");
        assertThat(wire.select(".byline .author").text()).isEqualTo("By Jane Guest and Mira Castell");
        assertThat(wire.select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/");
        assertThat(wire.select(".byline .author a").eachText()).containsExactly("Mira Castell");
        assertThat(jsonLd(wire).get("author").toString()).isEqualTo("[{\"@type\":\"Person\",\"name\":\"Jane Guest\"},"
                + "{\"@type\":\"Person\",\"name\":\"Mira Castell\",\"url\":"
                + "\"https://news.example.org/authors/mira-castell/\"}]");
        assertThat(feedAuthors(s)).containsEntry("Wire", "[{\"name\":\"Jane Guest\"},{\"name\":\"Mira Castell\","
                + "\"url\":\"https://news.example.org/authors/mira-castell/\"}]");
        assertThat(s.text("feed.xml")).contains("<author><name>Jane Guest</name></author>\n    <author><name>Mira"
                + " Castell</name><uri>https://news.example.org/authors/mira-castell/</uri></author>");

        Document three = s.page("articles/three/");
        assertThat(three.select(".byline .author").text()).isEqualTo("By Mira Castell, Ann Guest and Tomas Reyes");
        assertThat(three.select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/", "../../authors/tomas-reyes/");
        assertThat(s.page("authors/mira-castell/").select(".timeline a").eachText())
                .containsExactly("Three", "Wire", "Two bylines", "Solo");
        assertThat(s.page("authors/tomas-reyes/").select(".timeline a").eachText()).containsExactly("Three", "Two bylines");
        assertThat(s.site().resolve("authors/ann-guest")).doesNotExist();
        assertThat(s.site().resolve("authors/jane-guest")).doesNotExist();
    }

    /** A mixed byline read back from the cache folder shows what a cold build shows. */
    @Test
    void aMixedBylineComesBackFromTheCacheAsItWasMade() throws Exception {
        TestSite s = desk();
        s.write("content/articles/both.md", "---\ntitle: Both ways\ndate: 2025-07-06\nauthors: [mira-castell]\n"
                + "author: Jane Guest\n---\nText.\n");
        s.write("content/articles/wire.md", "---\ntitle: Wire\ndate: 2025-07-08\nauthor: Jane Guest and Mira Castell\n"
                + "---\nText.\n");
        java.nio.file.Path cache = dir.resolve("cache");
        new SiteBuild(BuildOptions.of(s.root), io.orbitpress.session.Session.inFolder(cache, "cache",
                io.orbitpress.session.Tool.fingerprint())).build();
        // another theme: every page is made again, from the stories the cache folder kept
        s.write("templates/article.html", java.nio.file.Files.readString(s.root.resolve("templates/article.html")).replace("<main", "<main data-v=\"2\""));
        new SiteBuild(BuildOptions.of(s.root), io.orbitpress.session.Session.inFolder(cache, "cache",
                io.orbitpress.session.Tool.fingerprint())).build();
        assertThat(s.page("articles/both/").select("main[data-v]")).hasSize(1);
        assertThat(s.page("articles/both/").select(".byline .author").text()).isEqualTo("By Mira Castell and Jane Guest");
        assertThat(s.page("articles/wire/").select(".byline .author a").eachText()).containsExactly("Mira Castell");
        java.nio.file.Path cold = dir.resolve("cold");
        new SiteBuild(BuildOptions.of(s.root).withOut(cold)).build();
        assertThat(EmbargoTest.tree(s.site())).isEqualTo(EmbargoTest.tree(cold));
    }

    private static Map<String, String> feedAuthors(TestSite s) throws Exception {
        JsonNode feed = new tools.jackson.databind.ObjectMapper().readTree(s.text("feed.json"));
        Map<String, String> authors = new java.util.TreeMap<>();
        feed.get("items").forEach(i -> authors.put(i.get("title").asString(), i.get("authors").toString()));
        return authors;
    }

    /**
     * A name in author: that reads as an id but is no author's is most likely a misspelt id: it is
     * shown as written, as a guest's name would be, and the writer is told so at the key.
     */
    @Test
    void anIdInTheAuthorTextThatIsNoAuthorsIsWarnedAbout() {
        TestSite s = desk();
        s.write("content/articles/typo.md", "---\ntitle: Typo\ndate: 2025-07-06\nauthors: [tomas-reyes]\n"
                + "author: mira-castel\n---\nText.\n");
        s.write("content/articles/wire.md", "---\ntitle: Wire\ndate: 2025-07-07\n"
                + "author: jane-guest and Mira Castell\n---\nText.\n");
        assertThat(s.build().warnings()).extracting(d -> d.format()).containsExactly(
                "content/articles/typo.md:5:1: warning: author \"mira-castel\" is shown as a guest's name, as written:"
                        + " no author has that id; did you mean \"mira-castell\"?",
                "content/articles/wire.md:4:1: warning: author \"jane-guest\" is shown as a guest's name, as written:"
                        + " no author has that id; write the name as readers should see it, like author: \"Jane Guest and"
                        + " Mira Castell\", or add content/authors/jane-guest.md");
        assertThat(s.page("articles/typo/").select(".byline .author").text()).isEqualTo("By Tomas Reyes and mira-castel");
    }

    /** A site with no kind of authors has no ids to misspell in a byline: its text is said nothing of. */
    @Test
    void aSiteWithoutAuthorsSaysNothingOfAnIdLikeByline() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                entities:
                  kinds:
                    - key: people
                      frontMatterKeys: [people]
                      person: true
                """);
        s.write("content/articles/desk.md", "---\ntitle: Desk\ndate: 2025-07-01\nauthor: orbit-desk\n---\nText.\n");
        assertThat(s.build().warnings()).isEmpty();
        assertThat(s.page("articles/desk/").select(".byline .author").text()).isEqualTo("By orbit-desk");
    }

    @Test
    void aPlainBylineOfSeveralNamesIsSeveralPeopleInTheStructuredData() throws Exception {
        TestSite s = desk();
        s.write("content/articles/pair.md", "---\ntitle: A pair\ndate: 2025-07-08\nauthor: Ann Guest and Jane Roe\n"
                + "---\nText.\n");
        s.build();
        assertThat(jsonLd(s.page("articles/pair/")).get("author").toString()).isEqualTo(
                "[{\"@type\":\"Person\",\"name\":\"Ann Guest\"},{\"@type\":\"Person\",\"name\":\"Jane Roe\"}]");
        assertThat(jsonLd(s.page("articles/guest/")).get("author").toString()).isEqualTo(
                "{\"@type\":\"Person\",\"name\":\"Ann Guest\"}");
        // a serial comma does not make "and Jane Roe" a name
        s.write("content/articles/three.md", "---\ntitle: Three\ndate: 2025-07-09\nauthor: Ann Guest, Jim Poe, and Jane Roe\n"
                + "---\nText.\n");
        s.build();
        assertThat(jsonLd(s.page("articles/three/")).get("author").findValuesAsString("name"))
                .containsExactly("Ann Guest", "Jim Poe", "Jane Roe");
    }

    /**
     * A plain byline whose every name is a registered author links each, as the authors key does;
     * a name not registered stays plain beside them.
     */
    @Test
    void aPlainBylineOfRegisteredAuthorsLinksEachOfThem() throws Exception {
        TestSite s = desk();
        s.write("content/articles/pair.md", "---\ntitle: A pair\ndate: 2025-07-08\nauthor: Mira Castell and tomas-reyes\n"
                + "---\nText.\n");
        s.write("content/articles/mixed.md", "---\ntitle: Mixed\ndate: 2025-07-09\nauthor: Mira Castell, Ann Guest\n"
                + "---\nText.\n");
        // a serial comma, and one author written twice (by name and id)
        s.write("content/articles/three.md", "---\ntitle: Three\ndate: 2025-07-10\nauthor: \"Mira Castell, Tomas Reyes,"
                + " and Orbit Newsroom\"\n---\nText.\n");
        s.write("content/articles/twice.md", "---\ntitle: Twice\ndate: 2025-07-11\nauthor: Mira Castell & mira-castell\n"
                + "---\nText.\n");
        s.build();
        Document pair = s.page("articles/pair/");
        assertThat(pair.select(".byline .author").text()).isEqualTo("By Mira Castell and Tomas Reyes");
        assertThat(pair.select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/", "../../authors/tomas-reyes/");
        assertThat(s.page("authors/tomas-reyes/").select(".timeline a").eachText())
                .containsExactly("Three", "A pair", "Two bylines");
        Document mixed = s.page("articles/mixed/");
        assertThat(mixed.select(".byline .author").text()).isEqualTo("By Mira Castell and Ann Guest");
        assertThat(mixed.select(".byline .author a").eachText()).containsExactly("Mira Castell");
        assertThat(s.page("articles/three/").select(".byline .author a[rel=author]").eachAttr("href")).containsExactly(
                "../../authors/mira-castell/", "../../authors/tomas-reyes/", "../../authors/newsroom/");
        assertThat(s.page("articles/twice/").select(".byline .author").text()).isEqualTo("By Mira Castell");
    }

    /**
     * An author's name given its accent in the registry keeps the bylines written without it (and
     * the other way round), as names in the text are found; a name two authors share stays plain.
     */
    @Test
    void aBylineFindsItsAuthorWithTheAccentOrWithout() throws Exception {
        TestSite s = desk();
        s.write("content/authors/tomas-reyes.md", "---\nname: Tomás Reyes\n---\nTomás Reyes edits the desk.\n");
        s.write("content/authors/mira-castell.md", "---\nname: Mira Castell\naliases: [Mira Castéll]\n---\nBio.\n");
        s.write("content/articles/pair.md", "---\ntitle: A pair\ndate: 2025-07-08\nauthor: Mira Castell and Tomas Reyes\n"
                + "---\nText.\n");
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-01\nauthor: Tomas Reyes\n---\nText.\n");
        s.write("content/articles/guest.md", "---\ntitle: A guest\ndate: 2025-07-04\nauthor: Míra Castell\n---\nText.\n");
        s.build();
        assertThat(s.page("articles/pair/").select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/", "../../authors/tomas-reyes/");
        assertThat(s.page("articles/pair/").select(".byline .author").text()).isEqualTo("By Mira Castell and Tomás Reyes");
        assertThat(s.page("authors/tomas-reyes/").select(".timeline a").eachText())
                .containsExactly("A pair", "Two bylines", "Solo");
        assertThat(s.page("articles/guest/").select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/mira-castell/");
        // an author: beside authors: that names them, with the accent or without, is no warning
        s.write("content/articles/listed.md", "---\ntitle: Listed\ndate: 2025-07-09\nauthors: [tomas-reyes]\n"
                + "author: Tomas Reyes\n---\nText.\n");
        s.write("content/articles/both.md", "---\ntitle: Both\ndate: 2025-07-09\nauthors: [tomas-reyes, mira-castell]\n"
                + "author: Tomás Reyes and Mira Castell\n---\nText.\n");
        assertThat(s.build().warnings()).isEmpty();
        // written in capitals, the byline is still the author's
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-01\nauthor: TOMAS REYES\n---\nText.\n");
        s.build();
        assertThat(s.page("articles/solo/").select(".byline .author a[rel=author]").eachAttr("href"))
                .containsExactly("../../authors/tomas-reyes/");

        // two authors one name apart but for an accent: the byline is neither's
        s.write("content/authors/tomas-reyes-jr.md", "---\nname: Tomás Réyes\n---\nBio.\n");
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-01\nauthor: Tomas Reyes\n---\nText.\n");
        s.build();
        assertThat(s.page("articles/solo/").select(".byline .author").text()).isEqualTo("By Tomas Reyes");
        assertThat(s.page("articles/solo/").select(".byline .author a")).isEmpty();
    }

    @Test
    void anUpdateBeforeTheStoryIsWarnedAbout() {
        TestSite s = desk();
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-05\nupdated: 2025-07-01\n"
                + "authors: [mira-castell]\n---\nText.\n");
        assertThat(s.build().warnings()).extracting(d -> d.format()).containsExactly("content/articles/solo.md:4:1:"
                + " warning: updated is before the article's date, so the story would say it was updated before it was"
                + " written; check the two dates");
    }

    /**
     * A story that cannot be made (an unreadable date, an empty title, a series part that is no
     * number) is still checked for its bylines, names and layout: the writer hears of every
     * problem of its front matter in one build, not one after another.
     */
    @Test
    void aStoryThatCannotBeMadeIsStillCheckedForItsNamesAndLayout() {
        TestSite s = desk();
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-13-45\nauthors: [mira-castel]\nlayout: liveblg\n---\nText.\n");
        s.write("content/articles/b.md", "---\ntitle: \"\"\ndate: 2025-07-02\nauthors: [nobody-here]\n---\nText.\n");
        s.write("content/articles/c.md", "---\ntitle: C\ndate: 2025-07-03\nseries: {name: Rotation, part: x}\n"
                + "authors: [tomas-reyes, ann-guest]\n---\nText.\n");
        // the build goes on to tell the other stories' links with them
        s.write("content/articles/d.md", "---\ntitle: D\ndate: 2025-07-04\n---\nSee [the plan](/articles/plan/).\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactlyInAnyOrder(
                        "content/articles/a.md:3:7: error: expected a date like 2025-07-30, got \"2025-13-45\", which is"
                                + " not a day on the calendar",
                        "content/articles/a.md:4:11: error: unknown author \"mira-castel\"; did you mean"
                                + " \"mira-castell\"? Otherwise add content/authors/mira-castel.md",
                        "content/articles/a.md:5:1: error: layout \"liveblg\" does not exist; did you mean"
                                + " \"liveblog\"? Otherwise add templates/article-liveblg.html, or use one of: explainer,"
                                + " liveblog",
                        "content/articles/b.md:2:1: error: the title is empty; write the headline, like title: \"Crew-11"
                                + " reaches the station\"",
                        "content/articles/b.md:4:11: error: unknown author \"nobody-here\"; add"
                                + " content/authors/nobody-here.md or fix the id",
                        "content/articles/c.md:4:26: error: series part must be a whole number above 0, like part: 2",
                        "content/articles/c.md:5:24: error: unknown author \"ann-guest\"; add content/authors/ann-guest.md"
                                + " or fix the id",
                        "content/articles/d.md:5:16: error: broken link \"/articles/plan/\" on page /articles/d/: no page"
                                + " or file /articles/plan/; fix the link or add what it points to"));
    }

    @Test
    void anUnknownAuthorIsAnErrorAtItsIdNamingTheNearestOne() {
        TestSite s = desk();
        s.write("content/articles/solo.md", "---\ntitle: Solo\ndate: 2025-07-01\nauthors: [tomas-reyes, mira-castel]\n"
                + "---\nText.\n");
        s.write("content/articles/two.md", "---\ntitle: Two\ndate: 2025-07-02\nauthors:\n  - ann-guest\n---\nText.\n");
        s.write("content/articles/three.md", "---\ntitle: Three\ndate: 2025-07-03\nauthors: [Ann Guest]\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactlyInAnyOrder("content/articles/solo.md:4:24: error: unknown"
                        + " author \"mira-castel\"; did you mean \"mira-castell\"? Otherwise add"
                        + " content/authors/mira-castel.md",
                        "content/articles/two.md:5:5: error: unknown author \"ann-guest\"; add"
                        + " content/authors/ann-guest.md or fix the id",
                        // a name where its id belongs
                        "content/articles/three.md:4:11: error: unknown author \"Ann Guest\"; it is named by the id its"
                        + " file gives, like ann-guest; add content/authors/ann-guest.md or fix the id"));
    }

    /** Names written as one text where a list of ids belongs are told the ids to write, not the names in brackets. */
    @Test
    void namesInOneTextAreToldTheIdsToWrite() {
        TestSite s = desk();
        s.write("content/articles/a.md", "---\ntitle: A\ndate: 2025-07-01\nauthors: \"Mira Castell, Jane Guest\"\n"
                + "---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/a.md:4:1: error: expected a list for"
                        + " \"authors\", got \"Mira Castell, Jane Guest\"; write it as authors: [mira-castell,"
                        + " jane-guest], the ids of their files (content/authors/mira-castell.md)"));
    }

    @Test
    void authorsMappedToPeopleLinkToTheirPersonPage() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                entities:
                  kinds:
                    - key: people
                      frontMatterKeys: [people]
                      bylineKeys: [authors]
                      schemaType: Person
                      person: true
                """);
        s.write("content/people/ada-orbit.md", "---\nname: Ada Orbit\n---\nAda Orbit flew twice.\n");
        s.write("content/articles/diary.md", "---\ntitle: Orbit diary\ndate: 2025-07-01\nauthors: [ada-orbit]\n---\nDay one.\n");
        s.write("content/articles/about.md", "---\ntitle: About Ada\ndate: 2025-07-02\n---\nAda Orbit lands.\n");
        s.build();
        assertThat(s.page("articles/diary/").select(".byline .author a").attr("href")).isEqualTo("../../people/ada-orbit/");
        Document ada = s.page("people/ada-orbit/");
        assertThat(ada.select("#articles-heading").text()).isEqualTo("In the news (2)");
        assertThat(ada.select(".timeline li").eachText()).anySatisfy(t -> assertThat(t).contains("Orbit diary (byline)"));
    }
}
