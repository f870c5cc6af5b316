package io.orbitpress.render;

import io.orbitpress.config.Values;
import io.orbitpress.media.Picture;
import io.orbitpress.model.Entity;
import java.util.Map;

/**
 * The pictures of the registry's entities (a person's portrait, a mission's patch), measured,
 * by "kind/id"; and the site's default picture for pages without one of their own.
 *
 * @param entities by "kind/id"
 * @param fallback the site's default social card ({@code images.default}), or null
 * @param texts    by the address of its page (one per language), the text of an entity that shows
 *                 pictures of the site, with their resized copies, sizes and {@code srcset}
 * @param logo     the newsroom's logo ({@code images.logo}), or null
 */
public record Pictures(Map<String, Picture> entities, Picture fallback, Map<String, String> texts, Picture logo) {

    public static final Pictures NONE = new Pictures(Map.of(), null, Map.of(), null);

    public Pictures {
        entities = Map.copyOf(entities);
        texts = Map.copyOf(texts);
    }

    /** The picture of {@code e}, or null. */
    public Picture of(Entity e) {
        return entities.get(e.key());
    }

    /**
     * The picture of {@code e} as a page in {@code language} shows it, or null: its alt text,
     * caption, credit and copyright line in that language where its registry file writes them per
     * language ({@code image_credit: {en: "Illustration: Orbit Desk", ru: "Иллюстрация: Orbit Desk"}}).
     */
    public Picture of(Entity e, String language) {
        Picture p = of(e);
        if (p == null || !(e.raw().get("image_alt") instanceof Map || e.raw().get("image_caption") instanceof Map
                || e.raw().get("image_credit") instanceof Map || e.raw().get("image_copyright") instanceof Map)) {
            return p;
        }
        Map<String, Object> raw = e.raw();
        return p.withTexts(Values.inLanguage(raw.get("image_alt"), language, p.alt()),
                Values.inLanguage(raw.get("image_caption"), language, p.caption()),
                Values.inLanguage(raw.get("image_credit"), language, p.credit()),
                Values.inLanguage(raw.get("image_copyright"), language, p.copyright()));
    }

    /** The text of {@code e} with its pictures measured, or null when it shows none of the site. */
    public String text(Entity e) {
        return texts.get(e.url());
    }

    /** {@code e} as its page shows it: its text with its pictures measured. */
    public Entity shown(Entity e) {
        String html = text(e);
        return html == null ? e : new Entity(e.kind(), e.id(), e.name(), e.aliases(), e.url(), e.path(), e.described(),
                e.role(), e.facts(), html, e.summary(), e.image(), e.imageAlt(), e.links(), e.refs(), e.raw());
    }
}
