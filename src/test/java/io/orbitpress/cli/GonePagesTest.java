package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story re-slugged or taken down turned its published address into a 404 without a word; the
 * build that does so names the pages gone since the last build, and how to keep an address.
 */
class GonePagesTest {

    @TempDir
    Path dir;

    private String build(String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("build", "--quiet", "--source",
                dir.toString()), java.util.Arrays.stream(more)).toArray(String[]::new);
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    @Test
    void theBuildThatDropsAnAddressNamesIt() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/scrub.md", "---\ntitle: Scrub tonight\ndate: 2025-07-01\ntags: [launch]\n---\nA valve.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\ntags: [launch]\n---\nText.\n");
        assertThat(build()).doesNotContain("Gone since");
        write("content/articles/scrub.md", "---\ntitle: Scrub tonight\ndate: 2025-07-01\nslug: valve-checked\n"
                + "tags: [launch]\n---\nA valve.\n");
        assertThat(build()).contains("\nGone since the last build: 1 page (/articles/scrub/); a link to it from"
                + " elsewhere now finds nothing. To keep the address, give the story that takes its place"
                + " aliases: [/articles/scrub/]\n");
        write("content/articles/scrub.md", "---\ntitle: Scrub tonight\ndate: 2025-07-01\nslug: valve-checked\n"
                + "aliases: [/articles/scrub/]\ntags: [launch]\n---\nA valve.\n");
        assertThat(build()).doesNotContain("Gone since");
        assertThat(dir.resolve("site/articles/scrub/index.html")).exists();
    }

    /**
     * Two sites built with one cache folder ({@code --cache}): each one's site/ is named by the
     * same key there, so the cache's last site was the other site's, whose pages this one never
     * had; no page of this site is gone, and none is told as gone.
     */
    @Test
    void anotherSitesBuildWithTheSameCacheFolderIsNotTheLastBuild() throws IOException {
        String cache = dir.resolve("shared-cache").toString();
        Path other = dir.resolve("other");
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/scrub.md", "---\ntitle: Scrub tonight\ndate: 2025-07-01\n---\nA valve.\n");
        Files.createDirectories(other.resolve("content/articles"));
        Files.writeString(other.resolve("content/site.yaml"), "title: Other Desk\n");
        Files.writeString(other.resolve("content/articles/docking.md"), "---\ntitle: Docking\ndate: 2025-07-02\n---\n"
                + "Soft capture.\n");
        assertThat(build("--cache", cache)).doesNotContain("Gone since");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--quiet", "--source",
                other.toString(), "--cache", cache)).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("Gone since");
        assertThat(build("--cache", cache)).doesNotContain("Gone since");
        write("content/articles/scrub.md", "---\ntitle: Scrub tonight\ndate: 2025-07-01\nslug: valve-checked\n---\n"
                + "A valve.\n");
        assertThat(build("--cache", cache)).contains("Gone since the last build: 1 page (/articles/scrub/)");
    }

    /**
     * A topic's page goes with the last story that had the topic, and no story is to take its
     * place: it is told as gone, without the advice to give a story its address as an alias, which
     * would put a redirect where the topic's page was. With a story's page gone too, the advice names
     * the story's address.
     */
    @Test
    void aListsPageGoneGetsNoAdviceOfAliases() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/offer.md", "---\ntitle: Tickets on sale\ndate: 2025-07-01\nexpiryDate: 2025-08-01\n"
                + "tags: [tickets]\n---\nA week to go.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\ntags: [launch]\n---\nText.\n");
        build("--now", "2025-07-10T00:00Z");
        String second = build("--now", "2025-08-10T00:00Z");
        assertThat(second).contains("\nGone since the last build: 1 page (/tags/tickets/); a link to it from elsewhere"
                + " now finds nothing\n").doesNotContain("aliases:");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\nslug: another\ntags: [launch]\n"
                + "---\nText.\n");
        write("content/articles/zeta.md", "---\ntitle: Zeta\ndate: 2025-07-03\ntags: [launch, zeta]\n---\nText.\n");
        build("--now", "2025-08-10T00:00Z");
        Files.delete(dir.resolve("content/articles/zeta.md"));
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\nslug: other-again\ntags: [launch]\n"
                + "---\nText.\n");
        assertThat(build("--now", "2025-08-10T00:00Z")).contains("\nGone since the last build: 3 pages (/articles/another/,"
                + " /articles/zeta/, /tags/zeta/); a link to one from elsewhere now finds nothing. To keep an address, give"
                + " the story that takes its place aliases: [/articles/another/]\n");
    }

    /**
     * A person's registry file renamed (a name written in full, as the desk's style asks): the
     * old page is told as gone with the advice that keeps it, the new file's {@code redirect_from:},
     * which then puts a redirect at the old address; a story's and a person's pages gone at once get
     * both. A person's page in another language is one too.
     */
    @Test
    void aPersonsPageGoneGetsTheAdviceOfRedirectFrom() throws IOException {
        write("content/site.yaml", "title: Test Desk\nlanguages: [en, ru]\n");
        write("content/people/mike-fincke.md", "---\nname: Mike Fincke\n---\nAn astronaut.\n");
        write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-01\npeople: [mike-fincke]\n---\n"
                + "Mike Fincke flies.\n");
        write("content/articles/launch.ru.md", "---\ntitle: Старт\ndate: 2025-07-01\npeople: [mike-fincke]\n---\n"
                + "Полёт.\n");
        build();
        Files.delete(dir.resolve("content/people/mike-fincke.md"));
        write("content/people/michael-fincke.md", "---\nname: Michael Fincke\n---\nAn astronaut.\n");
        write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-01\npeople: [michael-fincke]\n---\n"
                + "Michael Fincke flies.\n");
        write("content/articles/launch.ru.md", "---\ntitle: Старт\ndate: 2025-07-01\npeople: [michael-fincke]\n"
                + "---\nПолёт.\n");
        assertThat(build()).contains("\nGone since the last build: 2 pages (/people/mike-fincke/,"
                + " /ru/people/mike-fincke/); a link to one from elsewhere now finds nothing. To keep a person's,"
                + " mission's or organization's address, give the registry file that takes its place redirect_from:"
                + " [/people/mike-fincke/]\n").doesNotContain("aliases:");
        write("content/people/michael-fincke.md", "---\nname: Michael Fincke\nredirect_from: [/people/mike-fincke/]\n"
                + "---\nAn astronaut.\n");
        write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-01\nslug: liftoff\n"
                + "people: [michael-fincke]\n---\nMichael Fincke flies.\n");
        build();
        assertThat(dir.resolve("site/people/mike-fincke/index.html")).content().contains("/people/michael-fincke/");
        Files.delete(dir.resolve("content/people/michael-fincke.md"));
        write("content/people/m-fincke.md", "---\nname: M. Fincke\n---\nAn astronaut.\n");
        write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-07-01\npeople: [m-fincke]\n---\nText.\n");
        write("content/articles/launch.ru.md", "---\ntitle: Старт\ndate: 2025-07-01\npeople: [m-fincke]\n---\n"
                + "Полёт.\n");
        assertThat(build()).contains(". To keep an address, give the story that takes its place aliases:"
                + " [/articles/liftoff/]. To keep a person's, mission's or organization's address, give the registry"
                + " file that takes its place redirect_from: [/people/michael-fincke/]\n");
    }

    /**
     * A build with {@code --drafts} (or {@code --future}) published a story that the next build,
     * without it, leaves out: its page is gone, but no story is to take its place, and the advice to
     * give one its address as an alias would put a redirect where the story is to come out.
     */
    @Test
    void aDraftLeftOutAgainGetsNoAdviceOfAliases() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/plan.md", "---\ntitle: Return plan\ndate: 2025-07-01\ndraft: true\n---\nSoon.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\n---\nText.\n");
        build("--drafts");
        assertThat(build()).contains("\nHeld back since the last build: 1 story (/articles/plan/), a draft or before its"
                + " publishDate; a link to it finds nothing until it comes out, and readers, feeds and search engines"
                + " that took it have it already\n").doesNotContain("aliases:", "Gone since");
    }

    /**
     * A story published, then held back again by a publishDate moved later (an embargo a source
     * asked to extend), was told only as a page gone: the desk is told it is held back, and that it
     * is out already for those who took it.
     */
    @Test
    void aStoryHeldBackAgainIsToldAsSuch() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/named.md", "---\ntitle: Crew-12 named\ndate: 2025-07-01\n---\nThe crew.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\n---\nText.\n");
        assertThat(build("--now", "2025-07-10T00:00Z")).doesNotContain("Held back since", "Gone since");
        write("content/articles/named.md", "---\ntitle: Crew-12 named\ndate: 2025-07-01\npublishDate: 2025-07-20\n"
                + "---\nThe crew.\n");
        assertThat(build("--now", "2025-07-10T00:00Z")).contains("\nHeld back since the last build: 1 story"
                + " (/articles/named/), a draft or before its publishDate; a link to it finds nothing until it comes out,"
                + " and readers, feeds and search engines that took it have it already").doesNotContain("Gone since");
        assertThat(build("--now", "2025-07-21T00:00Z")).doesNotContain("Held back since", "Gone since");
    }

    /** A story gone by its expiryDate went as its desk meant: told as expired, with no advice to keep its address. */
    @Test
    void aStoryPastItsExpiryIsToldAsExpiredNotAsGone() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/offer.md", "---\ntitle: Tickets on sale\ndate: 2025-07-01\nexpiryDate: 2025-08-01\n"
                + "tags: [launch]\n---\nA week to go.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\ntags: [launch]\n---\nText.\n");
        assertThat(build("--now", "2025-07-10T00:00Z")).doesNotContain("Gone since", "Taken down since");
        String second = build("--now", "2025-08-10T00:00Z");
        assertThat(second).doesNotContain("Gone since")
                .contains("\nTaken down since the last build: 1 story (/articles/offer/), past its expiryDate\n");
    }

    /**
     * A story a build with --expired showed, long past its expiryDate, is taken down by the next
     * build without it: told so, not as a story that expired since.
     */
    @Test
    void aStoryShownByAnExpiredBuildIsToldAsTakenDownNotAsJustExpired() throws IOException {
        write("content/site.yaml", "title: Test Desk\n");
        write("content/articles/offer.md", "---\ntitle: Tickets on sale\ndate: 2025-07-01\nexpiryDate: 2025-08-01\n"
                + "---\nA week to go.\n");
        write("content/articles/other.md", "---\ntitle: Other\ndate: 2025-07-02\n---\nText.\n");
        build("--expired", "--now", "2025-12-01T00:00Z");
        assertThat(build("--now", "2025-12-01T00:00Z")).doesNotContain("Gone since", "Expired since")
                .contains("\nTaken down since the last build: 1 story (/articles/offer/), past its expiryDate\n");
    }
}
