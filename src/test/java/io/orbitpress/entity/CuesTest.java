package io.orbitpress.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Cues#find} tries its expression only where a phrase starts; it must find what Matcher.find finds. */
class CuesTest {
    private static final Cues CUES = cues("astronaut", "cosmonaut", "Administrator", "Acting Administrator",
            "Director General", "director", "Director", "commander", "pilot", "engineer", "CEO", "chief",
            "flight engineer", "Überleiter");

    @ParameterizedTest
    @ValueSource(strings = {
        "astronaut Jane Doe flew.",
        "Xastronaut Jane Doe and astronaut Jo Ann Lee",
        "the cosmonautastronaut Oleg Ivanov",
        "Acting Administrator Sean Duffy and Administrator Jane Doe",
        "Director General Jan Novak, director Anna Berg-Smith",
        "flight engineer Kimiya Yui met engineer Jo Ng",
        "astronaut astronaut Jane Doe",
        "astronaut Jane Doe-Smith O'Neil Brown Grey Green",
        "pilot Raphaël Liégeois and chief Žofie Nováková",
        "9pilot Jane Doe, 9 pilot Jane Doe, é pilot Jane Doe, épilot Jane Doe",
        "commander Jane\u00A0Doe and commander A. B. Cardman and commander Jane A. Doe",
        "CEO \uFFFCElon Musk\uFFFC and CEO Elon\uFFFC Musk",
        "Überleiter Hans Zimmer",
        "astronaut",
        "astronaut Jane",
        "",
        "chief\tJane Doe\nwas here: chief Jane Doee\u0301",
        "Director GeneralJan Novak director General Jan Novak",
        "\uD835\uDC00astronaut Jane Doe and \uD835\uDC00 astronaut Jane Doe",
    })
    void findsWhatMatcherFindFinds(String text) {
        assertThat(CUES.find(text)).isEqualTo(everywhere(CUES, text));
    }

    @Test
    void findsCuesAtTheStartOfTheText() {
        assertThat(CUES.find("astronaut Jane Doe flew."))
                .containsExactly(new Cues.Hit("people", "astronaut", 10, 18));
    }

    /**
     * A name with a particle ("astronaut Frank de Winne", "Leo van der Berg") was not suggested at
     * all, its lower-case word ending the name before its second capitalised one.
     */
    @Test
    void aNameWithAParticleIsOneName() {
        String text = "astronaut Frank de Winne flew; astronaut Leo van der Berg and astronaut Zena Cardman de facto";
        assertThat(CUES.find(text)).extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Frank de Winne", "Leo van der Berg", "Zena Cardman");
        assertThat(CUES.find(text)).isEqualTo(everywhere(CUES, text));
    }

    @Test
    void findsWhatMatcherFindFindsInRandomText() {
        String[] parts = {"astronaut", "Acting ", "Administrator", "Director General", " ", "  ", "Jane", "Doe", "A.",
            "x", "9", "é", "-", "'", "\uFFFC", "engineer", "flight ", "Zoë", ",", "\u00A0", "pilot", "Lee"};
        Random random = new Random(42);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) {
                text.append(parts[random.nextInt(parts.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            assertThat(CUES.find(s)).as(s).isEqualTo(everywhere(CUES, s));
        }
    }

    /**
     * A possessive was kept in the name ("Zena Cardman's"); the body between a Russian cue and the
     * name ("космонавт Роскосмоса Иван Вагнер", "астронавт NASA Лорал О'Хара") hid the name.
     */
    @Test
    void aNameIsFoundWithoutItsPossessiveAndAfterTheBodyItWorksFor() {
        Cues cues = cues("commander", "космонавт", "астронавт", "astronauts");
        String text = "commander Zena Cardman's crew; космонавт Роскосмоса Иван Вагнер; астронавт NASA Лорал О'Хара;"
                + " astronauts Nick Hague and Jo Ng";
        assertThat(cues.find(text)).extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Zena Cardman", "Иван Вагнер", "Лорал О'Хара", "Nick Hague");
    }

    @Test
    void noPhrasesNoHits() {
        assertThat(new Cues(Map.of()).find("astronaut Jane Doe")).isEmpty();
    }

    private static Cues cues(String... phrases) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String phrase : phrases) {
            kinds.put(phrase, "people");
        }
        return new Cues(kinds);
    }

    /** The hits as a plain Matcher.find over the whole text gives them. */
    private static List<Cues.Hit> everywhere(Cues cues, String text) {
        List<Cues.Hit> hits = new ArrayList<>();
        Matcher m = cues.pattern().matcher(text);
        while (m.find()) {
            hits.add(new Cues.Hit("people", m.group(1), m.start(2), Cues.nameEnd(text, m.start(2), m.end(2))));
        }
        return hits;
    }
}
