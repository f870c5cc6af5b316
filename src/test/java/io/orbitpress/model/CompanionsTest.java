package io.orbitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompanionsTest {

    private static final EntityKind PEOPLE = new EntityKind("people", "people", "people", "person", "people",
            List.of("people"), "Person", true, List.of());

    /** Names that code points and the alphabet order differently, some equal but for accents. */
    private static final String[] NAMES = {"Zoe", "Émile", "Emil", "Яков", "Фёдоров", "Федоров", "Елена", "Anna"};

    private static Entity person(String id, String name) {
        return new Entity(PEOPLE, id, name, List.of(), "/people/" + id + "/", "", true, "", List.of(), "", "", null,
                null, List.of(), Map.of(), Map.of());
    }

    @Test
    void theCompanionsPickedAreTheFirstOfTheSortedList() {
        Random random = new Random(20261202);
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(language);
            collator.setStrength(com.ibm.icu.text.Collator.SECONDARY);
            for (int round = 0; round < 300; round++) {
                Map<String, Entity> byKey = new HashMap<>();
                Map<String, Integer> together = new LinkedHashMap<>();
                int n = random.nextInt(30);
                for (int i = 0; i < n; i++) {
                    // few counts and few names: many ties, broken by name, then by key
                    Entity e = person("p" + random.nextInt(1000), NAMES[random.nextInt(NAMES.length)]);
                    byKey.put(e.key(), e);
                    together.put(e.key(), 1 + random.nextInt(4));
                }
                List<Site.Companion> sorted = together.entrySet().stream()
                        .map(x -> new Site.Companion(byKey.get(x.getKey()), x.getValue()))
                        .sorted(Comparator.comparingInt(Site.Companion::count).reversed()
                                .thenComparing((a, b) -> collator.compare(a.entity().name(), b.entity().name()))
                                .thenComparing(c -> c.entity().key()))
                        .limit(SiteAssembler.COMPANIONS).toList();
                Map<String, Integer> alphabet = SiteAssembler.alphabetical(new ArrayList<>(byKey.values()), language);
                assertThat(SiteAssembler.companions(together, byKey, alphabet)).as("%s round %d", language, round)
                        .containsExactlyElementsOf(sorted);
            }
        }
    }

    /** Companions seen as often are filed by surname in the language's alphabet: "Émery" among the E's. */
    @Test
    void companionsSeenAsOftenFollowTheLanguagesAlphabet() {
        Map<String, Entity> byKey = new HashMap<>();
        Map<String, Integer> together = new LinkedHashMap<>();
        for (String name : List.of("Zoe Park", "Яков Орлов", "Paul Émery", "Eva Evans")) {
            Entity e = person(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name);
            byKey.put(e.key(), e);
            together.put(e.key(), 2);
        }
        List<Entity> all = new ArrayList<>(byKey.values());
        assertThat(SiteAssembler.companions(together, byKey, SiteAssembler.alphabetical(all, Locale.ENGLISH)).stream()
                .map(c -> c.entity().name())).containsExactly("Paul Émery", "Eva Evans", "Zoe Park", "Яков Орлов");
        assertThat(SiteAssembler.companions(together, byKey, SiteAssembler.alphabetical(all, Locale.forLanguageTag("ru")))
                .stream().map(c -> c.entity().name())).containsExactly("Яков Орлов", "Paul Émery", "Eva Evans", "Zoe Park");
    }
}
