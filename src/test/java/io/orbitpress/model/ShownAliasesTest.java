package io.orbitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShownAliasesTest {

    private static final EntityKind ORGS = new EntityKind("organizations", "organizations", "organizations",
            "organization", "organizations", List.of("organizations"), "Organization", true, List.of());

    @Test
    void anAliasWrittenTwiceInTwoCasesOrAsTheNameIsListedOnce() {
        Entity e = new Entity(ORGS, "roscosmos", "Роскосмос", List.of("Госкорпорация «Роскосмос»",
                "госкорпорация «Роскосмос»", "роскосмос", "Roscosmos"), "/organizations/roscosmos/", "", true, "",
                List.of(), "", "", null, null, List.of(), Map.of(), Map.of());
        assertThat(e.shownAliases()).containsExactly("Госкорпорация «Роскосмос»", "Roscosmos");
        // what the text is searched for keeps every spelling
        assertThat(e.aliases()).hasSize(4);
    }
}
