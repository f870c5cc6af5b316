package io.orbitpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How lists file a name: {@link Entity#sortName}. */
class SortNameTest {

    private static final EntityKind PEOPLE = new EntityKind("people", "people", "people", "person", "people",
            List.of("people"), "Person", true, List.of());
    private static final EntityKind ORGS = new EntityKind("organizations", "organizations", "organizations",
            "organization", "organizations", List.of("organizations"), "Organization", false, List.of());

    private static Entity entity(EntityKind kind, String name, Map<String, Object> raw) {
        return new Entity(kind, "x", name, List.of(), "/x/", "", true, "", List.of(), "", "", null, null, List.of(),
                Map.of(), raw);
    }

    @Test
    void aPersonIsFiledBySurnameAnOrganizationByItsName() {
        assertThat(entity(PEOPLE, "Anne McClain", Map.of()).sortName("en")).isEqualTo("McClain Anne");
        assertThat(entity(PEOPLE, "Гагарин", Map.of()).sortName("ru")).isEqualTo("Гагарин");
        assertThat(entity(ORGS, "Zenit Design Bureau", Map.of()).sortName("en")).isEqualTo("Zenit Design Bureau");
        // an author who is a newsroom
        assertThat(entity(PEOPLE, "Orbit Desk", Map.of("type", "Organization")).sortName("en")).isEqualTo("Orbit Desk");
    }

    @Test
    void sortAsPerLanguageIsFoundWhateverTheCaseOfTheCode() {
        Entity e = entity(PEOPLE, "Frank De Winne", Map.of("sort_as", Map.of("en-us", "De Winne Frank")));
        assertThat(e.sortName("en-US")).isEqualTo("De Winne Frank");
        assertThat(e.sortName("ru")).isEqualTo("Winne Frank De");
    }

    @Test
    void sortAsWrittenOnceFilesOnlyANameInItsScript() {
        Map<String, Object> raw = Map.of("sort_as", "De Winne Frank");
        assertThat(entity(PEOPLE, "Frank De Winne", raw).sortName("en")).isEqualTo("De Winne Frank");
        assertThat(entity(PEOPLE, "Франк Де Винне", raw).sortName("ru")).isEqualTo("Винне Франк Де");
    }
}
