package io.orbitpress.config;

import java.util.List;

/**
 * One kind of registry entity (people, missions, organizations, ...): where its files live,
 * where its pages go, what it is called, and which article front matter keys list it.
 *
 * @param key             the kind's name, as used in templates and in JSON output ("people")
 * @param folder          its registry folder below {@code content/}
 * @param urlPrefix       the first URL segment of its pages ("people" gives /people/&lt;id&gt;/)
 * @param singular        label for one ("Person")
 * @param plural          label for many ("People")
 * @param frontMatterKeys article keys that list ids of this kind ("people", "authors")
 * @param schemaType      schema.org type of its pages ("Person", "Event", "Organization")
 * @param person          whether names are personal names (surname rules, cue suggestions)
 * @param bylineKeys      article keys that list ids of this kind as the article's authors ("authors"): its bylines,
 *                        not what it is about
 */
public record EntityKind(String key, String folder, String urlPrefix, String singular, String plural,
        List<String> frontMatterKeys, String schemaType, boolean person, List<String> bylineKeys) {

    public EntityKind {
        frontMatterKeys = List.copyOf(frontMatterKeys);
        bylineKeys = List.copyOf(bylineKeys);
    }

    public EntityKind(String key, String folder, String urlPrefix, String singular, String plural,
            List<String> frontMatterKeys, String schemaType, boolean person) {
        this(key, folder, urlPrefix, singular, plural, frontMatterKeys, schemaType, person, List.of());
    }

    /** Whether articles name their authors with ids of this kind. */
    public boolean bylines() {
        return !bylineKeys.isEmpty();
    }

    /**
     * Whether its entities are only ever authors: no article is about them, so their names are
     * not looked for in article text, and their pages list the stories they wrote.
     */
    public boolean bylinesOnly() {
        return !bylineKeys.isEmpty() && frontMatterKeys.isEmpty();
    }

    static List<EntityKind> defaults() {
        return List.of(
                new EntityKind("people", "people", "people", "Person", "People", List.of("people"), "Person", true),
                new EntityKind("missions", "missions", "missions", "Mission", "Missions", List.of("missions"), "Event",
                        false),
                new EntityKind("organizations", "organizations", "organizations", "Organization", "Organizations",
                        List.of("organizations"), "Organization", false),
                new EntityKind("authors", "authors", "authors", "Author", "Authors", List.of(), "Person", false,
                        List.of("authors")));
    }

    /**
     * What to say of {@code id}, which no file of this kind has: the closest of the {@code known}
     * ids, or the file to add.
     */
    public String unknownId(String id, java.util.Collection<String> known) {
        // a name written where its id belongs ("Mira Castell"): the id is a file name
        return unknownId(id, known, id.matches(".*\\s.*")
                ? id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "") : id);
    }

    /**
     * As {@link #unknownId(String, java.util.Collection)}, the file to add named {@code asId}: an id of
     * Latin letters for a name written in another script ("Юрий Гагарин", yuri-gagarin), as a
     * registry file's name must be.
     */
    public String unknownId(String id, java.util.Collection<String> known, String asId) {
        String file = "content/" + folder + "/" + (asId.isEmpty() ? id : asId) + ".md";
        String named = asId.equals(id) || asId.isEmpty() ? "" : "; it is named by the id its file gives, like " + asId;
        return "unknown " + singular.toLowerCase(java.util.Locale.ROOT) + " \"" + id + "\"" + named + "; "
                + io.orbitpress.diag.Spelling.closest(id, known)
                        .map(near -> "did you mean \"" + near + "\"? Otherwise add " + file)
                        .orElse("add " + file + " or fix the id");
    }
}
