package io.orbitpress.render;

import io.orbitpress.media.Picture;
import io.orbitpress.model.Entity;
import java.util.Map;

/**
 * The pictures of the registry's entities (a person's portrait, a mission's patch), measured,
 * by "kind/id"; and the site's default picture for pages without one of their own.
 *
 * @param entities by "kind/id"
 * @param fallback the site's default social card ({@code images.default}), or null
 */
public record Pictures(Map<String, Picture> entities, Picture fallback) {

    public static final Pictures NONE = new Pictures(Map.of(), null);

    public Pictures {
        entities = Map.copyOf(entities);
    }

    /** The picture of {@code e}, or null. */
    public Picture of(Entity e) {
        return entities.get(e.kind().key() + "/" + e.id());
    }
}
