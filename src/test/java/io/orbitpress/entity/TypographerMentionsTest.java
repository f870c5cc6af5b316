package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.markdown.MarkdownEngine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names in text whose punctuation {@code markdown.typographer} set are found as in the text as
 * written, at the line and column where the writer typed them, though {@code --}, {@code ---}
 * and {@code ...} before them became one character each.
 */
class TypographerMentionsTest {

    private static final MarkdownEngine SET = new MarkdownEngine(false, MarkdownEngine.ENGLISH_TABLES, true, "en");

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("\"Go,\" said Zena Cardman -- then... Kimiya Yui --- and NASA's crew",
                        "people:zena-cardman@1:12, people:kimiya-yui@1:36, organizations:nasa@1:55"),
                Arguments.of("Barry \"Butch\" Wilmore and Mike Fincke's 'ride'", "people:butch-wilmore@1:1,"
                        + " people:michael-fincke@1:27"),
                Arguments.of("*\"Crew-11\"* -- and\nthe ISS... 'Zena Cardman'",
                        "missions:crew-11@1:3, missions:iss@2:5, people:zena-cardman@2:13"),
                // a dash typed as one (or as its entity) beside one the typographer made of --
                Arguments.of("The crew \u2013 Zena Cardman -- then Kimiya Yui",
                        "people:zena-cardman@1:12, people:kimiya-yui@1:33"),
                Arguments.of("The crew \u2013 and then Zena Cardman \nwaved.", "people:zena-cardman@1:21"),
                Arguments.of("Ready -- the crew &mdash; Zena Cardman", "people:zena-cardman@1:27"),
                Arguments.of("R&amp;D --- a -- b... Zena Cardman &amp; NASA",
                        "people:zena-cardman@1:23, organizations:nasa@1:42"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void foundWhereWritten(String markdown, String expected) {
        assertThat(MentionExtractorTest.render(Registry.EXTRACTOR.extract(SET.parse(markdown))).replaceAll(" ~ .*", ""))
                .isEqualTo(expected);
        // the same as in the text as written
        assertThat(MentionExtractorTest.render(Registry.extract(markdown)).replaceAll(" ~ .*", "")).isEqualTo(expected);
    }

    /**
     * In text the typographer did not set, a dash is as typed: the space a line lost at its end is
     * not taken for a hyphen the dash was made of.
     */
    @org.junit.jupiter.api.Test
    void aDashTypedAsADashIsOneCharacter() {
        assertThat(MentionExtractorTest.render(Registry.extract("The crew \u2013 and then Zena Cardman \nwaved."))
                .replaceAll(" ~ .*", "")).isEqualTo("people:zena-cardman@1:21");
    }
}
