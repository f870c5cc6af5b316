package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Example table for the mention extractor, one case per row, in the spirit of the CommonMark
 * spec tests. Expected results read {@code kind:id@line:column} for mentions, then after
 * {@code ~} pattern hits as {@code kind:slug@line:column}, then after {@code ?} suggestions as
 * {@code kind:Name@line:column}; an empty string means nothing is found.
 */
class MentionExtractorTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                // Plain names and positions
                row("full name at start", "Zena Cardman flew.", "people:zena-cardman@1:1"),
                row("two entities on a line", "NASA astronaut Zena Cardman", "organizations:nasa@1:1, people:zena-cardman@1:16"),
                row("same entity twice", "Boeing and Boeing", "organizations:boeing@1:1, organizations:boeing@1:12"),
                row("line and column on multi-line input",
                        "Intro line.\n\nThe crew: Kimiya Yui,\nOleg Platonov and\n  Zena Cardman.",
                        "people:kimiya-yui@3:11, people:oleg-platonov@4:1, people:zena-cardman@5:3"),
                // Possessives
                row("possessive with straight apostrophe", "Sean Duffy's plan", "people:sean-duffy@1:1"),
                row("possessive with typographic apostrophe", "Sean Duffy\u2019s plan", "people:sean-duffy@1:1"),
                row("typographic double quotes in a name", "Barry \u201CButch\u201D Wilmore and Barry \u00ABButch\u00BB Wilmore",
                        "people:butch-wilmore@1:1, people:butch-wilmore@1:27"),
                row("possessive surname after full name", "Sean Duffy spoke. Duffy\u2019s plan won.",
                        "people:sean-duffy@1:1, people:sean-duffy@1:19"),
                // Surnames
                row("surname after full name", "Sean Duffy spoke. Duffy said more.",
                        "people:sean-duffy@1:1, people:sean-duffy@1:19"),
                row("surname before full name does not count", "Duffy spoke. Later Sean Duffy said",
                        "people:sean-duffy@1:20"),
                row("surname before and after full name", "Duffy, then Sean Duffy, then Duffy.",
                        "people:sean-duffy@1:13, people:sean-duffy@1:30"),
                row("surname after alias", "Mike Fincke docked. Fincke said",
                        "people:michael-fincke@1:1, people:michael-fincke@1:21"),
                row("surname in a later paragraph", "Kimiya Yui\n\nYui said", "people:kimiya-yui@1:1, people:kimiya-yui@3:1"),
                row("shared surname never counts alone", "Anna Berg and Tomas Berg. Berg said",
                        "people:anna-berg@1:1, people:tomas-berg@1:15"),
                row("another first name before the surname is another person", "Sean Duffy spoke. Then Mark Duffy came."
                        + " Duffy said", "people:sean-duffy@1:1"),
                row("the surname after another person's name counts again after the full name",
                        "Sean Duffy spoke, and Mark Duffy too. Sean Duffy left. Duffy said",
                        "people:sean-duffy@1:1, people:sean-duffy@1:39, people:sean-duffy@1:56"),
                row("a title before the surname is no first name", "Sean Duffy spoke. Later Administrator Duffy said",
                        "people:sean-duffy@1:1, people:sean-duffy@1:39"),
                row("a capitalised word that starts a sentence is no first name", "Sean Duffy spoke. Then Duffy said",
                        "people:sean-duffy@1:1, people:sean-duffy@1:24"),
                row("surname shorter than three letters never counts", "Jin Wu arrived. Wu said", "people:jin-wu@1:1"),
                // Aliases and overlaps
                row("alias", "Mike Fincke waved", "people:michael-fincke@1:1"),
                row("long alias", "the National Aeronautics and Space Administration said",
                        "organizations:nasa@1:5"),
                row("lowercase alias", "aboard the space station", "missions:iss@1:12"),
                row("longest wins over two shorter names", "SpaceX Crew-11 launched", "missions:crew-11@1:1"),
                row("shorter names apart", "SpaceX flew Crew-11", "organizations:spacex@1:1, missions:crew-11@1:13"),
                row("longest wins within a kind", "Crew Dragon Endeavour and Dragon",
                        "spacecraft:crew-dragon@1:1, spacecraft:dragon@1:27"),
                // Whole words and case
                row("name inside a longer word", "Michael Fincke visited Finckeville", "people:michael-fincke@1:1"),
                row("mission number inside a longer number", "Crew-110 is not Crew-11",
                        "missions:crew-11@1:17 ~ missions:crew-110@1:1"),
                row("name glued to letters", "NASAX and xNASA", ""),
                row("case-sensitive", "nasa and Nasa and NASA", "organizations:nasa@1:19"),
                // Line breaks
                row("soft line break inside a name", "Zena\nCardman flew", "people:zena-cardman@1:1"),
                row("hard line break with spaces", "Zena  \nCardman flew", "people:zena-cardman@1:1"),
                row("hard line break with backslash", "Zena\\\nCardman flew", "people:zena-cardman@1:1"),
                // Accents
                row("accented name, plain text", "Raphael Liegeois trained", "people:raphael-liegeois@1:1"),
                row("accented name, accented text", "Raphaël Liégeois trained", "people:raphael-liegeois@1:1"),
                row("plain name, accented text", "André Kuipers flew", "people:andre-kuipers@1:1"),
                row("combining marks in the text", "Raphae\u0308l Lie\u0301geois trained", "people:raphael-liegeois@1:1"),
                // Code, HTML, URLs, images
                row("code span ignored", "`Zena Cardman` and Kimiya Yui", "people:kimiya-yui@1:20"),
                row("code span splits a name", "Zena `Cardman`", ""),
                row("fenced code ignored", "```\nZena Cardman\n```\n\nJAXA", "organizations:jaxa@5:1"),
                row("indented code ignored", "    Zena Cardman\n\nJAXA", "organizations:jaxa@3:1"),
                row("HTML block ignored", "<div>\nZena Cardman\n</div>\n\nBoeing", "organizations:boeing@5:1"),
                row("inline HTML attribute ignored", "<span title=\"Zena Cardman\">crew</span> Boeing",
                        "organizations:boeing@1:40"),
                row("link text counts", "[Zena Cardman](https://example.org/zena) flew", "people:zena-cardman@1:2"),
                row("link destination is not text", "[the agency](https://NASA.gov/Boeing)", ""),
                row("autolinked URLs ignored", "See https://www.nasa.gov/NASA and <https://example.com/Boeing> or www.boeing.com/Boeing", ""),
                row("image alt text ignored", "![Zena Cardman](zena.png) JAXA", "organizations:jaxa@1:27"),
                // Blocks
                row("ATX heading", "# Zena Cardman returns", "people:zena-cardman@1:3"),
                row("setext heading", "Kimiya Yui\n===", "people:kimiya-yui@1:1"),
                row("table cells", "| Crew | Agency |\n|---|---|\n| Kimiya Yui | JAXA |",
                        "people:kimiya-yui@3:3, organizations:jaxa@3:16"),
                row("block quote", "> Oleg Platonov said\n> Roscosmos agreed",
                        "people:oleg-platonov@1:3, organizations:roscosmos@2:3"),
                row("list items", "- Oleg Platonov\n- Dmitry Bakanov", "people:oleg-platonov@1:3, people:dmitry-bakanov@2:3"),
                row("list in a block quote", "> 1. Sean Duffy\n>    said", "people:sean-duffy@1:6"),
                row("footnote", "Text[^1]\n\n[^1]: Zena Cardman said so.", "people:zena-cardman@3:7"),
                // Emphasis
                row("emphasis around a name", "*Zena Cardman*", "people:zena-cardman@1:2"),
                row("emphasis splitting a name", "*Zena* Cardman", "people:zena-cardman@1:2"),
                row("strong splitting a name", "Zena **Cardman**", "people:zena-cardman@1:1"),
                row("strikethrough", "~~Boeing~~ SpaceX", "organizations:boeing@1:3, organizations:spacex@1:12"),
                // Escapes and entities before a name
                row("escapes before a name", "\\*Note\\*: Zena Cardman", "people:zena-cardman@1:11"),
                row("entity before a name", "AT&amp;T and Boeing", "organizations:boeing@1:14"),
                row("no-break space entity before a name", "a&nbsp;Boeing", "organizations:boeing@1:8"),
                row("escaped bang mid-line", "Wow\\! Boeing *now*", "organizations:boeing@1:7"),
                row("plain bang and trailing spaces", "Wow! Boeing  \nflew", "organizations:boeing@1:6"),
                // Patterns
                row("registered mission vs pattern", "Crew-11 handed over to Crew-12",
                        "missions:crew-11@1:1 ~ missions:crew-12@1:24"),
                row("Soyuz pattern", "Soyuz MS-27 docked", " ~ missions:soyuz-ms-27@1:1"),
                row("Artemis patterns", "Artemis II flies before Artemis III and Artemis IIX",
                        " ~ missions:artemis-ii@1:1, missions:artemis-iii@1:25"),
                row("pattern across a soft line break", "Expedition\n73 began", " ~ missions:expedition-73@1:1"),
                row("several patterns", "Ax-4, STS-135, NG-23 and CRS-33",
                        " ~ missions:ax-4@1:1, missions:sts-135@1:7, missions:ng-23@1:16, missions:crs-33@1:26"),
                row("pattern in code ignored", "`Crew-12` and https://example.org/Crew-12", ""),
                // Suggestions
                row("cue with unregistered person", "NASA astronaut Jane Doe trained.",
                        "organizations:nasa@1:1 ? people:Jane Doe@1:16"),
                row("cue with a middle initial", "astronaut Jessica U. Meir flew", " ? people:Jessica U. Meir@1:11"),
                row("cue with registered person and a middle initial", "commander Michael E. Fincke", ""),
                row("cue with registered person", "Roscosmos cosmonaut Oleg Platonov",
                        "organizations:roscosmos@1:1, people:oleg-platonov@1:21"),
                row("two-word cue", "Roscosmos Director General Dmitry Bakanov",
                        "organizations:roscosmos@1:1, people:dmitry-bakanov@1:28"),
                row("longest cue wins", "NASA Acting Administrator Janet Petro said",
                        "organizations:nasa@1:1 ? people:Janet Petro@1:27"),
                row("suggested once per article", "astronaut Jane Doe\n\nastronaut Jane Doe", " ? people:Jane Doe@1:11"),
                row("registered prefix suppresses the suggestion", "astronaut Zena Cardman Monday",
                        "people:zena-cardman@1:11"),
                row("hyphen and apostrophe in a name", "pilot Jean-Luc O'Neill landed", " ? people:Jean-Luc O'Neill@1:7"),
                row("lowercase after cue is no name", "the astronaut said Jane Doe left", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String title, String markdown, String expected) {
        assertThat(render(Registry.extract(markdown))).isEqualTo(expected);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("Dr. Zena Cardman flew. She returned.", "zena-cardman", "Dr. Zena Cardman flew."),
                Arguments.of("The U.S. crew met Kimiya Yui. Then they left.", "kimiya-yui", "The U.S. crew met Kimiya Yui."),
                Arguments.of("It flew on Jan. 5 with Oleg Platonov. Next.", "oleg-platonov", "It flew on Jan. 5 with Oleg Platonov."),
                Arguments.of("Sen. Sean Duffy spoke! Roscosmos agreed.", "sean-duffy", "Sen. Sean Duffy spoke!"),
                Arguments.of("Sen. Sean Duffy spoke! Roscosmos agreed.", "roscosmos", "Roscosmos agreed."),
                Arguments.of("First. Flight engineer A. Berg met Zena Cardman. Last.", "zena-cardman",
                        "Flight engineer A. Berg met Zena Cardman."),
                Arguments.of("He said \"Go.\" Zena Cardman nodded.", "zena-cardman", "Zena Cardman nodded."),
                Arguments.of("Run `deploy` with Zena Cardman.", "zena-cardman", "Run deploy with Zena Cardman."),
                Arguments.of("Zena\nCardman   flew\nhome. Then", "zena-cardman", "Zena Cardman flew home."),
                Arguments.of("Agencies, e.g. JAXA, agree. Done.", "jaxa", "Agencies, e.g. JAXA, agree."),
                Arguments.of("Is Boeing ready? NASA thinks so.", "boeing", "Is Boeing ready?"),
                Arguments.of("Is Boeing ready? NASA thinks so.", "nasa", "NASA thinks so."),
                Arguments.of("Sent at 3 p.m. by Boeing. Then.", "boeing", "Sent at 3 p.m. by Boeing."),
                Arguments.of("# Boeing wins", "boeing", "Boeing wins"),
                // abbreviations
                Arguments.of("At 11:43 a.m. EDT the crew of Crew-11 launched with Zena Cardman. Then.", "zena-cardman",
                        "At 11:43 a.m. EDT the crew of Crew-11 launched with Zena Cardman."),
                Arguments.of("It docked at 2 a.m. Kimiya Yui opened the hatch.", "kimiya-yui", "Kimiya Yui opened the hatch."),
                Arguments.of("Lt. Col. Zena Cardman and Cmdr. Mike Fincke flew. Next.", "michael-fincke",
                        "Lt. Col. Zena Cardman and Cmdr. Mike Fincke flew."),
                Arguments.of("Pad No. 39A held Crew-11 for Boeing. Next.", "boeing", "Pad No. 39A held Crew-11 for Boeing."),
                // table rows: the whole row, each cell after its header, the cells joined by " · "
                Arguments.of("| Crew | Agency |\n|---|---|\n| Kimiya Yui | JAXA |\n| Zena Cardman | NASA |", "kimiya-yui",
                        "Crew: Kimiya Yui · Agency: JAXA"),
                Arguments.of("| Crew | Agency |\n|---|---|\n| Kimiya Yui | JAXA |\n| Zena Cardman | NASA |", "nasa",
                        "Crew: Zena Cardman · Agency: NASA"),
                Arguments.of("| Who | Note |\n|---|---|\n| Oleg Platonov | Flew. Then landed. |", "oleg-platonov",
                        "Who: Oleg Platonov · Note: Flew. Then landed."),
                // a header row and a column without a header: the cells as they are
                Arguments.of("| Kimiya Yui | |\n|---|---|\n| x | JAXA |", "kimiya-yui", "Kimiya Yui ·"),
                Arguments.of("| Crew | |\n|---|---|\n| Kimiya Yui | JAXA |", "kimiya-yui", "Crew: Kimiya Yui · JAXA"),
                // list items: the whole item, after the list's lead-in when it ends with a colon
                Arguments.of("The crew members are:\n\n- Zena Cardman, commander\n- Mike Fincke, pilot", "michael-fincke",
                        "The crew members are: Mike Fincke, pilot"),
                Arguments.of("Intro. The crew:\n- Kimiya Yui of JAXA. Flight engineer.\n- Oleg Platonov", "kimiya-yui",
                        "The crew: Kimiya Yui of JAXA."),
                Arguments.of("The plan:\n- Sean Duffy spoke. Roscosmos listened.", "roscosmos", "Roscosmos listened."),
                Arguments.of("- NASA crew:\n  - Zena Cardman\n- Roscosmos", "zena-cardman", "NASA crew: Zena Cardman"),
                Arguments.of("Notes\n\n- Zena Cardman flew", "zena-cardman", "Zena Cardman flew"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("sentences")
    void sentence(String markdown, String id, String expected) {
        List<String> found = Registry.extract(markdown).mentions().stream()
                .filter(m -> m.id().equals(id)).map(Mention::sentence).collect(Collectors.toList());
        assertThat(found).first().isEqualTo(expected);
    }

    @Test
    void longSentenceIsCutOnWordsAroundTheMention() {
        String words = "word ".repeat(150);
        Mention mention = Registry.extract(words + "Boeing " + words + "end.").mentions().get(0);
        assertThat(mention.sentence()).contains("Boeing").startsWith("\u2026").endsWith("\u2026");
        assertThat(mention.sentence().length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH + 2);
        assertThat(mention.sentence()).doesNotContain("wor\u2026").doesNotContain("\u2026ord");
    }

    @Test
    void mentionTextIsTheTextAsWritten() {
        assertThat(Registry.extract("Raphael Liegeois and Zena\nCardman and Duffy\u2019s; Sean Duffy\u2019s").mentions())
                .extracting(Mention::text)
                .containsExactly("Raphael Liegeois", "Zena Cardman", "Sean Duffy");
        assertThat(Registry.extract("Raphaël Liégeois").mentions().get(0).text()).isEqualTo("Raphaël Liégeois");
    }

    @Test
    void patternMentionKeepsNameAndSentence() {
        PatternMention hit = Registry.extract("Intro. The Soyuz MS-27 crew landed.").patternMentions().get(0);
        assertThat(hit).isEqualTo(new PatternMention("missions", "Soyuz MS-27", "soyuz-ms-27", 1, 12,
                "The Soyuz MS-27 crew landed.", false));
    }

    @Test
    void suggestionKeepsTheCue() {
        assertThat(Registry.extract("Roscosmos spokesperson Maria Ivanova said").suggestions())
                .containsExactly(new Suggestion("people", "Maria Ivanova", "spokesperson", 1, 24));
    }

    /** A cue at the start of a sentence is capitalised, and still a cue. */
    @Test
    void aCueStartingASentenceIsFoundCapitalised() {
        assertThat(Registry.extract("Cosmonaut Anna Kikina waved. Astronaut Frank Rubio too.").suggestions())
                .containsExactly(new Suggestion("people", "Anna Kikina", "Cosmonaut", 1, 11),
                        new Suggestion("people", "Frank Rubio", "Astronaut", 1, 40));
    }

    /** Russian text is read with the Russian cue words and mission patterns of a site's defaults. */
    @Test
    void russianCuesAndPatternsAreFound() {
        MentionExtractor.Builder site = MentionExtractor.builder();
        io.orbitpress.config.SiteConfigParser.DEFAULT_PATTERNS.forEach(p -> site.pattern("missions", p));
        io.orbitpress.config.SiteConfigParser.DEFAULT_CUES.forEach(c -> site.cue("people", c));
        Extraction found = site.build().extract(Registry.parse("Космонавт Иван Вагнер полетит на корабле Союз МС-28."));
        assertThat(found.suggestions()).containsExactly(new Suggestion("people", "Иван Вагнер", "Космонавт", 1, 11));
        assertThat(found.patternMentions()).extracting(PatternMention::slug).containsExactly("soyuz-ms-28");
    }

    @Test
    void extractorWithoutPatternsOrCuesFindsOnlyNames() {
        MentionExtractor bare = MentionExtractor.builder()
                .entity(new EntityName("organizations", "esa", "ESA", List.of(), false)).build();
        Extraction found = bare.extract(Registry.parse("ESA and Crew-12 and astronaut Jane Doe"));
        assertThat(render(found)).isEqualTo("organizations:esa@1:1");
    }

    @Test
    void customPatternAndCue() {
        MentionExtractor custom = MentionExtractor.builder()
                .pattern("rockets", "Falcon \\d+")
                .cue("people", "flight director")
                .build();
        assertThat(render(custom.extract(Registry.parse("Falcon 9 and flight director Ann Lee"))))
                .isEqualTo(" ~ rockets:falcon-9@1:1 ? people:Ann Lee@1:30");
    }

    /**
     * A pattern hit is checked against the names already found by halving the list, not by
     * looking at each: 1,000 hits against 100,000 names look at a few dozen names each.
     */
    @Test
    void aHitIsCheckedAgainstTheNamesByHalving() {
        List<int[]> names = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            names.add(new int[] {10 * i, 10 * i + 5});
        }
        int[] looked = {0};
        List<int[]> counted = new java.util.AbstractList<>() {
            @Override
            public int[] get(int index) {
                looked[0]++;
                return names.get(index);
            }

            @Override
            public int size() {
                return names.size();
            }
        };
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 1_000; k++) {
            int start = random.nextInt(1_000_010);
            int end = start + 1 + random.nextInt(12);
            boolean expected = names.stream().anyMatch(r -> start < r[1] && r[0] < end);
            assertThat(MentionExtractor.overlaps(counted, start, end)).as("%d-%d", start, end).isEqualTo(expected);
        }
        assertThat(looked[0]).isLessThanOrEqualTo(1_000 * 40);
    }

    @Test
    void aParagraphOfManyNamesAndHitsFindsThemAll() {
        Extraction found = Registry.extract("Crew-11 met Crew-12 and Zena Cardman. ".repeat(5_000));
        assertThat(found.mentions()).hasSize(10_000);
        assertThat(found.patternMentions()).hasSize(5_000);
        assertThat(found.mentions().get(9_999).sentence()).isEqualTo("Crew-11 met Crew-12 and Zena Cardman.");
    }

    static String render(Extraction extraction) {
        List<String> parts = new ArrayList<>();
        parts.add(extraction.mentions().stream()
                .map(m -> m.kind() + ":" + m.id() + "@" + m.line() + ":" + m.column())
                .collect(Collectors.joining(", ")));
        if (!extraction.patternMentions().isEmpty()) {
            parts.add(extraction.patternMentions().stream()
                    .map(p -> p.kind() + ":" + p.slug() + "@" + p.line() + ":" + p.column())
                    .collect(Collectors.joining(", ", "~ ", "")));
        }
        if (!extraction.suggestions().isEmpty()) {
            parts.add(extraction.suggestions().stream()
                    .map(s -> s.kind() + ":" + s.name() + "@" + s.line() + ":" + s.column())
                    .collect(Collectors.joining(", ", "? ", "")));
        }
        return String.join(" ", parts);
    }

    private static Arguments row(String title, String markdown, String expected) {
        return Arguments.of(title, markdown, expected);
    }
}
