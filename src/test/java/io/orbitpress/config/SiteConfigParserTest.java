package io.orbitpress.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problems in site.yaml, one case per row: each message speaks of site.yaml (never of front
 * matter) and stands at the line and column of what is wrong, nested keys included.
 */
class SiteConfigParserTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                row("alias", "title: &a Desk\ndescription: *a\n",
                        "2:14: error: YAML aliases (*name) are not supported in site.yaml; write the value out in full"),
                row("not a map", "- a\n- b\n", "1:1: error: site.yaml must be a set of \"key: value\" lines"),
                row("too deep", "x: " + "[".repeat(70) + "]".repeat(70) + "\n",
                        "1:68: error: site.yaml is nested too deeply (at most 64 levels); flatten it"),
                row("colon in a value", "title: Desk\ndescription: at: noon\n",
                        "2:16: error: invalid YAML: mapping values are not allowed here; a value containing \": \""
                                + " must be quoted, like description: \"docked at: 2:27 a.m.\""),
                row("unclosed quote", "title: \"Orbit Desk\ndescription: \"News of the station.\"\n",
                        "1:8: error: invalid YAML: a quoted value is not closed: the \" opened here runs on to line 2,"
                                + " taking in the lines between as its text; close it where the value ends, like"
                                + " title: \"Orbit Desk\""),
                row("unclosed quote to the end", "title: Desk\ndescription: \"News\n",
                        "2:14: error: invalid YAML: a quoted value is not closed: the \" opened here runs on to the end"
                                + " of site.yaml; close it where the value ends, like description: \"News\""),
                row("missing colon", "title: Desk\ntimeZone America/New_York\npageSize: 10\n",
                        "2:1: error: invalid YAML: this line has no \":\" after its key; write it as timeZone:"
                                + " America/New_York, or indent it if it continues the value above"),
                row("backslash in a double-quoted pattern", "extraction:\n  patterns:\n    missions: [\"Crew-\\d+\"]\n",
                        "3:22: error: invalid YAML: \"\\d\" is not an escape YAML knows (in double quotes a backslash"
                                + " starts one); write a backslash as \\\\, or put the value in single quotes, like"
                                + " missions: ['Crew-\\d+']"),
                row("top-level key", "title: Desk\n  pageSize: 0\n".replace("  ", ""),
                        "2:1: error: pageSize must be a whole number above 0, like 10"),
                row("nested page size", "title: Desk\nentities:\n  linkFirstMention: true\n  pageSize: 0\n",
                        "4:3: error: entities.pageSize must be a whole number above 0, like 50"),
                row("nested flag", "markdown: {unsafe: maybe}\n", "1:12: error: markdown.unsafe must be true or false"),
                row("kind without a good key", "entities:\n  kinds:\n    - key: people\n    - key: People\n",
                        "4:7: error: each entity kind needs a key of lowercase letters, digits and hyphens, like people"),
                row("kinds not a list", "entities:\n  kinds: 3\n",
                        "2:3: error: entities.kinds must be a list of kinds, each with at least a key"),
                row("bad pattern", "extraction:\n  patterns:\n    missions: [\"a\", \"((\"]\n",
                        "3:21: error: pattern \"((\" is not a valid regular expression: Unclosed group"),
                row("cues not a map", "extraction:\n  cues: 5\n",
                        "2:3: error: extraction.patterns and extraction.cues map a kind to a list, like missions:"
                                + " [\"Crew-\\\\d+\"]"),
                row("limits not a map", "limits: 5\n", "1:1: error: limits takes fileCharacters: and"
                        + " paragraphCharacters:, whole numbers above 0, like fileCharacters: 4000000"),
                row("a limit that is no whole number", "limits:\n  fileCharacters: 100\n  paragraphCharacters: 1.5\n",
                        "3:3: error: limits takes fileCharacters: and paragraphCharacters:, whole numbers above 0, like"
                                + " fileCharacters: 4000000"),
                row("languages without the default", "language: en\nlanguages: [ru, uk]\n",
                        "2:1: error: languages must list the site's language \"en\" (language: names the default one,"
                                + " whose pages are at the site root)"),
                row("the default language not a code", "language: \"a b<\"\n",
                        "1:1: error: language \"a b<\" is not a language code like en, ru or pt-BR"),
                row("a language twice", "languages: [en, ru, ru]\n", "1:21: error: language \"ru\" is listed twice"),
                row("a language code in capitals", "language: RU\n",
                        "1:1: error: language \"RU\" is not a language code like en, ru or pt-BR; did you mean ru?"),
                row("not a language code", "languages:\n  - en\n  - code: Russian\n",
                        "3:5: error: language \"Russian\" is not a language code like en, ru or pt-BR"),
                row("unknown slug style", "slugs: ascii\n", "1:1: error: slugs must be transliterate (the default:"
                        + " Cyrillic and other letters written in ASCII) or unicode (letters kept as they are)"),
                row("unknown page numbering", "title: Desk\npageNumbers: oldestFirst\n", "2:1: error: pageNumbers must"
                        + " be fromNewest (the default: /page/2/ holds the second-newest articles) or fromOldest"
                        + " (/page/1/ holds the oldest, and an older page keeps its articles)"),
                row("tags not a map", "tags: [crew-11]\n",
                        "1:1: error: tags must map a topic to its display name, like tags: {crew-11: \"Crew-11\"}"),
                row("tag name not a slug", "tags:\n  crew-11: \"Crew-11\"\n  Crew 12: \"Crew-12\"\n",
                        "3:3: error: tags: \"Crew 12\" is not a topic's URL name; write it as in its address"
                                + " (/tags/crew-11/ gives crew-11: \"Crew-11\")"),
                row("tag without a display name", "tags:\n  crew-11: [a]\n",
                        "2:3: error: tags.crew-11 must be a display name in quotes, like crew-11: \"Crew-11\", or one per"
                                + " language, like soyuz: {en: Soyuz, ru: Союз}"),
                row("base URL with a query", "title: Desk\nbaseUrl: 'https://news.example.org/?lang=en'\n",
                        "2:1: error: baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                                + " user, query or fragment (every page's links are written under it)"),
                row("base URL with a user", "title: Desk\nbaseUrl: 'https://desk@news.example.org/'\n",
                        "2:1: error: baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                                + " user, query or fragment (every page's links are written under it)"),
                row("base URL with a quote", "title: Desk\nbaseUrl: 'https://news.example.org/\"x'\n",
                        "2:1: error: baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                                + " user, query or fragment (every page's links are written under it)"),
                row("base URL with a fragment", "title: Desk\nbaseUrl: 'https://news.example.org/#top'\n",
                        "2:1: error: baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                                + " user, query or fragment (every page's links are written under it)"),
                row("base URL without a scheme", "title: Desk\nbaseUrl: 'news.example.org'\n",
                        "2:1: error: baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                                + " user, query or fragment (every page's links are written under it)"),
                row("bad migration key", "migration:\n  skipInvalid: true\n  dateFallback: soon\n",
                        "3:3: error: migration takes skipInvalid: true, urlFromPath: true and dateFallback: fileModTime"
                                + " (or a date like 2024-01-01)"),
                row("image quality, block style", "title: Desk\nimages:\n  widths: [480, 960]\n  quality: 500\n",
                        "4:3: error: images.quality must be a whole number from 1 to 100, like 82"),
                row("image quality, flow style", "images: {widths: [480], quality: 0}\n",
                        "1:25: error: images.quality must be a whole number from 1 to 100, like 82"),
                row("a width out of range", "images:\n  quality: 80\n  widths: [480, 9600]\n",
                        "3:17: error: images.widths must be a list of widths in pixels from 16 to 8192, like"
                                + " [480, 960, 1600]"),
                row("widths not a list", "images:\n  quality: 80\n  widths: {small: 480}\n",
                        "3:3: error: images.widths must be a list of widths in pixels from 16 to 8192, like"
                                + " [480, 960, 1600]"),
                row("too many pixels", "images:\n  quality: 80\n  maxPixels: 5\n", "3:3: error: images.maxPixels"
                        + " must be a number of pixels from 1000000 to 1000000000, like 50000000"),
                row("social card not a path", "images:\n  defaultAlt: Desk\n  default: card.png\n",
                        "3:3: error: images.default must be a path in content/static/, like /images/card.png"),
                row("image sizes not text", "images:\n  quality: 80\n  sizes: [100vw]\n",
                        "3:3: error: images.sizes must be text"),
                row("a time zone misspelt", "title: Desk\ntimeZone: America/New_Yrok\n",
                        "2:1: error: unknown time zone \"America/New_Yrok\"; did you mean America/New_York?"),
                row("an abbreviation for a time zone", "title: Desk\ntimeZone: EDT\n",
                        "2:1: error: unknown time zone \"EDT\"; did you mean America/New_York?"),
                row("Moscow's abbreviation", "title: Desk\ntimeZone: MSK\n",
                        "2:1: error: unknown time zone \"MSK\"; did you mean Europe/Moscow?"),
                row("an abbreviation no zone is said of", "title: Desk\ntimeZone: XYZT\n",
                        "2:1: error: unknown time zone \"XYZT\"; use a name like America/New_York or UTC"),
                row("a time zone that is none", "title: Desk\ntimeZone: Mars/Olympus_Mons\n",
                        "2:1: error: unknown time zone \"Mars/Olympus_Mons\"; use a name like America/New_York or UTC"),
                row("misspelt time zone", "title: Desk\ntimezone: America/New_York\n",
                        "2:1: warning: unknown key \"timezone\"; did you mean \"timeZone\"? (it is not read as a"
                                + " setting, only kept for templates as site.params.timezone; put it under params: if"
                                + " that is what it is for)"),
                row("misspelt page size", "pagesize: 5\n", "1:1: warning: unknown key \"pagesize\"; did you mean"
                        + " \"pageSize\"? (it is not read as a setting, only kept for templates as site.params.pagesize;"
                        + " put it under params: if that is what it is for)"),
                row("Hugo's baseURL", "title: Desk\nbaseURL: https://news.example.org/\n", "2:1: warning: unknown key"
                        + " \"baseURL\"; did you mean \"baseUrl\"? (it is not read as a setting, only kept for templates"
                        + " as site.params.baseURL; put it under params: if that is what it is for)"),
                row("a key one edit from a setting", "title: Desk\nfedSize: 5\n",
                        "2:1: warning: unknown key \"fedSize\"; did you mean \"feedSize\"? (it is not read as a"
                                + " setting, only kept for templates as site.params.fedSize; put it under params: if"
                                + " that is what it is for)"),
                row("misspelt entities key, flow style", "entities: {linkFirstMentions: false}\n",
                        "1:12: error: entities has no key \"linkFirstMentions\" (did you mean \"linkFirstMention\"?);"
                                + " it takes kinds, linkFirstMention, pageSize"),
                row("misspelt entities key, block style", "title: Desk\nentities:\n  linkFirstMention: true\n"
                        + "  pagesize: 5\n", "4:3: error: entities has no key \"pagesize\" (did you mean"
                        + " \"pageSize\"?); it takes kinds, linkFirstMention, pageSize"),
                row("misspelt extraction key", "extraction:\n  patern:\n    missions: [\"X-\\\\d+\"]\n",
                        "2:3: error: extraction has no key \"patern\" (did you mean \"patterns\"?); it takes cues,"
                                + " patterns"),
                row("unknown markdown key", "markdown: {unsafe: true, raw: true}\n",
                        "1:26: error: markdown has no key \"raw\"; it takes typographer, unsafe"),
                row("markdown not a map", "markdown: true\n",
                        "1:1: error: markdown must hold keys, one per line below it: typographer, unsafe"),
                row("entities not a map", "title: Desk\nentities: 50\n",
                        "2:1: error: entities must hold keys, one per line below it: kinds, linkFirstMention, pageSize"),
                row("misspelt kind key", "entities:\n  kinds:\n    - key: people\n      frontmatterKeys: [people]\n",
                        "4:7: error: an entity kind has no key \"frontmatterKeys\" (did you mean \"frontMatterKeys\"?);"
                                + " it takes bylineKeys, folder, frontMatterKeys, key, person, plural, schemaType,"
                                + " singular, url"),
                row("misspelt language key", "languages:\n  - en\n  - code: ru\n    titel: Орбита\n",
                        "4:5: error: a language has no key \"titel\" (did you mean \"title\"?); it takes author,"
                                + " code, description, title"),
                row("misspelt language code key", "languages:\n  - en\n  - cdoe: de\n",
                        "3:5: error: a language has no key \"cdoe\" (did you mean \"code\"?); it takes author,"
                                + " code, description, title"),
                row("language without a code", "languages:\n  - en\n  - title: Orbit\n",
                        "3:5: error: each language is a code like ru, or code:, title:, description: and author:"),
                row("misspelt images key", "images:\n  sizes: 100vw\n  qualty: 50\n",
                        "3:3: error: images has no key \"qualty\" (did you mean \"quality\"?); it takes default,"
                                + " defaultAlt, logo, maxPixels, publishOriginals, quality, sizes, widths"),
                row("unknown images key", "images:\n  sizes: 100vw\n  format: webp\n",
                        "3:3: error: images has no key \"format\"; it takes default, defaultAlt, logo, maxPixels, publishOriginals,"
                                + " quality, sizes, widths"),
                row("misspelt limits key", "limits:\n  fileCharacter: 100\n",
                        "2:3: error: limits has no key \"fileCharacter\" (did you mean \"fileCharacters\"?); it takes"
                                + " fileCharacters, paragraphCharacters"),
                row("misspelt migration key", "migration:\n  urlFromPath: true\n  skipinvalid: true\n",
                        "3:3: error: migration has no key \"skipinvalid\" (did you mean \"skipInvalid\"?); it takes"
                                + " dateFallback, skipInvalid, urlFromPath"),
                row("unsafe kind url", "entities:\n  kinds:\n    - key: people\n      url: ../people\n",
                        "4:7: error: entity kind people: url \"../people\" is not a safe path; use letters, digits"
                                + " and hyphens, like people"),
                row("kind folder outside content", "entities:\n  kinds:\n    - key: missions\n      folder: ../../etc\n",
                        "4:7: error: entity kind missions: folder \"../../etc\" is not a folder of its own in content/"
                                + " (it may not leave content/, nor be articles/ or static/); name one like missions"),
                row("kind folder of the articles", "entities:\n  kinds:\n    - key: people\n      folder: articles\n",
                        "4:7: error: entity kind people: folder \"articles\" is not a folder of its own in content/"
                                + " (it may not leave content/, nor be articles/ or static/); name one like people"),
                row("kind named static", "entities:\n  kinds:\n    - key: static\n",
                        "3:7: error: entity kind static: folder \"static\" is not a folder of its own in content/ (it"
                                + " may not leave content/, nor be articles/ or static/); name one like people"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String title, String yaml, String expected) {
        Diagnostics d = new Diagnostics();
        new SiteConfigParser().parse(yaml, "content/site.yaml", d);
        List<String> found = d.list().stream().map(Diagnostic::format).toList();
        assertThat(found).containsExactly("content/site.yaml:" + expected);
        assertThat(found).noneMatch(m -> m.contains("front matter"));
    }

    /** A kind's folder names a source folder, not an address: any letters, a space, a slash at its end. */
    @org.junit.jupiter.api.Test
    void aKindsFolderMayBeAnyFolderOfItsOwnInContent() {
        for (String folder : List.of("люди", "Team Members", "people/", "./people", "desk/people")) {
            Diagnostics d = new Diagnostics();
            SiteConfig c = new SiteConfigParser().parse("entities:\n  kinds:\n    - key: people\n      folder: \""
                    + folder + "\"\n", "content/site.yaml", d);
            assertThat(d.list()).as(folder).isEmpty();
            assertThat(c.kinds().get(0).folder()).isEqualTo(folder);
        }
    }

    @org.junit.jupiter.api.Test
    void languagesWithTheirTitlesTheDefaultFirst() {
        Diagnostics d = new Diagnostics();
        SiteConfig c = new SiteConfigParser().parse("""
                title: Orbit Desk
                description: News.
                language: en
                languages:
                  - code: ru
                    title: Орбита
                  - en
                """, "content/site.yaml", d);
        assertThat(d.list()).isEmpty();
        assertThat(c.languages()).extracting(Language::code).containsExactly("en", "ru");
        assertThat(c.defaultLanguage()).isEqualTo(new Language("en", "Orbit Desk", "News.", ""));
        assertThat(c.language("ru").orElseThrow()).isEqualTo(new Language("ru", "Орбита", "Орбита", "ru/"));
        assertThat(c.in(c.language("ru").orElseThrow()).title()).isEqualTo("Орбита");
        assertThat(new SiteConfigParser().parse("title: X\n", "content/site.yaml", d).multilingual()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void listPagesAreNumberedFromTheNewestUnlessSiteYamlSaysOtherwise() {
        Diagnostics d = new Diagnostics();
        SiteConfigParser parser = new SiteConfigParser();
        assertThat(parser.parse("title: X\n", "content/site.yaml", d).pagesFromOldest()).isFalse();
        assertThat(parser.parse("pageNumbers: fromNewest\n", "content/site.yaml", d).pagesFromOldest()).isFalse();
        SiteConfig c = parser.parse("pageNumbers: fromOldest\n", "content/site.yaml", d);
        assertThat(c.pagesFromOldest()).isTrue();
        assertThat(c.in(c.defaultLanguage()).pagesFromOldest()).isTrue();
        assertThat(c.withBaseUrl("https://staging.example.org/").pagesFromOldest()).isTrue();
        assertThat(c.params()).doesNotContainKey("pageNumbers");
        assertThat(d.list()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aMisspeltSettingIsNotReadButKeptForTemplatesAndOtherFreeKeysAreQuiet() {
        Diagnostics d = new Diagnostics();
        SiteConfig c = new SiteConfigParser().parse("""
                title: Desk
                timezone: America/New_York
                pagesize: 5
                twitter: orbitdesk
                sponsor: Acme
                params:
                  kicker: Analysis
                """, "content/site.yaml", d);
        assertThat(d.list()).extracting(Diagnostic::format).allMatch(m -> m.contains("warning: unknown key"))
                .extracting(m -> m.substring(0, m.indexOf(" warning"))).containsExactly("content/site.yaml:2:1:",
                        "content/site.yaml:3:1:");
        assertThat(c.timeZone()).isEqualTo(java.time.ZoneId.of("UTC"));
        assertThat(c.pageSize()).isEqualTo(10);
        assertThat(c.params()).containsEntry("timezone", "America/New_York").containsEntry("pagesize", 5L)
                .containsEntry("twitter", "orbitdesk").containsEntry("sponsor", "Acme")
                .containsEntry("kicker", "Analysis");
    }

    private static Arguments row(String title, String yaml, String expected) {
        return Arguments.of(title, yaml, expected);
    }
}
