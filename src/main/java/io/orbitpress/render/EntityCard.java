package io.orbitpress.render;

import io.orbitpress.media.Picture;
import io.orbitpress.model.Entity;

/**
 * An entity as a list of entities shows it: the entity, how many articles involve it, and its
 * portrait or patch (null when it has none).
 */
public record EntityCard(Entity entity, int articleCount, Picture picture) {
}
