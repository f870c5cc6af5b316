package io.orbitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompanionsTest {

    private static final EntityKind PEOPLE = new EntityKind("people", "people", "people", "person", "people",
            List.of("people"), "Person", true, List.of());

    @Test
    void theCompanionsPickedAreTheFirstOfTheSortedList() {
        Random random = new Random(20261202);
        for (int round = 0; round < 300; round++) {
            Map<String, Entity> byKey = new HashMap<>();
            Map<String, Integer> together = new LinkedHashMap<>();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                // few counts and few names: many ties, broken by name, then by key
                String id = "p" + random.nextInt(1000);
                Entity e = new Entity(PEOPLE, id, "Name " + random.nextInt(5), List.of(), "/people/" + id + "/", "",
                        true, "", List.of(), "", "", null, null, List.of(), Map.of(), Map.of());
                byKey.put(SiteAssembler.key(e), e);
                together.put(SiteAssembler.key(e), 1 + random.nextInt(4));
            }
            List<Site.Companion> sorted = together.entrySet().stream()
                    .map(x -> new Site.Companion(byKey.get(x.getKey()), x.getValue()))
                    .sorted(Comparator.comparingInt(Site.Companion::count).reversed()
                            .thenComparing(c -> c.entity().name()).thenComparing(c -> SiteAssembler.key(c.entity())))
                    .limit(SiteAssembler.COMPANIONS).toList();
            assertThat(SiteAssembler.companions(together, byKey)).as("round %d", round).containsExactlyElementsOf(sorted);
        }
    }
}
