package io.orbitpress.render;

import io.orbitpress.media.Picture;
import io.orbitpress.model.Entity;

/**
 * An entity as a list of entities shows it: the entity, how many articles involve it, its
 * portrait or patch (null when it has none), and when none of this language's articles do, how
 * many in the site's other languages do ({@code otherLanguages}).
 */
public record EntityCard(Entity entity, int articleCount, Picture picture, int otherLanguages) {
}
