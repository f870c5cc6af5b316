package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitpress.diag.BuildFailure;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code layout:} picks another article template from the theme: the default theme's live blog
 * (timestamped entries, newest first) and explainer (a table of contents), or one the site adds;
 * a layout the theme does not have is an error.
 */
class LayoutsTest {

    @TempDir
    java.nio.file.Path dir;

    /** A site whose clock is New York's, as the live blogs below are written for. */
    private TestSite newYorkDesk() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: America/New_York\n");
        return s;
    }

    /** An embed in a live blog's or an explainer's entry plays as in any story: the page loads the player's script. */
    @Test
    void anEmbedInALayoutsEntryLoadsThePlayer() {
        TestSite s = new TestSite(dir);
        for (String layout : new String[] {"liveblog", "explainer"}) {
            s.write("content/articles/" + layout + ".md", "---\ntitle: " + layout + "\ndate: 2025-07-31T09:00:00Z\nlayout: "
                    + layout + "\n---\nIntro.\n\n## 10:30 Video\n\n```embed\nhttps://www.youtube.com/watch?v=21X5lGlDOfg\n"
                    + "title: Replay\n```\n");
        }
        s.build();
        for (String layout : new String[] {"liveblog", "explainer"}) {
            Document d = s.page("articles/" + layout + "/");
            assertThat(d.select(".embed").size()).as(layout).isPositive();
            assertThat(d.select("script[src$=assets/embed.js]")).as(layout).hasSize(1);
        }
    }

    @Test
    void aLiveBlogShowsItsTimestampedEntriesNewestFirst() {
        TestSite s = newYorkDesk();
        s.write("content/articles/launch-live.md", """
                ---
                title: "Live: Crew-11 launch day"
                date: 2025-07-31T09:00:00-04:00
                layout: liveblog
                ---
                Follow the launch with us.

                ## How to watch

                NASA streams it.

                ## 11:43 Liftoff

                The rocket cleared the tower. [Docking](#2025-08-01-0227-capsule-docks) comes later.

                ## 11:52 Dragon separates

                The capsule is on its own.

                ## 2025-08-01 02:27 Capsule docks

                Docked.
                """);
        s.build();
        Document d = s.page("articles/launch-live/");
        assertThat(d.select(".live-pinned h2").eachText()).containsExactly("How to watch");
        assertThat(d.select(".live-pinned").text()).isEqualTo("Follow the launch with us. How to watch NASA streams it.");
        assertThat(d.select(".live-entry").eachAttr("id")).containsExactly("2025-08-01-0227-capsule-docks",
                "1152-dragon-separates", "1143-liftoff");
        assertThat(d.select(".live-entry h3").eachText()).containsExactly("Aug 1, 2:27 AM EDT Capsule docks",
                "Jul 31, 11:52 AM EDT Dragon separates", "Jul 31, 11:43 AM EDT Liftoff");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-08-01T02:27:00-04:00",
                "2025-07-31T11:52:00-04:00", "2025-07-31T11:43:00-04:00");
        assertThat(d.select("#live-heading").text()).isEqualTo("Live updates (3), newest first");
        assertThat(d.select("h1").text()).isEqualTo("Live: Crew-11 launch day");
        JsonNode ld = TestSite.jsonLd(d);
        assertThat(ld.get("@type").asString()).isEqualTo("LiveBlogPosting");
        assertThat(ld.get("coverageStartTime").asString()).isEqualTo("2025-07-31T11:43:00-04:00");
        assertThat(ld.get("dateModified").asString()).isEqualTo("2025-08-01T02:27:00-04:00");
        assertThat(ld.get("liveBlogUpdate").get(0).toString()).isEqualTo("{\"@type\":\"BlogPosting\",\"headline\":"
                + "\"Capsule docks\",\"datePublished\":\"2025-08-01T02:27:00-04:00\",\"url\":"
                + "\"https://news.example.org/articles/launch-live/#2025-08-01-0227-capsule-docks\"}");
        assertThat(s.text("feed.xml")).contains("<updated>2025-08-01T02:27:00-04:00</updated>");
        assertThat(s.text("feed.xml")).contains("The capsule is on its own.");
        // in a feed too, newest first, each under its day and time (it was the text as written: a bare "11:43")
        Document content = org.jsoup.Jsoup.parse(org.jsoup.Jsoup.parse(s.text("feed.xml"), "",
                org.jsoup.parser.Parser.xmlParser()).select("entry content").first().text());
        assertThat(content.select("h2").eachText()).containsExactly("How to watch", "Aug 1, 2:27 AM EDT Capsule docks",
                "Jul 31, 11:52 AM EDT Dragon separates", "Jul 31, 11:43 AM EDT Liftoff");
        assertThat(content.select("h2 time").eachAttr("datetime")).containsExactly("2025-08-01T02:27:00-04:00",
                "2025-07-31T11:52:00-04:00", "2025-07-31T11:43:00-04:00");
        assertThat(content.text()).startsWith("Follow the launch with us. How to watch NASA streams it.");
    }

    /** A live entry later than the build's time (a zone slip, say) is warned about, as a correction's date is. */
    @Test
    void aLiveEntryLaterThanTheBuildsTimeIsWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/live.md", """
                ---
                title: "Live: docking"
                date: 2025-07-31T06:00:00Z
                layout: liveblog
                ---
                ## 09:05 Hatch open

                Open.
                """);
        BuildResult r = new SiteBuild(BuildOptions.of(s.root).withNow(java.time.Instant.parse("2025-07-31T08:00:00Z")))
                .build();
        assertThat(r.warnings()).extracting(io.orbitpress.diag.Diagnostic::format).containsExactly(
                // at the entry's heading
                "content/articles/live.md:6:1: warning: the live entry \"Hatch open\" at 2025-07-31 09:05 +00:00 is later"
                        + " than this build's time, 2025-07-31 08:00 +00:00; check its date (it is shown as written)");
    }

    /**
     * An overnight blog: times past midnight are on the next day, a.m. and p.m., seconds and
     * offsets are read as written, and a heading that starts like a time but is not one warns.
     */
    @Test
    void aLiveBlogReadsItsTimesAsAWriterWritesThem() {
        TestSite s = newYorkDesk();
        s.write("content/articles/night.md", """
                ---
                title: "Live: the night launch"
                date: 2025-08-01T22:00:00-04:00
                layout: liveblog
                ---
                We follow the launch through the night.

                ## 21:15 Crew suits up

                Before the blog opened.

                ## 22:30 Hatch closed

                Closed.

                ## 11:55 p.m. Terminal count

                Counting.

                ## 00:10:30 Liftoff

                Away.

                ## 2025-08-02T07:30:00Z Orbit reached

                In orbit.

                ## 25:00 Splashdown plans

                Later.

                ## 2024-08-01 22:45 Fairing separation

                A year early: a slip of the year.
                """);
        BuildResult r = s.build();
        Document d = s.page("articles/night/");
        assertThat(d.select(".live-entry h3").eachText()).containsExactly("Aug 2, 3:30 AM EDT Orbit reached",
                "Aug 2, 12:10 AM EDT Liftoff", "Aug 1, 11:55 PM EDT Terminal count", "Aug 1, 10:30 PM EDT Hatch closed",
                "Aug 1, 9:15 PM EDT Crew suits up", "Aug 1, 10:45 PM EDT Fairing separation");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-08-02T03:30:00-04:00",
                "2025-08-02T00:10:30-04:00", "2025-08-01T23:55:00-04:00", "2025-08-01T22:30:00-04:00",
                "2025-08-01T21:15:00-04:00", "2024-08-01T22:45:00-04:00");
        assertThat(d.select(".live-pinned h2").eachText()).containsExactly("25:00 Splashdown plans");
        assertThat(r.warnings()).extracting(w -> w.format()).containsExactly("content/articles/night.md:28:1: warning:"
                + " the heading \"25:00 Splashdown plans\" starts like a time but is not one, so it is a part without a"
                + " time; write the time as 14:05, 2:05 pm or 2025-08-02 06:27",
                "content/articles/night.md:32:1: warning: the entry \"2024-08-01 22:45 Fairing separation\" is dated"
                        + " before the live blog's own date (2025-08-01), and is shown below its first entries; check its day");
    }

    /**
     * A Russian desk writes an entry's day as 02.08.2025 or 2 августа (read as the day it is, in the
     * blog's year when it gives none), and may write its time with a dot, 13.05: not read as a time
     * (it is as often a day of May), and told.
     */
    @Test
    void aLiveBlogReadsADayWrittenTheRussianWayAndTellsATimeWithADot() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: Europe/Moscow\n");
        s.write("content/articles/zapusk.md", """
                ---
                title: "Онлайн: запуск"
                date: 2025-08-01T10:00:00+03:00
                layout: liveblog
                ---
                Следим за запуском.

                ## 10:30 Посадка экипажа

                Экипаж в корабле.

                ## 02.08.2025, 09:00 Утро

                Стыковка прошла штатно.

                ## 13.05 Выход на орбиту

                Корабль на орбите.

                ## 2 августа, 12:00 Итоги

                Экипаж на станции.
                """);
        BuildResult r = s.build();
        Document d = s.page("articles/zapusk/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-08-02T12:00:00+03:00",
                "2025-08-02T09:00:00+03:00", "2025-08-01T10:30:00+03:00");
        assertThat(r.warnings()).extracting(w -> w.format()).containsExactly("content/articles/zapusk.md:16:1: warning:"
                + " the heading \"13.05 Выход на орбиту\" starts with 13.05, which is read as no time, so it is a part"
                + " without a time; write an entry's time with a colon, 13:05");
    }

    /**
     * A blog opened at 10:00 that runs through the night: its 00:15 is nearer the same morning and put
     * there, and told (the day to write); an entry of the same morning, hours before, is not.
     */
    @Test
    void anEntryPutHoursBeforeTheBlogOpenedIsTold() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n");
        s.write("content/articles/night.md", """
                ---
                title: "Live: docking night"
                date: 2025-08-01T10:00:00Z
                layout: liveblog
                ---
                Through the night.

                ## 08:30 Briefing

                Before we opened.

                ## 23:50 Docking

                Docked.

                ## 00:15 Hatches open

                Open.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly("content/articles/night.md:16:1:"
                + " warning: the entry \"00:15 Hatches open\" is put on the blog's own day, 9 hours before it opened"
                + " (10:00); if it came after midnight, give its day, like ## 2025-08-02 00:15 Hatches open");
    }

    /**
     * An offset written from UTC or GMT ({@code UTC+3}, {@code GMT+03:00}, {@code UTC -5}), as a desk
     * abroad writes its clock, is read: the time is that offset's, and the title is what follows it.
     */
    @Test
    void anEntryTimeWrittenAsAnOffsetFromUtcIsRead() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 14:05 UTC+3 Docking

                Docked.

                ## 14:10 GMT+03:00 Hatch open

                Open.

                ## 14:15 UTC +3: Crew aboard

                Aboard.

                ## 2025-12-04 07:20 UTC-5 Briefing

                Briefed.

                ## 11:30 UTC Call

                Called.
                """);
        assertThat(s.build().warnings()).isEmpty();
        Document d = s.page("articles/docking/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-12-04T07:20:00-05:00",
                "2025-12-04T06:30:00-05:00", "2025-12-04T06:15:00-05:00", "2025-12-04T06:10:00-05:00",
                "2025-12-04T06:05:00-05:00");
        assertThat(d.select(".live-entry h3 span").eachText()).containsExactly("Briefing", "Call", "Crew aboard",
                "Hatch open", "Docking");
    }

    /**
     * A Russian desk's clock words: Moscow's clock ({@code по Москве}, {@code по московскому времени}),
     * Greenwich's ({@code по Гринвичу}) and an offset of whole hours ({@code +3}) are read; another
     * place's clock ({@code по местному времени}) is told with the forms that are read.
     */
    @Test
    void anEntryTimeWrittenTheRussianWayIsReadOrTold() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 14:05 по Москве: Стыковка

                Docked.

                ## 14:10 +3 — Люк открыт

                Open.

                ## 14:15 (по московскому времени) Экипаж на борту

                Aboard.

                ## 11:30 по Гринвичу Брифинг

                Briefed.

                ## 18:00 по местному времени Пресс-конференция

                Talked.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/docking.md:24:1: warning: the entry \"18:00 по местному времени Пресс-конференция\""
                        + " gives its time by a clock a heading's time does not read (\"по местному времени\"): it is"
                        + " read as 18:00 in the site's time zone (America/New_York); write the clock it is on as one of"
                        + " ## 18:00 по Москве, ## 18:00 по Гринвичу, ## 18:00 UTC+3 or ## 18:00 +3, or for the"
                        + " site's own clock the time alone");
        Document d = s.page("articles/docking/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-12-04T18:00:00-05:00",
                "2025-12-04T06:30:00-05:00", "2025-12-04T06:15:00-05:00", "2025-12-04T06:10:00-05:00",
                "2025-12-04T06:05:00-05:00");
        assertThat(d.select(".live-entry h3 span").eachText()).containsExactly(
                "по местному времени Пресс-конференция", "Брифинг", "Экипаж на борту", "Люк открыт", "Стыковка");
    }

    /**
     * A sign and a number after an entry's time, then words, was read as an offset: {@code ## 06:00
     * -15 градусов на Байконуре} came 11 hours off, "-15" dropped from its title, and {@code ## 07:00
     * +30 секунд до старта} lost its time. Before words they are the title's; one that may be a whole
     * hour's offset ({@code +3 Стыковка}) is told how to write it as the clock.
     */
    @Test
    void aSignedNumberBeforeWordsIsTheTitlesNotAnOffset() {
        TestSite s = newYorkDesk();
        s.write("content/articles/launch.md", """
                ---
                title: "Live: launch day"
                date: 2025-12-04T05:00:00
                layout: liveblog
                ---
                Launch day.

                ## 06:00 -15 градусов на Байконуре

                Cold.

                ## 07:00 +30 секунд до старта

                Soon.

                ## 08:00 +3 Стыковка

                Docked.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/launch.md:16:1: warning: the entry \"08:00 +3 Стыковка\" is read as 08:00 in the"
                        + " site's time zone (America/New_York), \"+3\" starting its title; if +3 is the clock it is"
                        + " on, write ## 08:00 +3 — Стыковка or ## 08:00 UTC+3 Стыковка");
        Document d = s.page("articles/launch/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-12-04T08:00:00-05:00",
                "2025-12-04T07:00:00-05:00", "2025-12-04T06:00:00-05:00");
        assertThat(d.select(".live-entry h3 span").eachText()).containsExactly("+3 Стыковка", "+30 секунд до старта",
                "-15 градусов на Байконуре");
    }

    /**
     * A clock named in parentheses at the end of an entry's title ({@code ## 08:27 Стыковка (по
     * Москве)}) was read on the site's clock without a word, hours off; it is told with the heading
     * to write. A title that ends with the words outside parentheses ("Прогулка по Москве") is a title.
     */
    @Test
    void aClockNamedAfterTheTitleIsTold() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 08:27 Стыковка (по Москве)

                Docked.

                ## 08:40 Люк открыт (UTC+3)

                Open.

                ## 09:00 Прогулка по Москве

                A walk.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/docking.md:8:1: warning: the entry \"08:27 Стыковка (по Москве)\" names its clock"
                        + " after its title (\"по Москве\"), where a heading's time does not read it: it is read as 08:27"
                        + " in the site's time zone (America/New_York); write the clock right after the time, like ##"
                        + " 08:27 по Москве Стыковка",
                "content/articles/docking.md:12:1: warning: the entry \"08:40 Люк открыт (UTC+3)\" names its clock"
                        + " after its title (\"UTC+3\"), where a heading's time does not read it: it is read as 08:40 in"
                        + " the site's time zone (America/New_York); write the clock right after the time, like ## 08:40"
                        + " UTC+3 Люк открыт");
    }

    /**
     * A zone written in parentheses after the time, {@code ## 11:45 (UTC) ...}, is read as written
     * without them; an abbreviation in parentheses, {@code (MSK)}, is told as one without them is.
     */
    @Test
    void anEntryTimesZoneInParenthesesIsReadOrTold() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 11:45 (UTC) Fueling

                Fuel.

                ## 14:20 (GMT+3) Hatch open

                Open.

                ## 14:50 (MSK) Docking

                Docked.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/docking.md:16:1: warning: the entry \"14:50 (MSK) Docking\" gives its time in MSK,"
                        + " which a heading's time does not read: it is read as 14:50 in the site's time zone"
                        + " (America/New_York), and \"MSK\" is left in its title; write the time with its offset,"
                        + " like ## 2025-12-04T14:50+03:00 Docking");
        Document d = s.page("articles/docking/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-12-04T14:50:00-05:00",
                "2025-12-04T06:45:00-05:00", "2025-12-04T06:20:00-05:00");
        assertThat(d.select(".live-entry h3 span").eachText()).containsExactly("(MSK) Docking", "Fueling", "Hatch open");
    }

    /**
     * A summer abbreviation in winter ({@code EDT} in December), as a desk writes its clock all year:
     * told with the offset the place's clock shows that day, and the time alone when that is the site's.
     */
    @Test
    void anEntryWhoseAbbreviationIsNotWhatItsPlacesClockShowsIsToldBoth() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 2:05 p.m. EDT Hatch open

                Open.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/docking.md:8:1: warning: the entry \"2:05 p.m. EDT Hatch open\" gives its time in EDT,"
                        + " which a heading's time does not read: it is read as 14:05 in the site's time zone"
                        + " (America/New_York), and \"EDT\" is left in its title; New York's clock is at -05:00 on"
                        + " 2025-12-04, not -04:00: for its time, which is the site's clock, leave \"EDT\" out, like"
                        + " ## 14:05 Hatch open; for -04:00 write ## 2025-12-04T14:05-04:00 Hatch open");
    }

    /**
     * A time followed by a zone's abbreviation ({@code ## 14:55 MSK ...}) is read in the site's time
     * zone, the abbreviation left in the title: told, with the heading to write (the offset, or, for
     * the site's own clock, the time alone).
     */
    @Test
    void anEntryWhoseTimeNamesAZoneByItsAbbreviationIsTold() {
        TestSite s = newYorkDesk();
        s.write("content/articles/docking.md", """
                ---
                title: "Live: docking day"
                date: 2025-12-04T06:00:00
                layout: liveblog
                ---
                Docking day.

                ## 14:55 MSK Docking at the station

                Docked.

                ## 06:50 EST Walkout

                Out.

                ## 7:05 a.m. ET: Hatch open

                Open.

                ## 17:30 IST Call with Bengaluru

                Called.

                ## 08:00 NASA TV coverage

                Live.

                ## 15:00 мск: Стыковка

                Причалили.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/docking.md:8:1: warning: the entry \"14:55 MSK Docking at the station\" gives its"
                        + " time in MSK, which a heading's time does not read: it is read as 14:55 in the site's time"
                        + " zone (America/New_York), and \"MSK\" is left in its title; write the time with its offset,"
                        + " like ## 2025-12-04T14:55+03:00 Docking at the station",
                "content/articles/docking.md:12:1: warning: the entry \"06:50 EST Walkout\" gives its time in EST,"
                        + " which a heading's time does not read: it is read as 06:50 in the site's time zone"
                        + " (America/New_York), and \"EST\" is left in its title; that is the site's clock, so leave it"
                        + " out, like ## 06:50 Walkout",
                "content/articles/docking.md:16:1: warning: the entry \"7:05 a.m. ET: Hatch open\" gives its time in"
                        + " ET, which a heading's time does not read: it is read as 07:05 in the site's time zone"
                        + " (America/New_York), and \"ET\" is left in its title; that is the site's clock, so leave it"
                        + " out, like ## 07:05 Hatch open",
                "content/articles/docking.md:20:1: warning: the entry \"17:30 IST Call with Bengaluru\" gives its"
                        + " time in IST, which a heading's time does not read: it is read as 17:30 in the site's time"
                        + " zone (America/New_York), and \"IST\" is left in its title; write the time with its offset,"
                        + " like ## 2025-12-04T17:30+05:30 Call with Bengaluru for India,"
                        + " ## 2025-12-04T17:30Z Call with Bengaluru for Ireland, or"
                        + " ## 2025-12-04T17:30+02:00 Call with Bengaluru for Israel",
                "content/articles/docking.md:28:1: warning: the entry \"15:00 мск: Стыковка\" gives its time in мск,"
                        + " which a heading's time does not read: it is read as 15:00 in the site's time zone"
                        + " (America/New_York), and \"мск\" is left in its title; write Moscow's clock as a"
                        + " heading reads it, like ## 15:00 по Москве Стыковка");
        Document d = s.page("articles/docking/");
        assertThat(d.select(".live-entry h3 span").eachText()).contains("NASA TV coverage");
    }

    /**
     * A live entry written under a heading of another level ({@code ### 12:00 ...}, {@code # 12:30
     * ...}) is no entry: it is part of the entry above it, which the page may show far from its
     * time; told at its line with the heading to write.
     */
    @Test
    void aTimedHeadingOfAnotherLevelInALiveBlogIsTold() {
        TestSite s = newYorkDesk();
        s.write("content/articles/live.md", """
                ---
                title: "Live: docking"
                date: 2025-08-01T09:00:00-04:00
                layout: liveblog
                ---
                Updates.

                ## 09:05 Walkout

                Out.

                ### 12:00 Dinner

                Eaten.

                # 12:30 p.m. Evening

                Late.

                ### Background

                Not a time.
                """);
        assertThat(s.build().warnings()).extracting(w -> w.format()).containsExactly(
                "content/articles/live.md:12:1: warning: the heading \"12:00 Dinner\" starts with a time but is a"
                        + " level-3 heading, so it is no entry of the live blog, only part of the one above it; write"
                        + " an entry as a level-2 heading: ## 12:00 Dinner",
                "content/articles/live.md:16:1: warning: the heading \"12:30 p.m. Evening\" starts with a time but is a"
                        + " level-1 heading, so it is no entry of the live blog, only part of the one above it; write"
                        + " an entry as a level-2 heading: ## 12:30 p.m. Evening");
        assertThat(s.page("articles/live/").select(".live-entry")).hasSize(1);
    }

    /**
     * A live blog written oldest entry first is read newest first: the first mention a reader meets,
     * and so the one linked, is in the newest entry, after what stays at the top.
     */
    @Test
    void aLiveBlogLinksTheFirstMentionAReaderMeets() {
        TestSite s = newYorkDesk();
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAstronaut.\n");
        s.write("content/people/oleg-platonov.md", "---\nname: Oleg Platonov\n---\nCosmonaut.\n");
        s.write("content/articles/live.md", """
                ---
                title: "Live: launch day"
                date: 2025-08-01T09:00:00-04:00
                layout: liveblog
                ---
                Updates through the day.

                ## 09:05 Walkout

                Zena Cardman and Oleg Platonov walk out.

                ## 10:15 Boarding

                Zena Cardman is the first aboard.

                ## 11:43 Liftoff

                Oleg Platonov waves; Zena Cardman reports a smooth ride.

                ## Background

                Oleg Platonov trained for two years.
                """);
        s.build();
        Document d = s.page("articles/live/");
        assertThat(d.select(".live-pinned a[href$=/people/oleg-platonov/]")).hasSize(1);
        assertThat(d.select(".live-entry").first().select("a").eachText()).containsExactly("Zena Cardman");
        assertThat(d.select(".story-body a[href$=/people/zena-cardman/]")).hasSize(1);
        assertThat(d.select(".story-body a[href$=/people/oleg-platonov/]")).hasSize(1);
    }

    @Test
    void aLiveBlogsHeadingsKeepWordsThatOnlyLookLikeATimesParts() {
        TestSite s = newYorkDesk();
        s.write("content/articles/night.md", """
                ---
                title: "Live: words"
                date: 2025-08-01T22:00:00-04:00
                layout: liveblog
                ---
                Words.

                ## 23:00 Zena Cardman waves

                A.

                ## 12:30 a.m. Amanda Nguyen reports

                B.

                ## 2025-08-02 01:00 +02:00 Europe wakes

                C.

                ## 23:30 PMA briefing

                D.
                """);
        assertThat(s.build().warnings()).isEmpty();
        Document d = s.page("articles/night/");
        assertThat(d.select(".live-entry time").eachAttr("datetime")).containsExactly("2025-08-02T00:30:00-04:00",
                "2025-08-01T23:30:00-04:00", "2025-08-01T23:00:00-04:00", "2025-08-01T19:00:00-04:00");
        assertThat(d.select(".live-entry h3").eachText()).containsExactly("Aug 2, 12:30 AM EDT Amanda Nguyen reports",
                "Aug 1, 11:30 PM EDT PMA briefing", "Aug 1, 11:00 PM EDT Zena Cardman waves",
                "Aug 1, 7:00 PM EDT Europe wakes");
    }

    /**
     * The parts a layout shows apart hold their pictures as the whole body does: a figure with its
     * caption and credit, a picture within a line of text, each with its resized copies.
     */
    @Test
    void picturesInAnExplainersPartsAndALiveBlogsEntriesAreShown() {
        TestSite s = new TestSite(dir);
        s.write("content/static/images/dock.jpg", io.orbitpress.image.TestImages.jpeg(1200, 800));
        String body = """
                ## 14:05 Docking

                ![Dragon near the station](/images/dock.jpg "Endeavour closes in. | Illustration: Orbit Desk")

                Seen from ![the port](/images/dock.jpg) at last.
                """;
        s.write("content/articles/live.md", "---\ntitle: Live\ndate: 2025-08-01T12:00:00Z\nlayout: liveblog\n---\n"
                + "Follow along.\n\n" + body);
        s.write("content/articles/how.md", "---\ntitle: How\ndate: 2025-08-01\nlayout: explainer\n---\n"
                + "Crews overlap.\n\n" + body.replace("14:05 Docking", "How does it dock?"));
        assertThat(s.build().warnings()).isEmpty();
        for (String page : java.util.List.of("articles/live/", "articles/how/")) {
            Document d = s.page(page);
            assertThat(d.select("figure.figure img").eachAttr("alt")).as(page).containsExactly("Dragon near the station");
            assertThat(d.select("figure.figure figcaption").text()).as(page).contains("Endeavour closes in.")
                    .contains("Orbit Desk");
            assertThat(d.select("p img").eachAttr("alt")).as(page).contains("the port");
            assertThat(d.select("img[alt=the port]").attr("srcset")).as(page).contains("dock-");
            assertThat(d.body().text()).as(page).doesNotContainPattern("\\bf0\\b|\\bp1\\b");
            assertThat(d.html()).as(page).doesNotContain("\u0000");
        }
    }

    @Test
    void anExplainerListsItsQuestionsAndASiteMayAddItsOwnLayout() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/how.md", """
                ---
                title: How rotation works
                date: 2025-07-31
                layout: explainer
                ---
                Crews overlap.

                ## Who flies?

                Four people.

                ## Why overlap?

                To hand over.
                """);
        s.write("content/articles/photos.md", "---\ntitle: In pictures\ndate: 2025-07-30\nlayout: photo-essay\n---\nPictures.\n");
        s.write("templates/article-photo-essay.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout.html :: layout(~{::main})}">
                <body>
                <main id="main" class="wrap photo-essay"><h1 th:text="${article.title}">T</h1>
                  <div th:utext="${article.html}">Body</div></main>
                </body>
                </html>
                """);
        s.build();
        Document how = s.page("articles/how/");
        assertThat(how.select(".toc li a").eachText()).containsExactly("Who flies?", "Why overlap?");
        assertThat(how.select(".toc li a").eachAttr("href")).containsExactly("#who-flies", "#why-overlap");
        assertThat(how.select(".story-body h2").eachAttr("id")).containsExactly("who-flies", "why-overlap");
        assertThat(s.page("articles/photos/").select("main.photo-essay h1").text()).isEqualTo("In pictures");
    }

    /**
     * A template written as a web application's are links with {@code @{/...}} from the site's
     * root: such a link works (made relative as every link is, so under a sub-path too), with
     * its parameters, and the link check checks it.
     */
    @Test
    void aLinkExpressionFromTheRootWorksUnderASubPath() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\nbaseUrl: https://desk.example.org/news/\n");
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nlayout: links\n---\nText.\n");
        s.write("templates/article-links.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout.html :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <a id="tags" th:href="@{/tags/}">Topics</a>
                  <a id="search" th:href="@{/search/(q=${article.title})}">Search</a></main>
                </body>
                </html>
                """);
        s.build();
        Document one = s.page("articles/one/");
        assertThat(one.select("#tags").attr("href")).isEqualTo("../../tags/");
        assertThat(one.select("#search").attr("href")).isEqualTo("../../search/?q=One");
        s.write("templates/article-links.html", s.read("templates/article-links.html").replace("@{/tags/}", "@{/tagz/}"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/article-links.html:5:27: error: broken link \"/tagz/\" on the pages made with this"
                        + " template: no page or file /tagz/"));
    }

    /** A fragment a template names that its file does not declare: the fragments it has, and the closest. */
    @Test
    void anUnknownFragmentIsToldWithTheFragmentsThere() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nlayout: parts\n---\nText.\n");
        s.write("templates/parts.html", "<div th:fragment=\"byline(a)\" th:text=\"${a.title}\">x</div>\n");
        s.write("templates/article-parts.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout.html :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <div th:replace="~{parts.html :: bylines(${article})}"></div></main>
                </body>
                </html>
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/article-parts.html:5:8: error: no fragment \"bylines\" in templates/parts.html;"
                        + " did you mean \"byline\"? Its fragments: byline"));
        s.write("templates/article-parts.html", s.read("templates/article-parts.html").replace("parts.html :: bylines",
                "fragments.html :: pagers"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("error: no fragment \"pagers\" in ", "fragments.html; did you mean \"pager\"? Its fragments: card,"));
        // a markup selector, not a fragment's name: the engine's own words
        s.write("templates/article-parts.html", s.read("templates/article-parts.html").replace("fragments.html :: pagers",
                "fragments.html :: nav.pagers"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .doesNotContain("no fragment \"nav\""));
    }

    /**
     * A site's own feed.json that writes something other than JSON (a value not through its JSON
     * form) fails the build, naming the line of the page; a misspelt variable is told by the
     * closest name the page has.
     */
    @Test
    void aSitesOwnJsonFeedMustBeJson() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nsummary: Crew \"one\" lands.\n---\nText.\n");
        String feed = new String(io.orbitpress.theme.Theme.builtIn().bytes("feed.json").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        s.write("templates/feed.json", feed.replace("[(${e.json.summary})]", "\"[(${e.summary})]\""));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/feed.json: error: renders a page that is not JSON (", ") at line 13 of the page"
                        + " (\"summary\": \"Crew \"one\" lands.\",); write values through their JSON forms",
                        "(while rendering /feed.json)"));
        s.write("templates/feed.json", feed.replace("[(${json.title})]", "[(${jsn.title})]"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/feed.json:3:14: error: unknown variable \"jsn\" in ${jsn.title}: no page has it and"
                        + " no template sets it; did you mean \"json\"? (while rendering /feed.json, whose variables are"
                        + " description, entries, json, link, self, site, title, updated, updatedRfc822;"));
        // a name nothing like the page's: told as a variable the page lacks, not as "a value that is empty"
        s.write("templates/feed.json", feed.replace("[(${json.title})]", "[(${story.title})]"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/feed.json:3:14: error: unknown variable \"story\" in ${story.title}: no page has it"
                        + " and no template sets it (while rendering").doesNotContain("empty on this page"));
        // a name th:with sets, empty further along: not taken for a misspelling
        s.write("templates/feed.json", "[# th:with=\"jsn=${json}\"]" + feed.replace("[(${json.title})]",
                "[(${jsn.nothing.title})]") + "[/]");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("reads \"title\" of a value that is empty on this page; guard the element with th:if")
                .doesNotContain("did you mean"));
        s.write("templates/feed.json", "[# th:if=\"${entries.isEmpty()}\"]{}[/]\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/feed.json: error: renders an empty page, not JSON"));
        s.write("templates/feed.json", feed.replace("\"items\"", "\"entries\""));
        s.build(); // JSON still, if not a JSON Feed's
    }

    /**
     * A fragment's file named without its ending, as Thymeleaf's guides write it ({@code
     * ~{fragments :: card(...)}}), is the {@code .html} file, the site's or the built-in one: the
     * check before rendering reads it so, and so does the page.
     */
    @Test
    void aFragmentsFileNamedWithoutItsEndingIsTheHtmlFile() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nlayout: cards\n---\nText.\n");
        s.write("templates/article-cards.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <div th:replace="~{fragments :: card(${article})}"></div></main>
                </body>
                </html>
                """);
        s.build();
        assertThat(s.page("articles/one/").select("main article.card a").eachText()).contains("One");
        BuiltInThemeTest.Trees.delete(dir.resolve("templates/fragments.html"));
        BuiltInThemeTest.Trees.delete(dir.resolve("templates/layout.html"));
        s.build();
        assertThat(s.page("articles/one/").select("main article.card a").eachText()).contains("One");
    }

    /**
     * A site's template passing the wrong thing to a fragment of the built-in theme is told at its
     * own line, where the fix is, not in the built-in file with advice to eject it.
     */
    @Test
    void aBuiltInFragmentGivenTheWrongArgumentIsToldAtTheCall() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nlayout: cards\n---\nText.\n");
        s.write("templates/article-cards.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout.html :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <div th:replace="~{fragments.html :: card(${article.title})}"></div></main>
                </body>
                </html>
                """);
        BuiltInThemeTest.Trees.delete(dir.resolve("templates/fragments.html"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/article-cards.html:5:22: error: the built-in fragment card of fragments.html fails"
                        + " with what this passes it (at its line ", "String has no such property")
                .doesNotContain("theme eject"));
    }

    /**
     * An error in a fragment file named without its ending ({@code ~{footer :: foot}}) names the
     * file as it is on disk, {@code templates/footer.html}; a built-in one called so is told at the call.
     */
    @Test
    void anErrorInAFragmentsFileNamedWithoutItsEndingNamesTheHtmlFile() throws Exception {
        TestSite s = new TestSite(dir);
        s.write("content/articles/one.md", "---\ntitle: One\ndate: 2025-07-31\nlayout: cards\n---\nText.\n");
        s.write("templates/footer.html", """
                <!DOCTYPE html>
                <html>
                <body>
                <footer th:fragment="foot">
                  <p th:text="${site.nope}">x</p>
                </footer>
                </body>
                </html>
                """);
        s.write("templates/article-cards.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <div th:replace="~{footer :: foot}"></div></main>
                </body>
                </html>
                """);
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/footer.html:5:6: error: unknown value \"nope\" in ${site.nope}")
                .doesNotContain("templates/footer:"));
        s.write("templates/article-cards.html", java.nio.file.Files.readString(dir.resolve("templates/article-cards.html"))
                .replace("footer :: foot", "footer :: fot"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("no fragment \"fot\" in templates/footer.html; did you mean \"foot\"?"));
        s.write("templates/article-cards.html", """
                <!DOCTYPE html>
                <html th:replace="~{layout :: layout(~{::main})}">
                <body>
                <main id="main"><h1 th:text="${article.title}">T</h1>
                  <div th:replace="~{fragments :: card(${article.title})}"></div></main>
                </body>
                </html>
                """);
        BuiltInThemeTest.Trees.delete(dir.resolve("templates/footer.html"));
        BuiltInThemeTest.Trees.delete(dir.resolve("templates/fragments.html"));
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.getMessage())
                .contains("templates/article-cards.html:5:22: error: the built-in fragment card of fragments.html fails"
                        + " with what this passes it (at its line ")
                .doesNotContain("templates/fragments:", "theme eject"));
    }

    @Test
    void aLayoutTheThemeDoesNotHaveIsAnErrorAtItsLine() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\nlayout: timeline\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/x.md:4:1: error: layout \"timeline\" does"
                        + " not exist; add templates/article-timeline.html, or use one of: explainer, liveblog"));
    }

    /** A layout a letter or two off one the theme has is most likely that one. */
    @Test
    void aLayoutALetterOffSaysWhichItMeant() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\nlayout: livblog\n---\nText.\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/x.md:4:1: error: layout \"livblog\" does"
                        + " not exist; did you mean \"liveblog\"? Otherwise add templates/article-livblog.html, or use one"
                        + " of: explainer, liveblog"));
    }

    /** The story is still rendered (with the article template) so that the build's other problems come with it. */
    @Test
    void anUnknownLayoutIsToldWithTheBrokenLinks() {
        TestSite s = new TestSite(dir);
        s.write("content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\nlayout: timeline\n---\nText.\n");
        s.write("content/articles/y.md", "---\ntitle: Y\ndate: 2025-07-31\n---\nSee [the timeline](/articles/x/) and"
                + " [the plan](/articles/plan/).\n");
        assertThatThrownBy(s::build).isInstanceOfSatisfying(BuildFailure.class, f -> assertThat(f.diagnostics())
                .extracting(d -> d.format()).containsExactly("content/articles/x.md:4:1: error: layout \"timeline\" does"
                        + " not exist; add templates/article-timeline.html, or use one of: explainer, liveblog",
                        "content/articles/y.md:5:49: error: broken link \"/articles/plan/\" on page /articles/y/: no"
                                + " page or file /articles/plan/; fix the link or add what it points to"));
    }
}
