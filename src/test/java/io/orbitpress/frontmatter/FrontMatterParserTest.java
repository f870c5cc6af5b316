package io.orbitpress.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors and limits in front matter, reported at the file's own line and column. */
class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    private List<String> problems(String file) {
        Diagnostics d = new Diagnostics();
        parser.parse(FrontMatterSplitter.split(file), "x.md", d);
        return d.list().stream().map(Diagnostic::format).toList();
    }

    /** YAML's other ways to write null are null, as "null" is; quoted, or part of a word, they are text. */
    @Test
    void aTildeIsNull() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = parser.parse(FrontMatterSplitter.split("""
                ---
                publishDate: ~
                expiryDate:   NULL  # a comment
                summary: '~'
                dateline: "Null"
                author: ~ Kim
                source: null
                ---
                """), "x.md", d);
        assertThat(d.list()).isEmpty();
        assertThat(fm.node("publishDate")).isEmpty();
        assertThat(fm.node("expiryDate")).isEmpty();
        assertThat(fm.node("source")).isEmpty();
        assertThat(fm.node("summary").orElseThrow().asString()).isEqualTo("~");
        assertThat(fm.node("dateline").orElseThrow().asString()).isEqualTo("Null");
        assertThat(fm.node("author").orElseThrow().asString()).isEqualTo("~ Kim");
    }

    @Test
    void colonInAnUnquotedValue() {
        assertThat(problems("""
                ---
                title: Crew-11 docks
                summary: docked at: 2:27 a.m.
                ---
                Text.
                """)).containsExactly("x.md:3:19: error: invalid YAML: mapping values are not allowed here;"
                + " a value containing \": \" must be quoted, like summary: \"docked at: 2:27 a.m.\"");
    }

    @Test
    void unclosedMap() {
        assertThat(problems("""
                ---
                title: Crew-11 docks
                role: {en: cosmonaut, ru: космонавт
                date: 2025-07-30
                ---
                """)).containsExactly("x.md:3:7: error: invalid YAML: the map opened here with { is not closed; close it"
                + " with } where it ends, like name: {en: Oleg Platonov, ru: Олег Платонов}");
    }

    @Test
    void unclosedList() {
        assertThat(problems("""

                ---
                title: Crew-11 docks
                tags: [launch, crew
                date: 2025-07-30
                ---
                """)).containsExactly("x.md:4:7: error: invalid YAML: the list opened here with [ is not closed; close it with ] where it ends, like"
                + " tags: [launch, crew]");
    }

    @Test
    void unclosedQuote() {
        assertThat(problems("""
                ---
                title: "Crew-11 docks
                date: 2025-07-30
                ---
                """)).containsExactly("x.md:2:8: error: invalid YAML: a quoted value is not closed: the \" opened here"
                + " runs on to the end of the front matter; close it where the value ends, like title: \"Crew-11 docks\"");
    }

    @Test
    void unclosedQuoteThatALaterQuoteCloses() {
        // the value runs on to the next quote, and the parser stumbles only after it, two lines below
        assertThat(problems("""
                ---
                title: "Apollo 11 lands on the Moon
                date: 2026-12-04
                summary: "An example article: the names of people and missions in its text are found."
                dateline: HOUSTON
                ---
                Text.
                """)).containsExactly("x.md:2:8: error: invalid YAML: a quoted value is not closed: the \" opened here"
                + " runs on to line 4, taking in the lines between as its text; close it where the value ends, like"
                + " title: \"Apollo 11 lands on the Moon\"");
    }

    @Test
    void unclosedSingleQuoteInANestedMap() {
        assertThat(problems("""
                ---
                title: Crew-11 docks
                source:
                  name: 'TASS
                  url: 'https://tass.com/'
                ---
                """)).containsExactly("x.md:4:9: error: invalid YAML: a quoted value is not closed: the ' opened here"
                + " runs on to line 5, taking in the lines between as its text; close it where the value ends, like"
                + " name: 'TASS'");
    }

    @Test
    void unclosedQuoteInAListHasNoExampleLine() {
        assertThat(problems("""
                ---
                title: Crew-11 docks
                tags: ["launch", "crew
                date: 2025-07-30
                ---
                """)).containsExactly("x.md:3:18: error: invalid YAML: a quoted value is not closed: the \" opened"
                + " here runs on to the end of the front matter; close it with \" where the value ends");
    }

    @Test
    void aQuotedValueOnSeveralLinesIsNotTakenForAnUnclosedOne() {
        assertThat(problems("""
                ---
                title: Crew-11 docks
                summary: "The crew docked
                  at 2:27 a.m."
                tags: [launch
                ---
                """)).containsExactly("x.md:5:7: error: invalid YAML: the list opened here with [ is not closed; close it with ] where it ends, like"
                + " tags: [launch, crew]");
    }

    @Test
    void missingColon() {
        // SnakeYAML stops on the line after the one without a colon
        assertThat(problems("""
                ---
                title: "Apollo 11 lands on the Moon"
                date: 2026-12-04
                summary: "An example article."
                dateline HOUSTON
                tags: [moon, example]
                ---
                Text.
                """)).containsExactly("x.md:5:1: error: invalid YAML: this line has no \":\" after its key; write it as"
                + " dateline: HOUSTON, or indent it if it continues the value above");
    }

    @Test
    void missingColonInANestedMapAndAfterAKeyAlone() {
        assertThat(problems("---\ntitle: x\nsource:\n  name: NASA\n  url https://nasa.gov/\n---\n")).containsExactly(
                "x.md:5:3: error: invalid YAML: this line has no \":\" after its key; write it as url: https://nasa.gov/,"
                        + " or indent it if it continues the value above");
        assertThat(problems("---\ntitle: x\ndraft\ndate: 2025-07-30\n---\n")).containsExactly(
                "x.md:3:1: error: invalid YAML: this line has no \":\" after its key; write it as draft: followed by"
                        + " its value, or indent it if it continues the value above");
    }

    @Test
    void unknownEscapeInDoubleQuotes() {
        assertThat(problems("---\ntitle: x\nsummary: \"Saved in C:\\crew\\docking.txt\"\n---\n")).containsExactly(
                "x.md:3:22: error: invalid YAML: \"\\c\" is not an escape YAML knows (in double quotes a backslash"
                        + " starts one); write a backslash as \\\\, or put the value in single quotes, like summary:"
                        + " 'Saved in C:\\crew\\docking.txt'");
    }

    @Test
    void textAfterAClosingQuote() {
        assertThat(problems("---\ntitle: \"Apollo 11\" lands\ndate: 2025-07-30\n---\n")).containsExactly(
                "x.md:2:20: error: invalid YAML: the value goes on after its closing quote; quote the whole value, like"
                        + " title: '\"Apollo 11\" lands'");
        assertThat(problems("---\ntitle: x\ntags:\n  - \"crew\" rotation\n---\n")).containsExactly(
                "x.md:4:12: error: invalid YAML: the value goes on after its closing quote; quote the whole value, like"
                        + " - '\"crew\" rotation'");
        // quotes inside a quoted value: the outer ones quoted it, and are not offered as part of it
        assertThat(problems("---\ntitle: \"Crew-11 \"docks\" today\"\n---\n")).containsExactly(
                "x.md:2:18: error: invalid YAML: the value goes on after its closing quote; quote the whole value, like"
                        + " title: 'Crew-11 \"docks\" today'");
        assertThat(problems("---\ntitle: \"Apollo 11\" lands \"soon\"\n---\n")).containsExactly(
                "x.md:2:20: error: invalid YAML: the value goes on after its closing quote; quote the whole value, like"
                        + " title: '\"Apollo 11\" lands \"soon\"'");
        // with both kinds of quote in it, no line is offered
        assertThat(problems("---\ntitle: \"It's \"here\" now\"\n---\n")).containsExactly(
                "x.md:2:15: error: invalid YAML: the value goes on after its closing quote; quote the whole value");
    }

    @Test
    void tomlLeftOpenIsToldWhereItOpened() {
        assertThat(problems("+++\ntitle = \"Docked\"\ndate = 2025-08-02\ntags = [\"crew\", \"iss\"\n+++\nText.\n")).containsExactly(
                "x.md:4:8: error: invalid TOML: the [ opened here is never closed; close it with ]; write each key as"
                        + " key = \"value\" on a line of its own, lists as [\"a\", \"b\"], between the +++ lines");
    }

    @Test
    void aHashWithTextAfterItIsACommentThatCutsTheValue() {
        assertThat(problems("---\ntitle: Docking #2 of 3\ndraft: true   # a comment, as meant\n---\n")).containsExactly(
                "x.md:2:16: warning: \"#\" after a space starts a comment in YAML, so title is read as \"Docking\"; to"
                        + " keep \"#2 of 3\", quote the value, like title: \"Docking #2 of 3\"");
        assertThat(problems("---\ntitle: #1 story\ntags:\n  - launch #crew\n---\n")).containsExactly(
                "x.md:2:8: warning: \"#\" after a space starts a comment in YAML, so title is read as empty; to keep"
                        + " \"#1 story\", quote the value, like title: \"#1 story\"",
                "x.md:4:12: warning: \"#\" after a space starts a comment in YAML, so this item is read as \"launch\";"
                        + " to keep \"#crew\", quote the value, like - \"launch #crew\"");
        // a comment written as one after it is left out of the value meant
        assertThat(problems("---\ntitle: Docking #2\t# to check\n---\n")).containsExactly(
                "x.md:2:16: warning: \"#\" after a space starts a comment in YAML, so title is read as \"Docking\"; to"
                        + " keep \"#2\", quote the value, like title: \"Docking #2\"");
        // a block value in a list item: its sibling keys are read, its own lines are not
        assertThat(problems("---\nlinks:\n  - note: |\n      Docking #2 of 3\n    url: Crew #11\n---\n")).containsExactly(
                "x.md:5:15: warning: \"#\" after a space starts a comment in YAML, so url is read as \"Crew\"; to keep"
                        + " \"#11\", quote the value, like url: \"Crew #11\"");
        // quoted, in a block value, or with no space before it: text, as written
        assertThat(problems("---\ntitle: \"Docking #2\"\nsummary: |\n  Docking #2 of 3\n  went well\nlede: C#4\n---\n"))
                .isEmpty();
    }

    @Test
    void aKeyIndentedUnderAValue() {
        String advice = "this line is indented under the value above, so YAML reads it as more of that value; start it"
                + " where the keys above start, like ";
        assertThat(problems("---\ntitle: Apollo 11\n  date: 2025-07-30\n---\n")).containsExactly(
                "x.md:3:3: error: invalid YAML: " + advice + "date: 2025-07-30 (or, if it does continue the value, put"
                        + " the whole value in quotes)");
        assertThat(problems("---\ntitle: x\nsource:\n  name: NASA\n    url: https://nasa.gov/\n---\n")).containsExactly(
                "x.md:5:5: error: invalid YAML: " + advice + "url: https://nasa.gov/ (or, if it does continue the"
                        + " value, put the whole value in quotes)");
        // under a list written on its line
        assertThat(problems("---\ntitle: X\ntags: [moon]\n  extra: x\n---\n")).containsExactly(
                "x.md:4:3: error: invalid YAML: " + advice + "extra: x (or, if it does continue the value, put the"
                        + " whole value in quotes)");
        // a colon inside a value on its own line is still told as one
        assertThat(problems("---\ntitle: x\nsummary: docked at: 2:27\n---\n")).containsExactly(
                "x.md:3:19: error: invalid YAML: mapping values are not allowed here; a value containing \": \" must be"
                        + " quoted, like summary: \"docked at: 2:27 a.m.\"");
    }

    /**
     * A key of a nested map (a name per language) indented less than the key above it, and more
     * than the key that holds them: told in words, not in the parser's ("expected &lt;block end&gt;").
     */
    @Test
    void aKeyIndentedLessThanTheKeyAboveIt() {
        String advice = "this key starts left of the key above it (line 4, column 4) and right of the key that holds"
                + " them, so YAML cannot tell which map it belongs to; start the keys of one map in the same column,"
                + " like ";
        assertThat(problems("---\nname: Anna Kikina\nbio:\n   en: A cosmonaut.\n  ru: Космонавт.\n---\n"))
                .containsExactly("x.md:5:3: error: invalid YAML: " + advice + "   ru: Космонавт. (or, if it is no"
                        + " key of that map, where the key that holds them starts, like ru: Космонавт.)");
        // a key of a list item's map
        assertThat(problems("---\ntitle: X\nlinks:\n  - name: NASA\n   url: https://nasa.gov/\n---\n"))
                .containsExactly("x.md:5:4: error: invalid YAML: this key starts left of the key above it (line 4,"
                        + " column 5) and right of the key that holds them, so YAML cannot tell which map it belongs"
                        + " to; start the keys of one map in the same column, like     url: https://nasa.gov/");
    }

    /** A list begun on its key's line and carried on below it, as a list of lines: one way or the other. */
    @Test
    void aListItemIndentedUnderAListWrittenOnItsLine() {
        assertThat(problems("---\ntitle: X\npeople: [neil-armstrong]\n  - buzz-aldrin\n---\n")).containsExactly(
                "x.md:4:3: error: invalid YAML: this list item is indented under people:, whose value is already"
                        + " written on its line; write the list one way: people: [neil-armstrong, buzz-aldrin], or"
                        + " every item on a line of its own under people:");
        assertThat(problems("---\ntitle: X\nauthor: \"Jane Roe\"\n  - Joe Bloggs\n---\n")).containsExactly(
                "x.md:4:3: error: invalid YAML: this list item is indented under author:, whose value is already"
                        + " written on its line; write the list one way: author: [a, b], or every item on a line of its"
                        + " own under author:");
    }

    @Test
    void anApostropheInSingleQuotes() {
        assertThat(problems("---\ntitle: 'Crew-11's return'\ndate: 2025-07-30\n---\n")).containsExactly(
                "x.md:2:17: error: invalid YAML: the apostrophe closes the single-quoted value and the rest is left over;"
                        + " write it twice ('') or put the value in double quotes, like title: \"Crew-11's return\"");
    }

    @Test
    void tabIndentation() {
        assertThat(problems("---\ntitle: x\nsource:\n\tname: NASA\n---\n")).containsExactly(
                "x.md:4:1: error: invalid YAML: a tab cannot indent YAML; indent with spaces");
    }

    @Test
    void tomlSyntaxError() {
        assertThat(problems("+++\ntitle = \"x\"\ndate = \n+++\n")).containsExactly(
                "x.md:3:8: error: invalid TOML: Newline not permitted here; write each key as key = \"value\" on a line"
                        + " of its own, lists as [\"a\", \"b\"], between the +++ lines");
    }

    @Test
    void deepNestingPointsAtWhereTheLimitWasReached() {
        assertThat(problems("---\ntitle: x\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\n"))
                .containsExactly("x.md:3:68: error: front matter is nested too deeply (at most 64 levels); flatten it");
    }

    @Test
    void deepNestedMaps() {
        StringBuilder sb = new StringBuilder("---\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(" ".repeat(i)).append("k:\n");
        }
        sb.append("---\n");
        assertThat(problems(sb.toString())).containsExactly(
                "x.md:66:65: error: front matter is nested too deeply (at most 64 levels); flatten it");
    }

    @Test
    void aliasBomb() {
        StringBuilder sb = new StringBuilder("---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        sb.append("---\n");
        assertThat(problems(sb.toString())).containsExactly(
                "x.md:3:10: error: YAML aliases (*name) are not supported in front matter; write the value out in full");
    }

    @Test
    void frontMatterThatIsNotAMap() {
        assertThat(problems("---\n- a\n- b\n---\n")).containsExactly(
                "x.md:2:1: error: front matter must be a set of \"key: value\" lines");
    }

    @Test
    void unclosed() {
        assertThat(problems("\n---\ntitle: x\n")).containsExactly(
                "x.md:2:1: error: front matter opened here is never closed; add a line --- after its last key");
    }

    /** "bad: [" with nothing after it was the parser's words at the closing ---: it is told at the bracket. */
    @Test
    void aBracketOpenedWithNothingAfterItIsToldWhereItOpens() {
        assertThat(problems("---\ntitle: T\nbad: [\n---\n")).containsExactly("x.md:3:6: error: invalid YAML: the list"
                + " opened here with [ is not closed; close it with ] where it ends, like tags: [launch, crew]");
        assertThat(problems("---\ntitle: T\nname: {\n---\n")).containsExactly("x.md:3:7: error: invalid YAML: the map"
                + " opened here with { is not closed; close it with } where it ends, like name: {en: Oleg Platonov, ru:"
                + " Олег Платонов}");
    }

    /** An item indented deeper than the one above became part of its text, "a - b", without a word. */
    @Test
    void anItemIndentedUnderTheOneAboveIsWarnedAbout() {
        assertThat(problems("---\ntags:\n  - a\n   - b\n  - c\n  - d e\n    f\nsummary: >\n  - x\n   - y\n---\n"))
                .containsExactly("x.md:4:4: warning: this line is read as the rest of the item above, which becomes"
                        + " \"a - b\"; to make it an item of its own, put its \"-\" under the one above (column 3)");
    }

    /** A tab after a key's colon was told as "a tab cannot indent YAML". */
    @Test
    void aTabAfterAKeysColonIsToldAsSuch() {
        assertThat(problems("---\ntitle: T\ndate:\t2025-07-30\n---\n")).containsExactly("x.md:3:6: error: invalid YAML:"
                + " a tab stands between \"date:\" and its value, where YAML takes spaces; replace it with a space");
        assertThat(problems("---\ntags:\n\t- a\n---\n")).containsExactly("x.md:3:1: error: invalid YAML: a tab cannot"
                + " indent YAML; indent with spaces");
    }

    /** The TOML parser tells no places: a key's, a table key's and a list item's are found in the text. */
    @Test
    void tomlKeysAndItemsHaveTheirPlaces() {
        FrontMatter fm = parser.parse(FrontMatterSplitter.split("+++\ntitle = \"T\"\nnotes = \"\"\"\nslug = x\n\"\"\"\n"
                + "  slug = \"a & b\"\npeople = [\"ada\", 'bo, b',\n    \"neil-armstrog\"] # crew\n[taxonomies]\n"
                + "tags = [\"x\"]\n+++\nText.\n"), "x.md", new Diagnostics());
        assertThat(fm.place("slug")).isEqualTo(new FrontMatter.Place(6, 3));
        assertThat(fm.placeOfItem("people", "ada")).isEqualTo(new FrontMatter.Place(7, 11));
        assertThat(fm.placeOfItem("people", "bo, b")).isEqualTo(new FrontMatter.Place(7, 18));
        assertThat(fm.placeOfItem("people", "neil-armstrog")).isEqualTo(new FrontMatter.Place(8, 5));
        assertThat(fm.place("taxonomies", "tags", "0")).isEqualTo(new FrontMatter.Place(10, 9));
        assertThat(fm.place("taxonomies")).isEqualTo(new FrontMatter.Place(9, 2));
    }

    /** Each [[x]] table has keys of its own: a key set twice is found in the table that sets it twice. */
    @Test
    void aTomlKeySetTwiceIsFoundPastListsOfTables() {
        assertThat(problems("+++\ntitle = \"T\"\nlist = [\n  [\"a\"],\n]\n[[extra.people]]\nname = \"A\"\n"
                + "[[extra.people]]\nname = \"B\"\n[taxonomies]\ntags = [\"x\"]\ntags = [\"y\"]\n+++\n"))
                .containsExactly("x.md:12:1: error: invalid TOML: \"tags\" is set twice, on line 11 and here; TOML"
                        + " takes each key once: keep the one you mean");
    }

    /** TOML refuses a key set twice: told at the key's second line, naming it, not at the closing +++. */
    @Test
    void aTomlKeySetTwiceIsToldWhereItIsSetAgain() {
        assertThat(problems("+++\ntitle = \"a\"\nnotes = \"\"\"\ntitle = b\n\"\"\"\n[extra]\ntitle = \"c\"\n"
                + "[more]\ntitle = \"d\"\n  title = \"e\"\n+++\n")).containsExactly(
                "x.md:10:3: error: invalid TOML: \"title\" is set twice, on line 9 and here; TOML takes each key"
                        + " once: keep the one you mean");
    }

    @Test
    void duplicateKeyIsAWarning() {
        assertThat(problems("---\ntitle: a\ntitle: b\n---\n")).containsExactly(
                "x.md:3:1: warning: \"title\" is set twice; the last value is used");
    }
}
