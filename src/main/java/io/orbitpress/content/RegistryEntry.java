package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.frontmatter.FrontMatter;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A registry file read and checked, before its references to other entities are resolved; with
 * what holds its page back: {@code publishDate} (null for none), in the site's zone, and
 * {@code draft}.
 */
public record RegistryEntry(EntityKind kind, String id, String path, String name, List<String> aliases,
        FrontMatter frontMatter, String body, int bodyLine, ZonedDateTime publishDate, boolean draft) {

    /** Its kind and id, "people/oleg-platonov", as its entity's ({@code Entity#key}). */
    public String key() {
        return kind.key() + "/" + id;
    }

    public RegistryEntry {
        aliases = List.copyOf(aliases);
    }
}
