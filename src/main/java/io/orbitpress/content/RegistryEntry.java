package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.frontmatter.FrontMatter;
import java.util.List;

/** A registry file read and checked, before its references to other entities are resolved. */
public record RegistryEntry(EntityKind kind, String id, String path, String name, List<String> aliases,
        FrontMatter frontMatter, String body, int bodyLine) {

    public RegistryEntry {
        aliases = List.copyOf(aliases);
    }
}
