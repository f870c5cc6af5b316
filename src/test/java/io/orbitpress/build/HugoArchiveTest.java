package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bilingual Hugo archive moved over as the README says: its section pages ({@code _index.md}),
 * its translations in a language's folder, under {@code migration:} and without it.
 */
class HugoArchiveTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String migration) {
        return TestSite.inEnglishAndRussian(dir, migration);
    }

    private static String story(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: 1966-02-03\n---\n" + body + "\n";
    }

    private static List<String> warnings(BuildResult r) {
        return r.warnings().stream().map(Diagnostic::format).toList();
    }

    private static String sectionPage(String file) {
        return "content/articles/" + file + ":1:1: warning: this is a section page (" + file.substring(file.lastIndexOf('/') + 1)
                + "), the text Hugo and Zola show above a folder's list of pages; Orbitpress makes its lists itself (the home page,"
                + " topics) and has no section pages, so it is not published: remove the file, or rename it and give"
                + " it a date to publish its text as a story";
    }

    @Test
    void hugosSectionPageIsNamedAsSuchAndLeftOut() {
        TestSite s = site("");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/_index.ru.md", "---\ntitle: Статьи\n---\nАрхив.\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"), sectionPage("_index.ru.md"));
        assertThat(Files.exists(s.site().resolve("articles/luna-9/index.html"))).isTrue();
    }

    @Test
    void aDateFallbackDoesNotMakeASectionPageAStory() {
        TestSite s = site("migration:\n  dateFallback: 2024-01-01\n");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"));
        assertThat(Files.exists(s.site().resolve("articles/index"))).isFalse();
        assertThat(s.page("").select("a[href=articles/index/]")).isEmpty();
    }

    @Test
    void underUrlFromPathTheRootsSectionPageIsLeftOutAndAFoldersIsItsPage() {
        TestSite s = site("migration:\n  urlFromPath: true\n  skipInvalid: true\n");
        s.write("content/articles/_index.md", "---\ntitle: Stories\n---\nThe archive.\n");
        s.write("content/articles/docs/_index.md", story("Guides", "How to read the archive."));
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        BuildResult r = s.build();

        assertThat(warnings(r)).containsExactly(sectionPage("_index.md"));
        assertThat(s.page("docs/").select("h1").text()).isEqualTo("Guides");
    }

    @Test
    void aTranslationInALanguagesFolderStaysLinkedUnderUrlFromPath() {
        TestSite s = site("migration:\n  urlFromPath: true\n");
        s.write("content/articles/luna-9.md", story("Luna 9 lands softly", "The first soft landing on the Moon."));
        s.write("content/articles/ru/luna-9.md", story("«Луна-9» мягко села", "Первая мягкая посадка на Луну."));
        s.build();

        Document ru = s.page("ru/luna-9/");
        assertThat(ru.select("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo("https://news.example.org/luna-9/");
        assertThat(s.page("luna-9/").select("link[rel=alternate][hreflang=ru]").attr("href"))
                .isEqualTo("https://news.example.org/ru/luna-9/");
    }

    private static String shortcode(String at, String tag, String advice) {
        return "content/articles/" + at + ": warning: \"" + tag + "\" is a Hugo shortcode, which Orbitpress does not run:"
                + " it is published as written; " + advice;
    }

    /**
     * A link whose address is a Hugo ref or relref leads to the page of the story it names, as in
     * Hugo: by the file's path from the articles' folder or the end of it, the version in the language
     * of the story that writes it unless the file's name gives one. It was shown as text.
     */
    @Test
    void aRefAsALinksAddressLeadsToTheStoryItNames() {
        TestSite s = site("");
        s.write("content/articles/vostok-1.md", story("Gagarin orbits the Earth", "## Start\n\nOne orbit."));
        s.write("content/articles/vostok-1.ru.md", story("Гагарин облетел Землю", "## Start\n\nОдин виток."));
        s.write("content/articles/sputnik/index.md", story("Sputnik 1 reaches orbit", "The first satellite."));
        s.write("content/articles/apollo-11.md", story("Apollo 11 lands", """
                Eight years after [Gagarin]({{< ref "vostok-1.md" >}}) and twelve after
                [Sputnik]({{% relref "/articles/sputnik" %}}), [his orbit]( {{< ref path="vostok-1#start" >}} )."""));
        s.write("content/articles/apollo-11.ru.md", story("«Аполлон-11» сел", """
                [Гагарин]({{< relref "vostok-1.md#start" >}}), [он же]({{< ref "vostok-1.ru.md" >}}),
                [in English]({{< ref "vostok-1.en.md" >}})."""));
        BuildResult r = s.build();

        assertThat(warnings(r)).isEmpty();
        assertThat(s.page("articles/apollo-11/").select("article a[href*=vostok], article a[href*=sputnik]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/articles/vostok-1/", "https://news.example.org/articles/sputnik/",
                "https://news.example.org/articles/vostok-1/#start");
        assertThat(s.page("ru/articles/apollo-11/").select("article a[href*=vostok]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/ru/articles/vostok-1/#start", "https://news.example.org/ru/articles/vostok-1/",
                "https://news.example.org/articles/vostok-1/");
    }

    /** A ref that names no story is a broken link, told where it is written, as Hugo stops at it. */
    @Test
    void aRefToNoStoryIsABrokenLinkAtItsPlace() {
        TestSite s = site("");
        s.write("content/articles/vostok-1.md", story("Gagarin orbits the Earth", "One orbit."));
        s.write("content/articles/apollo-11.md", story("Apollo 11 lands", """
                It landed.
                See [the flight]({{< ref "vostok-2.md#start" >}}) too."""));

        assertThat(s.problems()).containsExactly("content/articles/apollo-11.md:6:18: error: broken link"
                + " \"{{< ref \"vostok-2.md#start\" >}}\" on page /articles/apollo-11/: no story of this site has the name"
                + " it gives (Hugo's ref and relref, Jekyll's post_url and link name a story by its file's path from"
                + " content/articles/, or the end of it, like crew-11.md, 2024/crew-10 or 2019-03-13-docking); fix the"
                + " name, or write the page's address in its place, like /articles/its-slug/");
    }

    /**
     * A ref whose name differs from a story's only in its capitals leads to that story, as Hugo
     * finds it (a page's logical path is its file's path in lower case); Jekyll's tags, which name
     * a file as written, are told with the file and the tag to write.
     */
    @Test
    void aRefWithOtherCapitalsLeadsToTheStoryAsInHugo() {
        TestSite s = site("");
        s.write("content/articles/vostok-1.md", story("Gagarin orbits the Earth", "## Start\n\nOne orbit."));
        s.write("content/articles/vostok-1.ru.md", story("Гагарин облетел Землю", "Один виток."));
        s.write("content/articles/apollo-11.md", story("Apollo 11 lands", """
                It landed.
                See [the flight]({{< ref "Vostok-1.md#start" >}}) and [again]({{% relref "/VOSTOK-1" %}})."""));
        // the version in the linking story's language, as a ref leads to it
        s.write("content/articles/ru/apollo-11.md", "---\ntitle: Аполлон\ndate: 1966-02-03\nlang: ru\n---\n"
                + "[Гагарин]({{< ref \"../Vostok-1.md\" >}}).\n");
        s.write("content/articles/_posts/1969-07-24-splashdown.md", story("Splashdown",
                "After [the landing]({% link _posts/1969-07-20-Landing.md %})."));
        s.write("content/articles/_posts/1969-07-20-landing.md", story("Landing", "The Eagle has landed."));

        assertThat(s.problems()).containsExactly("content/articles/_posts/1969-07-24-splashdown.md:5:21: error:"
                + " broken link \"{% link _posts/1969-07-20-Landing.md %}\" on page /articles/splashdown/: it"
                + " names _posts/1969-07-20-Landing.md, and the story's file is"
                + " content/articles/_posts/1969-07-20-landing.md, which differs from it only in the case of its"
                + " letters (a story's name is read as written, its capitals too); write {% link"
                + " _posts/1969-07-20-landing.md %}");
        s.write("content/articles/_posts/1969-07-24-splashdown.md", story("Splashdown", "After the landing."));
        s.build();
        assertThat(s.page("articles/apollo-11/").select("main a:contains(the flight)").attr("href"))
                .isEqualTo("../vostok-1/#start");
        assertThat(s.page("articles/apollo-11/").select("main a:contains(again)").attr("href"))
                .isEqualTo("../vostok-1/");
        assertThat(s.page("ru/articles/apollo-11/").select("main a:contains(Гагарин)").attr("href"))
                .isEqualTo("../vostok-1/"); // /ru/articles/vostok-1/, the Russian version
    }

    /** A ref whose name is the end of two stories' paths is told with both, so that the writer adds the folder. */
    @Test
    void aRefNamingTwoStoriesNamesBoth() {
        TestSite s = site("");
        s.write("content/articles/blog/first.md", story("First post", "Hello."));
        s.write("content/articles/notes/first.md", "---\ntitle: First note\ndate: 1966-02-03\nslug: first-note\n---\nHi.\n");
        s.write("content/articles/apollo-11.md", story("Apollo 11 lands", "See [the first]({{< ref \"first\" >}})."));

        assertThat(s.problems()).containsExactly("content/articles/apollo-11.md:5:17: error: broken link"
                + " \"{{< ref \"first\" >}}\" on page /articles/apollo-11/: it names content/articles/blog/first.md and"
                + " content/articles/notes/first.md alike (the end of each one's path); write more of the path, as far"
                + " as the folder that tells them apart");
    }

    /**
     * A ref without a leading slash is read first from the linking story's folder, as Hugo reads it:
     * of two stories named first, the one beside the story (or where ../ leads from it).
     */
    @Test
    void aRefIsReadFirstFromTheLinkingStorysFolder() {
        TestSite s = site("migration:\n  urlFromPath: true\n");
        s.write("content/articles/blog/first.md", story("First post", "Hello."));
        s.write("content/articles/notes/first.md", story("First note", "Hi."));
        s.write("content/articles/blog/second.md", story("Second post", """
                After [the first]({{< ref "first" >}}), see [the note]({{< ref "../notes/first.md" >}})
                and [the post again]({{< ref "/blog/first" >}})."""));
        BuildResult r = s.build();

        assertThat(warnings(r)).isEmpty();
        assertThat(s.page("blog/second/").select("article a[href*=first]").eachAttr("abs:href")).containsExactly(
                "https://news.example.org/blog/first/", "https://news.example.org/notes/first/",
                "https://news.example.org/blog/first/");
    }

    /** A ref written in the text, not as a link's address, is published as written, told with the address to write. */
    @Test
    void aRefInTheTextIsToldWithTheAddressOfTheStoryItLeadsTo() {
        TestSite s = site("");
        s.write("content/articles/vostok-1.md", story("Gagarin orbits the Earth", "One orbit."));
        s.write("content/articles/vostok-1.ru.md", story("Гагарин облетел Землю", "Один виток."));
        s.write("content/articles/apollo-11.md", story("Apollo 11 lands", """
                Eight years after {{< ref "vostok-1.md" >}}, or {{< ref "nowhere.md" >}}, or {{< ref "Vostok-1" >}}."""));
        s.write("content/articles/apollo-11.ru.md", story("«Аполлон-11» сел", "Гагарин: {{< relref \"vostok-1.md#start\" >}}."));
        BuildResult r = s.build();

        String generic = "a link to another page of the site is written with its address: [the story](/articles/its-slug/)"
                + " (the page's address, not its file)";
        assertThat(warnings(r)).containsExactlyInAnyOrder(
                shortcode("apollo-11.md:5:19", "{{< ref \"vostok-1.md\" >}}", "it leads to content/articles/vostok-1.md:"
                        + " write that story's address in its place, like [the story](/articles/vostok-1/)"),
                shortcode("apollo-11.md:5:49", "{{< ref \"nowhere.md\" >}}", generic),
                // in other capitals, as Hugo finds it
                shortcode("apollo-11.md:5:78", "{{< ref \"Vostok-1\" >}}", "it leads to content/articles/vostok-1.md:"
                        + " write that story's address in its place, like [the story](/articles/vostok-1/)"),
                // as in Hugo, a ref from a Russian story leads to the Russian version
                shortcode("apollo-11.ru.md:5:10", "{{< relref \"vostok-1.md#start\" >}}", "it leads to"
                        + " content/articles/vostok-1.ru.md: write that story's address in its place, like [the"
                        + " story](/ru/articles/vostok-1/#start)"));
    }

    /** A translation made by copying its original's file keeps its aliases: the message says which to remove. */
    @Test
    void twoVersionsGivingOneRedirectAreToldWhichKeepsIt() {
        TestSite s = site("");
        s.write("content/articles/zarya.md", "---\ntitle: Zarya launches\ndate: 1998-11-20\naliases: [/1998/zarya/]\n---\nA Proton launched Zarya.\n");
        s.write("content/articles/zarya.ru.md", "---\ntitle: Запуск «Зари»\ndate: 1998-11-20\naliases: [/1998/zarya/]\n---\n«Протон» вывел «Зарю».\n");

        assertThat(s.problems()).contains("content/articles/zarya.ru.md:4:1: error: content/articles/zarya.md and"
                + " content/articles/zarya.ru.md, two versions of one story, both give the redirect /1998/zarya/, which"
                + " can lead to one page alone; remove it from content/articles/zarya.ru.md (the English version"
                + " keeps it, and its language switch leads to this one)");
    }

    @Test
    void underSkipInvalidTheDefaultLanguagesVersionKeepsTheRedirectInEitherOrder() {
        TestSite s = site("migration:\n  skipInvalid: true\n");
        s.write("content/articles/zarya.md", "---\ntitle: Zarya launches\ndate: 1998-11-20\ntranslationKey: z\naliases: [/1998/zarya/]\n---\nA Proton launched Zarya.\n");
        s.write("content/articles/ru/a-zarya.md", "---\ntitle: Запуск «Зари»\ndate: 1998-11-21\ntranslationKey: z\naliases: [/1998/zarya/]\n---\n«Протон» вывел «Зарю».\n");
        s.write("content/articles/zond.md", "---\ntitle: Zond\ndate: 1968-09-15\ntranslationKey: y\naliases: [/1968/zond/]\n---\nZond 5.\n");
        s.write("content/articles/ru/zond.md", "---\ntitle: Зонд\ndate: 1968-09-14\ntranslationKey: y\naliases: [/1968/zond/]\n---\n«Зонд-5».\n");
        BuildResult r = s.build();

        assertThat(warnings(r)).hasSize(2).allMatch(w -> w.startsWith("content/articles/ru/"));
        assertThat(s.read("site/1998/zarya/index.html")).contains("url=../../articles/zarya/");
        assertThat(s.read("site/1968/zond/index.html")).contains("url=../../articles/zond/");
    }
}
