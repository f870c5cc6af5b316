package io.orbitpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.scaffold.Scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--source", dir.toString())).toArray(String[]::new);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    void site() throws IOException {
        Files.createDirectories(dir.resolve("content/people"));
        Files.createDirectories(dir.resolve("content/missions"));
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: UTC\n");
        Files.writeString(dir.resolve("content/people/zena-cardman.md"), "---\nname: Zena Cardman\n---\n");
        Files.writeString(dir.resolve("content/missions/crew-11.md"), "---\nname: Crew-11\n---\n");
    }

    @Test
    void newArticleWritesFrontMatterFromTheOptions() throws IOException {
        site();
        int code = run("new", "article", "Crew-11 docks: \"a smooth ride\"", "--date", "2025-08-02", "--people",
                "zena-cardman", "--missions", "crew-11", "--tags", "iss, docking");
        assertThat(code).as(err.toString()).isZero();
        Path file = dir.resolve("content/articles/crew-11-docks-a-smooth-ride.md");
        assertThat(out.toString()).contains("Created content/articles/crew-11-docks-a-smooth-ride.md");
        assertThat(Files.readString(file)).startsWith("---\n").contains(
                "title: \"Crew-11 docks: \\\"a smooth ride\\\"\"\n",
                "date: 2025-08-02\n",
                "tags: [iss, docking]\n",
                "people: [zena-cardman]\n",
                "missions: [crew-11]\n",
                "organizations: []\n");
    }

    /** A site in Russian gets a new article whose hints are in Russian, its slug in Latin letters, and that builds. */
    @Test
    void newArticleSpeaksTheSitesLanguage() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Орбита\ntimeZone: Europe/Moscow\nlanguage: ru\n");
        assertThat(run("new", "article", "Экипаж прибыл на станцию", "--date", "2025-08-02")).as(err.toString()).isZero();
        String text = Files.readString(dir.resolve("content/articles/ekipazh-pribyl-na-stantsiyu.md"));
        assertThat(text).contains("draft: true       # не публикуется, пока вы не удалите эту строку\n",
                "dateline:         # место, откуда пишется материал, например МОСКВА\n")
                .endsWith("---\nТекст материала пишется здесь, в Markdown. Люди и миссии, названные в тексте, будут"
                        + " найдены, и на них появятся ссылки.\n");
        assertThat(text).doesNotContain("Write the article");
        assertThat(run("build", "--drafts")).as(err.toString()).isZero();
    }

    /**
     * A site in Russian gets registry files whose hints and introduction are in Russian; the
     * introduction left as written is warned about, in either language, as an article's is.
     */
    @Test
    void newRegistryFilesSpeakTheSitesLanguageAndTheirIntroductionLeftAsWrittenWarns() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Орбита\ntimeZone: Europe/Moscow\nlanguage: ru\n");
        assertThat(run("new", "person", "Пётр Дубров")).as(err.toString()).isZero();
        String text = Files.readString(dir.resolve("content/people/petr-dubrov.md"));
        assertThat(text).contains("\naliases: []       # другие имена, которые встречаются в статьях, например [П. Дубров]\n",
                "\nrole:            # космонавт Роскосмоса, командир «Союза МС-27»\n")
                .endsWith("---\nКраткая справка для страницы «Пётр Дубров» пишется здесь.\n")
                .doesNotContain("A short introduction", "other names");
        Files.writeString(dir.resolve("content/people/ada-orbit.md"), Scaffold.entity(new SiteConfigParser()
                .parse("title: x\n", "content/site.yaml", new io.orbitpress.diag.Diagnostics()).kind("people")
                .orElseThrow(), "Ada Orbit", "en"));
        out.getBuffer().setLength(0);
        assertThat(run("build")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("content/people/ada-orbit.md:10:1: warning: this is still the introduction"
                + " that orbitpress new wrote; write the person's introduction in its place, or remove it (the page then"
                + " shows the facts and the stories alone)", "content/people/petr-dubrov.md:10:1: warning: this is"
                + " still the introduction that orbitpress new wrote");
    }

    /**
     * A story kept as {@code .markdown} (Jekyll's ending, which builds read as {@code .md}), or with
     * its ending in capitals, is found by {@code --translation-of} as a {@code .md} one is: by its
     * name, by its path, and by its page bundle's {@code index.markdown}.
     */
    @Test
    void aStoryWithAnotherMarkdownEndingIsFoundToTranslate() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nlanguages:\n  - code: en\n  - code: ru\n");
        Files.createDirectories(dir.resolve("content/articles/pad-story"));
        Files.writeString(dir.resolve("content/articles/old-post.markdown"), "---\ntitle: Old post\ndate: 2015-06-11\n"
                + "---\nText.\n");
        Files.writeString(dir.resolve("content/articles/launch.MD"), "---\ntitle: Launch\ndate: 2025-08-01\n---\nText.\n");
        Files.writeString(dir.resolve("content/articles/pad-story/index.markdown"), "---\ntitle: Pad\ndate: 2025-08-03\n"
                + "---\nText.\n");
        assertThat(run("new", "article", "Старый материал", "--lang", "ru", "--translation-of", "old-post"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/staryy-material.md")))
                .contains("translationKey: \"old-post\"\n");
        assertThat(run("new", "article", "Старт", "--lang", "ru", "--translation-of", "content/articles/launch.MD"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/start.md"))).contains("translationKey: \"launch\"\n");
        assertThat(run("new", "article", "Площадка", "--lang", "ru", "--translation-of", "pad-story"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/ploshchadka.md")))
                .contains("translationKey: \"pad-story\"\n");
    }

    /**
     * {@code --lang} writes into the language's folder with its hints; {@code --translation-of} links
     * the new story to the one it translates, whose versions then point at each other.
     */
    @Test
    void newArticleInAnotherLanguageTranslatesAStory() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nlanguages:\n  - code: en\n  - code: ru\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-docks.md"), "---\ntitle: Crew docks\ndate: 2025-08-02\n"
                + "slug: crew-11-docks\npeople: [zena-cardman]\nmissions: [crew-11]\n---\nThe crew docked.\n");
        assertThat(run("new", "article", "Экипаж пристыковался", "--lang", "ru", "--translation-of", "crew-docks",
                "--date", "2025-08-02")).as(err.toString()).isZero();
        String text = Files.readString(dir.resolve("content/articles/ru/ekipazh-pristykovalsya.md"));
        // about what its original is about: the ids are the same in every language
        assertThat(text).contains("people: [zena-cardman]\n", "missions: [crew-11]\n");
        assertThat(text).contains("translationKey: \"crew-11-docks\"\n",
                "draft: true       # не публикуется, пока вы не удалите эту строку\n");
        assertThat(run("build", "--drafts")).as(err.toString()).isZero();
        org.jsoup.nodes.Document ru = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/ru/articles/ekipazh-pristykovalsya/index.html")));
        // a draft, so not for search engines (no hreflang): the language switch leads to the original
        assertThat(ru.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(ru.selectFirst("nav.language-switch a[lang=en]").attr("href")).isEqualTo("../../../articles/crew-11-docks/");

        assertThat(run("new", "article", "Crew lands", "--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang: \"de\" is not one of the site's languages (en, ru); add it to"
                + " languages: in site.yaml or fix the code");
        assertThat(run("new", "article", "Экипаж вернулся", "--lang", "ru", "--translation-of", "crew-lands"))
                .isNotZero();
        assertThat(err.toString()).contains("--translation-of: no story content/articles/crew-lands.md (or in a"
                + " language folder); give the file name of the story this one translates, its path below"
                + " content/articles/, or the last part of its address");
        assertThat(dir.resolve("content/articles/ru/ekipazh-vernulsya.md")).doesNotExist();

        // a second Russian version of the same story would break every build with drafts (serve's)
        assertThat(run("new", "article", "Экипаж на станции", "--lang", "ru", "--translation-of", "crew-docks"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--translation-of: content/articles/ru/ekipazh-pristykovalsya.md is already"
                + " the ru version of crew-docks (translationKey \"crew-11-docks\"); edit it, or give another --lang");
        assertThat(dir.resolve("content/articles/ru/ekipazh-na-stantsii.md")).doesNotExist();
    }

    /**
     * {@code --layout} writes the layout a story is told in (a live blog), one the site offers;
     * {@code --follow-up} writes the next story of one already out: in its language, about what it is
     * about, with its topics and in its series (the part after the series' highest when its parts are
     * numbered), with a line that links back to it; not a version of it.
     */
    @Test
    void newArticleChoosesItsLayoutAndFollowsUpAStory() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nlanguages:\n  - code: en\n  - code: ru\n");
        Files.createDirectories(dir.resolve("content/articles/ru"));
        Files.writeString(dir.resolve("content/articles/ru/стыковка.md"), "---\ntitle: Стыковка\ndate: 2025-08-02\n"
                + "series: {name: \"Crew-11: от старта до станции\", part: 2}\ntags: [crew-11, мкс, обмен местами]\n"
                + "people: [zena-cardman]\nmissions: [crew-11]\n---\nКорабль пристыковался.\n");

        assertThat(run("new", "article", "Live: docking day", "--layout", "liveblog", "--date", "2025-08-02"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/live-docking-day.md"))).contains("\nlayout: liveblog\n");
        assertThat(run("new", "article", "Live: landing day", "--layout", "liveblgo")).isEqualTo(2);
        assertThat(err.toString()).contains("--layout: no layout \"liveblgo\"; did you mean \"liveblog\"? The site's"
                + " layouts: explainer, liveblog (or add templates/article-liveblgo.html)");
        assertThat(dir.resolve("content/articles/live-landing-day.md")).doesNotExist();

        assertThat(run("new", "article", "Экипаж перешёл на станцию", "--follow-up", "ru/стыковка", "--date",
                "2025-08-02T12:00:00Z")).as(err.toString()).isZero();
        String text = Files.readString(dir.resolve("content/articles/ru/ekipazh-pereshel-na-stantsiyu.md"));
        assertThat(text).contains("tags: [crew-11, \"мкс\", \"обмен местами\"]\n", "people: [zena-cardman]\n", "missions: [crew-11]\n",
                "series: {name: \"Crew-11: от старта до станции\", part: 3}\n",
                "draft: true       # не публикуется, пока вы не удалите эту строку\n",
                "\n\nРанее: [Стыковка](стыковка.md)\n") // a link back, by the file, in the story's language
                .doesNotContain("translationKey");
        // a second follow-up of part 2 is part 4, after the series' highest, not a second part 3
        assertThat(run("new", "article", "Экипаж вернулся", "--follow-up", "ru/стыковка", "--date",
                "2025-08-03T12:00:00Z")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/ekipazh-vernulsya.md")))
                .contains("series: {name: \"Crew-11: от старта до станции\", part: 4}\n");
        assertThat(run("new", "article", "Итоги", "--follow-up", "посадка")).isEqualTo(1);
        assertThat(err.toString()).contains("--follow-up: no story content/articles/посадка.md (or in a language"
                + " folder); give the file name of the story this one follows, its path below content/articles/, or"
                + " the last part of its address");
        assertThat(run("build", "--drafts")).as(err.toString()).isZero();
        // the link back leads to the story followed
        assertThat(Files.readString(dir.resolve("site/ru/articles/ekipazh-pereshel-na-stantsiyu/index.html")))
                .contains(">Стыковка</a>");
    }

    /**
     * The story translated is found as an editor names it: by its path below the articles
     * (ru/gagarin), as a shell completes it (content/articles/ru/gagarin.md), or by the last part of
     * its address (yelka for ru/ёлка.md, crew-11-docks for a story whose slug: says so).
     */
    @Test
    void theStoryTranslatedIsFoundByItsPathOrAddress() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\ntimeZone: UTC\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/articles/ru"));
        Files.writeString(dir.resolve("content/articles/ru/gagarin.md"), "---\ntitle: Гагарин\ndate: 2025-07-01\n---\nТекст.\n");
        Files.writeString(dir.resolve("content/articles/ru/ёлка.md"), "---\ntitle: Ёлка\ndate: 2025-07-01\n---\nТекст.\n");
        Files.writeString(dir.resolve("content/articles/ru/docks.md"), "---\ntitle: Стыковка\ndate: 2025-07-01\n"
                + "slug: crew-11-docks\n---\nТекст.\n");
        assertThat(run("new", "article", "Gagarin", "--translation-of", "content/articles/ru/gagarin.md", "--date",
                "2025-07-01")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/gagarin.md"))).contains("translationKey: \"gagarin\"");
        Files.delete(dir.resolve("content/articles/gagarin.md"));
        assertThat(run("new", "article", "Gagarin", "--translation-of", "ru/gagarin", "--date", "2025-07-01"))
                .as(err.toString()).isZero();
        assertThat(run("new", "article", "Tree", "--translation-of", "yelka", "--date", "2025-07-01"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/tree.md"))).contains("translationKey: \"yelka\"");
        assertThat(run("new", "article", "Docking", "--translation-of", "crew-11-docks", "--date", "2025-07-01"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/docking.md"))).contains("translationKey: \"crew-11-docks\"");
        // a path that leaves the articles is none
        assertThat(run("new", "article", "Other", "--translation-of", "../site.yaml")).isNotZero();
    }

    /**
     * A story renamed, its old address kept with {@code aliases:}, is found by that address's last
     * part too, and the translation gets the key the story has now (its old slug would pair it with
     * nothing).
     */
    @Test
    void aRenamedStoryIsFoundByItsOldAddress() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\ntimeZone: UTC\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-12-docks.md"), "---\ntitle: Crew-12 docks\n"
                + "aliases: [/articles/crew-12-arrives/]\ndate: 2025-07-01\n---\nText.\n");
        Files.writeString(dir.resolve("content/articles/launch-set.md"), "---\ntitle: Launch set\naliases:\n"
                + "  - /2025/launch-date\ndate: 2025-07-01\n---\nText.\n");
        assertThat(run("new", "article", "Экипаж прибыл", "--lang", "ru", "--translation-of", "crew-12-arrives",
                "--date", "2025-07-01")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/ekipazh-pribyl.md")))
                .contains("translationKey: \"crew-12-docks\"");
        assertThat(run("new", "article", "Дата запуска", "--lang", "ru", "--translation-of", "launch-date",
                "--date", "2025-07-01")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/data-zapuska.md")))
                .contains("translationKey: \"launch-set\"");
    }

    /** A page bundle (a story as its folder's index.md) is translated by its folder's name, as the build names it. */
    @Test
    void aPageBundleIsTranslatedByItsFoldersName() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\ntimeZone: UTC\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/articles/bundle-story"));
        Files.writeString(dir.resolve("content/articles/bundle-story/index.md"), "---\ntitle: Bundle story\n"
                + "date: 2025-07-01\n---\nText.\n");
        assertThat(run("new", "article", "Бандл", "--lang", "ru", "--translation-of", "bundle-story", "--date",
                "2025-07-01")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/bandl.md"))).contains("translationKey: \"bundle-story\"");
        assertThat(run("new", "article", "Второй", "--lang", "ru", "--translation-of", "bundle-story")).isEqualTo(1);
        assertThat(err.toString()).contains("content/articles/ru/bandl.md is already the ru version of bundle-story");
    }

    /**
     * A translation of an embargoed story waits with it: it gets the original's publishDate, and
     * the file name may be given with its .md.
     */
    @Test
    void aTranslationOfAnEmbargoedStoryWaitsWithIt() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\ntimeZone: UTC\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-named.md"), "---\ntitle: Crew named\ndate: 2030-01-01\n"
                + "publishDate: 2030-01-10T14:00:00+03:00\n---\nText.\n");
        assertThat(run("new", "article", "Экипаж назван", "--lang", "ru", "--translation-of", "crew-named.md",
                "--date", "2030-01-01")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/ekipazh-nazvan.md")))
                .contains("date: 2030-01-01\npublishDate: 2030-01-10T14:00:00+03:00   # crew-named's embargo\n");
        // a story held back by its date alone waits too; one out already gives no publishDate
        Files.writeString(dir.resolve("content/articles/dated.md"), "---\ntitle: Dated\ndate: 2030-02-01T09:00:00Z\n"
                + "---\nText.\n");
        Files.writeString(dir.resolve("content/articles/old.md"), "---\ntitle: Old\ndate: 2020-01-01\n"
                + "publishDate: 2020-01-02\n---\nText.\n");
        assertThat(run("new", "article", "Датировано", "--lang", "ru", "--translation-of", "dated")).as(err.toString())
                .isZero();
        // dated as its original (the same story), not when the translation is written: never before the embargo
        assertThat(Files.readString(dir.resolve("content/articles/ru/datirovano.md")))
                .contains("\ndate: 2030-02-01T09:00:00Z\npublishDate: 2030-02-01T09:00:00Z   # dated's embargo\n");
        assertThat(run("new", "article", "Old version", "--lang", "ru", "--translation-of", "old")).as(err.toString())
                .isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/old-version.md"))).doesNotContain("publishDate")
                .contains("\ndate: 2020-01-01\n");
    }

    /**
     * A translation is signed as its original is: {@code --translation-of} copies the original's
     * bylines, so that the version is on its authors' pages in its language, not signed by the site.
     */
    @Test
    void aTranslationKeepsItsOriginalsBylines() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nauthor: Orbit staff\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/authors"));
        Files.writeString(dir.resolve("content/authors/mira-castell.md"), "---\nname: {en: Mira Castell, ru: Мира Кастель}\n---\n");
        Files.writeString(dir.resolve("content/authors/tomas-reyes.md"), "---\nname: Tomas Reyes\n---\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-docks.md"), "---\ntitle: Crew docks\ndate: 2025-08-02\n"
                + "authors: [mira-castell, tomas-reyes]\npeople: [zena-cardman]\n---\nThe crew docked.\n");
        assertThat(run("new", "article", "Экипаж пристыковался", "--lang", "ru", "--translation-of", "crew-docks"))
                .as(err.toString()).isZero();
        Path file = dir.resolve("content/articles/ru/ekipazh-pristykovalsya.md");
        assertThat(Files.readString(file)).contains("authors: [mira-castell, tomas-reyes]\n", "people: [zena-cardman]\n");
        Files.writeString(file, Files.readString(file).replace("draft: true", "summary: Экипаж на станции."));
        assertThat(run("build")).as(err.toString()).isZero();
        org.jsoup.nodes.Document ru = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/ru/authors/mira-castell/index.html")));
        assertThat(ru.select("main a[href*=articles]").eachText()).contains("Экипаж пристыковался");
    }

    /**
     * A new article may be signed from the command line: registered authors by id, checked as the
     * other ids are, and guests with no file as text beside them.
     */
    @Test
    void aNewArticleIsSignedByItsAuthorsAndGuests() throws IOException {
        site();
        Files.createDirectories(dir.resolve("content/authors"));
        Files.writeString(dir.resolve("content/authors/mira-castell.md"), "---\nname: Mira Castell\n---\n");
        assertThat(run("new", "article", "Launch day", "--authors", "mira-castel")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("unknown author \"mira-castel\"; did you mean \"mira-castell\"? Otherwise"
                + " add content/authors/mira-castel.md\nnothing was written\n");
        assertThat(dir.resolve("content/articles/launch-day.md")).doesNotExist();
        err.getBuffer().setLength(0);
        assertThat(run("new", "article", "Crew docks", "--date", "2025-08-02", "--authors", "mira-castell", "--author",
                "Jane Guest")).as(err.toString()).isZero();
        Path file = dir.resolve("content/articles/crew-docks.md");
        assertThat(Files.readString(file)).contains("author: \"Jane Guest\"\n", "authors: [mira-castell]\n");
        Files.writeString(file, Files.readString(file).replace("draft: true", "summary: The crew docked."));
        assertThat(run("build")).as(err.toString()).isZero();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/articles/crew-docks/index.html")));
        assertThat(page.select(".byline .author").text()).isEqualTo("By Mira Castell and Jane Guest");
        assertThat(page.select(".byline .author a").eachText()).containsExactly("Mira Castell");
    }

    /** A site whose authors are people signs a new article under the byline key, apart from the people it is about. */
    @Test
    void aNewArticleOfASiteWhoseAuthorsArePeopleListsThemUnderTheBylineKey() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), """
                title: Test Desk
                timeZone: UTC
                languages: [en, ru]
                entities:
                  kinds:
                    - key: people
                      frontMatterKeys: [people]
                      bylineKeys: [authors]
                      person: true
                """);
        Files.writeString(dir.resolve("content/people/ada-orbit.md"), "---\nname: Ada Orbit\n---\n");
        assertThat(run("new", "article", "Orbit diary", "--authors", "ada-orbit", "--people", "zena-cardman"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/orbit-diary.md")))
                .contains("people: [zena-cardman]\nauthors: [ada-orbit]\n");
        // its translation is about the same people, and signed by the same one
        assertThat(run("new", "article", "Дневник", "--lang", "ru", "--translation-of", "orbit-diary"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/dnevnik.md")))
                .contains("people: [zena-cardman]\nauthors: [ada-orbit]\n");
    }

    /**
     * A translation keeps the guests of its original's byline (writers with no file), with its
     * registered authors: {@code author:} beside {@code authors:}, or a text byline of both.
     */
    @Test
    void aTranslationKeepsTheGuestsOfItsOriginalsByline() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nauthor: Orbit staff\nlanguages: [en, ru]\n");
        Files.createDirectories(dir.resolve("content/authors"));
        Files.writeString(dir.resolve("content/authors/mira-castell.md"), "---\nname: {en: Mira Castell, ru: Мира Кастель}\n---\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-docks.md"), "---\ntitle: Crew docks\ndate: 2025-08-02\n"
                + "authors: [mira-castell]\nauthor: Jane Guest\n---\nThe crew docked.\n");
        Files.writeString(dir.resolve("content/articles/hatch-opens.md"), "---\ntitle: Hatch opens\ndate: 2025-08-03\n"
                + "author: \"Jane Guest and Mira Castell\"\n---\nThe hatch opened.\n");
        assertThat(run("new", "article", "Экипаж пристыковался", "--lang", "ru", "--translation-of", "crew-docks"))
                .as(err.toString()).isZero();
        assertThat(run("new", "article", "Люк открыт", "--lang", "ru", "--translation-of", "hatch-opens"))
                .as(err.toString()).isZero();
        Path docks = dir.resolve("content/articles/ru/ekipazh-pristykovalsya.md");
        Path hatch = dir.resolve("content/articles/ru/lyuk-otkryt.md");
        assertThat(Files.readString(docks)).contains("authors: [mira-castell]\n", "author: \"Jane Guest\"\n");
        assertThat(Files.readString(hatch)).contains("author: \"Jane Guest and Mira Castell\"\n");
        for (Path f : List.of(docks, hatch)) {
            Files.writeString(f, Files.readString(f).replace("draft: true", "summary: Экипаж на станции."));
        }
        assertThat(run("build")).as(err.toString()).isZero();
        org.jsoup.nodes.Document ru = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/ru/articles/ekipazh-pristykovalsya/index.html")));
        assertThat(ru.select(".byline .author").text()).isEqualTo("Авторы: Мира Кастель и Jane Guest");
        assertThat(ru.select(".byline .author a").eachAttr("href")).containsExactly("../../authors/mira-castell/");
        org.jsoup.nodes.Document ruHatch = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/ru/articles/lyuk-otkryt/index.html")));
        assertThat(ruHatch.select(".byline .author").text()).isEqualTo("Авторы: Jane Guest и Мира Кастель");
        assertThat(ruHatch.select(".byline .author a").eachAttr("href")).containsExactly("../../authors/mira-castell/");
        org.jsoup.nodes.Document mira = org.jsoup.Jsoup.parse(Files.readString(
                dir.resolve("site/ru/authors/mira-castell/index.html")));
        assertThat(mira.select("main a[href*=articles]").eachText()).contains("Экипаж пристыковался", "Люк открыт");
    }

    /**
     * An original signed with the site's own byline text (site.yaml's {@code author}, written out in
     * the story) is signed by the site: its translation is too, in its own language, not with the
     * other language's text.
     */
    @Test
    void aTranslationOfAStorySignedByTheSiteIsSignedByTheSiteInItsLanguage() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Orbit\nbaseUrl: https://news.example.org/\n"
                + "timeZone: UTC\nauthor: Orbit staff\nlanguages:\n  - code: en\n  - code: ru\n"
                + "    author: Редакция Orbit\n");
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/crew-docks.md"), "---\ntitle: Crew docks\ndate: 2025-08-02\n"
                + "author: Orbit staff\n---\nThe crew docked.\n");
        assertThat(run("new", "article", "Экипаж пристыковался", "--lang", "ru", "--translation-of", "crew-docks"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/ru/ekipazh-pristykovalsya.md")))
                .doesNotContain("author:");
    }

    /** A file that cannot be written is a message, not an internal error. */
    @Test
    void aFileThatCannotBeWrittenIsAMessage() throws IOException {
        site();
        Files.writeString(dir.resolve("content/articles"), "a file where the articles' folder belongs");
        assertThat(run("new", "article", "Crew docks")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("orbitpress new: cannot write content/articles/crew-docks.md ("
                + dir.resolve("content/articles") + " is a file where a folder is needed); nothing was written; check"
                + " that you can write in the site's content/ folder\n");
    }

    @Test
    void newArticleNeverOverwrites() throws IOException {
        site();
        Path file = dir.resolve("content/articles/launch-day.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "my draft, keep it");
        int code = run("new", "article", "Launch day");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("content/articles/launch-day.md already exists");
        assertThat(Files.readString(file)).isEqualTo("my draft, keep it");
    }

    @Test
    void newArticleRefusesUnknownIdsAndWritesNothing() throws IOException {
        site();
        int code = run("new", "article", "Launch day", "--people", "zena-cardman,nobody-here");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("unknown person \"nobody-here\"; add content/people/nobody-here.md");
        assertThat(dir.resolve("content/articles/launch-day.md")).doesNotExist();
    }

    /** An id a letter off, or the id of a renamed file, gets the advice a build would give. */
    @Test
    void newArticleSaysWhichIdWasMeantAsTheBuildDoes() throws IOException {
        site();
        Files.writeString(dir.resolve("content/people/neil-armstrong.md"), "---\nname: Neil Armstrong\n---\n");
        Files.writeString(dir.resolve("content/people/christina-hammock-koch.md"), "---\nname: Christina Koch\n---\n");
        int code = run("new", "article", "Moonwalk", "--people", "neil-armstrng,christina-koch");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("""
                unknown person "neil-armstrng"; did you mean "neil-armstrong"? Otherwise add content/people/neil-armstrng.md
                unknown person "christina-koch"; christina-hammock-koch (content/people/christina-hammock-koch.md) is \
                named "Christina Koch": write christina-hammock-koch
                nothing was written
                """);
        assertThat(dir.resolve("content/articles/moonwalk.md")).doesNotExist();
    }

    @Test
    void newArticleWithoutDateTakesTheTimeInTheSiteZone() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: America/New_York\n");
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        java.time.ZonedDateTime before = java.time.ZonedDateTime.now(zone).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        assertThat(run("new", "article", "Today")).isZero();
        java.time.ZonedDateTime after = java.time.ZonedDateTime.now(zone);
        String text = Files.readString(dir.resolve("content/articles/today.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\ndate: (\\S+)\n").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        // to the minute, with the zone's offset: a day alone would sort before that day's other stories
        java.time.ZonedDateTime written = java.time.ZonedDateTime.parse(m.group(1));
        assertThat(m.group(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00-0[45]:00");
        assertThat(written.toInstant()).isBetween(before.toInstant(), after.toInstant());

        // a day or a time as written; a date that is none is a usage error naming the forms
        assertThat(run("new", "article", "Given time", "--date", "2025-07-30T14:05:00-04:00")).isZero();
        assertThat(Files.readString(dir.resolve("content/articles/given-time.md"))).contains("\ndate: 2025-07-30T14:05:00-04:00\n");
        assertThat(run("new", "article", "Bad", "--date", "30/07/2025")).isEqualTo(2);
        assertThat(err.toString()).contains("orbitpress new article: --date: expected a date like 2025-07-30");
    }

    /**
     * A person named in Cyrillic on a site in English and Russian gets a name per language, the
     * English one spelt from the Russian and marked to check: else the English pages would name
     * the person in Cyrillic. A mission keeps its one name; a Russian-only site too.
     */
    @Test
    void aPersonNamedInCyrillicOnABilingualSiteGetsANamePerLanguage() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: UTC\nlanguages: [en, ru]\n");
        assertThat(run("new", "person", "Олег Артемьев")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/people/oleg-artemyev.md"))).startsWith("---\nname: {en: \"Oleg"
                + " Artemyev\", ru: \"Олег Артемьев\"}   # the name in Latin letters is spelt from the Russian: check it"
                + " (Yuri, not Yuriy?)\n");
        assertThat(run("new", "mission", "Союз МС-28")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/missions/soyuz-ms-28.md"))).startsWith("---\nname: \"Союз МС-28\"\n");

        assertThat(run("build")).as(err.toString()).isZero();
        assertThat(dir.resolve("site/people/oleg-artemyev/index.html")).content().contains("<h1>Oleg Artemyev</h1>");
        assertThat(dir.resolve("site/ru/people/oleg-artemyev/index.html")).content().contains("<h1>Олег Артемьев</h1>");

        Files.writeString(dir.resolve("content/site.yaml"), "title: Орбита\ntimeZone: UTC\nlanguage: ru\n");
        assertThat(run("new", "person", "Анна Кикина")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/people/anna-kikina.md"))).startsWith("---\nname: \"Анна Кикина\"\n");
    }

    /**
     * A person named in Cyrillic is introduced by the name the page shows in the site's language,
     * and the hints give a cosmonaut's examples, not a NASA astronaut's.
     */
    @Test
    void aPersonNamedInCyrillicGetsHintsThatSuitThem() throws IOException {
        site();
        Files.writeString(dir.resolve("content/site.yaml"), "title: Test Desk\ntimeZone: UTC\nlanguages: [en, ru]\n");
        assertThat(run("new", "person", "Олег Кононенко")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/people/oleg-kononenko.md"))).contains(
                "\nrole:            # Roscosmos cosmonaut, Soyuz MS-27 commander\n",
                "\norganization:    # an organization id, like roscosmos\n",
                "\nnationality:     # Russia\n")
                .endsWith("---\nA short introduction to Oleg Kononenko, shown on the person's page.\n");

        Files.writeString(dir.resolve("content/site.yaml"), "title: Орбита\ntimeZone: UTC\nlanguage: ru\n");
        assertThat(run("new", "person", "Анна Кикина")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/people/anna-kikina.md"))).contains(
                "\nrole:            # космонавт Роскосмоса, командир «Союза МС-27»\n",
                "\norganization:    # id организации, например roscosmos\n");
        // a name in Latin letters keeps the astronaut's examples
        assertThat(run("new", "person", "Jessica Meir")).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("content/people/jessica-meir.md")))
                .contains("\nrole:            # астронавт NASA, командир Crew-11\n");
    }

    @Test
    void newPersonMissionAndOrganizationWriteRegistryFilesOnce() throws IOException {
        site();
        assertThat(run("new", "person", "Jessica Meir")).isZero();
        assertThat(run("new", "mission", "Soyuz MS-28")).isZero();
        assertThat(run("new", "organization", "Axiom Space")).isZero();
        assertThat(Files.readString(dir.resolve("content/people/jessica-meir.md")))
                .startsWith("---\nname: \"Jessica Meir\"\n").contains("\nrole:", "\nnationality:")
                // the example alias is a form the extractor would not find alone (it finds "Meir's" and "Meir")
                .contains("\naliases: []       # other names the articles use, like [J. Meir]\n");
        assertThat(Files.readString(dir.resolve("content/missions/soyuz-ms-28.md")))
                .startsWith("---\nname: \"Soyuz MS-28\"\n").contains("\nlaunch:", "\ncrew:")
                .contains("\naliases: []       # other names the articles use\n");
        assertThat(Files.readString(dir.resolve("content/organizations/axiom-space.md")))
                .startsWith("---\nname: \"Axiom Space\"\n");
        Files.writeString(dir.resolve("content/people/jessica-meir.md"), "edited");
        assertThat(run("new", "person", "Jessica Meir")).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("content/people/jessica-meir.md"))).isEqualTo("edited");
    }

    @Test
    void scaffoldedFilesBuildAsTheyAre() throws IOException {
        site();
        copyTheme();
        assertThat(run("new", "person", "Jessica Meir")).isZero();
        assertThat(run("new", "mission", "Soyuz MS-28")).isZero();
        assertThat(run("new", "organization", "Axiom Space")).isZero();
        assertThat(run("new", "article", "Meir returns", "--date", "2025-07-30", "--people", "jessica-meir",
                "--missions", "soyuz-ms-28", "--organizations", "axiom-space")).as(err.toString()).isZero();
        // a new article is a draft: --drafts shows it
        int code = run("build", "--quiet", "--drafts");
        assertThat(code).as(err.toString()).isZero();
        String page = Files.readString(dir.resolve("site/articles/meir-returns/index.html"));
        assertThat(page).contains("Meir returns", "people/jessica-meir/", "missions/soyuz-ms-28/");
        assertThat(dir.resolve("site/people/jessica-meir/index.html")).exists();
    }

    void copyTheme() throws IOException {
        Path from = Path.of("templates");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = dir.resolve("templates").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aNewArticleIsADraftThatTheNextBuildLeavesOut() throws IOException {
        site();
        copyTheme();
        Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(dir.resolve("content/articles/docking.md"), "---\ntitle: Crew-11 docks\ndate: 2025-08-02\n---\nDocked.\n");
        assertThat(run("new", "article", "Splashdown", "--date", "2025-08-09")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Created content/articles/splashdown.md as a draft: builds leave it out"
                + " until you remove its line draft: true (the preview, serve, shows drafts)\n");
        assertThat(Files.readString(dir.resolve("content/articles/splashdown.md"))).contains("\ndraft: true ");
        assertThat(run("build", "--quiet")).as(err.toString()).isZero();
        assertThat(dir.resolve("site/articles/splashdown/index.html")).doesNotExist();
        // the lead story is still the newest published one, not the placeholder text
        assertThat(Files.readString(dir.resolve("site/index.html"))).contains("Crew-11 docks")
                .doesNotContain("Splashdown", "Write the article here");
    }

    @Test
    void thePlaceholderTextOfANewArticleIsWarnedOfOnceItIsPublished() throws IOException {
        site();
        copyTheme();
        assertThat(run("new", "article", "Splashdown", "--date", "2025-08-09")).as(err.toString()).isZero();
        // a draft, in the preview (serve shows drafts), is not told to be marked a draft
        assertThat(run("build", "--drafts")).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("placeholder");
        Path story = dir.resolve("content/articles/splashdown.md");
        String text = Files.readString(story);
        Files.writeString(story, text.replaceFirst("draft: true[^\n]*\n", "summary: The capsule is home.\n")
                .replaceFirst("summary: +#[^\n]*\n", ""));
        int bodyLine = List.of(Files.readString(story).split("\n")).lastIndexOf("---") + 2; // the line after the front matter
        assertThat(run("build", "--quiet")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("content/articles/splashdown.md:" + bodyLine + ":1: warning: this is still the"
                + " placeholder text that orbitpress new article wrote; write the story in its place");
    }

    @Test
    void newAloneIsAUsageError() {
        assertThat(run("new")).isEqualTo(2);
        // what is wrong and where the options are told, not the whole usage over it
        assertThat(err.toString()).isEqualTo("orbitpress new: Missing required subcommand: site, article, person,"
                + " mission or organization\nRun 'orbitpress new --help' for its commands.\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void versionIsTheOneInThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<artifactId>orbitpress</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        StringWriter o = new StringWriter();
        assertThat(Main.run(new PrintWriter(o, true), new PrintWriter(err, true), "--version")).isZero();
        assertThat(o.toString()).isEqualTo("orbitpress " + m.group(1) + "\n");
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        site();
        assertThat(run("new", "article")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'TITLE'");
        assertThat(run("new", "article", "x", "--date", "2025-13-01")).isEqualTo(2);
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "buidl")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress: unknown command 'buidl'; the commands are build, check,"
                + " entities, serve, new, schedule, theme\nDid you mean: orbitpress build?\n"
                + "Run 'orbitpress --help' for the commands and options.\n");
        err.getBuffer().setLength(0);
        assertThat(run("build", "-q")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress build: Unknown option: '-q'\nPossible solutions: --quiet\n"
                + "Run 'orbitpress build --help' for its options.\n");
        // two letters swapped, which picocli's own suggestions miss
        err.getBuffer().setLength(0);
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "nwe", "article", "x")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress: unknown command 'nwe'; did you mean new? the commands are"
                + " build, check, entities, serve, new, schedule, theme\n"
                + "Run 'orbitpress --help' for the commands and options.\n");
        err.getBuffer().setLength(0);
        assertThat(run("serve", "--prot", "1")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress serve: Unknown options: '--prot', '1'\nDid you mean --port?\n"
                + "Run 'orbitpress serve --help' for its options.\n");
    }

    /**
     * The names other generators give the site folder, the output folder and drafts (Hugo's and
     * Jekyll's --destination, Zola's --root, --site) lead to Orbitpress's own.
     */
    @Test
    void anotherGeneratorsOptionLeadsToOrbitpresss() {
        for (String[] pair : new String[][] {{"--site", "--source"}, {"--root", "--source"}, {"--destination", "--out"},
                {"--buildDrafts", "--drafts"}, {"--buildFuture", "--future"}}) {
            err.getBuffer().setLength(0);
            assertThat(run("build", pair[0], "news")).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("orbitpress build: Unknown options: '" + pair[0] + "', 'news'\n"
                    + "Did you mean " + pair[1] + "?\nRun 'orbitpress build --help' for its options.\n");
        }
        err.getBuffer().setLength(0);
        assertThat(run("check", "--site=news")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress check: Unknown option: '--site=news'\n"
                + "Did you mean --source?\nRun 'orbitpress check --help' for its options.\n");
    }

    /**
     * A mistyped kind after new (or theme) is told as an unknown command of it, with the ones there
     * are, not as picocli's "Unmatched arguments from index 1".
     */
    @Test
    void aMistypedKindOfNewIsToldAsAnUnknownCommand() throws IOException {
        site();
        err.getBuffer().setLength(0);
        assertThat(run("new", "articel", "Crew-12 arrives")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress new: unknown command 'articel'; the commands are site, article,"
                + " person, mission, organization\nDid you mean: new article or new organization?\n"
                + "Run 'orbitpress new --help' for its commands.\n");
        err.getBuffer().setLength(0);
        assertThat(run("new", "peson", "Zena Cardman")).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress new: unknown command 'peson'; ");
        assertThat(err.toString()).doesNotContain("Unmatched");
        err.getBuffer().setLength(0);
        assertThat(run("theme", "ejcet", "article.html")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("orbitpress theme: unknown command 'ejcet'; the commands are list, eject\n"
                + "Did you mean: theme eject?\nRun 'orbitpress theme --help' for its commands.\n");
    }

    @Test
    void helpAndVersionExitWithZero() {
        for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"check", "--help"}, {"serve", "--help"},
                {"entities", "--help"}, {"new", "--help"}, {"new", "article", "--help"}, {"new", "person", "--help"},
                {"new", "mission", "--help"}, {"new", "organization", "--help"}}) {
            StringWriter o = new StringWriter();
            assertThat(Main.run(new PrintWriter(o, true), new PrintWriter(err, true), args)).as(String.join(" ", args)).isZero();
            assertThat(o.toString()).as(String.join(" ", args)).contains("Usage: orbitpress");
        }
        StringWriter o = new StringWriter();
        assertThat(Main.run(new PrintWriter(o, true), new PrintWriter(err, true), "--version")).isZero();
        assertThat(o.toString()).startsWith("orbitpress ");
        StringWriter help = new StringWriter();
        Main.run(new PrintWriter(help, true), new PrintWriter(err, true), "--help");
        assertThat(help.toString()).contains("Exit codes:", "new", "Run with no arguments, builds the site in this folder");
    }

    /** Options a command takes with the others but has no use for are accepted and left out of its help. */
    @Test
    void helpLeavesOutTheOptionsACommandIgnores() {
        Map<String[], List<String>> hidden = new java.util.LinkedHashMap<>();
        hidden.put(new String[] {"serve", "--help"}, List.of("--out", "--drafts", "--future"));
        hidden.put(new String[] {"check", "--help"}, List.of("--out"));
        hidden.put(new String[] {"entities", "--help"}, List.of("--out"));
        hidden.put(new String[] {"schedule", "--help"}, List.of("--out"));
        hidden.put(new String[] {"new", "site", "--help"}, List.of("--source"));
        hidden.forEach((args, options) -> {
            StringWriter o = new StringWriter();
            assertThat(Main.run(new PrintWriter(o, true), new PrintWriter(err, true), args)).isZero();
            for (String option : options) {
                // neither in the synopsis nor in the list of options (a description may still name it)
                assertThat(o.toString()).as(String.join(" ", args)).doesNotContain("[" + option)
                        .doesNotContainPattern("(?m)^\\s+" + option + "\\b");
            }
        });
        StringWriter o = new StringWriter();
        Main.run(new PrintWriter(o, true), new PrintWriter(err, true), "serve", "--help");
        assertThat(o.toString()).contains("--no-drafts", "--no-future", "--port");
        // still accepted: the command line fails on the port, not on --out
        err.getBuffer().setLength(0);
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--out", dir.toString(),
                "--drafts", "--port", "99999")).isEqualTo(2);
        assertThat(err.toString()).startsWith("orbitpress serve: --port must be");
    }

    @Test
    void noContentFolderIsAMessage() {
        assertThat(run("new", "article", "Anything")).isEqualTo(1);
        assertThat(err.toString()).contains("no content/ folder");
    }
}
