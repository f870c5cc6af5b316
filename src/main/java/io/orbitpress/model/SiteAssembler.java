package io.orbitpress.model;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the immutable {@link Site} from finished articles and entities: every index once. */
public final class SiteAssembler {

    static final int RELATED = 4;
    static final int COMPANIONS = 8;

    private SiteAssembler() {
    }

    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date).reversed()
            .thenComparing(Article::slug);

    /**
     * @param entities every entity of every kind (registered ones and those found by patterns)
     */
    public static Site assemble(SiteConfig config, List<Article> input, List<Entity> entities) {
        List<Article> articles = new ArrayList<>(input);
        articles.sort(NEWEST_FIRST);

        Map<String, List<Article>> byTag = new TreeMap<>();
        Map<String, Tag> tagOf = new HashMap<>();
        for (Article a : articles) {
            for (Tag t : a.tags()) {
                byTag.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(a);
                tagOf.putIfAbsent(t.slug(), t);
            }
        }
        List<Site.TagIndex> tags = byTag.entrySet().stream()
                .map(e -> new Site.TagIndex(tagOf.get(e.getKey()), e.getValue())).toList();

        List<String> kindOrder = config.kinds().stream().map(EntityKind::key).toList();
        Map<String, List<Site.Appearance>> appearances = new HashMap<>();
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (Article a : articles) {
            List<EntityUse> uses = a.allEntities(kindOrder);
            for (EntityUse u : uses) {
                appearances.computeIfAbsent(key(u.entity()), k -> new ArrayList<>()).add(new Site.Appearance(a, u));
                for (EntityUse other : uses) {
                    if (other.entity() != u.entity() && other.entity().kind().person()) {
                        together.computeIfAbsent(key(u.entity()), k -> new HashMap<>())
                                .merge(key(other.entity()), 1, Integer::sum);
                    }
                }
            }
        }

        Map<String, Entity> byKey = new HashMap<>();
        entities.forEach(e -> byKey.put(key(e), e));
        Map<String, Map<String, List<Entity>>> throughFacts = relatedThroughFacts(config, entities, byKey);

        Map<String, List<Site.EntityIndex>> indexes = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            List<Site.EntityIndex> list = new ArrayList<>();
            for (Entity e : entities) {
                if (!e.kind().key().equals(kind.key())) {
                    continue;
                }
                List<Site.Companion> companions = together.getOrDefault(key(e), Map.of()).entrySet().stream()
                        .map(x -> new Site.Companion(byKey.get(x.getKey()), x.getValue()))
                        .sorted(Comparator.comparingInt(Site.Companion::count).reversed()
                                .thenComparing(c -> c.entity().name()))
                        .limit(COMPANIONS).toList();
                list.add(new Site.EntityIndex(e, appearances.getOrDefault(key(e), List.of()), companions,
                        throughFacts.getOrDefault(key(e), Map.of())));
            }
            list.sort(Comparator.comparing((Site.EntityIndex x) -> x.entity().name().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(x -> x.entity().id()));
            indexes.put(kind.key(), list);
        }

        Map<String, Site.ArticleLinks> links = new HashMap<>();
        RelatedArticles related = new RelatedArticles(articles, byTag, appearances, kindOrder);
        List<Article> sorted = articles;
        List<List<Article>> relatedLists = java.util.stream.IntStream.range(0, sorted.size()).parallel()
                .mapToObj(i -> related.of(sorted.get(i))).toList();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Article newer = i > 0 ? articles.get(i - 1) : null;
            Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
            links.put(a.slug(), new Site.ArticleLinks(older, newer, relatedLists.get(i)));
        }
        return new Site(config, articles, tags, indexes, links);
    }

    static String key(Entity e) {
        return e.kind().key() + "/" + e.id();
    }

    /** A mission's crew and a person's missions, from the registries' reference facts, both ways. */
    private static Map<String, Map<String, List<Entity>>> relatedThroughFacts(SiteConfig config, List<Entity> entities,
            Map<String, Entity> byKey) {
        Map<String, Map<String, List<Entity>>> out = new HashMap<>();
        for (Entity e : entities) {
            for (Map.Entry<String, List<String>> ref : e.refs().entrySet()) {
                String targetKind = ref.getKey();
                for (String id : ref.getValue()) {
                    Entity target = byKey.get(targetKind + "/" + id);
                    if (target == null) {
                        continue;
                    }
                    add(out, key(e), targetKind, target);
                    add(out, key(target), e.kind().key(), e);
                }
            }
        }
        return out;
    }

    private static void add(Map<String, Map<String, List<Entity>>> out, String from, String kind, Entity to) {
        List<Entity> list = out.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
        if (!list.contains(to)) {
            list.add(to);
        }
    }
}
