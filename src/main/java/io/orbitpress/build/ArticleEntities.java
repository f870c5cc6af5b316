package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.entity.Extraction;
import io.orbitpress.entity.Mention;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.entity.PatternMention;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.MentionRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins what an article's front matter lists with what its text mentions, per entity kind,
 * and makes, per article, the entities that patterns found but no registry describes.
 */
final class ArticleEntities {

    private final SiteConfig config;
    private final Registry registry;
    private final io.orbitpress.config.Language language;

    ArticleEntities(SiteConfig config, Registry registry, io.orbitpress.config.Language language) {
        this.config = config;
        this.registry = registry;
        this.language = language;
    }

    Registry registry() {
        return registry;
    }

    MentionExtractor extractor() {
        return registry.extractor();
    }

    /**
     * The page a mention of {@code kind}/{@code id} links to: the registered entity's, else the one
     * made for a name a pattern found; null (no link) for a kind the site does not have, which gets
     * no page.
     */
    String url(String kind, String id) {
        return registry.shown(kind, id).map(Entity::url)
                .orElseGet(() -> config.kind(kind).map(k -> language.url("/" + k.urlPrefix() + "/" + id + "/"))
                        .orElse(null));
    }

    /** Per kind key, the entities of an article: front matter ids first, then text mentions in order. */
    Map<String, List<EntityUse>> uses(ArticleMeta m, Extraction x) {
        int offset = m.bodyLine() - 1;
        Map<String, Map<String, List<MentionRef>>> mentions = new LinkedHashMap<>();
        Map<String, Map<String, String>> sources = new LinkedHashMap<>();
        // an entity no registry describes is made per article, as this article spells it: which
        // spelling its own page shows is then the first article's, in path order, in every build
        Map<String, Entity> found = new HashMap<>();
        // a name is usually written the same way each time: one string for all its mentions
        // (a 100,000-article site keeps nearly four million mentions for the whole build)
        Map<String, String> spellings = new HashMap<>();
        for (Mention mention : x.mentions()) {
            mentions.computeIfAbsent(mention.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(mention.id(), k -> new ArrayList<>())
                    .add(new MentionRef(mention.line() + offset, mention.column(),
                            spellings.computeIfAbsent(mention.text(), t -> t), mention.sentence(), mention.row()));
            sources.computeIfAbsent(mention.kind(), k -> new LinkedHashMap<>()).putIfAbsent(mention.id(), "text");
        }
        for (PatternMention pm : x.patternMentions()) {
            // a registered id found by a pattern counts as named in the text
            boolean registered = registry.shown(pm.kind(), pm.slug()).isPresent();
            if (!registered) {
                config.kind(pm.kind()).ifPresent(kind -> found.computeIfAbsent(pm.kind() + "/" + pm.slug(),
                        k -> undescribed(kind, pm, language)));
            }
            mentions.computeIfAbsent(pm.kind(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(pm.slug(), k -> new ArrayList<>())
                    .add(new MentionRef(pm.line() + offset, pm.column(), spellings.computeIfAbsent(pm.name(), t -> t),
                            pm.sentence(), pm.row()));
            sources.computeIfAbsent(pm.kind(), k -> new LinkedHashMap<>())
                    .putIfAbsent(pm.slug(), registered ? "text" : "pattern");
        }
        Map<String, List<EntityUse>> out = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            List<EntityUse> list = new ArrayList<>();
            Map<String, List<MentionRef>> byId = mentions.getOrDefault(kind.key(), Map.of());
            for (String id : m.entityIds().getOrDefault(kind.key(), List.of())) {
                registry.get(kind.key(), id).ifPresent(e -> list.add(new EntityUse(e, "front-matter",
                        byId.getOrDefault(id, List.of()))));
            }
            for (Map.Entry<String, List<MentionRef>> e : byId.entrySet()) {
                if (m.entityIds().getOrDefault(kind.key(), List.of()).contains(e.getKey())) {
                    continue;
                }
                Entity entity = registry.shown(kind.key(), e.getKey()).orElseGet(() -> found.get(kind.key() + "/"
                        + e.getKey()));
                if (entity != null) {
                    list.add(new EntityUse(entity, sources.get(kind.key()).get(e.getKey()), e.getValue()));
                }
            }
            if (!list.isEmpty()) {
                out.put(kind.key(), list);
            }
        }
        return out;
    }

    private static Entity undescribed(EntityKind kind, PatternMention pm, io.orbitpress.config.Language language) {
        return new Entity(kind, pm.slug(), pm.name(), List.of(), language.url("/" + kind.urlPrefix() + "/" + pm.slug()
                + "/"), "", false,
                "", List.of(), "", "", "", "", List.of(), Map.of(), Map.of());
    }
}
