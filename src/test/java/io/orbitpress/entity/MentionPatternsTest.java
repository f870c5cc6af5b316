package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MentionPatterns#find} tries a pattern only where its fixed prefix occurs; it must find
 * what a plain Matcher.find over the whole text finds.
 */
class MentionPatternsTest {
    private static final List<String> REGEXES = List.of(
            "Crew-\\d+", "Soyuz MS-\\d+", "Progress MS-\\d+", "Expedition \\d+", "Artemis (?:I|II|III|IV|V)\\b",
            "Ax-\\d+", "STS-\\d+", "NG-\\d+", "CRS-\\d+", "Shenzhou-\\d+",
            // site patterns that get a shorter prefix or none
            "Crews?-[A-Z]", "(?i)gemini \\d+", "Apollo \\d+|Skylab \\d+", "\\bVostok \\d", "[Mm]ir-\\d",
            "Zoë-\\d+", "S-\\d+(?=x)", "(?<=\\()ISS\\)", "Luna \\d{1,2}", "Q\\Q.|\\E\\d");

    private static final MentionPatterns PATTERNS = new MentionPatterns(REGEXES.stream()
            .map(r -> new MentionPatterns.KindPattern(r.startsWith("Crew") ? "missions" : "other", Pattern.compile(r)))
            .toList());

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            Crew-\\d+                       => Crew-
            Soyuz MS-\\d+                   => Soyuz MS-
            Artemis (?:I|II|III|IV|V)\\b    => 'Artemis '
            Crews?-[A-Z]                    => Crew
            Luna \\d{1,2}                   => 'Luna '
            Lunas{1,2}                      => Luna
            (?i)gemini \\d+                 => ''
            Gemini (?x) \\d+                => ''
            Apollo \\d+|Skylab \\d+         => ''
            Apollo (\\d+)|Skylab            => ''
            Apollo [|] \\d+                 => 'Apollo '
            Apollo \\Q|\\E \\d+             => 'Apollo '
            Apollo []|(]|Skylab            => ''
            Apollo [^]|(]|Skylab           => ''
            \\bVostok \\d                   => ''
            ^Vostok                         => ''
            Vostok\\G                       => ''
            x?                              => ''
            """)
    void derivesOnlyPrefixesEveryMatchStartsWith(String regex, String prefix) {
        assertThat(MentionPatterns.literalPrefix(Pattern.compile(regex))).isEqualTo(prefix);
    }

    /** A mission found by a pattern gets the id a title's slug would: in Latin letters, whatever script it is written in. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
            Soyuz MS-27   => soyuz-ms-27
            Союз МС-27    => soyuz-ms-27
            Crew-11       => crew-11
            Zoë-3         => zoe-3
            """)
    void aFoundMissionsIdIsItsSlug(String name, String id) {
        assertThat(MentionPatterns.slug(name)).isEqualTo(id);
    }

    @Test
    void patternsWithFlagsGetNoPrefix() {
        assertThat(MentionPatterns.literalPrefix(Pattern.compile("Crew-\\d+", Pattern.CASE_INSENSITIVE))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Crew-11 and Crew-12 flew; Crew-1Crew-2 did not.",
        "Crew-11Crew-12 Crew-Crew-3 xCrew-4 Crew-5x",
        "Soyuz MS-27, Soyuz MS-, Progress MS-30 and Expedition 73",
        "Artemis II, Artemis IV, Artemis IIII, Artemis V.",
        "Crews-A Crew-B Crew-1 gemini 4 GEMINI 5 Apollo 11 Skylab 2",
        "\uFFFCCrew-11\uFFFC STS-135\u0301 NG-23é Ax-4",
        "Vostok 1 xVostok 2 Mir-1 mir-2 Zoë-3 S-4x S-5 (ISS) ISS)",
        "Luna 1 Luna 12 Luna 123 Q.|7 Q.|x",
        "",
        "Crew-",
    })
    void findsWhatMatcherFindFinds(String text) {
        assertThat(PATTERNS.find(text)).isEqualTo(everywhere(text));
    }

    @Test
    void findsWhatMatcherFindFindsInRandomText() {
        String[] parts = {"Crew-", "Crews", "1", "11", "Soyuz MS-", "Artemis ", "I", "V", "x", " ", "-", "\uFFFC", "é",
            "Apollo ", "Skylab ", "gemini ", "Luna ", "(", "ISS", ")", "S-", "Q.|", "Mir-", "Zoë-", ".", "Vostok "};
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String s = text.toString();
            assertThat(PATTERNS.find(s)).as(s).isEqualTo(everywhere(s));
        }
    }

    /** The hits as a plain Matcher.find over the whole text gives them, whole words, leftmost-longest. */
    private static List<MentionPatterns.Hit> everywhere(String text) {
        List<MentionPatterns.Hit> hits = new ArrayList<>();
        for (String regex : REGEXES) {
            Matcher m = Pattern.compile(regex).matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && wholeWord(text, m.start(), m.end())) {
                    hits.add(new MentionPatterns.Hit(regex.startsWith("Crew") ? "missions" : "other", m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(MentionPatterns.Hit::start)
                .thenComparing(Comparator.comparingInt(MentionPatterns.Hit::end).reversed()));
        List<MentionPatterns.Hit> kept = new ArrayList<>();
        int reached = 0;
        for (MentionPatterns.Hit hit : hits) {
            if (hit.start() >= reached) {
                kept.add(hit);
                reached = hit.end();
            }
        }
        return kept;
    }

    private static boolean wholeWord(String text, int start, int end) {
        boolean before = start == 0 || !NameTrie.isWord(text.charAt(start - 1)) || !NameTrie.isWord(text.charAt(start));
        boolean after = end == text.length() || !NameTrie.isWord(text.charAt(end)) || !NameTrie.isWord(text.charAt(end - 1));
        return before && after;
    }
}
