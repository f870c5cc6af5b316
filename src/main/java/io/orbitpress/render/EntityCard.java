package io.orbitpress.render;

import io.orbitpress.model.Entity;

/** An entity as a list of entities shows it: the entity and how many articles involve it. */
public record EntityCard(Entity entity, int articleCount) {
}
