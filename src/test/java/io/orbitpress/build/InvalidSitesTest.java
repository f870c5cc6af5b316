package io.orbitpress.build;

import io.orbitpress.testing.Trees;
import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, one fixture site per case under {@code src/test/resources/sites/invalid-*}: each
 * is built through the command line over a previous site, and the test asserts the exact
 * messages, the exit code, that no stack trace shows, and that the previous site survived.
 * Inputs that are not text (wrong encodings, NUL bytes, huge files) are written here instead.
 */
class InvalidSitesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/sites");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path tmp;

    // ---- front matter -------------------------------------------------------------------

    @Test
    void yamlSyntaxErrorPointsAtTheFileLine() {
        assertFails("invalid-yaml-syntax",
                "content/articles/docking.md:4:19: error: invalid YAML: mapping values are not allowed here;"
                + " a value containing \": \" must be quoted, like summary: \"docked at: 2:27 a.m.\"");
    }

    @Test
    void unclosedQuoteAndMissingColonSayWhatIsWrongWhereItIs() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/landing.md", """
                    ---
                    title: "Apollo 11 lands on the Moon
                    date: 2025-07-30
                    summary: "The crew landed in the Sea of Tranquility."
                    dateline: HOUSTON
                    ---
                    Text.
                    """);
            write(site, "content/articles/return.md", """
                    ---
                    title: "Apollo 11 comes home"
                    date: 2025-07-30
                    summary: "The crew splashed down."
                    dateline HOUSTON
                    tags: [moon]
                    ---
                    Text.
                    """);
        }, "content/articles/landing.md:2:8: error: invalid YAML: a quoted value is not closed: the \" opened here runs"
                + " on to line 4, taking in the lines between as its text; close it where the value ends, like title:"
                + " \"Apollo 11 lands on the Moon\"",
                "content/articles/return.md:5:1: error: invalid YAML: this line has no \":\" after its key; write it as"
                        + " dateline: HOUSTON, or indent it if it continues the value above");
    }

    /** A title or date written empty was read as none, and the story left out of the site without a word. */
    @Test
    void anEmptyTitleOrDateIsAnError() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/untitled.md", "---\ntitle: \"\"\ndate: 2025-07-30\n---\nText.\n");
            write(site, "content/articles/blank.md", "---\ntitle: \"   \"\ndate: 2025-07-30\n---\nText.\n");
            write(site, "content/articles/undated.md", "---\ntitle: Undated\ndate: \"\"\n---\nText.\n");
        }, "content/articles/blank.md:2:1: error: the title is empty; write the headline, like title: \"Crew-11 reaches"
                + " the station\"",
                "content/articles/undated.md:3:1: error: date is empty; write the day, like date: 2025-07-30, or delete"
                        + " the line",
                "content/articles/untitled.md:2:1: error: the title is empty; write the headline, like title:"
                        + " \"Crew-11 reaches the station\"");
    }

    /** content/articles as a file built a site with no story and said nothing. */
    @Test
    void aFileWhereTheArticlesFolderBelongsIsAnError() {
        assertFails("invalid-generated", site -> {
            try (Stream<Path> files = Files.walk(site.resolve("content/articles"))) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            write(site, "content/articles", "stories.md was meant");
        }, "content/articles: error: this is a file where a folder belongs; make it a folder (with the files it is"
                + " to hold), or remove it");
    }

    @Test
    void frontMatterNeverClosed() {
        assertFails("invalid-unclosed-front-matter",
                "content/articles/docking.md:1:1: error: front matter opened here is never closed; add a line --- after its last key");
    }

    @Test
    void fileOpeningWithAHorizontalRuleHasNoFrontMatter() {
        assertFails("invalid-horizontal-rule",
                "content/articles/notes.md:1:1: error: no front matter; an article starts with ---, then title: and date: lines, then ---");
    }

    @Test
    void missingTitle() {
        assertFails("invalid-missing-title",
                "content/articles/docking.md:2:1: error: missing title; add a line like title: \"Crew-11 reaches the station\" to the front matter");
    }

    @Test
    void missingDate() {
        assertFails("invalid-missing-date",
                "content/articles/docking.md:2:1: error: missing date; add a line like date: 2025-07-30 to the front matter");
    }

    @Test
    void dateNotOnTheCalendar() {
        assertFails("invalid-bad-date",
                "content/articles/docking.md:3:7: error: expected a date like 2025-07-30, got \"2025-13-45\", which is not a day on the calendar");
    }

    /** An abbreviation said of more than one zone's clock (IST: India, Ireland, Israel) is told with each one's offset. */
    @Test
    void aDateWithAnAbbreviationOfSeveralZonesIsToldTheirOffsets() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/gsoc.md", "---\ntitle: GSoC\ndate: 2021-06-06 11:00 IST\n---\nText.\n");
        }, "content/articles/gsoc.md:3:7: error: a date takes its zone as an offset, not a name, and \"IST\" is said of"
                + " more than one zone's clock: write 2021-06-06T11:00+05:30 for India, 2021-06-06T11:00+01:00 for"
                + " Ireland, or 2021-06-06T11:00+03:00 for Israel (or leave the zone out for the site's timeZone)");
    }

    /**
     * A time followed by a zone's abbreviation or name, as a newsroom writes one, is told with the
     * offset to write; an abbreviation its place's clock does not show that day (EST in July, when
     * New York is on EDT) is told with the offset the clock does show: the hour an embargo lifts.
     */
    @Test
    void aDateWithAZoneNameIsToldWithTheOffsetToWrite() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/launch-window.md", "---\ntitle: Window\ndate: 2026-07-30 10:00 EST\n---\nText.\n");
            write(site, "content/articles/docking-time.md", "---\ntitle: Docking\ndate: 2026-07-30T21:15 MSK\n---\nText.\n");
            write(site, "content/articles/hatch.md", "---\ntitle: Hatch\ndate: 2026-12-01 09:30 America/New_York\n---\nText.\n");
        }, "content/articles/docking-time.md:3:7: error: a date takes its zone as an offset, not a name: for"
                + " \"2026-07-30T21:15 MSK\" write 2026-07-30T21:15+03:00 (or leave the zone out for the site's timeZone)",
                "content/articles/hatch.md:3:7: error: a date takes its zone as an offset, not a name: for \"2026-12-01"
                        + " 09:30 America/New_York\" write 2026-12-01T09:30-05:00 (or leave the zone out for the site's"
                        + " timeZone)",
                "content/articles/launch-window.md:3:7: error: a date takes its zone as an offset, not a name: for"
                        + " \"2026-07-30 10:00 EST\" write 2026-07-30T10:00-05:00 (or leave the zone out for the site's"
                        + " timeZone); New York's clock is at -04:00 on 2026-07-30, not -05:00: for its time write"
                        + " 2026-07-30T10:00-04:00");
    }

    /**
     * A date that is no day on the calendar was told at its key, as if the key were wrong: it is
     * told at the value, where it is written, in YAML (quoted or not), JSON and TOML alike.
     */
    @Test
    void anImpossibleDateIsToldAtItsValue() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/a.md", "---\ntitle: A\ndate: 2026-02-30\n---\nText.\n");
            write(site, "content/articles/b.md", "---\ntitle: B\ndate: 2026-02-01\npublishDate:   \"2026-02-30T10:00:00Z\"\n"
                    + "---\nText.\n");
            write(site, "content/articles/c.md", "{\n  \"title\": \"C\",\n  \"date\":  \"2026-02-30\"\n}\nText.\n");
            write(site, "content/articles/d.md", "+++\ntitle = \"D\"\ndate =   2026-02-30\n+++\nText.\n");
        }, "content/articles/a.md:3:7: error: expected a date like 2025-07-30, got \"2026-02-30\", which is not a day"
                + " on the calendar",
                "content/articles/b.md:4:16: error: expected a date like 2025-07-30, got \"2026-02-30T10:00:00Z\", which"
                        + " is not a day on the calendar",
                "content/articles/c.md:3:12: error: expected a date like 2025-07-30, got \"2026-02-30\", which is not a"
                        + " day on the calendar",
                "content/articles/d.md:3:10: error: expected a date like 2025-07-30, got \"2026-02-30\", which is not a"
                        + " day on the calendar");
    }

    /** A day on the calendar with an hour not on the clock is told as the time it is; a name in an unknown language says what to do. */
    @Test
    void timeNotOnTheClockAndANameInAnUnknownLanguage() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/late.md", "---\ntitle: Late\ndate: 2025-08-01T25:00:00Z\n---\nText.\n");
            write(site, "content/people/zena-cardman.md", "---\nname: {en: Zena Cardman, fr: Zena Cardman}\n---\nNASA"
                    + " astronaut.\n");
        }, "content/articles/late.md:3:7: error: expected a time of day from 00:00 to 23:59, like"
                + " 2025-07-30T14:05:00-04:00, got \"2025-08-01T25:00:00Z\"",
                "content/people/zena-cardman.md:2:26: error: name in \"fr\": not one of the site's languages (en); add"
                        + " it to languages: in site.yaml or fix the code");
    }

    @Test
    void hourOnlyOffsetIsAcceptedWithAWarning() {
        assertBuildsWithWarnings("invalid-hour-only-offset",
                "content/articles/launch.md:3:7: warning: offset \"-4\" read as -04:00; write it in full as -04:00");
    }

    @Test
    void dateOnlyInTheJekyllFileName() {
        Run run = assertBuildsWithWarnings("invalid-jekyll-date");
        assertThat(run.out.resolve("articles/slug/index.html")).content().contains("June 11, 2015");
    }

    @Test
    void textWhereAListIsExpected() {
        assertFails("invalid-string-for-list",
                "content/articles/crew.md:4:1: error: expected a list for \"people\", got \"zena-cardman, x\"; write it as people: [zena-cardman, x]");
    }

    @Test
    void listWhereTextIsExpected() {
        assertFails("invalid-list-for-string",
                "content/articles/crew.md:2:1: error: expected text for \"title\", got a list; write it as title: some text");
    }

    @Test
    void unknownPerson() {
        assertFails("invalid-unknown-person",
                "content/articles/crew.md:4:24: error: unknown person \"mike-fincke\"; add content/people/mike-fincke.md or fix the id");
    }

    /** A fact written as a day that is not on the calendar would reach the page and its JSON-LD as written. */
    @Test
    void aRegistryDayNotOnTheCalendar() {
        assertFails("invalid-generated", site -> {
            write(site, "content/missions/ax-9.md", "---\nname: Ax-9\nlaunch: 2025-02-30\nmilestones:\n"
                    + "  - 2025-03-01\n  - 2025-04-31\ncatalog: 2025-99-01\n---\nA crewed flight.\n");
        }, "content/missions/ax-9.md:3:9: error: launch: 2025-02-30 is not a day on the calendar; write the day as"
                + " YYYY-MM-DD, like 2025-08-01",
                "content/missions/ax-9.md:6:5: error: milestones: 2025-04-31 is not a day on the calendar; write the day"
                        + " as YYYY-MM-DD, like 2025-08-01");
    }

    /**
     * A registry file without its name is told, with its other problems, at once; the stories that
     * name its id are not told of an unknown one besides.
     */
    @Test
    void aRegistryFileWithoutItsNameIsToldWithItsOtherProblems() {
        assertFails("invalid-generated", site -> {
            write(site, "content/people/zena-cardman.md", "---\nname: \"\"\norganization: nasaa\n"
                    + "launch: 2025-02-30\n---\nNASA astronaut.\n");
        }, "content/people/zena-cardman.md:2:1: error: missing name; add a line like name: Zena Cardman to the front"
                + " matter",
                "content/people/zena-cardman.md:3:1: error: unknown organization \"nasaa\"; did you mean \"nasa\"?"
                        + " Otherwise add content/organizations/nasaa.md",
                "content/people/zena-cardman.md:4:9: error: launch: 2025-02-30 is not a day on the calendar; write the"
                        + " day as YYYY-MM-DD, like 2025-08-01");
    }

    /**
     * A name written per language without the site's first one, or written as a list, is told as
     * that; it is no missing name besides, which would send the writer to add a line already there.
     */
    @Test
    void aRegistryNameWrittenWronglyIsNotToldAsMissingToo() {
        assertFails("invalid-generated", site -> {
            write(site, "content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                    + "languages:\n  - code: en\n  - code: ru\n");
            write(site, "content/people/oleg-platonov.md", "---\nname: {ru: Олег Платонов}\n---\nКосмонавт.\n");
            write(site, "content/people/zena-cardman.md", "---\nname: [Zena, Cardman]\n---\nNASA astronaut.\n");
        }, "content/people/oleg-platonov.md:2:1: error: name per language needs the site's language \"en\", like name:"
                + " {en: ..., ru: ...}",
                "content/people/zena-cardman.md:2:1: error: expected text for \"name\", got a list; write it as name:"
                        + " some text");
    }

    /** Each language's days of a fact written per language are checked, not the default language's alone. */
    @Test
    void aRegistryDayNotOnTheCalendarInAnyLanguage() {
        assertFails("invalid-generated", site -> {
            write(site, "content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                    + "languages:\n  - code: en\n  - code: ru\n");
            write(site, "content/missions/ax-9.md", "---\nname: Ax-9\nlaunch:\n  en: 2025-02-28\n  ru: 2025-02-30\n"
                    + "docking:\n  en: 2025-06-31\n  ru: 2025-06-30\n---\nA crewed flight.\n");
        }, "content/missions/ax-9.md:5:7: error: launch: 2025-02-30 is not a day on the calendar; write the day as"
                + " YYYY-MM-DD, like 2025-08-01",
                "content/missions/ax-9.md:7:7: error: docking: 2025-06-31 is not a day on the calendar; write the day as"
                        + " YYYY-MM-DD, like 2025-08-01");
    }

    /** A problem of a registry file is told once, not once for each language the site has. */
    @Test
    void aRegistryPictureMissingIsToldOnceInEveryLanguage() {
        assertFails("invalid-generated", site -> {
            write(site, "content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                    + "languages:\n  - code: en\n  - code: ru\n  - code: de\n");
            write(site, "content/people/zena-cardman.md", "---\nname: Zena Cardman\nimage: /images/zena.jpg\n"
                    + "image_alt: Zena Cardman in her suit\n---\nNASA astronaut.\n");
        }, "content/people/zena-cardman.md:3:1: error: image /images/zena.jpg is not in the site: there is no file"
                + " content/static/images/zena.jpg; add it there or fix the address");
    }

    /** Told at the story that writes the slug: the other has its slug from its file name, and was there first. */
    @Test
    void twoArticlesWithOneSlug() {
        assertFails("invalid-duplicate-slug",
                "content/articles/launch-again.md:4:1: error: slug \"launch\" is already used by content/articles/launch.md;"
                        + " set a different slug: in one of them");
    }

    /**
     * On a site of several languages, a translation that gives its original's slug, as versions
     * share one, but not its language (lang: or its language's folder) is in the first language
     * too: the error says so, besides the other slug it offers, which would unpair the two.
     */
    @Test
    void aTranslationWithItsOriginalsSlugButNoLanguageIsToldSo() {
        assertFails("invalid-generated", site -> {
            write(site, "content/site.yaml", "title: Test Desk\nbaseUrl: https://news.example.org/\ntimeZone: UTC\n"
                    + "languages:\n  - code: en\n  - code: ru\n");
            write(site, "content/articles/crew-launch.md", "---\ntitle: Crew lifts off\ndate: 2025-08-01\n---\nThe crew"
                    + " lifted off.\n");
            write(site, "content/articles/start.md", "---\ntitle: Экипаж стартовал\ndate: 2025-08-01\n"
                    + "slug: crew-launch\n---\nЭкипаж стартовал.\n");
        }, "content/articles/start.md:4:1: error: slug \"crew-launch\" is already used by content/articles/crew-launch.md;"
                + " set a different slug: in one of them, or, if one is a translation of the other, give it its language"
                + " (lang: ru, or the folder content/articles/ru/): both are now in en");
    }

    /**
     * A registry file's link without an http(s) address is told at that link's url:, with what it
     * says, not at the links: line above a list of several, which left the writer to find which.
     */
    @Test
    void aRegistryLinkWithoutAnHttpAddressIsToldAtItsUrl() {
        assertFails("invalid-generated", site -> {
            write(site, "content/organizations/roscosmos.md", "---\nname: Roscosmos\nlinks:\n  - name: Site\n"
                    + "    url: https://www.roscosmos.ru/\n  - name: Press\n    url: www.roscosmos.ru/press\n---\nAgency.\n");
        }, "content/organizations/roscosmos.md:7:5: error: each link needs an http(s) url, like - name: NASA biography /"
                + " url: https://...; this one has \"www.roscosmos.ru/press\"");
    }

    /** All at once; the control character in e-control.md is also warned of where its escape stands, as in any value. */
    @Test
    void unsafeSlugsAreAllReportedAtOnce() {
        Path out = previousSite();
        Map<String, String> before = snapshot(out);
        Run run = run(site("invalid-unsafe-slugs", site -> { }), out);
        assertThat(run.errLines()).containsExactly(
                "content/articles/a-dots.md:4:1: error: slug \"../x\" is not a safe URL segment; use letters, digits and hyphens, like crew-11-launch",
                "content/articles/b-slash.md:4:1: error: slug \"/x\" is not a safe URL segment; use letters, digits and hyphens, like crew-11-launch",
                "content/articles/c-backslash.md:4:1: error: slug \"a\\b\" is not a safe URL segment; use letters, digits and hyphens, like crew-11-launch",
                "content/articles/d-empty.md:4:1: error: slug \"\" is not a safe URL segment; use letters, digits and hyphens, like crew-11-launch",
                "content/articles/e-control.md:4:1: error: slug \"a\\u0001b\" is not a safe URL segment; use letters, digits and hyphens, like crew-11-launch",
                "content/articles/e-control.md:4:9: warning: \"\\x01\" in slug is a control character (U+0001), which"
                        + " pages leave out (HTML does not allow it); remove it",
                "5 errors, 1 warning; nothing was written");
        assertThat(run.exit).isEqualTo(1);
        assertThat(snapshot(out)).isEqualTo(before);
    }

    private static final String DEVICE = "a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0-COM9,"
            + " LPT0-LPT9, in any case and with any extension), which no file or folder can have there";

    @Test
    void namesWindowsKeepsForDevicesAreRefused() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/con.md", "---\ntitle: Con\ndate: 2025-07-30\n---\nText.\n");
            write(site, "content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\nslug: Aux\n---\nText.\n");
            write(site, "content/articles/y.md", "---\ntitle: Y\ndate: 2025-07-30\ntags: [ok, Nul]\n---\nText.\n");
            write(site, "content/articles/z.md", "---\ntitle: Z\ndate: 2025-07-30\nurl: /2025/LPT1.html\n---\nText.\n");
            write(site, "content/people/prn.md", "---\nname: Prn\n---\n");
        },
                "content/articles/con.md:1:1: error: the file name gives the slug \"con\", " + DEVICE
                        + "; rename the file or add slug: to the front matter",
                "content/articles/x.md:4:1: error: slug \"Aux\" is " + DEVICE + "; choose another slug",
                "content/articles/y.md:4:1: error: tag \"Nul\" makes the page /tags/nul/, " + DEVICE
                        + "; write the tag another way",
                "content/articles/z.md:4:1: error: url \"/2025/LPT1.html\" has the part \"LPT1.html\", " + DEVICE
                        + "; use another",
                "content/people/prn.md:1:1: error: the file name gives the id \"prn\", " + DEVICE + "; rename the file");
    }

    @Test
    void staticFileNamedAsAWindowsDeviceIsRefused() {
        assertFails("invalid-generated", site -> write(site, "content/static/files/com1.txt", "x"),
                "content/static/files/com1.txt: error: \"com1.txt\" in /files/com1.txt is " + DEVICE + "; rename it");
    }

    @Test
    void outputPathsThatDifferOnlyInCaseAreRefused() {
        String disk = " differ only in case: on a case-insensitive disk (Windows, macOS) ";
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/alpha.md", "---\ntitle: One\ndate: 2025-07-30\n---\nText.\n");
            write(site, "content/articles/Alpha.md", "---\ntitle: Two\ndate: 2025-07-30\n---\nText.\n");
            write(site, "content/people/Zena-Cardman.md", "---\nname: Zena\n---\n");
            write(site, "content/static/img/a.gif", "a");
            write(site, "content/static/Img/b.gif", "b");
            write(site, "content/static/Logo.gif", "c");
            write(site, "content/static/logo.gif", "d");
        },
                "content/articles/Alpha.md:1:1: error: /articles/Alpha/ and /articles/alpha/ (from content/articles/alpha.md)"
                        + disk + "one would replace the other; give one of them another slug",
                "content/people/Zena-Cardman.md:1:1: error: /people/Zena-Cardman/ and /people/zena-cardman/ (from"
                        + " content/people/zena-cardman.md)" + disk + "one would replace the other; rename one of them",
                "content/static/Img/b.gif: error: the folder /Img/ and the folder /img/ (from content/static/img/a.gif)"
                        + disk + "they would be one folder; rename one of them",
                "content/static/Logo.gif: error: /Logo.gif and /logo.gif (from content/static/logo.gif)" + disk
                        + "one would replace the other; rename one of them");
    }

    /** A problem with one item of a list stands at that item, not at the list's key. */
    @Test
    void aWrongListItemIsPointedAt() {
        assertFails("invalid-generated", site -> {
            write(site, "content/missions/crew-11.md", "---\nname: Crew-11\ncrew:\n  - zena-cardman\n  - nobody\n---\nText.\n");
            write(site, "content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\ntags: [a, [b], c]\n---\nText.\n");
        },
                "content/articles/x.md:4:11: error: expected a list of texts for \"tags\", but an item is a list",
                "content/missions/crew-11.md:5:5: error: unknown person \"nobody\"; add content/people/nobody.md or fix the id");
    }

    /**
     * A story naming an unknown id is still made (without it), so that its broken links and missing
     * pictures are told in the same run, not one fix and one build later.
     */
    @Test
    void anUnknownIdIsToldWithTheStorysLinksAndPictures() {
        assertFails("invalid-generated", site -> write(site, "content/articles/x.md", "---\ntitle: X\ndate: 2025-07-30\n"
                + "people: [zena-kardman]\n---\nSee [the crew](/people/buzz-aldrin/) and"
                + " ![x](/images/nope.jpg \"Photo: NASA\").\n"),
                "content/articles/x.md:4:10: error: unknown person \"zena-kardman\"; did you mean \"zena-cardman\"?"
                        + " Otherwise add content/people/zena-kardman.md",
                "content/articles/x.md:6:16: error: broken link \"/people/buzz-aldrin/\" on page /articles/x/: no page or"
                        + " file /people/buzz-aldrin/; fix the link or add what it points to",
                "content/articles/x.md:6:42: error: image /images/nope.jpg is not in the site: there is no file"
                        + " content/static/images/nope.jpg; add it there or fix the address");
    }

    /** A registry file's misspelt id is answered with the id it most likely meant, as an article's is. */
    @Test
    void aMisspeltIdInARegistryFileIsAnsweredWithTheClosest() {
        assertFails("invalid-generated", site -> write(site, "content/missions/crew-11.md",
                "---\nname: Crew-11\ncrew:\n  - zena-kardman\n---\nText.\n"),
                "content/missions/crew-11.md:4:5: error: unknown person \"zena-kardman\"; did you mean \"zena-cardman\"?"
                        + " Otherwise add content/people/zena-kardman.md");
    }

    @Test
    void yamlAliasBombIsRefused() {
        assertFails("invalid-alias-bomb",
                "content/articles/lol.md:5:8: error: YAML aliases (*name) are not supported in front matter; write the value out in full");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertFails("invalid-generated", site -> write(site, "content/articles/deep.md",
                "---\ntitle: Deep\ndate: 2025-07-30\nx: " + deep + "\n---\nText.\n"),
                "content/articles/deep.md:4:68: error: front matter is nested too deeply (at most 64 levels); flatten it");
    }

    @Test
    void deeplyNestedBlockQuotesAreAnErrorNotAStackOverflow() {
        assertFails("invalid-generated", site -> write(site, "content/articles/deep.md",
                "---\ntitle: Deep\ndate: 2025-07-30\n---\nIntro.\n\n" + ">".repeat(3000) + " x\n"),
                "content/articles/deep.md:7:101: error: nesting deeper than 100 levels (block quotes); flatten it");
    }

    @Test
    void deeplyNestedListsAreAnError() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            indented.append("  ".repeat(i)).append("- item\n");
        }
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/deep.md", "---\ntitle: Deep\ndate: 2025-07-30\n---\n" + "- ".repeat(5000) + "a\n");
            write(site, "content/articles/indented.md", "---\ntitle: Deep\ndate: 2025-07-30\n---\n" + indented);
            write(site, "content/people/deep.md", "---\nname: Deep\n---\n" + "> - ".repeat(3000) + "x\n");
        },
                "content/articles/deep.md:5:201: error: nesting deeper than 100 levels (lists); flatten it",
                "content/articles/indented.md:105:201: error: nesting deeper than 100 levels (lists); flatten it",
                "content/people/deep.md:4:201: error: nesting deeper than 100 levels (block quotes, lists); flatten it");
    }

    @Test
    void deeplyNestedEmphasisAndImagesAreAnError() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/emphasis.md", "---\ntitle: Deep\ndate: 2025-07-30\n---\nIntro.\n\n"
                    + "*a ".repeat(5000) + "b" + " c*".repeat(5000) + "\n");
            write(site, "content/articles/images.md", "---\ntitle: Deep\ndate: 2025-07-30\n---\n"
                    + "![".repeat(3000) + "a" + "](/x.png)".repeat(3000) + "\n");
        },
                "content/articles/emphasis.md:7:301: error: nesting deeper than 100 levels (emphasis); flatten it",
                "content/articles/images.md:5:201: error: nesting deeper than 100 levels (links); flatten it");
    }

    @Test
    void aHundredLevelsBuild() throws IOException {
        Run run = assertBuildsWithWarnings("invalid-generated", site -> write(site, "content/articles/deep.md",
                "---\ntitle: Deep\ndate: 2025-07-30\n---\n" + ">".repeat(50) + " " + "- ".repeat(49) + "*a*\n\n"
                        + "*a ".repeat(99) + "b" + " c*".repeat(99) + "\n"));
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(Files.readString(run.out.resolve("articles/deep/index.html")))
                .selectFirst(".story-body");
        assertThat(body.select("blockquote")).hasSize(50);
        assertThat(body.select("li")).hasSize(49);
        assertThat(body.select("em")).hasSize(100);
    }

    // ---- bytes ----------------------------------------------------------------------------

    @Test
    void emptyFile() {
        assertFails("invalid-empty-file",
                "content/articles/empty.md:1:1: error: no front matter; an article starts with ---, then title: and date: lines, then ---");
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "---\ntitle: Caf\u00e9 on orbit\ndate: 2025-07-30\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertFails("invalid-generated", site -> write(site, "content/articles/latin1.md", latin1),
                "content/articles/latin1.md:2:11: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
    }

    /**
     * A file saved with a lone CR at each line's end (classic Mac OS, some wire systems) is read
     * line by line, but a byte that is not UTF-8, or a NUL, in it was told on line 1, hundreds of
     * columns in.
     */
    @Test
    void aByteThatIsNotUtf8IsToldAtItsLineWhateverTheLineEnds() {
        String text = "---\rtitle: Docking\rdate: 2025-07-30\r---\rThe crew reached the station.\r\rCaf\u00e9 on orbit.\r";
        String nul = "---\r\ntitle: Docking\r\ndate: 2025-07-30\r\n---\r\nThe crew\r\rreached\u0000 the station.\r\n";
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/cr.md", text.getBytes(StandardCharsets.ISO_8859_1));
            write(site, "content/articles/mixed.md", nul.getBytes(StandardCharsets.ISO_8859_1));
        }, "content/articles/cr.md:7:4: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8",
                "content/articles/mixed.md:7:8: error: a NUL character (U+0000) stands here in text that is UTF-8"
                        + " otherwise; remove it");
    }

    /**
     * A registry file that cannot be read (saved as Latin-1) was told, and so was every story and
     * fact naming its id, as "unknown person ...; add content/people/zena-cardman.md": a file that is
     * there, which the writer was sent to make again.
     */
    @Test
    void anIdWhoseRegistryFileHasErrorsIsToldSoNotToAddTheFile() {
        assertFails("invalid-generated", site -> {
            write(site, "content/people/zena-cardman.md", ("---\nname: Zena Cardman\nrole: Astronaute de la NASA,"
                    + " \u00e9quipage Crew-11\n---\nNASA astronaut.\n").getBytes(StandardCharsets.ISO_8859_1));
            write(site, "content/missions/crew-11.md", "---\nname: Crew-11\ncrew: [zena-cardman]\n---\nA flight.\n");
        }, "content/articles/launch.md:5:10: error: person \"zena-cardman\" is content/people/zena-cardman.md, which"
                + " its errors (told with this one) keep out of the site; fix them",
                "content/missions/crew-11.md:3:8: error: person \"zena-cardman\" is content/people/zena-cardman.md, which"
                        + " its errors (told with this one) keep out of the site; fix them",
                "content/people/zena-cardman.md:3:30: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
    }

    /** A registry file named with the extension in capitals (X.MD) whose errors kept it out was "unknown; add it". */
    @Test
    void anIdWhoseRegistryFileInCapitalsHasErrorsIsToldSoToo() {
        assertFails("invalid-generated", site -> {
            Files.delete(site.resolve("content/people/zena-cardman.md"));
            write(site, "content/people/zena-cardman.MD", ("---\nname: Zena Cardman\nrole: Astronaute de la NASA,"
                    + " \u00e9quipage Crew-11\n---\nNASA astronaut.\n").getBytes(StandardCharsets.ISO_8859_1));
        }, "content/articles/launch.md:5:10: error: person \"zena-cardman\" is content/people/zena-cardman.MD, which"
                + " its errors (told with this one) keep out of the site; fix them",
                "content/people/zena-cardman.MD:3:30: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void binaryFileNamedMd() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFails("invalid-generated", site -> write(site, "content/articles/photo.md", png),
                "content/articles/photo.md:3:1: error: this is a binary file, not Markdown text; remove it or give it another extension");
    }

    /** site.yaml cannot take another extension: its settings are to be written again. */
    @Test
    void binarySiteYaml() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertFails("invalid-generated", site -> write(site, "content/site.yaml", png),
                "content/site.yaml:3:1: error: this is a binary file, not YAML text; write the settings again as text"
                        + " (UTF-8)");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] text = "---\ntitle: Caf\u00e9 on orbit\ndate: 2025-07-30\n---\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(text, 0, bom, 3, text.length);
        Run run = assertBuildsWithWarnings("invalid-generated", site -> write(site, "content/articles/bom.md", bom));
        assertThat(run.out.resolve("articles/bom/index.html")).content().contains("Café on orbit");
    }

    @Test
    void utf16WithByteOrderMarkAndCrlfIsAccepted() {
        String text = "\ufeff---\r\ntitle: Caf\u00e9 on orbit\r\ndate: 2025-07-30\r\n---\r\nText.\r\n";
        Run run = assertBuildsWithWarnings("invalid-generated",
                site -> write(site, "content/articles/utf16.md", text.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(run.out.resolve("articles/utf16/index.html")).content().contains("Café on orbit");
    }

    /**
     * A UTF-16 file (Word's "Unicode text") with half a character, or a NUL, was published with a
     * question mark in a box where it stood, or with the NUL; in UTF-8 either is an error.
     */
    @Test
    void utf16ThatIsNotTextIsToldAtItsPlace() {
        // half of U+1F680: its first unit, 0xD83D, with no second after it (Java would not write it)
        byte[] half = "\ufeff---\r\ntitle: Docking\r\ndate: 2025-07-30\r\n---\r\nThe crew\u0000 reached the station.\r\n"
                .getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < half.length; i += 2) {
            if (half[i] == 0 && half[i + 1] == 0) {
                half[i] = 0x3d;
                half[i + 1] = (byte) 0xd8;
            }
        }
        byte[] nul = "\ufeff---\ntitle: Docking\ndate: 2025-07-30\n---\nThe crew reached\u0000 the station.\n"
                .getBytes(StandardCharsets.UTF_16BE);
        byte[] odd = java.util.Arrays.copyOf("\ufeff---\ntitle: Docking\ndate: 2025-07-30\n---\nThe crew.\n"
                .getBytes(StandardCharsets.UTF_16LE), 93);
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/half.md", half);
            write(site, "content/articles/stray.md", nul);
            write(site, "content/articles/odd.md", odd);
        }, "content/articles/half.md:5:9: error: bytes 0x3D 0xD8 are not valid UTF-16 (half of a character whose"
                + " other half is missing); save the file as UTF-8",
                "content/articles/odd.md:5:6: error: the file ends half-way through a UTF-16 character; save the file"
                        + " as UTF-8",
                "content/articles/stray.md:5:17: error: a NUL character (U+0000) stands here in text that is UTF-16"
                        + " otherwise; remove it");
    }

    /**
     * A file saved as UTF-16 without a byte order mark, or a text with a stray NUL in it, was told
     * "this is a binary file, not Markdown text; remove it": the writer was sent to delete a story.
     */
    @Test
    void utf16WithoutByteOrderMarkAndAStrayNulAreToldForWhatTheyAre() {
        String text = "---\ntitle: Docking\ndate: 2025-07-30\n---\nThe crew reached the station.\n";
        String russian = "---\ntitle: Стыковка\ndate: 2025-07-30\n---\nЭкипаж прибыл на станцию сегодня утром.\n";
        byte[] twoNuls = "---\ntitle: Docking\ndate: 2025-07-30\n---\nThe \u0000crew\n\nreached\u0000 it.\n"
                .getBytes(StandardCharsets.UTF_8);
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/le.md", text.getBytes(StandardCharsets.UTF_16LE));
            write(site, "content/articles/be.md", text.getBytes(StandardCharsets.UTF_16BE));
            write(site, "content/articles/ru.md", russian.getBytes(StandardCharsets.UTF_16LE));
            write(site, "content/articles/nuls.md", twoNuls);
        }, "content/articles/be.md:1:1: error: this file is UTF-16 (big-endian) without a byte order mark; save it"
                + " as UTF-8",
                "content/articles/le.md:1:1: error: this file is UTF-16 (little-endian) without a byte order mark;"
                        + " save it as UTF-8",
                "content/articles/nuls.md:5:5: error: a NUL character (U+0000) stands here in text that is UTF-8"
                        + " otherwise (the first of 2); remove it",
                "content/articles/ru.md:1:1: error: this file is UTF-16 (little-endian) without a byte order mark;"
                        + " save it as UTF-8");
    }

    private static String longArticle(int characters) {
        StringBuilder sb = new StringBuilder("---\ntitle: A long report\ndate: 2025-07-30\n---\n");
        String paragraph = "The crew checked the station's systems and reported to Houston before the next pass.\n\n";
        while (sb.length() + paragraph.length() <= characters) {
            sb.append(paragraph);
        }
        return sb.toString();
    }

    @Test
    void fourMegabyteArticleBuilds() {
        Run run = assertBuildsWithWarnings("invalid-generated",
                site -> write(site, "content/articles/long.md", longArticle(4_000_000)));
        assertThat(run.out.resolve("articles/long/index.html")).exists();
    }

    /** A 50 MB article took more than a 1 GB heap and ended the build with an OutOfMemoryError. */
    @Test
    void aFileOverTheLimitIsRefusedUnread() {
        String big = longArticle(4_000_100) + "More.\n".repeat(20);
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/long.md", big);
            write(site, "content/people/long.md", "---\nname: Long\n---\n" + "Bio. ".repeat(900_000));
        },
                String.format(java.util.Locale.ROOT, "content/articles/long.md: error: this file has %,d characters; a content"
                        + " file may have at most 4,000,000 (limits.fileCharacters in site.yaml): split it into several",
                        big.length()),
                "content/people/long.md: error: this file has 4,500,019 characters; a content file may have at most"
                        + " 4,000,000 (limits.fileCharacters in site.yaml): split it into several");
    }

    @Test
    void aParagraphOverTheLimitIsRefused() {
        assertFails("invalid-generated", site -> write(site, "content/articles/long.md",
                "---\ntitle: Long\ndate: 2025-07-30\n---\nIntro.\n\n" + "Zena Cardman and NASA flew. ".repeat(4_000) + "\n"),
                "content/articles/long.md:7:1: error: a paragraph of 112,000 characters; one may have at most 100,000"
                        + " (limits.paragraphCharacters in site.yaml): break it up with blank lines");
    }

    @Test
    void theLimitsAreSetInSiteYaml() {
        assertBuildsWithWarnings("invalid-generated", site -> {
            Files.writeString(site.resolve("content/site.yaml"), Files.readString(site.resolve("content/site.yaml"))
                    + "limits:\n  fileCharacters: 5000000\n  paragraphCharacters: 200000\n");
            write(site, "content/articles/long.md", longArticle(4_500_000));
            write(site, "content/articles/paragraph.md", "---\ntitle: Long\ndate: 2025-07-30\n---\n"
                    + "Zena Cardman and NASA flew. ".repeat(4_000) + "\n");
        });
    }

    // ---- templates ------------------------------------------------------------------------

    @Test
    void templateSyntaxError() {
        assertFails("invalid-generated", site -> replace(site, "templates/article.html",
                "<h1 th:text=\"${article.title}\">", "<h1 th:text=\"${\">"),
                "templates/article.html:8:11: error: Could not parse as expression: \"${\"; check the ${...} syntax"
                + " (while rendering /articles/launch/)");
    }

    /**
     * A build whose content has errors renders nothing; the site's templates are still read for
     * what shows without rendering, so that mending the content does not uncover a second round.
     */
    @Test
    void templateSyntaxErrorIsToldWithTheContentErrors() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/article.html", "<h1 th:text=\"${article.title}\">", "<h1 th:text=\"${article.title\">");
            replace(site, "templates/home.html", "<h1 class=\"visually-hidden\" th:text=",
                    "<h1 class=\"visually-hidden\" th:if=\"${site.title)\" th:text=");
            write(site, "content/articles/untitled.md", "---\ndate: 2025-07-30\n---\nText.\n");
        }, "content/articles/untitled.md:2:1: error: missing title; add a line like title: \"Crew-11 reaches the station\""
                + " to the front matter",
                "templates/article.html:8:11: error: Could not parse as expression: \"${article.title\"; check the ${...}"
                        + " syntax (while rendering /articles/launch/)",
                "templates/home.html:5:31: error: Could not parse as expression: \"${site.title)\"; check the"
                        + " ${...} syntax (while rendering /)");
    }

    /**
     * A template's heading closed by another end tag built with exit 0, the byline and summary inside
     * the heading on every story; a fragment name slip failed only once a story took its branch.
     */
    @Test
    void aTemplatesMarkupAndFragmentNamesAreCheckedBeforeAnyPageIsRendered() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/article.html", "<h1 th:text=\"${article.title}\">Headline</h1>",
                    "<h1 th:text=\"${article.title}\">Headline</h2>");
            replace(site, "templates/article.html", "fragments.html :: img(", "fragments.html :: image(");
        }, "templates/article.html:8:7: error: <h1> opened here is closed by </h2> at line 8; write </h1> there, or open"
                + " <h2> instead",
                "templates/article.html:28:12: error: no fragment \"image\" in templates/fragments.html; did you mean \"img\"? Its"
                        + " fragments: card, cardHeadline, img, pager");
    }

    /**
     * A template saved in Latin-1 (an editor's default on some systems) built with exit 0, every page
     * showing U+FFFD where its accented letters were ("Gro\uFFFDe Liebe"); it is told as a content
     * file's bytes are, at the first one.
     */
    @Test
    void aTemplateThatIsNotUtf8IsAnError() {
        assertFails("invalid-generated", site -> {
            String layout = Files.readString(site.resolve("templates/layout.html"));
            write(site, "templates/layout.html", layout.replace("<footer class=\"site-footer\">",
                    "<footer class=\"site-footer\"><p>Große Grüße</p><p th:text=\"#{desk.motto}\">Motto</p>")
                    .getBytes(StandardCharsets.ISO_8859_1));
            // a text only that layout shows: not told as shown by no template, which cannot be known
            Files.writeString(site.resolve("templates/messages_en.properties"), "desk.motto=Mission news\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }, "templates/layout.html:" + (1 + lineOf("templates/layout.html", "<footer class=\"site-footer\">"))
                + ":37: error: byte 0xDF is not valid UTF-8; save the file as UTF-8");
    }

    private static int lineOf(String template, String text) {
        try {
            List<String> lines = Files.readAllLines(Path.of(template));
            return java.util.stream.IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A style sheet's background naming a picture a story shows was told as a file the site does not
     * publish, "fix the address or publish the file", though the file is there: the site publishes
     * only its resized copies. The warning says so, and what to do.
     */
    @Test
    void aStyleSheetNamingThePictureAStoryShowsSaysOnlyItsCopiesArePublished() throws IOException {
        byte[] jpeg = Files.readAllBytes(FIXTURES.resolve("invalid-image-without-alt/content/static/launch.jpg"));
        assertBuildsWithWarnings("invalid-generated", site -> {
            write(site, "content/static/images/pad.jpg", jpeg);
            write(site, "content/articles/launch.md", "---\ntitle: Crew-11 launches\ndate: 2025-07-30\ntags: [launch]\n"
                    + "image: /images/pad.jpg\nimage_alt: The pad at dawn\nimage_credit: \"Photo: NASA\"\n---\n"
                    + "Zena Cardman and Crew-11 lifted off.\n");
            write(site, "content/static/css/desk.css", ".masthead { background: url(../images/pad.jpg); }\n");
        }, "content/static/css/desk.css:1:29: warning: url(../images/pad.jpg) names /images/pad.jpg, a"
                + " picture a story shows, which the site publishes as resized copies only"
                + " (its original, with what it may say of the camera and the place, is not published); for the style"
                + " sheet, put a copy of it under another name in content/static/ (a picture no page shows is published"
                + " as it is, without its metadata): the published page would not load it");
    }

    /**
     * A favicon or style sheet put under content/static/assets/, where the theme's files are
     * published, was told as a file that "would replace the page /assets/favicon.svg": it is the
     * theme's file, and the way to replace it is templates/assets/.
     */
    @Test
    void aStaticFileAtTheAddressOfAThemeAssetSaysWhereToPutIt() {
        assertFails("invalid-generated", site -> {
            write(site, "templates/assets/desk.js", "document.documentElement.classList.add('js');\n");
            write(site, "content/static/assets/desk.js", "console.log('desk');\n");
            write(site, "content/static/assets/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n");
            Files.delete(site.resolve("templates/assets/favicon.svg"));
        }, "content/static/assets/desk.js: error: this file is published at /assets/desk.js, as"
                + " templates/assets/desk.js is; keep one of them, or rename this one or move it to another folder",
                "content/static/assets/favicon.svg: error: this file is published at /assets/favicon.svg, where the"
                        + " built-in theme's file is; to replace the theme's file, put yours at"
                        + " templates/assets/favicon.svg; to publish both, rename this one or move it to another folder");
    }

    /** A template named a letter off one there is (fragment.html, partial/hero.html) is told with the name meant. */
    @Test
    void aTemplateNameALetterOffSuggestsTheOneThereIs() {
        assertFails("invalid-generated", site -> replace(site, "templates/home.html",
                "~{fragments.html :: card(${a})}", "~{fragment.html :: card(${a})}"),
                "templates/home.html:29:7: error: template \"fragment.html\" does not exist in templates/ nor in the"
                        + " built-in theme; did you mean fragments.html? Otherwise add templates/fragment.html");
    }

    /**
     * A fragment copied to be changed with the original left in place (two th:fragment="card(a)" in
     * one file) built with exit 0, and every list showed each story twice, once in each card: a
     * call selects every element of that name. It is told at the second one.
     */
    @Test
    void aFragmentDeclaredTwiceInOneFileIsAnError() {
        assertFails("invalid-generated", site -> replace(site, "templates/fragments.html", "<!-- A card's headline",
                "<article th:fragment=\"card(a)\" class=\"card desk-card\"><h3 th:text=\"${a.title}\">x</h3></article>\n"
                        + "<!-- A card's headline"),
                "templates/fragments.html:14:10: error: a second fragment \"card\" in this file (the first is at line 6):"
                        + " a call of card shows both, one after the other; remove one of them, or rename it");
    }

    /**
     * A comment left open (<!-- without -->) was told as the <main> it hides the end of, "never
     * closed", and as Thymeleaf's "An error happened during template parsing"; a quote left open was
     * told well, and that parser's line again. Each is told once, as what it is.
     */
    @Test
    void aCommentOrQuoteLeftOpenInATemplateIsToldOnceAsWhatItIs() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/home.html", "  <div class=\"card-grid\"", "  <!-- the grid\n  <div class=\"card-grid\"");
            replace(site, "templates/tag.html", "<h1 th:text=\"${tag.name}\">", "<h1 th:text=\"${tag.name}>");
        }, "templates/home.html:27:3: error: this comment is not closed: the <!-- opened here runs to the end of the"
                + " file, and all that follows it is left out of the page; close it with --> where it ends",
                "templates/tag.html:6:15: error: the \" opened here is not closed where the attribute's value ends, so the"
                        + " value runs on into the lines below; close it");
    }

    /**
     * A fragment of a template whose name is not in ASCII (partials/übersicht.html) was not checked
     * before rendering, and a name slip in it was told in Thymeleaf's words ("Error resolving
     * fragment ... template or fragment could not be resolved"); it is told as any other's.
     */
    @Test
    void aFragmentOfATemplateNamedInOtherLettersIsCheckedAsAnyOther() {
        assertFails("invalid-generated", site -> {
            write(site, "templates/partials/übersicht.html", "<!DOCTYPE html>\n<html><body>\n<section"
                    + " th:fragment=\"hero(title)\"><h2 th:text=\"${title}\">Hero</h2></section>\n</body></html>\n");
            replace(site, "templates/home.html", "<main id=\"main\" class=\"wrap home\">",
                    "<main id=\"main\" class=\"wrap home\">\n  <section th:replace=\"~{partials/übersicht :: heros(${site.title})}\"></section>");
        }, "templates/home.html:5:12: error: no fragment \"heros\" in templates/partials/übersicht.html; did you mean"
                + " \"hero\"? Its fragments: hero");
    }

    /**
     * A page template whose <main> was made a <div> (the layout takes ~{::main}) was told at the
     * layout's line, in Thymeleaf's words: "Error resolving fragment: "${content}": template or
     * fragment could not be resolved". It is told at the page's selector, before rendering.
     */
    @Test
    void aSelectorOfThePageThatSelectsNothingIsToldAtThePage() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/home.html", "<main id=\"main\" class=\"wrap home\">", "<div id=\"main\" class=\"wrap home\">");
            replace(site, "templates/home.html", "</main>", "</div>");
        }, "templates/home.html:2:7: error: ~{::main} selects the <main> element of this template, and it has none,"
                + " so the layout would have nothing to show; put the page's content in <main id=\"main\">...</main>, or"
                + " select the element it is in");
    }

    /**
     * A fragment called from the wrong file (the card from layout.html, where the header and footer
     * are) was told with that file's fragments alone; the file that declares it is named, with the
     * call to write.
     */
    @Test
    void aFragmentCalledFromTheWrongFileNamesTheFileThatHasIt() {
        assertFails("invalid-generated", site -> replace(site, "templates/home.html",
                "~{fragments.html :: card(${a})}", "~{layout :: card(${a})}"),
                "templates/home.html:29:7: error: no fragment \"card\" in templates/layout.html; its fragments: layout;"
                        + " \"card\" is a fragment of templates/fragments.html: write ~{fragments.html :: card(${a})}");
    }

    /**
     * A site's own fragments.html, written to change the story card alone, replaces the built-in
     * file: the built-in templates that call a fragment it left out failed only once a page took
     * that branch (the picture fragment, at the first story with a lead picture), and then said to
     * eject the calling template. It is told at the site's file before any page is rendered, with
     * the built-in templates that call the fragment and how to get it back.
     */
    @Test
    void aSiteFragmentsFileLackingABuiltInFragmentIsToldAtItBeforeRendering() {
        assertFails("invalid-generated", site -> {
            try (Stream<Path> files = Files.walk(site.resolve("templates"))) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f); // the site replaces one file of the theme, and no other
                }
            }
            write(site, "templates/fragments.html", """
                    <!DOCTYPE html>
                    <html lang="en">
                    <body>
                    <article th:fragment="card(a)" class="card desk-card">
                      <h3><a th:href="${a.url}" th:text="${a.title}">Headline</a></h3>
                    </article>
                    <nav th:fragment="pager(p)" th:if="${p.many}" class="pager"></nav>
                    </body>
                    </html>
                    """);
        }, "templates/fragments.html:1:1: error: this file replaces the built-in fragments.html and lacks its fragment"
                + " \"img\", which the built-in article.html (line 28), entity.html (line 14) and home.html (line 22)"
                + " call; copy that fragment from the built-in fragments.html into this file (orbitpress theme eject"
                + " fragments.html --source DIR writes the built-in file into DIR/templates/)");
    }

    /**
     * A fragment's signature missing its closing parenthesis stopped the check of the calls that
     * count its values with an internal error: it is told as Thymeleaf tells it, at the calls.
     */
    @Test
    void aFragmentSignatureLeftOpenIsToldNotACrash() {
        assertFails("invalid-generated", site -> replace(site, "templates/fragments.html",
                "th:fragment=\"card(a)\"", "th:fragment=\"card(a\""),
                "templates/tag.html:9:50: error: Could not parse as fragment signature: \"card(a\" (while rendering"
                        + " /tags/launch/)");
    }

    /**
     * A message file of the site's own is checked before anything is rendered: a plural ICU
     * cannot read and a date pattern that cannot write a date are told at their lines, with the
     * content's problems, instead of failing inside a template of the built-in theme.
     */
    @Test
    void messageFileErrorsAreToldAtTheirLines() {
        assertFails("invalid-generated", site -> {
            write(site, "templates/messages_en.properties", "# the desk's own words\narticle.updated=Revised\n"
                    + "count.articles={0, plural, one{# story} other{# stories}\n  date.long = MMMM d, yyyy qqqqqq\n");
            write(site, "content/articles/untitled.md", "---\ndate: 2025-07-30\n---\nText.\n");
        }, "content/articles/untitled.md:2:1: error: missing title; add a line like title: \"Crew-11 reaches the station\""
                + " to the front matter",
                "templates/messages_en.properties:3:16: error: count.articles: this message cannot be read (Bad plural"
                        + " pattern syntax: [at pattern index 11] \" one{# story} other{ ...\"); write what the theme"
                        + " puts in as {0}, {1}, and forms that change with a number like {0, plural, one{# article}"
                        + " other{# articles}} (ICU MessageFormat), as in the built-in theme's messages_en.properties",
                "templates/messages_en.properties:4:15: error: date.long: not a date pattern the dates can be written"
                        + " with (Too many pattern letters: q); write one like d MMMM yyyy (the letters of java.time's"
                        + " DateTimeFormatter, other text in 'quotes')");
    }

    /**
     * An expression that does not parse (a value left out after an operator, two values side by
     * side, a quote or parenthesis left open) was told with the parser's list of every token it
     * could have taken; it says what is wrong, where, and what to write.
     */
    @Test
    void anExpressionThatDoesNotParseSaysWhatIsWrongNotTheParsersTokens() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/article.html", "<h1 th:text=\"${article.title}\">",
                    "<h1 th:text=\"${article.title article.summary}\">");
            replace(site, "templates/tag.html", "<h1 th:text=\"${tag.name}\">", "<h1 th:text=\"${(tag.name}\">");
            replace(site, "templates/tags.html", "<h1", "<h1 th:title=\"${site.title == 'x}\"");
            replace(site, "templates/search.html", "<h1", "<h1 th:title=\"${site.title + }\"");
            replace(site, "templates/corrections.html", "<h1", "<h1 th:title=\"${site.title)}\"");
        }, "templates/article.html:8:11: error: ${article.title article.summary} does not parse: \"article.summary\""
                + " at column 15 follows a value with no operator between them; join them with one (+, and, ==), or"
                + " write each in an expression of its own (while rendering /articles/launch/)",
                "templates/corrections.html:5:7: error: ${site.title)} does not parse: the \")\" at column 11 closes"
                        + " nothing; remove it (while rendering /corrections/)",
                "templates/search.html:5:7: error: ${site.title + } does not parse: it ends where a value is still"
                        + " expected (after an operator, a comma or a dot); complete it, or remove what is left over"
                        + " (while rendering /search/)",
                "templates/tag.html:6:7: error: ${(tag.name} does not parse: a \"(\" is not closed; close it with"
                        + " \")\" (while rendering /tags/launch/)",
                "templates/tags.html:5:7: error: ${site.title == 'x} does not parse: a quote is not closed; close it"
                        + " (while rendering /tags/)");
    }

    /**
     * A list read by its first item (${entities[0]...}) on a page where it is empty (a kind with no
     * file yet) was told as Java's "Index 0 out of bounds for length 0"; it names the list and the
     * guard to write.
     */
    @Test
    void anItemOfAnEmptyListSaysToGuardIt() {
        assertFails("invalid-generated", site -> replace(site, "templates/tag.html", "<h1 th:text=\"${tag.name}\">",
                "<h1 th:text=\"${articles[1].title}\">"),
                "templates/tag.html:6:7: error: ${articles[1].title} reads item 1 of articles, which has 1 item on"
                        + " this page (items count from 0); show it only when there is one: th:if=\"${articles.size()"
                        + " > 1}\" (while rendering /tags/launch/)");
    }

    /** An unknown value names itself, the expression and what to check. */
    @Test
    void templateUsingAMissingValue() {
        assertFails("invalid-generated", site -> replace(site, "templates/article.html",
                "<h1 th:text=\"${article.title}\">", "<h1 th:text=\"${article.nope}\">"),
                "templates/article.html:8:11: error: unknown value \"nope\" in ${article.nope}: Article has no such"
                        + " property; check the name against the template variables in README.md (while rendering"
                        + " /articles/launch/)");
    }

    /** A name one or two letters off a property of the value is suggested. */
    @Test
    void templateUsingAMisspeltValue() {
        assertFails("invalid-generated", site -> replace(site, "templates/article.html",
                "<h1 th:text=\"${article.title}\">", "<h1 th:text=\"${article.titel}\">"),
                "templates/article.html:8:11: error: unknown value \"titel\" in ${article.titel}: Article has no such"
                        + " property; did you mean \"title\"? Otherwise check the name against the template variables in"
                        + " README.md (while rendering /articles/launch/)");
    }

    /**
     * An expression that calls a Java class (SpEL's T(...), OGNL's @class@method), which Thymeleaf
     * refuses in a template, was told as a value missing from the page: it says that templates may
     * not call Java classes, where it is written.
     */
    @Test
    void templateCallingAJavaClass() {
        assertFails("invalid-generated", site -> replace(site, "templates/article.html",
                "<h1 th:text=\"${article.title}\">", "<h1 th:text=\"${T(java.lang.System).exit(0)}\">"),
                "templates/article.html:8:11: error: ${T(java.lang.System).exit(0)} calls the Java class"
                        + " java.lang.System, and templates may not call Java classes; show the page's values (README.md,"
                        + " \"Template variables\") and use Thymeleaf's helpers (#strings, #numbers, #temporals) for the"
                        + " rest (while rendering /articles/launch/)");
    }

    /**
     * A name that no page has and no template sets is a misspelling: it used to read as null and
     * write nothing. Each is told at its template's line, all of them at once, once for a layout
     * every page uses; a name close to one the page has is suggested.
     */
    @Test
    void templateUsingUnknownVariables() {
        assertFails("invalid-generated", site -> {
            replace(site, "templates/article.html", "<h1 th:text=\"${article.title}\">",
                    "<p th:text=\"${headline}\">Dek</p><h1 th:text=\"${artcle.title}\">");
            replace(site, "templates/layout.html", "th:href=\"${site.root}\" th:text=\"${site.title}\"",
                    "th:href=\"${site.root}\" th:text=\"${sit.title}\"");
        }, "templates/article.html:8:19: error: unknown variable \"headline\" in ${headline}: no page has it and no"
                + " template sets it (while rendering /articles/launch/, whose variables are article, chipLine,"
                + " entityGroups, links, page, route, site, template; README.md, \"Template variables\", has every"
                + " page's)",
                "templates/article.html:8:52: error: unknown variable \"artcle\" in ${artcle.title}: no page has it and"
                        + " no template sets it; did you mean \"article\"? (while rendering /articles/launch/, whose"
                        + " variables are article, chipLine, entityGroups, links, page, route, site, template; README.md,"
                        + " \"Template variables\", has every page's)",
                "templates/layout.html:56:56: error: unknown variable \"sit\" in ${sit.title}: no page has it and no"
                        + " template sets it; did you mean \"site\"? (while rendering /, whose variables are articles,"
                        + " page, pagination, route, site, template; README.md, \"Template variables\", has every page's)");
    }

    /**
     * A name the templates set somewhere (th:with, th:each, a fragment's parameter) may be
     * missing where it is read, as may a variable of another kind of page: both read as null.
     */
    @Test
    void variablesSetElsewhereMayBeMissing() {
        Run run = assertBuildsWithWarnings("invalid-generated", site -> {
            replace(site, "templates/article.html", "<h1 th:text=\"${article.title}\">",
                    "<p th:if=\"${kicker}\" th:text=\"${kicker}\">K</p><p th:if=\"${tag}\">T</p>"
                            + "<h1 th:text=\"${article.title}\">");
            replace(site, "templates/tags.html", "<h1", "<p th:with=\"kicker=${site.title}\" th:text=\"${kicker}\">x</p><h1");
        });
        assertThat(run.out.resolve("articles/launch/index.html")).content().doesNotContain(">K</p>", ">T</p>");
    }

    /**
     * A story's lead picture outside the site is told at its front matter line; the home page
     * that shows it, made with a template of the built-in theme (the site has none of its own), is
     * told with that template's name, not with templates/home.html, a file the site does not have.
     */
    @Test
    void aBrokenLinkOnAPageOfTheBuiltInThemeNamesItsTemplate() {
        assertFails("invalid-generated", site -> {
            replace(site, "content/articles/launch.md", "tags: [launch]\n", "tags: [launch]\nimage: ../../../outside.jpg\n"
                    + "image_alt: The pad\nimage_credit: \"Photo: Desk\"\n");
            delete(site.resolve("templates/home.html"));
        }, "<built-in>/home.html: error: broken link \"../../../outside.jpg\" on page /: it leads outside the site;"
                + " fix the link or add what it points to",
                "content/articles/launch.md:5:8: error: broken link \"../../../outside.jpg\" on page /articles/launch/: it"
                        + " leads outside the site; fix the link or add what it points to");
    }

    /**
     * A picture or a player pasted as HTML is shown as its text (raw HTML is escaped): a warning
     * at the tag says how to write it; with markdown.unsafe it is published as HTML, unsaid.
     */
    @Test
    void aPictureOrPlayerPastedAsHtmlIsWarnedAbout() {
        assertBuildsWithWarnings("invalid-generated", PASTED,
                "content/articles/launch.md:9:1: warning: this <img> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off); write the picture as ![what it shows](/images/file.jpg \"Caption. |"
                        + " Photo: credit\"); or set markdown.unsafe: true in site.yaml",
                "content/articles/launch.md:11:7: warning: this <iframe> is HTML, which a page shows as text"
                        + " (markdown.unsafe is off); write a video as an embed: a fenced block ```embed with the video's"
                        + " address on its first line; or set markdown.unsafe: true in site.yaml");
    }

    private static final Change PASTED = site -> replace(site, "content/articles/launch.md", "lifted off.",
            "lifted off.\n\n<img src=\"/images/pad.jpg\" alt=\"The pad\">\n\nWatch <iframe"
                    + " src=\"https://www.youtube.com/embed/x\"></iframe> here.\n");

    @Test
    void aPictureOrPlayerPastedAsHtmlIsPublishedAsHtmlWhenTheSiteSaysSo() {
        Run run = assertBuildsWithWarnings("invalid-generated", site -> {
            PASTED.apply(site);
            write(site, "content/static/images/pad.jpg", io.orbitpress.image.TestImages.jpeg(60, 40));
            Files.writeString(site.resolve("content/site.yaml"), Files.readString(site.resolve("content/site.yaml"))
                    + "markdown:\n  unsafe: true\n");
        });
        assertThat(run.out.resolve("articles/launch/index.html")).content().contains("<iframe");
    }

    /**
     * Two stories giving one part number of a series is an error at the second one's series:,
     * told with the site's other problems: a broken link in another story is found in the same
     * build, not in the one after the numbers are mended.
     */
    @Test
    void aSeriesPartGivenTwiceIsToldWithTheBrokenLinks() {
        assertFails("invalid-generated", site -> {
            write(site, "content/articles/road-1.md", "---\ntitle: Road one\ndate: 2025-07-28\n"
                    + "series: {name: Road to orbit, part: 1}\n---\nThe first part.\n");
            write(site, "content/articles/road-2.md", "---\ntitle: Road two\ndate: 2025-07-29\n"
                    + "series: {name: Road to orbit, part: 1}\n---\nThe second part.\n");
            replace(site, "content/articles/launch.md", "lifted off.", "lifted off. [Earlier](/articles/nope/).");
        }, "content/articles/launch.md:7:48: error: broken link \"/articles/nope/\" on page /articles/launch/: no page"
                + " or file /articles/nope/; fix the link or add what it points to",
                "content/articles/road-2.md:4:31: error: part 1 of the series \"Road to orbit\" is already"
                        + " content/articles/road-1.md; give each part its own number");
    }

    /** A fragment file that neither templates/ nor the built-in theme has: named where it is asked for. */
    @Test
    void missingTemplate() {
        assertFails("invalid-generated", site -> replace(site, "templates/tag.html", "~{fragments.html :: card(${a})}",
                "~{cards.html :: card(${a})}"),
                "templates/tag.html:9:50: error: template \"cards.html\" does not exist in templates/ nor in the built-in"
                        + " theme; add templates/cards.html or fix the name");
    }

    /** A template the site's folder lacks comes from the built-in theme: deleting one is no error. */
    @Test
    void deletedTemplateComesFromTheBuiltInTheme() {
        Run run = assertBuildsWithWarnings("invalid-generated", site -> delete(site.resolve("templates/tag.html")));
        assertThat(run.out.resolve("tags/launch/index.html")).exists();
    }

    // ---- site.yaml and output folder ------------------------------------------------------

    @Test
    void brokenSiteYaml() {
        assertFails("invalid-broken-site-yaml",
                "content/site.yaml:3:11: error: invalid YAML: the list opened here with [ is not closed; close it with ] where it ends, like"
                + " tags: [launch, crew]");
    }

    @Test
    void aMisspeltSiteYamlKeyWarnsWithTheKeyMeant() {
        assertBuildsWithWarnings("invalid-generated", site -> Files.writeString(site.resolve("content/site.yaml"),
                Files.readString(site.resolve("content/site.yaml")) + "timezone: America/New_York\n"),
                "content/site.yaml:4:1: warning: unknown key \"timezone\"; did you mean \"timeZone\"? (it is not"
                        + " read as a setting, only kept for templates as site.params.timezone; put it under params:"
                        + " if that is what it is for)");
    }

    /**
     * A template's read of a site value one or two letters off one site.yaml has renders nothing
     * and used to pass unseen; a value with none close is one a template may show only when set.
     */
    @Test
    void aMisspeltSiteValueInATemplateWarnsWithTheValueMeant() {
        assertBuildsWithWarnings("invalid-generated", site -> {
            Files.writeString(site.resolve("content/site.yaml"), Files.readString(site.resolve("content/site.yaml"))
                    + "params:\n  tagline: Mission news\n  twitterHandle: orbitdesk\n");
            replace(site, "templates/layout.html", "th:href=\"${site.root}\" th:text=\"${site.title}\"",
                    "th:href=\"${site.root}\" th:title=\"${site.params.taglne}\" th:data-handle=\"${site.params['twiterHandle']}\""
                            + " th:data-logo=\"${site.params.logo}\" th:data-tagline=\"${site.params.tagline}\" th:text=\"${site.title}\"");
        }, "templates/layout.html:56:71: warning: site.params has no \"taglne\", and reading it renders nothing; did you"
                + " mean \"tagline\"? (content/site.yaml's params: tagline, twitterHandle)",
                "templates/layout.html:56:111: warning: site.params has no \"twiterHandle\", and reading it renders nothing;"
                        + " did you mean \"twitterHandle\"? (content/site.yaml's params: tagline, twitterHandle)");
    }

    @Test
    void unknownKeysInSiteYamlSectionsAreErrorsAtTheirLines() {
        assertFails("invalid-generated", site -> Files.writeString(site.resolve("content/site.yaml"),
                Files.readString(site.resolve("content/site.yaml")) + """
                        entities:
                          linkFirstMentions: false
                          pagesize: 5
                        extraction:
                          patern:
                            missions: ['X-\\d+']
                        """),
                "content/site.yaml:5:3: error: entities has no key \"linkFirstMentions\" (did you mean"
                        + " \"linkFirstMention\"?); it takes kinds, linkFirstMention, pageSize",
                "content/site.yaml:6:3: error: entities has no key \"pagesize\" (did you mean \"pageSize\"?); it"
                        + " takes kinds, linkFirstMention, pageSize",
                "content/site.yaml:8:3: error: extraction has no key \"patern\" (did you mean \"patterns\"?); it"
                        + " takes cues, patterns");
    }

    @Test
    void outputPathThatIsAFile() throws IOException {
        Path site = site("invalid-generated", s -> { });
        Path out = tmp.resolve("out");
        Files.writeString(out, "a file, not a folder");
        Run run = run(site, out);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                out + ": error: the output path is a file, not a folder; remove it or choose another --out",
                "1 error, 0 warnings; nothing was written");
        assertThat(out).hasContent("a file, not a folder");
    }

    @Test
    void outputFolderEqualToTheSiteFolderIsRefused() {
        Path site = site("invalid-generated", s -> { });
        Map<String, String> before = snapshot(site);
        Run run = run(site, site);
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site + ": error: the output folder is the site folder, and a build replaces the whole output folder;"
                        + " choose another --out, like site/ in the site folder",
                "1 error, 0 warnings; nothing was written");
        assertThat(snapshot(site)).isEqualTo(before);
    }

    @Test
    void outputFolderEqualToContentIsRefused() {
        Path site = site("invalid-generated", s -> { });
        Map<String, String> before = snapshot(site);
        Run run = run(site, site.resolve("content"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                site.resolve("content") + ": error: the output folder is inside content/ or templates/; choose one like site/",
                "1 error, 0 warnings; nothing was written");
        assertThat(snapshot(site)).isEqualTo(before);
    }

    // ---- warnings and recovery ------------------------------------------------------------

    @Test
    void imageWithoutAltTextIsAWarning() {
        assertBuildsWithWarnings("invalid-image-without-alt",
                "content/articles/launch.md:7:1: warning: image has no alt text; write ![what it shows](file), or"
                + " ![\"\"](file) for a picture that is only decoration");
    }

    @Test
    void staleStagingFoldersAreRemovedByTheNextBuild() throws IOException {
        Path site = site("invalid-generated", s -> { });
        Path out = previousSite();
        Path stale = Files.createDirectories(tmp.resolve(".out.staging-999999999-5678/articles"));
        Files.writeString(stale.resolve("half-written.html"), "<p>half");
        Run run = run(site, out);
        assertThat(run.exit).as(run.err).isZero();
        assertThat(tmp.resolve(".out.staging-999999999-5678")).doesNotExist();
        try (Stream<Path> siblings = Files.list(tmp)) {
            // beside the output, only the spare the next build starts from
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out",
                    ".out.spare");
        }
        assertThat(out.resolve("articles/launch/index.html")).exists();
    }

    // ---- helpers ---------------------------------------------------------------------------

    interface Change {
        void apply(Path site) throws IOException;
    }

    record Run(int exit, String err, String stdout, Path out) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }
    }

    private void assertFails(String fixture, String... expected) {
        assertFails(fixture, site -> { }, expected);
    }

    /** Builds over a previous site; expects exit 1, exactly {@code expected}, no stack trace, the previous site untouched. */
    private void assertFails(String fixture, Change change, String... expected) {
        assertNoStackTrace(failsWith(fixture, change, expected));
    }

    private Run failsWith(String fixture, Change change, String... expected) {
        Path site = site(fixture, change);
        Path out = previousSite();
        Map<String, String> before = snapshot(out);
        Run run = run(site, out);
        String[] lines = Arrays.copyOf(expected, expected.length + 1);
        lines[expected.length] = expected.length + (expected.length == 1 ? " error" : " errors") + ", 0 warnings; nothing was written";
        assertThat(run.errLines()).containsExactly(lines);
        assertThat(run.exit).isEqualTo(1);
        assertThat(snapshot(out)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run;
    }

    private Run assertBuildsWithWarnings(String fixture, String... warnings) {
        return assertBuildsWithWarnings(fixture, site -> { }, warnings);
    }

    /** Builds over a previous site; expects exit 0, exactly {@code warnings}, and the new site in place. */
    private Run assertBuildsWithWarnings(String fixture, Change change, String... warnings) {
        Run run = run(site(fixture, change), previousSite());
        List<String> lines = new java.util.ArrayList<>(List.of(warnings));
        if (warnings.length > 0) {
            lines.add("0 errors, " + warnings.length + (warnings.length == 1 ? " warning" : " warnings"));
        }
        assertThat(run.errLines()).containsExactlyElementsOf(lines);
        assertThat(run.exit).isZero();
        assertNoStackTrace(run);
        assertThat(run.out.resolve("index.html")).content().doesNotContain("previous site");
        assertThat(run.out.resolve("articles/old/index.html")).doesNotExist();
        return run;
    }

    private static void assertNoStackTrace(Run run) {
        for (String line : (run.err + "\n" + run.stdout).split("\\R")) {
            assertThat(line).doesNotStartWith("\tat ").doesNotContain("Exception");
        }
    }

    /** The fixture and the project's templates copied to {@code tmp/site}, then changed. */
    private Path site(String fixture, Change change) {
        Path site = tmp.resolve("site");
        Trees.copy(FIXTURES.resolve(fixture), site);
        Trees.copy(TEMPLATES, site.resolve("templates"));
        try {
            change.apply(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** {@code tmp/out} holding a site built before: index.html, a nested page and Orbitpress's marker. */
    private Path previousSite() {
        Path out = tmp.resolve("out");
        write(out, ".orbitpress-site", "This folder is a site built by Orbitpress; each build replaces everything in it.\n");
        write(out, "index.html", "<p>previous site</p>\n");
        write(out, "articles/old/index.html", "<p>an older article</p>\n");
        return out;
    }

    private Run run(Path site, Path out) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            exit = Main.run("build", "--source", site.toString(), "--out", out.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        return new Run(exit, err.toString(StandardCharsets.UTF_8), stdout.toString(StandardCharsets.UTF_8), out);
    }

    /** Every file below {@code root} by relative path, with its bytes as ISO-8859-1 text (one char per byte). */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                files.put(rel, Files.isDirectory(p) ? "<dir>" : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }


    private static void write(Path root, String relative, String text) {
        write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String relative, byte[] bytes) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path site, String relative, String from, String to) throws IOException {
        Path file = site.resolve(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void delete(Path file) throws IOException {
        Files.delete(file);
    }
}
