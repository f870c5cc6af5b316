package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in English and Russian, built for real: where each language's pages go, what
 * {@code <html lang>} says on every page, how translations link to each other (hreflang both
 * ways, the language switch, JSON-LD), names found in their Russian cases, per-language feeds,
 * sitemaps and messages, transliterated slugs and topics, and a clash of two topics.
 */
class LanguagesSiteTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Test Desk
                description: News in English.
                baseUrl: https://news.example.org/
                timeZone: UTC
                pageSize: 2
                language: en
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                    description: Новости по-русски.
                """);
        site.write("content/people/oleg-platonov.md", """
                ---
                name: {en: Oleg Platonov, ru: Олег Платонов}
                role:
                  en: cosmonaut
                  ru: космонавт
                organization: roscosmos
                ---
                A cosmonaut.
                """);
        site.write("content/organizations/roscosmos.md", """
                ---
                name: {en: Roscosmos, ru: Роскосмос}
                ---
                The Russian space corporation.
                """);
        site.write("content/articles/crew-launch.md", """
                ---
                title: Crew launches
                date: 2025-07-30
                tags: [launch]
                ---
                Oleg Platonov flew with Roscosmos backing.
                """);
        site.write("content/articles/ru/crew-launch.md", """
                ---
                title: Экипаж стартовал
                date: 2025-07-30
                tags: [Роскосмос, запуск]
                ---
                Олега Платонова проводили на старт сотрудники Роскосмоса.
                """);
        site.write("content/articles/ru/Экипаж на орбите.md", """
                ---
                title: Экипаж на орбите
                date: 2025-07-31
                ---
                Олегом Платоновым гордятся. Платоновым интересуются журналисты.
                """);
        site.write("content/articles/english-only.md", """
                ---
                title: Only in English
                date: 2025-07-29
                translationKey: docking
                ---
                Text.
                """);
        site.write("content/articles/stykovka.md", """
                ---
                title: Стыковка
                lang: ru
                date: 2025-07-29
                translationKey: docking-ru
                ---
                Текст.
                """);
        site.write("content/articles/docked.md", """
                ---
                title: Docked
                date: 2025-08-01
                translationKey: docked
                ---
                Text.
                """);
        site.write("content/articles/ru/stykovka-zavershena.md", """
                ---
                title: Стыковка завершена
                date: 2025-08-01
                translationKey: docked
                ---
                Текст.
                """);
        return site;
    }

    /** A later page of a list says "page 2" in its language, an entity's as a topic's; the home list's names the site once. */
    @Test
    void laterPagesAreNumberedInTheirLanguage() {
        TestSite site = site();
        site.write("content/site.yaml", site.read("content/site.yaml") + "entities:\n  pageSize: 1\n");
        site.build();
        assertThat(site.page("ru/people/oleg-platonov/page/2/").title())
                .isEqualTo("Олег Платонов (страница 2) · Тестовая редакция");
        // the home list's later pages name the site once
        assertThat(site.page("page/2/").title()).isEqualTo("Test Desk (page 2)");
        assertThat(site.page("ru/page/2/").title()).isEqualTo("Тестовая редакция (страница 2)");
    }

    /** site.yaml's author, the byline of stories that name none, is written per language. */
    @Test
    void theSitesAuthorIsWrittenPerLanguage() {
        TestSite site = site();
        site.write("content/site.yaml", site.read("content/site.yaml").replace("description: Новости по-русски.\n",
                "description: Новости по-русски.\n    author: Редакция «Орбиты»\n") + "author: Orbit Desk staff\n");
        site.write("content/articles/ru/signed.md", "---\ntitle: Подписано\ndate: 2025-07-30\nauthor: Анна Кузнецова\n"
                + "---\nТекст.\n");
        site.build();
        assertThat(site.page("ru/articles/stykovka-zavershena/").select(".byline .author").text())
                .isEqualTo("Автор: Редакция «Орбиты»");
        assertThat(site.page("ru/articles/signed/").select(".byline .author").text()).isEqualTo("Автор: Анна Кузнецова");
        assertThat(site.page("articles/docked/").select(".byline .author").text()).isEqualTo("By Orbit Desk staff");
    }

    @Test
    void eachLanguageHasItsPagesUnderItsPrefixAndTheRightLang() throws IOException {
        TestSite site = site();
        site.build();
        Path out = site.site();
        assertThat(out.resolve("articles/crew-launch/index.html")).isRegularFile();
        assertThat(out.resolve("ru/articles/crew-launch/index.html")).isRegularFile();
        assertThat(out.resolve("ru/articles/stykovka/index.html")).as("lang: ru in front matter").isRegularFile();
        assertThat(out.resolve("articles/stykovka")).doesNotExist();
        assertThat(out.resolve("ru/articles/ekipazh-na-orbite/index.html")).as("a Cyrillic file name, transliterated")
                .isRegularFile();
        assertThat(out.resolve("ru/tags/roskosmos/index.html")).isRegularFile();
        assertThat(out.resolve("ru/tags/zapusk/feed.xml")).isRegularFile();
        for (String f : List.of("index.html", "people/oleg-platonov/index.html", "tags/index.html", "feed.xml",
                "rss.xml", "feed.json", "sitemap.xml", "search/meta.js", "search/index.html", "corrections/index.html")) {
            assertThat(out.resolve("ru/" + f)).as("ru/" + f).isRegularFile();
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        // each language's 404 page in its language, leading to its home; the one every host serves
        // leads to the others' homes through its language switch
        Document ru404 = Jsoup.parse(Files.readString(out.resolve("ru/404.html")));
        assertThat(ru404.selectFirst("h1").text()).isEqualTo("Страница не найдена");
        assertThat(ru404.select("main a").attr("href")).isEqualTo("https://news.example.org/ru/");
        assertThat(ru404.select("link[rel=alternate][hreflang]")).isEmpty();
        Document en404 = Jsoup.parse(Files.readString(out.resolve("404.html")));
        assertThat(en404.select("main a").attr("href")).isEqualTo("https://news.example.org/");
        assertThat(en404.select(".language-switch a").eachAttr("href")).containsExactly("https://news.example.org/ru/");
        assertThat(out.resolve("ru/robots.txt")).doesNotExist();
        int pages = 0;
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(p -> p.toString().endsWith(".html")).toList()) {
                String route = out.relativize(p).toString().replace('\\', '/');
                Document d = Jsoup.parse(Files.readString(p));
                assertThat(d.selectFirst("html").attr("lang")).as(route).isEqualTo(route.startsWith("ru/") ? "ru" : "en");
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(20);
        Document home = site.page("ru/");
        assertThat(home.title()).isEqualTo("Тестовая редакция");
        assertThat(home.select("meta[name=description]").attr("content")).isEqualTo("Новости по-русски.");
        assertThat(home.select(".card time, .lead-story time").eachText()).contains("1 августа 2025", "31 июля 2025");
        assertThat(home.select("nav.sections a").eachText()).contains("Новое", "Люди", "Темы");
        assertThat(site.page("").select("nav.sections a").eachText()).contains("Latest", "People", "Topics");
        assertThat(site.page("").select(".card time, .lead-story time").eachText()).contains("August 1, 2025");
        assertThat(site.page("ru/tags/").title()).isEqualTo("Темы · Тестовая редакция");
        assertThat(site.page("ru/tags/roskosmos/").title()).isEqualTo("Тема: Роскосмос · Тестовая редакция");
        assertThat(site.page("ru/tags/roskosmos/").select("meta[name=description]").attr("content"))
                .isEqualTo("1 материал на тему «Роскосмос» на сайте «Тестовая редакция»");
        assertThat(site.page("ru/people/").title()).isEqualTo("Люди · Тестовая редакция");
        assertThat(site.page("tags/launch/").select("meta[name=description]").attr("content"))
                .isEqualTo("1 article about launch on Test Desk");
    }

    /**
     * A translationKey a letter or two from that of a story in another language without a version
     * in this one is most likely a slip, which leaves both stories without their language links.
     */
    @Test
    void aTranslationKeyALetterFromAnUnpairedOneIsWarned() {
        TestSite site = site();
        site.write("content/articles/splashdown.md", "---\ntitle: Splashdown\ndate: 2025-08-02\n"
                + "translationKey: crew-12-splashdown\n---\nText.\n");
        site.write("content/articles/ru/privodnenie.md", "---\ntitle: Приводнение\ndate: 2025-08-02\n"
                + "translationKey: crew-12-splahsdown\n---\nТекст.\n");
        // a number apart is another story
        site.write("content/articles/ru/crew-11.md", "---\ntitle: Экипаж-11\ndate: 2025-08-02\n"
                + "translationKey: crew-11-splashdown\n---\nТекст.\n");
        assertThat(site.build().warnings()).extracting(Diagnostic::format).containsExactlyInAnyOrder(
                "content/articles/splashdown.md:4:1: warning: translationKey \"crew-12-splashdown\" is shared by no"
                        + " story in another language; did you mean \"crew-12-splahsdown\"? (the ru version has that"
                        + " key; as written, neither links to the other)",
                "content/articles/ru/privodnenie.md:4:1: warning: translationKey \"crew-12-splahsdown\" is shared by"
                        + " no story in another language; did you mean \"crew-12-splashdown\"? (the en version has"
                        + " that key; as written, neither links to the other)");
    }

    /**
     * A translation whose key is a slip for that of a story still held back would come out at once,
     * telling the embargoed story first (with the key right, it waits for it): an error.
     */
    @Test
    void aTranslationKeyASlipForAnEmbargoedStorysIsAnError() {
        TestSite site = site();
        site.write("content/articles/artemis-crew.md", "---\ntitle: Artemis crew named\ndate: 2025-08-01\n"
                + "publishDate: 2030-03-01T10:00:00Z\ntranslationKey: artemis-crew\n---\nText.\n");
        site.write("content/articles/ru/ekipazh.md", "---\ntitle: Назван экипаж\ndate: 2025-08-01\n"
                + "translationKey: artemis-crev\n---\nТекст.\n");
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(site.root).withNow(java.time.Instant.parse(
                "2025-08-02T00:00:00Z"))).build()).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                        f.diagnostics()).extracting(Diagnostic::format).containsExactly(
                                "content/articles/ru/ekipazh.md:4:1: error: translationKey \"artemis-crev\" is shared by"
                                        + " no story in another language; did you mean \"artemis-crew\"? (the en version"
                                        + " has that key; content/articles/artemis-crew.md is held back until"
                                        + " 2030-03-01 10:00 +00:00, and this one would come out now; fix the key, or give"
                                        + " this story a publishDate: of its own)",
                                "content/articles/artemis-crew.md:5:1: warning: translationKey \"artemis-crew\" is shared"
                                        + " by no story in another language; did you mean \"artemis-crev\"? (the ru"
                                        + " version has that key; as written, neither links to the other)"));
        // once the story is out, the slip is the warning it was
        assertThat(new SiteBuild(BuildOptions.of(site.root).withNow(java.time.Instant.parse("2030-03-02T00:00:00Z")))
                .build().warnings()).extracting(Diagnostic::format).anyMatch(w -> w.contains("warning: translationKey"
                        + " \"artemis-crev\""));
    }

    /**
     * {@code new article --translation-of} writes the original's slug as the translation's key; a
     * story renamed afterwards, its old address kept with {@code aliases:}, has a new slug, and its
     * translation would lose its language links without a word, and, while the story is held back,
     * come out at once: an error then, a warning once the story is out.
     */
    @Test
    void aTranslationKeyThatIsTheOldSlugOfARenamedStoryIsTold() {
        TestSite site = site();
        site.write("content/articles/soyuz-ms-29-date.md", "---\ntitle: Soyuz MS-29 launch date set\n"
                + "aliases: [/articles/soyuz-launch/]\ndate: 2025-08-01\npublishDate: 2030-03-01T10:00:00Z\n"
                + "---\nText.\n");
        site.write("content/articles/ru/zapusk.md", "---\ntitle: Дата запуска назначена\ndate: 2025-08-01\n"
                + "translationKey: soyuz-launch\n---\nТекст.\n");
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(site.root).withNow(java.time.Instant.parse(
                "2025-08-02T00:00:00Z"))).build()).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                        f.diagnostics()).extracting(Diagnostic::format).containsExactly(
                                "content/articles/ru/zapusk.md:4:1: error: translationKey \"soyuz-launch\" is shared by"
                                        + " no story in another language; it is the old slug of"
                                        + " content/articles/soyuz-ms-29-date.md (aliases: /articles/soyuz-launch/),"
                                        + " whose key is now \"soyuz-ms-29-date\" (write translationKey:"
                                        + " soyuz-ms-29-date here, or translationKey: soyuz-launch in that story;"
                                        + " content/articles/soyuz-ms-29-date.md is held back until"
                                        + " 2030-03-01 10:00 +00:00, and this one would come out now)"));
        assertThat(new SiteBuild(BuildOptions.of(site.root).withNow(java.time.Instant.parse("2030-03-02T00:00:00Z")))
                .build().warnings()).extracting(Diagnostic::format).contains(
                        "content/articles/ru/zapusk.md:4:1: warning: translationKey \"soyuz-launch\" is shared by"
                                + " no story in another language; it is the old slug of"
                                + " content/articles/soyuz-ms-29-date.md (aliases: /articles/soyuz-launch/),"
                                + " whose key is now \"soyuz-ms-29-date\" (write translationKey:"
                                + " soyuz-ms-29-date here, or translationKey: soyuz-launch in that story;"
                                + " as written, neither links to the other)");
    }

    /**
     * A story in another language that writes a {@code translationKey} of its own kept that key when
     * its slug changed: its old slug never paired it with anything, so a story elsewhere whose slug
     * is that old slug is no version it left behind, and {@code --strict} builds the site. The same
     * story keyed by its slug is told, for renaming it changed its key.
     */
    @Test
    void anOldSlugOfAStoryWithAKeyOfItsOwnPairsNothing() {
        TestSite site = site();
        site.write("content/articles/launch-window.md", "---\ntitle: The launch window opens\ndate: 2025-08-01\n"
                + "---\nText.\n");
        site.write("content/articles/ru/okno.md", "---\ntitle: Окно запуска на Байконуре\ndate: 2025-08-01\n"
                + "translationKey: baikonur-window\naliases: [/ru/articles/launch-window/]\n---\nТекст.\n");
        BuildResult strict = new SiteBuild(BuildOptions.of(site.root).withStrict(true)).build();
        assertThat(strict.warnings()).extracting(Diagnostic::format).noneMatch(w -> w.contains("old slug"));

        site.write("content/articles/ru/okno.md", "---\ntitle: Окно запуска на Байконуре\ndate: 2025-08-01\n"
                + "aliases: [/ru/articles/launch-window/]\n---\nТекст.\n");
        assertThat(site.build().warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/launch-window.md:1:1: warning: this story's slug \"launch-window\", which pairs the"
                        + " versions of a story, is shared by no story in another language; it is the old slug of"
                        + " content/articles/ru/okno.md (aliases: /ru/articles/launch-window/), whose key is now"
                        + " \"okno\" (write translationKey: okno here, or translationKey: launch-window in that story;"
                        + " as written, neither links to the other)");
    }

    /**
     * Versions paired by their files' names ({@code launch.md} and {@code launch.ru.md}) part when
     * the original alone is renamed: told at the version left with the old slug, an error while
     * the renamed story is held back.
     */
    @Test
    void aVersionPairedByTheOldSlugOfARenamedStoryIsTold() {
        TestSite site = site();
        site.write("content/articles/soyuz-ms-29-date.md", "---\ntitle: Soyuz MS-29 launch date set\n"
                + "aliases: [/articles/soyuz-launch/]\ndate: 2025-08-01\npublishDate: 2030-03-01T10:00:00Z\n"
                + "---\nText.\n");
        site.write("content/articles/soyuz-launch.ru.md", "---\ntitle: Дата запуска назначена\ndate: 2025-08-01\n"
                + "---\nТекст.\n");
        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(site.root).withNow(java.time.Instant.parse(
                "2025-08-02T00:00:00Z"))).build()).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(
                        f.diagnostics()).extracting(Diagnostic::format).containsExactly(
                                "content/articles/soyuz-launch.ru.md:1:1: error: this story's slug \"soyuz-launch\","
                                        + " which pairs the versions of a story, is shared by no story in another"
                                        + " language; it is the old slug of content/articles/soyuz-ms-29-date.md"
                                        + " (aliases: /articles/soyuz-launch/), whose key is now \"soyuz-ms-29-date\""
                                        + " (write translationKey: soyuz-ms-29-date here, or translationKey:"
                                        + " soyuz-launch in that story; content/articles/soyuz-ms-29-date.md is held"
                                        + " back until 2030-03-01 10:00 +00:00, and this one would come out now)"));
    }

    /**
     * A person named in front matter by the name a language gives them is told the id to write; a
     * name in Cyrillic no file has is told a file whose name a registry file may have (Latin letters).
     */
    @Test
    void aPersonNamedByTheirRussianNameIsToldTheirId() {
        TestSite site = site();
        site.write("content/articles/ru/zapusk.md", "---\ntitle: Запуск\ndate: 2025-08-02\n"
                + "people: [Олег Платонов, Герман Титов]\n---\nТекст.\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly(
                        "content/articles/ru/zapusk.md:4:10: error: unknown person \"Олег Платонов\": it is the name of"
                                + " oleg-platonov (content/people/oleg-platonov.md), and front matter names one by its"
                                + " id; write oleg-platonov",
                        "content/articles/ru/zapusk.md:4:25: error: unknown person \"Герман Титов\"; it is named by the"
                                + " id its file gives, like german-titov; add content/people/german-titov.md or fix the"
                                + " id"));
    }

    @Test
    void translationsLinkBothWaysAndAMissingOneIsNoError() throws IOException {
        TestSite site = site();
        BuildResult r = site.build();
        assertThat(r.warnings()).as("a story without a translation is no problem").isEmpty();
        assertPair(site, "articles/crew-launch/", "ru/articles/crew-launch/");
        assertPair(site, "articles/docked/", "ru/articles/stykovka-zavershena/");
        assertPair(site, "", "ru/");
        assertPair(site, "people/oleg-platonov/", "ru/people/oleg-platonov/");

        // a page search engines are not to index names no versions to them, and none names it
        Document search = site.page("search/");
        assertThat(search.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(search.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(search.selectFirst("nav.language-switch a[lang=ru]").attr("href")).isEqualTo("../ru/search/");

        Document alone = site.page("articles/english-only/");
        assertThat(alone.select("link[hreflang]")).as("no alternates without a translation").isEmpty();
        assertThat(alone.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(alone.select("meta[property=og:locale:alternate]")).isEmpty();
        Element other = alone.selectFirst("nav.language-switch a[lang=ru]");
        assertThat(other.attr("href")).as("the switch leads to the other language's home").isEqualTo("../../ru/");
        assertThat(other.hasAttr("hreflang")).isFalse();

        String en = jsonLd(site.page("articles/crew-launch/"));
        assertThat(en).contains("\"inLanguage\":\"en\"").contains("\"workTranslation\":[{\"@type\":\"NewsArticle\",\"url\":\""
                + BASE + "ru/articles/crew-launch/\",\"inLanguage\":\"ru\"}]");
        String ru = jsonLd(site.page("ru/articles/crew-launch/"));
        assertThat(ru).contains("\"inLanguage\":\"ru\"").contains("\"translationOfWork\":{\"@type\":\"NewsArticle\",\"url\":\""
                + BASE + "articles/crew-launch/\",\"inLanguage\":\"en\"}");
        // published by the site as the story's language names it, at that language's home page
        assertThat(en).contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Test Desk\",\"url\":\"" + BASE + "\"}");
        assertThat(ru).contains("\"publisher\":{\"@type\":\"Organization\",\"name\":\"Тестовая редакция\",\"url\":\""
                + BASE + "ru/\"}");
    }

    private static void assertPair(TestSite site, String en, String ru) {
        for (String route : List.of(en, ru)) {
            Document d = site.page(route);
            assertThat(d.select("link[rel=alternate][hreflang=en]").attr("href")).as(route).isEqualTo(BASE + en);
            assertThat(d.select("link[rel=alternate][hreflang=ru]").attr("href")).as(route).isEqualTo(BASE + ru);
            assertThat(d.select("link[rel=alternate][hreflang=x-default]").attr("href")).as(route).isEqualTo(BASE + en);
            Element switchTo = d.selectFirst("nav.language-switch a[hreflang]");
            assertThat(switchTo.absUrl("href")).as(route).isEqualTo(BASE + (route.equals(en) ? ru : en));
            assertThat(d.select("nav.language-switch [aria-current]").attr("lang")).isEqualTo(route.equals(en) ? "en" : "ru");
            // link previews: the page's locale, and the other version's
            assertThat(d.select("meta[property=og:locale]").attr("content")).as(route)
                    .isEqualTo(route.equals(en) ? "en_US" : "ru_RU");
            assertThat(d.select("meta[property=og:locale:alternate]").eachAttr("content")).as(route)
                    .containsExactly(route.equals(en) ? "ru_RU" : "en_US");
        }
    }

    private static String jsonLd(Document d) {
        return d.select("script[type=application/ld+json]").html();
    }

    @Test
    void russianPagesNameEntitiesInRussianAndFindTheirCases() {
        TestSite site = site();
        site.build();
        Document person = site.page("ru/people/oleg-platonov/");
        assertThat(person.selectFirst("h1").text()).isEqualTo("Олег Платонов");
        assertThat(person.selectFirst(".role").text()).isEqualTo("космонавт");
        assertThat(person.select(".timeline a").eachText()).containsExactlyInAnyOrder("Экипаж стартовал",
                "Экипаж на орбите");
        assertThat(person.select(".timeline .mention").eachText()).anyMatch(s -> s.contains("Олега Платонова"))
                .anyMatch(s -> s.contains("Олегом Платоновым"));
        // no bio in Russian: the English one, marked as English
        assertThat(person.select(".intro > [lang]").eachAttr("lang")).containsExactly("en");
        assertThat(person.select(".intro > [dir]")).as("both written left to right").isEmpty();
        assertThat(person.selectFirst(".intro").text()).isEqualTo("A cosmonaut.");
        assertThat(person.select(".fact-box a").eachText()).contains("Роскосмос");
        assertThat(person.select(".fact-box a").eachAttr("href")).contains("../../organizations/roscosmos/");
        assertThat(site.page("ru/organizations/roscosmos/").select(".timeline a").eachText()).contains("Экипаж стартовал");
        Document english = site.page("people/oleg-platonov/");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Oleg Platonov");
        assertThat(english.select(".timeline a").eachText()).containsExactly("Crew launches");
        assertThat(english.select(".intro [lang]")).isEmpty();
        assertThat(english.selectFirst(".intro").text()).isEqualTo("A cosmonaut.");
        Document story = site.page("ru/articles/crew-launch/");
        assertThat(story.select(".chips a").eachText()).contains("Олег Платонов", "Роскосмос");
        assertThat(story.select(".story-body a").eachAttr("href")).contains("../../people/oleg-platonov/");
    }

    /**
     * A registry file's text with a picture, and a bio of its own in the other language: each
     * language's page shows its own text (the picture measured where it shows), not the other's.
     */
    @Test
    void aBioWithAPictureStaysInItsLanguage() throws IOException {
        TestSite s = site();
        s.write("content/static/images/platonov.jpg", io.orbitpress.image.TestImages.jpeg(800, 600));
        s.write("content/people/oleg-platonov.md", """
                ---
                name: {en: Oleg Platonov, ru: Олег Платонов}
                role: {en: cosmonaut, ru: космонавт}
                bio: {ru: "Олег Платонов — космонавт «Роскосмоса»."}
                image: /images/platonov.jpg
                image_alt: Oleg Platonov at the training centre
                image_caption: In training
                image_credit: "Photo: Test Desk"
                ---
                Oleg Platonov is a cosmonaut.

                ![Oleg Platonov in training](/images/platonov.jpg "In training | Photo: Test Desk")
                """);
        s.build();
        // the portrait's alt text and caption are written in the site's first language: said so on a
        // page in another, for a screen reader's voice (WCAG 3.1.2)
        assertThat(s.page("ru/people/oleg-platonov/").select("figure.portrait").attr("lang")).isEqualTo("en");
        assertThat(s.page("people/oleg-platonov/").select("figure.portrait").hasAttr("lang")).isFalse();
        org.jsoup.nodes.Document en = s.page("people/oleg-platonov/");
        assertThat(en.select(".intro").text()).contains("Oleg Platonov is a cosmonaut.");
        assertThat(en.select(".intro figure img").attr("srcset")).contains("platonov-");
        org.jsoup.nodes.Document ru = s.page("ru/people/oleg-platonov/");
        assertThat(ru.select(".intro").text()).contains("Олег Платонов — космонавт").doesNotContain("is a cosmonaut");
    }

    @Test
    void eachLanguageHasItsOwnFeedsAndSitemapWithAlternates() throws IOException {
        TestSite site = site();
        site.build();
        Document feed = Jsoup.parse(site.text("ru/feed.xml"), "", Parser.xmlParser());
        assertThat(feed.selectFirst("feed").attr("xml:lang")).isEqualTo("ru");
        assertThat(feed.select("entry > title").eachText()).containsExactlyInAnyOrder("Экипаж стартовал",
                "Экипаж на орбите", "Стыковка", "Стыковка завершена");
        Document english = Jsoup.parse(site.text("feed.xml"), "", Parser.xmlParser());
        assertThat(english.selectFirst("feed").attr("xml:lang")).isEqualTo("en");
        assertThat(english.select("entry > title").eachText()).containsExactlyInAnyOrder("Crew launches",
                "Only in English", "Docked");
        Document sitemap = Jsoup.parse(site.text("ru/sitemap.xml"), "", Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText()).allMatch(u -> u.startsWith(BASE + "ru/"))
                .contains(BASE + "ru/articles/crew-launch/");
        Element entry = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text()
                .equals(BASE + "ru/articles/crew-launch/")).findFirst().orElseThrow();
        assertThat(entry.select("xhtml|link[hreflang=en]").attr("href")).isEqualTo(BASE + "articles/crew-launch/");
        assertThat(entry.select("xhtml|link[hreflang=x-default]").attr("href")).isEqualTo(BASE + "articles/crew-launch/");
        assertThat(sitemap.selectFirst("urlset").attr("xmlns:xhtml")).isEqualTo("http://www.w3.org/1999/xhtml");
        Document root = Jsoup.parse(site.text("sitemap.xml"), "", Parser.xmlParser());
        assertThat(root.select("url > loc").eachText()).noneMatch(u -> u.startsWith(BASE + "ru/"));
        assertThat(site.text("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml\n")
                .contains("Sitemap: " + BASE + "ru/sitemap.xml\n");
        // the Russian search index holds the Russian stories alone
        assertThat(allText(site.site().resolve("ru/search"))).contains("ru/articles/crew-launch/")
                .doesNotContain("\"Crew launches\"");
        assertThat(allText(site.site().resolve("search"))).contains("\"Crew launches\"")
                .doesNotContain("ru/articles/crew-launch/");
    }

    @Test
    void aSiteOverridesAThemeMessageInItsLanguage() {
        TestSite site = site();
        site.write("templates/messages_ru.properties", "home.latest=Свежие новости\n");
        site.build();
        assertThat(site.page("ru/").select("h2.section-label").text()).isEqualTo("Свежие новости");
        assertThat(site.page("ru/").select("nav.sections a").eachText()).as("other keys from the theme").contains("Новое");
        assertThat(site.page("").select("h2.section-label").text()).isEqualTo("Latest stories");
    }

    @Test
    void twoTopicsThatWouldShareAPageAreAnErrorNamingBoth() throws IOException {
        TestSite site = site();
        site.write("content/articles/ru/latin.md", """
                ---
                title: Латиницей
                date: 2025-08-02
                tags: [космос, Roskosmos]
                ---
                Текст.
                """);
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()
                .stream().map(d -> d.format()).toList()).contains(
                        "content/articles/ru/latin.md:4:16: error: tag \"Roskosmos\" and tag \"Роскосмос\""
                                + " (content/articles/ru/crew-launch.md:4:8) would share the page /ru/tags/roskosmos/;"
                                + " write them the same way if they are one topic, or rename one"));
        assertThat(site.site()).doesNotExist();

        // ё is optional in Russian print: with and without it, one topic, as with capitals
        site.write("content/articles/ru/latin.md", "---\ntitle: Латиницей\ndate: 2025-08-02\ntags: [Ёлка]\n---\nТекст.\n");
        site.write("content/articles/ru/second.md", "---\ntitle: Второй\ndate: 2025-08-03\ntags: [елка]\n---\nТекст.\n");
        site.build();
        assertThat(site.page("ru/tags/yelka/").select("main article h2, main article h3").size()).isEqualTo(2);
        Files.delete(site.root.resolve("content/articles/ru/second.md"));

        // two topics of no letters are one only when written the same
        site.write("content/articles/ru/latin.md", "---\ntitle: Латиницей\ndate: 2025-08-02\ntags: [\"🚀\", \"🛰️\"]\n---\nТекст.\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()
                .stream().map(d -> d.format()).toList()).anyMatch(d -> d.startsWith("content/articles/ru/latin.md:4:")
                        && d.contains("error: tag \"🛰️\" and tag \"🚀\"")));
    }

    /**
     * Topics written as text in Cyrillic without commas are a word each, as Jekyll reads them, and
     * said so; a topic in quotation marks («Союз МС-27») is named without them.
     */
    @Test
    void russianTopicsWrittenAsTextAreToldAndUnquoted() {
        TestSite site = site();
        site.write("content/articles/ru/ny.md", "---\ntitle: Праздник\ndate: 2025-08-02\ntags: Новый год\n---\nТекст.\n");
        site.write("content/articles/ru/soyuz.md", "---\ntitle: Союз\ndate: 2025-08-03\ntags: [\"«Союз МС-27»\"]\n---\nТекст.\n");
        assertThat(site.build().warnings()).extracting(Diagnostic::format).containsExactly("content/articles/ru/ny.md:4:1:"
                + " warning: tags: Новый год is read as 2 topics, a word each (Новый, год); write tags: [Новый год] for"
                + " one topic, or tags: [Новый, год] to keep them");
        assertThat(site.page("ru/articles/soyuz/").select("ul.tags a").eachText()).containsExactly("Союз МС-27");
    }

    @Test
    void aLanguageWrittenInCapitalsIsToldTheCodeMeant() {
        TestSite site = site();
        site.write("content/articles/caps.md", "---\ntitle: Заглавные\ndate: 2025-08-02\nlang: RU\n---\nТекст.\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(Diagnostic::format).containsExactly("content/articles/caps.md:4:1: error: lang \"RU\" is not"
                        + " one of the site's languages (en, ru); did you mean ru?"));
    }

    @Test
    void anUnknownLanguageAndTwoVersionsInOneLanguageAreErrorsAtTheirLines() {
        TestSite site = site();
        site.write("content/articles/de.md", """
                ---
                title: Start
                date: 2025-08-02
                lang: de
                ---
                Text.
                """);
        site.write("content/articles/ru/again.md", """
                ---
                title: Снова
                date: 2025-08-02
                translationKey: docked
                ---
                Текст.
                """);
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()
                .stream().map(d -> d.format()).toList()).contains(
                        "content/articles/de.md:4:1: error: lang \"de\" is not one of the site's languages (en, ru);"
                                + " add it to languages: in site.yaml or fix the code",
                        "content/articles/ru/stykovka-zavershena.md:4:1: error: translationKey \"docked\" is already"
                                + " used by content/articles/ru/again.md in the same language (ru); each language has"
                                + " one version of a story"));
    }

    /** A clash with a key a file has from its name is told where the other file writes the key. */
    @Test
    void aClashWithAKeyFromAFileNameIsToldWhereTheKeyIsWritten() {
        TestSite site = site();
        site.write("content/articles/ru/aa.md", "---\ntitle: Первая\ndate: 2025-08-02\ntranslationKey: zz\n---\nТекст.\n");
        site.write("content/articles/ru/zz.md", "---\ntitle: Вторая\ndate: 2025-08-03\n---\nТекст.\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()
                .stream().map(d -> d.format()).toList()).containsExactly(
                        "content/articles/ru/aa.md:4:1: error: translationKey \"zz\" is already used by"
                                + " content/articles/ru/zz.md in the same language (ru); each language has one version"
                                + " of a story"));
    }

    @Test
    void theSameTopicInTwoLanguagesHasAPageInEach() {
        TestSite site = site();
        site.write("content/articles/ru/latin.md", """
                ---
                title: Латиницей
                date: 2025-08-02
                tags: [launch]
                ---
                Текст.
                """);
        site.build();
        assertThat(site.site().resolve("tags/launch/index.html")).isRegularFile();
        assertThat(site.site().resolve("ru/tags/launch/index.html")).isRegularFile();
    }

    /**
     * On a site whose default language is Russian, aliases written as a plain list are found (they
     * are that language's), and a name written in another language too; topics are listed in
     * Russian alphabetical order.
     */
    @Test
    void aRussianSiteFindsItsAliasesAndOtherLanguagesNames() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Орбита
                baseUrl: https://news.example.org/
                timeZone: Europe/Moscow
                language: ru
                languages:
                  - code: ru
                  - code: en
                    title: Orbit
                """);
        site.write("content/missions/iss.md", """
                ---
                name: Международная космическая станция
                aliases: [МКС]
                ---
                Станция.
                """);
        site.write("content/people/yuri-gagarin.md", """
                ---
                name: {ru: Юрий Гагарин, en: Yuri Gagarin}
                ---
                Первый космонавт.
                """);
        site.write("content/articles/ekipazh.md", """
                ---
                title: Экипаж
                date: 2025-07-30
                tags: [Роскосмос, история, МКС, запуск]
                ---
                На МКС прибыл новый экипаж. В музее вспоминали Yuri Gagarin и его полёт.
                """);
        site.write("content/articles/dvoe.md", """
                ---
                title: Двое
                date: 2025-07-31
                author: "Пётр Иванов, Анна Кузнецова"
                ---
                Текст.
                """);
        site.write("content/articles/odin.md", """
                ---
                title: Один
                date: 2025-08-01
                author: Пётр Иванов
                ---
                Текст.
                """);
        site.build();
        // a plain-text byline naming two people is signed by "Авторы"
        assertThat(site.page("articles/dvoe/").select(".byline .author").text())
                .isEqualTo("Авторы: Пётр Иванов, Анна Кузнецова");
        assertThat(site.page("articles/odin/").select(".byline .author").text()).isEqualTo("Автор: Пётр Иванов");
        // topics in the order of the Russian alphabet, not of their Latin slugs
        assertThat(site.page("tags/").select(".index-list a").eachText()).containsExactly("запуск", "история", "МКС",
                "Роскосмос");
        Document story = site.page("articles/ekipazh/");
        assertThat(story.select(".story-body a").eachText()).containsExactly("МКС", "Yuri Gagarin");
        assertThat(story.select(".chips a").eachText()).contains("Международная космическая станция", "Юрий Гагарин");
    }

    /**
     * Lists of names follow each language's alphabet, people filed by surname: in Russian "Фёдоров"
     * before "Фомин" (ё is read as е, not put after я), Cyrillic names before Latin ones; in English
     * "Émery" among the E's, not after Z. Topics keep their names' order.
     */
    @Test
    void namesAreListedInEachLanguagesAlphabeticalOrder() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Orbit
                baseUrl: https://news.example.org/
                languages:
                  - code: en
                  - code: ru
                    title: Орбита
                """);
        String[][] people = {{"fedorov", "Фёдор Фёдоров", "Fyodor Fyodorov"}, {"fomin", "Фома Фомин", "Foma Fomin"},
            {"yakovlev", "Яков Яковлев", "Yakov Yakovlev"}, {"zoe", "Zoe Adams", "Zoe Adams"},
            {"emery", "Paul Émery", "Paul Émery"}, {"anna", "Анна Белова", "Anna Belova"}};
        StringBuilder body = new StringBuilder("Met ");
        for (String[] p : people) {
            site.write("content/people/" + p[0] + ".md", "---\nname: {ru: " + p[1] + ", en: " + p[2] + "}\n---\nBio.\n");
            body.append(p[2]).append(", ");
        }
        site.write("content/articles/met.md", "---\ntitle: Met\ndate: 2025-07-30\n"
                + "tags: [Fyodor Fyodorov, Zoe Adams, Paul Émery, Yakov Yakovlev]\n---\n" + body + "and others.\n");
        site.write("content/articles/ru/met.md", "---\ntitle: Встреча\ndate: 2025-07-30\ntranslationKey: met\n"
                + "tags: [Фёдор Фёдоров, Zoe Adams, Фома Фомин, Яков Яковлев]\n---\nВстреча.\n");
        site.build();
        assertThat(site.page("ru/people/").select(".entity-list a").eachText()).containsExactly("Анна Белова",
                "Фёдор Фёдоров", "Фома Фомин", "Яков Яковлев", "Zoe Adams", "Paul Émery");
        assertThat(site.page("people/").select(".entity-list a").eachText()).containsExactly("Zoe Adams",
                "Anna Belova", "Paul Émery", "Foma Fomin", "Fyodor Fyodorov", "Yakov Yakovlev");
        assertThat(site.page("ru/tags/").select(".index-list a").eachText()).containsExactly("Фёдор Фёдоров",
                "Фома Фомин", "Яков Яковлев", "Zoe Adams");
        assertThat(site.page("tags/").select(".index-list a").eachText()).containsExactly("Fyodor Fyodorov",
                "Paul Émery", "Yakov Yakovlev", "Zoe Adams");
    }

    /**
     * A registry file's {@code sort_as} files a name whose surname is not its last word, once or
     * per language; a language it leaves out, or a name in another script than the one written
     * once, files by the last word. Organizations and missions
     * are filed by their names, whole.
     */
    @Test
    void sortAsFilesANameItsSurnameRuleWouldMisplace() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Orbit
                baseUrl: https://news.example.org/
                languages:
                  - code: en
                  - code: ru
                    title: Орбита
                """);
        site.write("content/people/frank-de-winne.md", """
                ---
                name: {en: Frank De Winne, ru: Франк Де Винне}
                sort_as: De Winne Frank
                ---
                Bio.
                """);
        site.write("content/people/yang-liwei.md", """
                ---
                name: {en: Yang Liwei, ru: Ян Ливэй}
                sort_as: {en: Yang Liwei, ru: Ян Ливэй}
                ---
                Bio.
                """);
        site.write("content/people/anne-mcclain.md", "---\nname: {en: Anne McClain, ru: Энн Макклейн}\n---\nBio.\n");
        site.write("content/people/wang-yaping.md", "---\nname: {en: Wang Yaping, ru: Ван Япин}\nsort_as: Wang Yaping\n---\nBio.\n");
        site.write("content/organizations/zenit.md", "---\nname: Zenit Design Bureau\n---\nBureau.\n");
        site.write("content/organizations/arianespace.md", "---\nname: Arianespace\n---\nCompany.\n");
        site.write("content/articles/met.md", "---\ntitle: Met\ndate: 2025-07-30\n---\n"
                + "Frank De Winne, Yang Liwei, Wang Yaping and Anne McClain met Zenit Design Bureau and Arianespace.\n");
        site.write("content/articles/ru/met.md", "---\ntitle: Встреча\ndate: 2025-07-30\ntranslationKey: met\n---\n"
                + "Франк Де Винне, Ян Ливэй, Wang Yaping и Энн Макклейн.\n");
        site.build();
        assertThat(site.page("people/").select(".entity-list a").eachText()).containsExactly("Frank De Winne",
                "Anne McClain", "Wang Yaping", "Yang Liwei");
        // Russian: De Winne's and Wang's sort_as, written once in Latin letters, do not file their
        // Cyrillic names (by "Винне", "Япин"); Yang's Russian one does
        assertThat(site.page("ru/people/").select(".entity-list a").eachText()).containsExactly("Франк Де Винне",
                "Энн Макклейн", "Ян Ливэй", "Ван Япин");
        assertThat(site.page("organizations/").select(".entity-list a").eachText()).containsExactly("Arianespace",
                "Zenit Design Bureau");
        assertThat(site.page("people/frank-de-winne/").select(".facts").text()).doesNotContain("De Winne Frank");
    }

    /** A {@code sort_as} that is not a text, or names a language the site does not have, is an error at it. */
    @Test
    void aSortAsThatIsNotANameIsAnErrorAtIt() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", "title: Orbit\nbaseUrl: https://news.example.org/\nlanguages: [en, ru]\n");
        site.write("content/people/a.md", "---\nname: Ann Ames\nsort_as: [Ames, Ann]\n---\nBio.\n");
        site.write("content/people/b.md", "---\nname: Bo Berg\nsort_as: {en: Berg Bo, de: Berg Bo}\n---\nBio.\n");
        site.write("content/people/c.md", "---\nname: Cy Cole\nsort_as:\n  ru: {x: 1}\n---\nBio.\n");
        site.write("content/articles/met.md", "---\ntitle: Met\ndate: 2025-07-30\n---\nMet.\n");
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics()
                .stream().map(d -> d.format()).toList()).contains(
                        "content/people/a.md:3:1: error: sort_as is the name as lists file it, like sort_as: \"De Winne Frank\"",
                        "content/people/b.md:3:24: error: sort_as in \"de\": not one of the site's languages (en, ru);"
                                + " add it to languages: in site.yaml or fix the code",
                        "content/people/c.md:4:3: error: sort_as in \"ru\" is the name as lists file it, like sort_as:"
                                + " \"De Winne Frank\""));
    }

    /**
     * Articles in a folder named like a language the site does not list are built in the default
     * language, and the build says so once for the folder; a language's folder and a folder not
     * named like a language say nothing.
     */
    @Test
    void aFolderNamedLikeALanguageTheSiteDoesNotListIsToldOnce() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Orbit
                baseUrl: https://news.example.org/
                languages:
                  - code: en
                  - code: ru
                """);
        site.write("content/articles/de/start.md", "---\ntitle: Start\ndate: 2025-07-30\n---\nDie Rakete startet.\n");
        site.write("content/articles/de/landung.md", "---\ntitle: Landung\ndate: 2025-07-31\n---\nSie landet.\n");
        site.write("content/articles/ru/start.md", "---\ntitle: Старт\ndate: 2025-07-30\n---\nСтарт.\n");
        site.write("content/articles/news/launch.md", "---\ntitle: Launch\ndate: 2025-07-30\n---\nLaunch.\n");
        // one that says its language is no slip
        site.write("content/articles/it/server.md", "---\ntitle: Servers\ndate: 2025-07-30\nlang: en\n---\nIT.\n");
        assertThat(site.build().warnings()).extracting(w -> w.format()).containsExactly("content/articles/de/:"
                + " warning: this folder is named like a language (German) that site.yaml's languages: does not list,"
                + " so its 2 articles are built in English; add \"- code: de\" to languages:, or rename the folder if"
                + " it is not a language");
        assertThat(site.page("articles/landung/").select("html").attr("lang")).isEqualTo("en");

        // on a site in one language, folders are sections, whatever their names
        site.write("content/site.yaml", "title: Orbit\nbaseUrl: https://news.example.org/\n");
        site.write("content/articles/ru/start.md", "---\ntitle: Start\ndate: 2025-07-30\nslug: start-ru\n---\nStart.\n");
        assertThat(site.build().warnings()).isEmpty();
    }

    /** An introduction in English on an Arabic page is marked as English, written left to right. */
    @Test
    void aFallbackIntroductionInAnotherDirectionSaysSo() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", "title: Orbit\nbaseUrl: https://news.example.org/\nlanguages: [en, ar]\n");
        site.write("content/people/yuri.md", "---\nname: {en: Yuri Gagarin, ar: يوري غاغارين}\n---\nThe first human in space.\n");
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-08-01\n---\nYuri Gagarin flew.\n");
        site.build();
        org.jsoup.select.Elements intro = site.page("ar/people/yuri/").select(".intro > div");
        assertThat(intro.attr("lang")).isEqualTo("en");
        assertThat(intro.attr("dir")).isEqualTo("ltr");
    }

    /**
     * A language the theme has no texts for writes dates its own way (CLDR's), not with English
     * patterns around its month names; a site's own messages file for it still decides.
     */
    @Test
    void aLanguageWithoutThemeTextsWritesItsOwnDates() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", """
                title: Orbit
                baseUrl: https://news.example.org/
                timeZone: UTC
                languages: [en, de, fr]
                """);
        site.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-08-01T09:30:00Z\n---\nText.\n");
        site.write("content/articles/de/start.md", "---\ntitle: Start\ndate: 2025-08-01T09:30:00Z\n---\nText.\n");
        site.write("content/articles/fr/depart.md", "---\ntitle: Départ\ndate: 2025-08-01\n---\nTexte.\n");
        site.build();
        assertThat(site.page("de/articles/start/").selectFirst(".byline time").text()).isEqualTo("1. August 2025 um 09:30 UTC");
        assertThat(site.page("de/").selectFirst("main time").text()).isEqualTo("1. August 2025");
        assertThat(site.page("fr/articles/depart/").selectFirst(".byline time").text()).isEqualTo("1 août 2025");
        // English keeps the theme's patterns
        assertThat(site.page("articles/launch/").selectFirst(".byline time").text())
                .isEqualTo("August 1, 2025, 9:30 AM UTC");

        site.write("templates/messages_de.properties", "date.long=dd.MM.yyyy\n");
        site.build();
        assertThat(site.page("de/").selectFirst("main time").text()).isEqualTo("01.08.2025");
    }

    /** A topic written in guillemets is not quoted twice where a text puts a topic in guillemets. */
    @Test
    void aTopicInGuillemetsIsQuotedOnce() {
        TestSite site = new TestSite(dir);
        site.write("content/site.yaml", "title: Орбита\nbaseUrl: https://news.example.org/\ntimeZone: UTC\nlanguage: ru\n");
        site.write("content/articles/vostok.md", "---\ntitle: Полёт\ndate: 2025-07-30\ntags: [\"«Восток»\"]\n---\nТекст.\n");
        site.build();
        Document topic = site.page("tags/vostok/");
        assertThat(topic.select("a[href$=feed.xml]").eachText()).contains("Следить за темой «Восток» (лента Atom)");
        assertThat(topic.outerHtml()).doesNotContain("««").doesNotContain("»»");
    }

    @Test
    void unicodeSlugsKeepTheirLetters() {
        TestSite site = site();
        site.write("content/site.yaml", site.read("content/site.yaml") + "slugs: unicode\n");
        site.build();
        assertThat(site.site().resolve("ru/articles/экипаж-на-орбите/index.html")).isRegularFile();
        assertThat(site.site().resolve("ru/tags/роскосмос/index.html")).isRegularFile();
        assertThat(site.page("ru/tags/").select(".index-list a").eachAttr("href")).contains("роскосмос/");
        // what machines read takes the address percent-encoded, as UTF-8
        String encoded = "ru/articles/%D1%8D%D0%BA%D0%B8%D0%BF%D0%B0%D0%B6-%D0%BD%D0%B0-%D0%BE%D1%80%D0%B1%D0%B8%D1%82%D0%B5/";
        assertThat(site.text("ru/sitemap.xml")).contains(encoded).doesNotContain("экипаж-на-орбите");
        assertThat(site.text("ru/feed.xml")).contains(encoded);
        assertThat(site.page("ru/articles/экипаж-на-орбите/").select("link[rel=canonical]").attr("href")).endsWith(encoded);
    }

    /** The text of every file below {@code folder}, in path order. */
    private static String allText(Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            StringBuilder out = new StringBuilder();
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                out.append(java.nio.file.Files.readString(f)).append('\n');
            }
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
