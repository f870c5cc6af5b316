package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme in Russian, through a whole build of a site in English and Russian: every
 * text the theme shows on a Russian page (series, explainer, live blog, embargo and expiry
 * badges, chips, corrections, topic and search pages, ARIA labels) comes from
 * {@code messages_ru.properties}, with the Russian forms a count asks for, and no English text of
 * the theme is left on any Russian page.
 */
class RussianThemeTextsTest {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", """
                title: Test Desk
                baseUrl: https://news.example.org/
                timeZone: UTC
                language: en
                languages:
                  - code: en
                  - code: ru
                    title: Тестовая редакция
                    description: Новости по-русски.
                """);
        s.write("content/authors/mira-castell.md", "---\nname: {en: Mira Castell, ru: Мира Кастелл}\n---\nПишет о полётах.\n");
        s.write("content/authors/tomas-reyes.md", "---\nname: {en: Tomas Reyes, ru: Томас Рейес}\n---\nРедактор.\n");
        s.write("content/people/oleg-platonov.md", "---\nname: {en: Oleg Platonov, ru: Олег Платонов}\n---\nКосмонавт.\n");
        s.write("content/people/zena-cardman.md", "---\nname: {en: Zena Cardman, ru: Зена Кардман}\n---\nАстронавт.\n");
        s.write("content/people/kimiya-yui.md", "---\nname: {en: Kimiya Yui, ru: Кимия Юи}\n---\nАстронавт.\n");
        s.write("content/people/michael-fincke.md", "---\nname: {en: Michael Fincke, ru: Майкл Финк}\n---\nАстронавт.\n");
        s.write("content/missions/crew-11.md", "---\nname: Crew-11\n---\nПолёт.\n");
        s.write("content/organizations/roscosmos.md", "---\nname: {en: Roscosmos, ru: Роскосмос}\n---\nКорпорация.\n");
        s.write("content/articles/ru/kak-dogovorilis.md", """
                ---
                title: Как договорились агентства
                date: 2025-07-01
                authors: [mira-castell, tomas-reyes]
                series: {name: Обмен местами, part: 1}
                tags: [Crew-11, обмен]
                corrections: [{date: 2025-07-02T10:00:00Z, text: Уточнена дата.}]
                people: [oleg-platonov, zena-cardman, kimiya-yui, michael-fincke]
                organizations: [roscosmos]
                missions: [crew-11]
                ---
                Олег Платонов и Зена Кардман полетят на Crew-11 вместе с Кимией Юи и Майклом Финком.
                """);
        s.write("content/articles/ru/kto-letit.md", """
                ---
                title: Кто летит
                date: 2025-07-03
                authors: [mira-castell]
                series: {name: Обмен местами, part: 2}
                aliases: [/ru/staryj-adres/]
                ---
                Олег Платонов летит первым.
                """);
        s.write("content/articles/ru/razbor.md", """
                ---
                title: Зачем обмен местами
                date: 2025-07-04
                layout: explainer
                ---
                Коротко.

                ## Что это?

                Обмен.

                ## Зачем?

                Для надёжности.
                """);
        s.write("content/articles/ru/translyaciya.md", """
                ---
                title: Старт Crew-11
                date: 2025-08-01T09:00:00Z
                layout: liveblog
                ---
                Следим за стартом.

                ## 11:43 Старт

                Ракета ушла.
                """);
        s.write("content/articles/ru/embargo.md", """
                ---
                title: Скоро
                date: 2025-08-10
                publishDate: 2025-09-01T09:00:00Z
                ---
                Пока нельзя.
                """);
        s.write("content/articles/ru/snyato.md", """
                ---
                title: Устарело
                date: 2025-06-01
                expiryDate: 2025-07-01
                ---
                Уже нельзя.
                """);
        s.write("content/articles/crew-launch.md", """
                ---
                title: Crew launches
                date: 2025-08-01
                tags: [Crew-11]
                ---
                Oleg Platonov flew.
                """);
        return s;
    }

    /** Built at a time between the embargo and the expiry, showing both articles marked. */
    private static void build(TestSite s) {
        new SiteBuild(BuildOptions.of(s.root).withNow(Instant.parse("2025-08-15T00:00:00Z")).withFuture(true)
                .withExpired(true)).build();
    }

    /**
     * A Russian page names the clock as a Russian reader does: a site on UTC says "UTC", not
     * "UTC+00:00"; one on Moscow's clock says "мск", whatever Moscow's offset was then; another zone
     * keeps its offset from UTC. The English pages keep their own.
     */
    @Test
    void russianTimesNameTheClockAsAReaderSaysIt() {
        String[][] zones = {{"UTC", "1 августа 2025, 09:30 UTC", "1 авг., 09:45 UTC"},
                {"Europe/Moscow", "1 августа 2025, 12:30 мск", "1 авг., 12:45 мск"},
                {"America/New_York", "1 августа 2025, 05:30 UTC-04:00", "1 авг., 05:45 UTC-04:00"}};
        for (String[] zone : zones) {
            TestSite s = new TestSite(dir.resolve(zone[0].replace('/', '-')));
            s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: " + zone[0]
                    + "\nlanguages:\n  - code: en\n  - code: ru\n");
            s.write("content/articles/ru/translyaciya.md", "---\ntitle: Трансляция\ndate: 2025-08-01T09:30:00Z\n"
                    + "layout: liveblog\n---\nСтарт.\n\n## 2025-08-01T09:45:00Z Старт\n\nУшла.\n");
            s.write("content/articles/launch.md", "---\ntitle: Launch\ndate: 2025-08-01T09:30:00Z\n---\nUp.\n");
            s.build();
            Document ru = s.page("ru/articles/translyaciya/");
            assertThat(ru.select(".story-head time").first().text()).as(zone[0]).isEqualTo(zone[1]);
            assertThat(ru.select(".live-entry time").text()).as(zone[0]).isEqualTo(zone[2]);
            assertThat(s.page("articles/launch/").select(".story-head time").first().text()).as(zone[0])
                    .doesNotContain("мск").endsWith(zone[0].equals("UTC") ? "UTC" : zone[0].equals("Europe/Moscow")
                            ? "MSK" : "EDT");
        }
    }

    @Test
    void russianPagesShowTheThemesTextsInRussian() {
        TestSite s = site();
        build(s);

        Document first = s.page("ru/articles/kak-dogovorilis/");
        assertThat(first.select(".byline .author").text()).startsWith("Авторы: Мира Кастелл и Томас Рейес");
        Element series = first.selectFirst("nav.series-nav");
        assertThat(series.attr("aria-label")).isEqualTo("Серия");
        assertThat(series.selectFirst("p").text()).isEqualTo("Часть 1 из 2 в серии Обмен местами");
        assertThat(series.select(".series-steps").text()).isEqualTo("Часть 2: Кто летит →");
        assertThat(first.select("details.chip-more > summary").text()).matches("ещё \\d+");
        Document second = s.page("ru/articles/kto-letit/");
        assertThat(second.select(".byline .author").text()).isEqualTo("Автор: Мира Кастелл");
        assertThat(second.select(".series-steps").text()).isEqualTo("← Часть 1: Как договорились агентства");

        String seriesRoute = first.selectFirst("nav.series-nav p a").absUrl("href")
                .substring("https://news.example.org/".length());
        Document page = s.page(seriesRoute);
        assertThat(page.select(".kicker a").first().text()).isEqualTo("Серии");
        assertThat(page.select("main > .meta").text()).isEqualTo("Серия из 2 частей");
        assertThat(page.select(".series-parts > li > .kicker").eachText()).containsExactly("Часть 1", "Часть 2");
        assertThat(page.select("a.follow").text()).isEqualTo("Следить за серией «Обмен местами» (лента Atom)");
        assertThat(page.title()).isEqualTo("Серия: Обмен местами · Тестовая редакция");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Серия из 2 частей на сайте"
                + " «Тестовая редакция»: Как договорились агентства; Кто летит.");
        assertThat(s.page("ru/series/").select(".index-list .count").text()).isEqualTo("2 части");

        assertThat(s.page("ru/articles/razbor/").select("#toc-heading").text()).isEqualTo("В этом разборе");
        assertThat(s.page("ru/articles/translyaciya/").select("#live-heading").text())
                .isEqualTo("Обновления (1), сначала новые");
        assertThat(s.page("ru/articles/embargo/").select(".badge-draft").text())
                .isEqualTo("Под эмбарго до 1 сентября 2025, 09:00 UTC: не опубликован");
        assertThat(s.page("ru/articles/snyato/").select(".badge-draft").text())
                .as("a day written without a time is shown as a day").isEqualTo("Снят с публикации 1 июля 2025");

        Document corrections = s.page("ru/corrections/");
        assertThat(corrections.select("h1").text()).isEqualTo("Исправления");
        assertThat(corrections.select(".dek").text()).startsWith("Если в материале есть ошибка");
        assertThat(s.page("ru/tags/crew-11/").select(".see-entity").text())
                .isEqualTo("Crew-11: факты и все материалы с упоминаниями →");
        assertThat(s.page("ru/people/oleg-platonov/").select(".fact-box h3").eachText())
                .contains("Часто в новостях вместе");
        assertThat(s.page("ru/staryj-adres/").select("body").text())
                .isEqualTo("Материал перенесён: Кто летит.");

        Document search = s.page("ru/search/");
        assertThat(search.select("h1").text()).isEqualTo("Поиск");
        Element form = search.selectFirst("form.search-big");
        assertThat(form.attr("action")).as("the Russian search page searches in Russian").isEqualTo("./");
        assertThat(form.attr("aria-label")).isEqualTo("Поиск по сайту");
        assertThat(form.select("label").text()).isEqualTo("Имена, миссии, темы или слова из материала");
        assertThat(search.select("#search-status").text()).startsWith("Введите имя");
        assertThat(search.select("#search-more").text()).isEqualTo("Показать ещё");
        assertThat(search.select("header form.site-search").attr("aria-label")).isEqualTo("Сайт");
        // what the search script writes, from the page's data-* attributes
        Element results = search.selectFirst("#search-results");
        assertThat(results.attr("data-searching")).isEqualTo("Ищем…");
        assertThat(results.attr("data-results")).contains("=0{По запросу «{1}» ничего не найдено.}",
                "few{# результата по запросу «{1}».}", "many{# результатов по запросу «{1}».}");
        assertThat(results.attr("data-articles")).contains("few{# статьи}");
        assertThat(results.attr("data-more-names")).isEqualTo("и ещё {0}");
        assertThat(results.attr("data-failed")).startsWith("Не удалось загрузить");
    }

    /** The plain byline a list shows (home, topics, feeds) joins two authors with the page's "и". */
    /**
     * A person whose stories are all in one language: the other language's page says it has none
     * and links the page that lists them, with their count, and the list of people gives that
     * count instead of "0 статей". Someone in no story at all keeps "no stories yet".
     */
    @Test
    void anEntityInStoriesOfAnotherLanguageOnlyLinksThem() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                + "languages:\n  - code: en\n  - code: ru\n");
        s.write("content/people/anne-mcclain.md", "---\nname: {en: Anne McClain, ru: Энн Макклейн}\n---\nAstronaut.\n");
        s.write("content/people/oleg-platonov.md", "---\nname: {en: Oleg Platonov, ru: Олег Платонов}\n---\nКосмонавт.\n");
        s.write("content/people/kirill-peskov.md", "---\nname: {en: Kirill Peskov, ru: Кирилл Песков}\n---\nКосмонавт.\n");
        for (int i = 1; i <= 2; i++) {
            s.write("content/articles/crew-10-" + i + ".md", "---\ntitle: Crew-10, part " + i + "\ndate: 2025-03-1" + i
                    + "\npeople: [anne-mcclain]\n---\nAnne McClain commands Crew-10.\n");
        }
        s.write("content/articles/ru/platonov.md", "---\ntitle: Платонов на станции\ndate: 2025-08-02\n"
                + "people: [oleg-platonov]\n---\nОлег Платонов прибыл на станцию.\n");
        build(s);

        Document ru = s.page("ru/people/anne-mcclain/");
        org.jsoup.nodes.Element said = ru.selectFirst(".appearances p.elsewhere");
        assertThat(said.text()).isEqualTo("Материалов на русском пока нет. На других языках: English (2 статьи)");
        assertThat(said.selectFirst("a").attr("href")).isEqualTo("../../../people/anne-mcclain/");
        assertThat(said.selectFirst("a").attr("hreflang")).isEqualTo("en");
        Document en = s.page("people/oleg-platonov/");
        assertThat(en.select(".appearances p.elsewhere").text())
                .isEqualTo("No stories in English yet. In other languages: Русский (1 article)");
        assertThat(en.selectFirst(".appearances p.elsewhere a").attr("href")).isEqualTo("../../ru/people/oleg-platonov/");
        // with stories in its own language, a page lists them and says nothing of the others
        assertThat(s.page("people/anne-mcclain/").select(".elsewhere")).isEmpty();
        assertThat(s.page("ru/people/kirill-peskov/").select(".appearances p").text()).isEqualTo("Материалов пока нет.");

        Document list = s.page("ru/people/");
        assertThat(list.select("li:has(a[href$=anne-mcclain/]) .count").text()).isEqualTo("2 статьи на других языках");
        assertThat(list.select("li:has(a[href$=oleg-platonov/]) .count").text()).isEqualTo("1 статья");
        assertThat(list.select("li:has(a[href$=kirill-peskov/]) .count").text()).isEqualTo("0 статей");
        assertThat(s.page("people/").select("li:has(a[href$=oleg-platonov/]) .count").text())
                .isEqualTo("1 article in other languages");
    }

    @Test
    void aListsBylineJoinsNamesInThePagesLanguage() {
        TestSite s = site();
        s.write("content/articles/ru/vdvoyom.md", """
                ---
                title: Вдвоём о стыковке
                date: 2025-08-14
                authors: [mira-castell, tomas-reyes]
                ---
                Стыковка прошла по плану.
                """);
        build(s);
        org.jsoup.nodes.Document home = s.page("ru/");
        assertThat(home.select(".meta").eachText()).anyMatch(t -> t.contains("Мира Кастелл и Томас Рейес"))
                .noneMatch(t -> t.contains(" and "));
    }

    /** A fact's day and its value of a fixed set are shown in the page's language, and so is every label. */
    @Test
    void factsShowTheirDaysWordsAndLabelsInThePagesLanguage() {
        TestSite s = site();
        s.write("content/missions/crew-11.md", "---\nname: Crew-11\nlaunch: 2025-08-01\nstatus: active\n---\nПолёт.\n");
        s.write("content/organizations/roscosmos.md", "---\nname: {en: Roscosmos, ru: Роскосмос}\n"
                + "website: https://www.roscosmos.ru/\nfounded: 2015-08-13\n---\nКорпорация.\n");
        build(s);
        org.jsoup.nodes.Document ru = s.page("ru/missions/crew-11/");
        assertThat(ru.select(".fact-box dt").eachText()).contains("Запуск", "Статус");
        assertThat(ru.select(".fact-box dd").eachText()).contains("1 августа 2025", "действует");
        org.jsoup.nodes.Document en = s.page("missions/crew-11/");
        assertThat(en.select(".fact-box dd").eachText()).contains("August 1, 2025", "Active");
        assertThat(s.page("ru/organizations/roscosmos/").select(".fact-box dt").eachText()).contains("Сайт", "Основана")
                .doesNotContain("Website");
        assertThat(s.page("ru/organizations/roscosmos/").select(".fact-box dd").eachText()).contains("13 августа 2015");
        assertThat(s.page("organizations/roscosmos/").select(".fact-box dt").eachText()).contains("Website", "Founded");
    }

    /** A woman's page said "Родился" (he was born): the label of the day says what it is, for anyone. */
    @Test
    void theDayOfBirthIsLabelledForWomenAndMenAlike() {
        TestSite s = site();
        s.write("content/people/zena-cardman.md", "---\nname: {en: Zena Cardman, ru: Зена Кардман}\nborn: 1987-10-26\n"
                + "---\nАстронавт.\n");
        build(s);
        assertThat(s.page("ru/people/zena-cardman/").select(".fact-box dt").eachText()).contains("Дата рождения")
                .doesNotContain("Родился", "Родилась");
        assertThat(s.page("ru/people/zena-cardman/").select(".fact-box dd").eachText()).contains("26 октября 1987");
    }

    /** The Russian search index names kinds and writes dates in Russian; the English one as before. */
    @Test
    void theRussianSearchIndexIsInRussian() {
        TestSite s = site();
        build(s);
        assertThat(s.text("ru/search/entities.js")).contains("\"k\":{\"people\":\"Человек\",\"missions\":\"Миссия\","
                + "\"organizations\":\"Организация\",\"authors\":\"Автор\"}");
        assertThat(s.text("search/entities.js")).contains("\"k\":{\"people\":\"Person\",\"missions\":\"Mission\",");
        List<String> dates = new ArrayList<>();
        for (int id = 0; id < 6; id++) {
            String doc = s.text("ru/search/d/" + id + ".js");
            dates.add(doc.substring(doc.lastIndexOf(", \"") + 3, doc.lastIndexOf('"')));
        }
        assertThat(dates).containsExactly("1 июня 2025", "1 июля 2025", "3 июля 2025", "4 июля 2025", "1 августа 2025",
                "10 августа 2025");
        assertThat(s.text("search/d/0.js")).endsWith(", \"August 1, 2025\");\n");
    }

    /**
     * No Russian page shows a text the theme writes in English: no piece of four letters or more of
     * any English message the Russian file translates, in the text, title, description or labels.
     */
    @Test
    void noRussianPageShowsTheThemesEnglishTexts() throws IOException {
        TestSite s = site();
        build(s);
        assertThat(englishTexts(s, s.site().resolve("ru"), 20)).as("English texts of the theme on Russian pages").isEmpty();
    }

    /**
     * On a site whose default language is Russian, no page in Russian, the 404 page among them,
     * shows the theme's English texts.
     */
    @Test
    void aSiteInRussianFirstShowsNoEnglishThemeText() throws IOException {
        TestSite s = site();
        s.write("content/site.yaml", """
                title: Тестовая редакция
                description: Новости по-русски.
                baseUrl: https://news.example.org/
                timeZone: Europe/Moscow
                language: ru
                languages:
                  - code: ru
                  - code: en
                    title: Test Desk
                """);
        build(s);
        assertThat(s.page("404.html").selectFirst("h1").text()).isEqualTo("Страница не найдена");
        List<String> found = englishTexts(s, s.site(), 20);
        found.removeIf(f -> f.startsWith("en/") || f.startsWith("en\\")); // the English pages
        assertThat(found).as("English texts of the theme on a Russian site").isEmpty();
    }

    /**
     * Where a page below {@code folder} shows a text the theme writes in English: a piece of four
     * letters or more of any English message the Russian file translates, in the text, title,
     * description or labels. At least {@code pages} pages are read.
     */
    private static List<String> englishTexts(TestSite s, Path folder, int pages) throws IOException {
        Properties en = messages("messages_en.properties");
        Properties ru = messages("messages_ru.properties");
        Set<String> english = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("date.") || en.getProperty(key).equals(ru.getProperty(key))) {
                continue;
            }
            // the text between the arguments ({0}, {1,number,#}) and the plural syntax ({0, plural, one{# part} ...})
            String text = en.getProperty(key).replaceAll("\\{\\d+\\s*,\\s*plural\\s*,", "|")
                    .replaceAll("\\{\\d+[^{}]*}", "|").replaceAll("(=\\d+|zero|one|two|few|many|other)\\s*\\{", "|")
                    .replaceAll("[{}#]", "|");
            for (String piece : text.split("\\|")) {
                if (piece.replaceAll("[^A-Za-z]", "").length() >= 4) {
                    english.add(piece.strip());
                }
            }
        }
        assertThat(english).as("English texts of the theme").contains("in the series", "More results", "Site",
                "A series in", "Searching…", "Nothing found for “", "The search index could not be loaded (",
                "Go to the latest stories");
        List<Pattern> patterns = english.stream()
                .map(t -> Pattern.compile("(?<![A-Za-z])" + Pattern.quote(t) + "(?![A-Za-z])")).toList();

        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = s.page(s.site().relativize(f).toString().replace('\\', '/'));
                StringBuilder shown = new StringBuilder(d.title()).append('\n').append(d.body().text());
                d.select("[aria-label], [placeholder], meta[name=description]").forEach(e -> shown.append('\n')
                        .append(e.attr("aria-label")).append(e.attr("placeholder")).append(e.attr("content")));
                d.select("noscript").forEach(e -> shown.append('\n').append(e.html()));
                d.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                    if (a.getKey().startsWith("data-")) {
                        shown.append('\n').append(a.getValue());
                    }
                }));
                for (Pattern p : patterns) {
                    if (p.matcher(shown).find()) {
                        found.add(s.site().relativize(f) + ": " + p);
                    }
                }
                read++;
            }
        }
        assertThat(read).isGreaterThan(pages);
        return found;
    }

    /** The Russian texts leave no key to English. */
    @Test
    void theRussianTextsHaveEveryKeyOfTheEnglishOnes() throws IOException {
        Set<String> missing = new TreeSet<>(messages("messages_en.properties").stringPropertyNames());
        missing.removeAll(messages("messages_ru.properties").stringPropertyNames());
        assertThat(missing).as("keys of messages_en.properties missing from messages_ru.properties").isEmpty();
    }

    private static Properties messages(String file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(Path.of("templates", file), StandardCharsets.UTF_8)));
        return p;
    }
}
