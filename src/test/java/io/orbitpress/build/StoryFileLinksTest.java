package io.orbitpress.build;

import static io.orbitpress.build.TestSite.story;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link in a story's text to another story's file ({@code [the launch](crew-11.md)}, as a
 * Markdown editor and a repository's preview follow it, or Zola's {@code @/articles/crew-11.md})
 * leads to that story's page, its anchor kept. It was a broken link that stopped the build.
 */
class StoryFileLinksTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site() {
        TestSite s = TestSite.inEnglishAndRussian(dir, "");
        s.write("content/articles/crew-11.md", story("Crew-11 lifts off", "## The launch\n\nThe crew lifted off."));
        s.write("content/articles/crew-11.ru.md", story("Старт Crew-11", "Экипаж стартовал."));
        return s;
    }


    @Test
    void aLinkToAStorysFileLeadsToItsPage() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks", """
                After [the launch](crew-11.md#the-launch), [the same story](./crew-11.md) and
                [once more](@/articles/crew-11.md), [as Zola writes it](@/crew-11.md), the capsule docked
                ([in Russian](crew-11.ru.md)).
                """));
        s.write("content/articles/2024/archive.md", story("From the archive", "See [the launch](../crew-11.md)."));
        s.build();

        assertThat(s.page("articles/docking/").select("article a[href*=crew-11]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/articles/crew-11/#the-launch", "https://news.example.org/articles/crew-11/",
                "https://news.example.org/articles/crew-11/", "https://news.example.org/articles/crew-11/",
                "https://news.example.org/ru/articles/crew-11/");
        assertThat(s.page("articles/archive/").select("article a[href*=crew-11]").eachAttr("abs:href"))
                .containsExactly("https://news.example.org/articles/crew-11/");
        // a feed's text links to the page, from anywhere
        assertThat(Jsoup.parse(s.text("feed.xml"), "", Parser.xmlParser()).select("entry content").text())
                .contains("href=\"https://news.example.org/articles/crew-11/#the-launch\"")
                .doesNotContain("crew-11.md");
    }

    /** Jekyll's link names a file by its path from the site's root, whatever the folder of the post that writes it. */
    @Test
    void aJekyllLinksPathIsFromTheRootNotFromThePostsFolder() {
        TestSite s = site();
        s.write("content/articles/_posts/2019-03-13-docking.md", story("Crew-11 docks", "Docked."));
        s.write("content/articles/_posts/_posts/2019-03-13-docking.md", "---\ntitle: A copy\ndate: 2019-03-13\n"
                + "slug: a-copy\n---\nCopied.\n");
        s.write("content/articles/_posts/2019-03-14-summary.md", story("Summary",
                "[It docked]({% link _posts/2019-03-13-docking.md %})."));
        s.build();

        assertThat(s.page("articles/summary/").select("article a").eachAttr("abs:href"))
                .containsExactly("https://news.example.org/articles/docking/");
    }

    /**
     * Jekyll's link to a file that is no post ({@code {% link assets/crew-11.pdf %}}), which was left as
     * text, leads to that file at the root of the site, as the site's static files are published: as a
     * link, a picture or a reference's address; one to no file is a broken link at its place.
     */
    @Test
    void aJekyllLinkToAStaticFileLeadsToIt() {
        TestSite s = site();
        s.write("content/static/assets/crew-11.pdf", "%PDF-1.4\n");
        s.write("content/static/assets/crew-11.png", io.orbitpress.image.TestImages.png(64, 48, false));
        s.write("content/articles/_posts/2019-03-14-summary.md", story("Summary", """
                [The flight plan]({% link assets/crew-11.pdf %}) and [again][plan].

                ![The crew]({% link /assets/crew-11.png %})

                [plan]: {% link assets/crew-11.pdf %}
                """));
        s.build();

        assertThat(s.page("articles/summary/").select("article a[href*=crew-11]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/assets/crew-11.pdf", "https://news.example.org/assets/crew-11.pdf");
        assertThat(s.page("articles/summary/").select("article img").attr("abs:src"))
                .startsWith("https://news.example.org/assets/crew-11");

        s.write("content/articles/_posts/2019-03-15-more.md", story("More", "[The plan]({% link assets/plan.pdf %})."));
        assertThat(s.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("content/articles/_posts/2019-03-15-more.md:5:").contains("error: broken link"));
    }

    /** A link to the file, or a ref naming the story, follows it when its address changes, in a warm build as in a cold one. */
    @Test
    void theLinkFollowsTheStoryWhenItsAddressChanges() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks",
                "After [the launch](crew-11.md) ([again]({{< ref \"crew-11\" >}})), it docked."));
        s.build();
        s.write("content/articles/crew-11.md", "---\ntitle: Crew-11 lifts off\ndate: 2025-08-01\nslug: liftoff\n---\nGone.\n");
        s.build();

        assertThat(s.page("articles/docking/").select("article a[href*=liftoff]").eachAttr("abs:href"))
                .containsExactly("https://news.example.org/articles/liftoff/", "https://news.example.org/articles/liftoff/");
    }

    /**
     * Jekyll's {@code post_url} and {@code link} written as a link's address lead to the story they
     * name, as Jekyll's did (they were shown as text), in a link reference definition too; a story of Jekyll's {@code _posts} folder by
     * its file's name, its anchor after the tag kept. A link that is no such tag stays as written (a
     * Jekyll link to a file that is no story: {@link #aJekyllLinkToAStaticFileLeadsToIt}).
     */
    @Test
    void aJekyllPostUrlOrLinkLeadsToTheStoryItNames() {
        TestSite s = site();
        s.write("content/articles/_posts/2019-03-13-docking.md", story("Crew-11 docks", "## The hatch\n\nOpen."));

        s.write("content/articles/recap.md", story("A recap", """
                After [the docking]({% post_url 2019-03-13-docking %}), [the hatch]({%link _posts/2019-03-13-docking.md%}#the-hatch)
                opened; [launch]({% link crew-11.md %}). A [report]({% include report.html %}) stays as written.
                As [before][post].

                [post]: {% post_url 2019-03-13-docking %}
                """));
        BuildResult r = s.build();

        assertThat(s.page("articles/recap/").select("article a").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/articles/docking/",
                "https://news.example.org/articles/docking/#the-hatch",
                "https://news.example.org/articles/crew-11/", "https://news.example.org/articles/docking/");
        assertThat(s.page("articles/recap/").select("article p").text())
                .contains("A [report]({% include report.html %}) stays as written.");
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                "content/articles/recap.md:6:53: warning: \"{% include report.html %}\" is a Liquid tag (Jekyll's),"
                        + " which Orbitpress does not run: it is published as written; the text it took from another file"
                        + " is not here: paste that text in its place, or remove the tag");
    }


    @Test
    void aProblemOfTheStoryLinkedToIsToldWhereTheLinkIsWritten() {
        TestSite s = site();
        s.write("content/articles/soon.md", "---\ntitle: Soon\ndate: 2099-01-01\n---\nLater.\n");
        s.write("content/articles/docking.md", story("Crew-11 docks", """
                It docked.
                Next: [the
                story](soon.md), and [the launch](crew-11.md#no-such-part).
                """));

        assertThat(s.problems()).containsExactlyInAnyOrder(
                "content/articles/docking.md:7:8: error: broken link \"soon.md\" on page /articles/docking/: it leads"
                        + " to content/articles/soon.md (\"Soon\"), which is embargoed until 2099-01-01 00:00 +00:00;"
                        + " remove the link, or hold the linking article back as long (a publishDate: at that time or"
                        + " later)",
                "content/articles/docking.md:7:35: error: broken link \"crew-11.md#no-such-part\" on page"
                        + " /articles/docking/: no element with id \"no-such-part\" on /articles/crew-11/; fix the link"
                        + " or add what it points to");
    }

    @Test
    void aRegistryFilesTextLinksToAStorysFileToo() {
        TestSite s = site();
        s.write("content/people/anne-mcclain.md", """
                ---
                name: Anne McClain
                ---
                She commanded [the flight](../articles/crew-11.md#the-launch).
                """);
        s.build();

        assertThat(s.page("people/anne-mcclain/").select("main a[href*=crew-11]").eachAttr("abs:href"))
                .containsExactly("https://news.example.org/articles/crew-11/#the-launch");
    }

    @Test
    void aProblemOfTheStoryARegistryFileLinksToIsToldThere() {
        TestSite s = site();
        s.write("content/articles/soon.md", "---\ntitle: Soon\ndate: 2099-01-01\n---\nLater.\n");
        s.write("content/people/anne-mcclain.md", "---\nname: Anne McClain\n---\nNext: [her flight](../articles/soon.md).\n");

        // told for its page in each language, as a link written with the address is
        assertThat(s.problems()).hasSize(2).first().asString().startsWith(
                "content/people/anne-mcclain.md:4:20: error: broken link \"../articles/soon.md\" on page /people/anne-mcclain/:"
                        + " it leads to content/articles/soon.md");
    }

    @Test
    void aLiveBlogsEntriesAndFileNamesOfAnyLettersAreLedToo() {
        TestSite s = site();
        s.write("content/articles/версия.md", story("Версия", "Текст."));
        s.write("content/articles/my story.md", story("My story", "Text."));
        s.write("content/articles/live.md", """
                ---
                title: Launch day
                date: 2025-08-01T10:00:00Z
                layout: liveblog
                ---
                Follow [the launch](crew-11.md) here.

                ## 11:00 Lift-off

                See [the other story](версия.md) and [mine](<my story.md>).
                """);
        s.build();

        assertThat(s.page("articles/live/").select("main a[href]").eachAttr("abs:href")).contains(
                "https://news.example.org/articles/crew-11/", "https://news.example.org/articles/versiya/",
                "https://news.example.org/articles/my-story/").noneMatch(h -> h.contains(".md"));
    }

    @Test
    void aLinkWrittenAsHtmlIsLedWhereHtmlIsPublished() {
        TestSite s = site();
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                languages: [en, ru]
                markdown:
                  unsafe: true
                """);
        s.write("content/articles/docking.md", story("Crew-11 docks", "After <a href=\"crew-11.md#the-launch\">the launch</a>."));
        s.build();

        assertThat(s.page("articles/docking/").select("main a[href*=crew-11]").eachAttr("abs:href"))
                .contains("https://news.example.org/articles/crew-11/#the-launch").noneMatch(h -> h.contains(".md"));
    }

    @Test
    void aProblemIsToldAtTheLinkNotAtALongerAddressOrAReference() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks", """
                See [x][q] and `[c](crew-11.md#nope2)`.

                [q]: crew-11.md#nope
                """));
        s.write("content/people/anne-mcclain.md", "---\nname: Anne McClain\n---\nSee [r].\n\n[r]: ../articles/crew-11.md#gone\n");

        assertThat(s.problems()).contains(
                "content/articles/docking.md:5:5: error: broken link \"crew-11.md#nope\" on page /articles/docking/:"
                        + " no element with id \"nope\" on /articles/crew-11/; fix the link or add what it points to",
                "content/people/anne-mcclain.md:6:6: error: broken link \"../articles/crew-11.md#gone\" on page"
                        + " /people/anne-mcclain/: no element with id \"gone\" on /articles/crew-11/; fix the link or add"
                        + " what it points to");
    }

    @Test
    void aLinkToAMarkdownFileThatIsNoStoryIsStillABrokenLink() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks", "See [the notes](notes.md)."));

        assertThat(s.problems()).anySatisfy(p -> assertThat(p)
                .startsWith("content/articles/docking.md:5:").contains("broken link \"notes.md\""));
    }

    @Test
    void aLinkToAStorysFileWithOtherCapitalsNamesTheFile() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks", "After [the launch](Crew-11.md#the-launch), it docked."));
        s.write("content/articles/2024/archive.md", story("From the archive", "See [the launch](../CREW-11.md)."));

        assertThat(s.problems()).containsExactlyInAnyOrder(
                "content/articles/docking.md:5:20: error: broken link \"Crew-11.md#the-launch\" on page"
                        + " /articles/docking/: it names content/articles/Crew-11.md, and the story's file is"
                        + " content/articles/crew-11.md, which differs from it only in the case of its letters (a"
                        + " case-insensitive disk, as on macOS or Windows, lets it pass; the site's pages do not);"
                        + " write crew-11.md#the-launch",
                "content/articles/2024/archive.md:5:18: error: broken link \"../CREW-11.md\" on page"
                        + " /articles/archive/: it names content/articles/CREW-11.md, and the story's file is"
                        + " content/articles/crew-11.md, which differs from it only in the case of its letters (a"
                        + " case-insensitive disk, as on macOS or Windows, lets it pass; the site's pages do not);"
                        + " write ../crew-11.md");
    }

    /** Zola's link from the content folder, written with other capitals, names the story's file as a link by its path does. */
    @Test
    void aZolaLinkWithOtherCapitalsNamesTheFile() {
        TestSite s = site();
        s.write("content/articles/docking.md", story("Crew-11 docks", "After [the launch](@/articles/Crew-11.md#the-launch),"
                + " [as Zola writes it](@/CREW-11.md), it docked."));

        assertThat(s.problems()).containsExactly(
                "content/articles/docking.md:5:20: error: broken link \"@/articles/Crew-11.md#the-launch\" on page"
                        + " /articles/docking/: it names content/articles/Crew-11.md, and the story's file is"
                        + " content/articles/crew-11.md, which differs from it only in the case of its letters (a"
                        + " case-insensitive disk, as on macOS or Windows, lets it pass; the site's pages do not);"
                        + " write @/articles/crew-11.md#the-launch",
                "content/articles/docking.md:5:75: error: broken link \"@/CREW-11.md\" on page"
                        + " /articles/docking/: it names content/CREW-11.md, and the story's file is"
                        + " content/articles/crew-11.md, which differs from it only in the case of its letters (a"
                        + " case-insensitive disk, as on macOS or Windows, lets it pass; the site's pages do not);"
                        + " write @/crew-11.md");
    }

    /** A link to the file of a story renamed since, its old address kept, names the story's file now. */
    @Test
    void aLinkToARenamedStorysOldFileNamesItsFileNow() {
        TestSite s = site();
        s.write("content/articles/crew-12-docks.md", "---\ntitle: Crew-12 docks\ndate: 2025-08-02\n"
                + "aliases: [/articles/crew-12-arrives/]\n---\nDocked.\n");
        s.write("content/articles/recap.md", story("A recap", "See [the arrival](crew-12-arrives.md#top)."));

        assertThat(s.problems()).containsExactly("content/articles/recap.md:5:19: error: broken link"
                + " \"crew-12-arrives.md#top\" on page /articles/recap/: it names content/articles/crew-12-arrives.md, no"
                + " story's file now: the story renamed from it is content/articles/crew-12-docks.md, which keeps its old"
                + " address (aliases: /articles/crew-12-arrives/); write crew-12-docks.md#top");
    }

    /** A version named for its language ({@code x.ru.md}, as Hugo names them) renamed since is found as well. */
    @Test
    void aLinkToTheOldFileOfAVersionNamedForItsLanguageNamesItsFileNow() {
        TestSite s = site();
        s.write("content/articles/crew-12-docks.ru.md", "---\ntitle: Crew-12 пристыковался\ndate: 2025-08-02\n"
                + "aliases: [/ru/articles/crew-12-arrives/]\n---\nПристыковался.\n");
        s.write("content/articles/obzor.ru.md", story("Обзор", "См. [прибытие](crew-12-arrives.ru.md)."));

        assertThat(s.problems()).containsExactly("content/articles/obzor.ru.md:5:16: error: broken link"
                + " \"crew-12-arrives.ru.md\" on page /ru/articles/obzor/: it names content/articles/crew-12-arrives.ru.md,"
                + " no story's file now: the story renamed from it is content/articles/crew-12-docks.ru.md, which keeps"
                + " its old address (aliases: /ru/articles/crew-12-arrives/); write crew-12-docks.ru.md");
    }

    /**
     * The old file of a story renamed in another language was in that language's folder: a link to a file
     * of this language that no story has is no link to it, and is told as the broken link it is.
     */
    @Test
    void aStoryRenamedInAnotherLanguageIsNoFileOfThisOne() {
        TestSite s = site();
        s.write("content/articles/ru/crew-12-docks.md", "---\ntitle: Crew-12 пристыковался\ndate: 2025-08-02\n"
                + "aliases: [/ru/articles/crew-12-arrives/]\n---\nПристыковался.\n");
        s.write("content/articles/recap.md", story("A recap", "See [the arrival](crew-12-arrives.md)."));
        s.write("content/articles/ru/obzor.md", story("Обзор", "См. [прибытие](crew-12-arrives.md)."));

        assertThat(s.problems()).containsExactly("content/articles/recap.md:5:19: error: broken link"
                + " \"crew-12-arrives.md\" on page /articles/recap/: no page or file /articles/recap/crew-12-arrives.md (a"
                + " Markdown file, but no story of this site: link to a story's file by its path from this one's, like"
                + " crew-11.md or ../2024/crew-10.md, or to a page's address); fix the link or add what it points to",
                "content/articles/ru/obzor.md:5:16: error: broken link"
                + " \"crew-12-arrives.md\" on page /ru/articles/obzor/: it names content/articles/ru/crew-12-arrives.md, no"
                + " story's file now: the story renamed from it is content/articles/ru/crew-12-docks.md, which keeps its"
                + " old address (aliases: /ru/articles/crew-12-arrives/); write crew-12-docks.md");
    }

    @Test
    void aLinkLeadsToTheVersionItsFileIsInWhateverTheLinkingStorysLanguage() {
        TestSite s = site();
        s.write("content/articles/ru/zapusk.md", "---\ntitle: Запуск\ndate: 2025-08-01\ntranslationKey: launch\n---\nСтарт.\n");
        s.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-08-01\ntranslationKey: launch\n---\nLift-off.\n");
        s.write("content/articles/ru/docking.md", story("Стыковка", "После [старта](../launch.md), [запуска](zapusk.md)"
                + " и [Crew-11](../crew-11.md) корабль пристыковался."));
        s.build();

        // the file named, not the version in the story's language: a link may lead to another language on purpose
        assertThat(s.page("ru/articles/docking/").select("article p a[href]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/articles/launch/", "https://news.example.org/ru/articles/zapusk/",
                "https://news.example.org/articles/crew-11/");
    }

    @Test
    void aRegistryFilesLinkWithOtherCapitalsNamesTheFileToo() {
        TestSite s = site();
        s.write("content/people/anne-mcclain.md", "---\nname: Anne McClain\n---\nShe flew [Crew-11](../articles/Crew-11.md).\n");

        // told for its page in each language, as a link written with the address is
        assertThat(s.problems()).hasSize(2).allSatisfy(p -> assertThat(p).startsWith(
                "content/people/anne-mcclain.md:4:20: error: broken link \"../articles/Crew-11.md\" on page ").endsWith(
                "it names content/articles/Crew-11.md, and the story's file is content/articles/crew-11.md, which differs"
                        + " from it only in the case of its letters (a case-insensitive disk, as on macOS or Windows, lets"
                        + " it pass; the site's pages do not); write ../articles/crew-11.md"));
    }
}
