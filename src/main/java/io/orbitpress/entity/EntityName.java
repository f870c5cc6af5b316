package io.orbitpress.entity;

import java.util.List;
import java.util.Objects;

/**
 * A registered entity as the matcher sees it.
 *
 * @param kind    the entity kind, e.g. {@code "people"}, {@code "missions"}
 * @param id      the entity id within its kind, e.g. {@code "zena-cardman"}
 * @param name    the display name, matched case-sensitively with accents optional
 * @param aliases other names the entity goes by
 * @param person  true enables the surname rule (the last word of {@code name})
 * @param surnameForms other forms of the surname that count alone as it does (its cases in Russian)
 */
public record EntityName(String kind, String id, String name, List<String> aliases, boolean person,
        List<String> surnameForms) {
    public EntityName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        surnameForms = surnameForms == null ? List.of() : List.copyOf(surnameForms);
    }

    public EntityName(String kind, String id, String name, List<String> aliases, boolean person) {
        this(kind, id, name, aliases, person, List.of());
    }

    /**
     * {@code text} as names are compared: accents left out, apostrophes and spaces made plain, the
     * case kept ({@code Tomás Reyes} and {@code Tomas Reyes} are one name).
     */
    public static String folded(String text) {
        return FoldedText.fold(text);
    }
}
