package io.orbitpress.model;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.work.Batch;
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
        return assemble(config, input, entities, sorted -> related(sorted, kindOrder(config)));
    }

    /**
     * As {@link #assemble(SiteConfig, List, List)}, with the related articles taken from
     * {@code related}, given the articles newest first: what {@link #related} gives for them
     * (a caller may keep it while {@link #relatedInputs} stays the same).
     */
    public static Site assemble(SiteConfig config, List<Article> input, List<Entity> entities,
            java.util.function.Function<List<Article>, int[][]> related) {
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
        // an entity's key made once, not once per pair of entities in every article
        Map<Entity, String> keyOf = new java.util.IdentityHashMap<>();
        for (Article a : articles) {
            List<EntityUse> uses = a.allEntities(kindOrder);
            String[] keys = new String[uses.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = keyOf.computeIfAbsent(uses.get(i).entity(), SiteAssembler::key);
            }
            // an author's page lists the stories they signed (once, even when a story also names them)
            List<Entity> signed = new ArrayList<>();
            for (EntityUse b : a.desk().bylines()) {
                appearances.computeIfAbsent(keyOf.computeIfAbsent(b.entity(), SiteAssembler::key),
                        k -> new ArrayList<>()).add(new Site.Appearance(a, b));
                signed.add(b.entity());
            }
            for (int i = 0; i < keys.length; i++) {
                EntityUse u = uses.get(i);
                if (!signed.isEmpty() && signed.stream().anyMatch(x -> x == u.entity())) {
                    continue;
                }
                appearances.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(new Site.Appearance(a, u));
                Map<String, Integer> with = null;
                for (int j = 0; j < keys.length; j++) {
                    Entity other = uses.get(j).entity();
                    if (other != u.entity() && other.kind().person()) {
                        if (with == null) {
                            with = together.computeIfAbsent(keys[i], k -> new HashMap<>());
                        }
                        with.merge(keys[j], 1, Integer::sum);
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

        List<Site.SeriesIndex> series = series(articles);
        Map<Article, Site.SeriesPosition> positions = new java.util.IdentityHashMap<>();
        for (Site.SeriesIndex x : series) {
            for (int p = 0; p < x.parts().size(); p++) {
                positions.put(x.parts().get(p), new Site.SeriesPosition(x.name(), x.url(), p + 1, x.parts()));
            }
        }
        List<Site.ArticleLinks> links = new ArrayList<>(articles.size());
        int[][] relatedRanks = related.apply(java.util.Collections.unmodifiableList(articles));
        for (int i = 0; i < articles.size(); i++) {
            Article newer = i > 0 ? articles.get(i - 1) : null;
            Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
            List<Article> list = new ArrayList<>(relatedRanks[i].length);
            for (int r : relatedRanks[i]) {
                list.add(articles.get(r));
            }
            links.add(new Site.ArticleLinks(older, newer, list, positions.get(articles.get(i))));
        }
        return new Site(config, articles, tags, indexes, links, series);
    }

    /** The order of a series' parts: the part numbers given, then publication time, then slug. */
    static final Comparator<Article> PART_ORDER = Comparator.comparingInt((Article a) -> a.desk().series().part() > 0
            ? a.desk().series().part() : Integer.MAX_VALUE).thenComparing(a -> a.publishedAt().toInstant())
            .thenComparing(Article::slug);

    /** Every series, by slug, each with its parts in order and the name its first part gives it. */
    private static List<Site.SeriesIndex> series(List<Article> articles) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        for (Article a : articles) {
            if (a.desk().series() != null) {
                bySlug.computeIfAbsent(a.desk().series().slug(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Site.SeriesIndex> out = new ArrayList<>(bySlug.size());
        bySlug.forEach((slug, parts) -> {
            parts.sort(PART_ORDER);
            SeriesRef first = parts.get(0).desk().series();
            out.add(new Site.SeriesIndex(first.name(), slug, first.url(), parts));
        });
        return out;
    }

    private static List<String> kindOrder(SiteConfig config) {
        return config.kinds().stream().map(EntityKind::key).toList();
    }

    /**
     * Each article's related articles, as places in {@code newestFirst} (sorted as
     * {@link #NEWEST_FIRST} sorts): a function of {@link #relatedInputs} alone.
     */
    public static int[][] related(List<Article> newestFirst, List<String> kindOrder) {
        Map<String, List<Article>> byTag = new TreeMap<>();
        Map<String, List<Site.Appearance>> appearances = new HashMap<>();
        for (Article a : newestFirst) {
            for (Tag t : a.tags()) {
                byTag.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(a);
            }
            for (EntityUse u : a.allEntities(kindOrder)) {
                appearances.computeIfAbsent(key(u.entity()), k -> new ArrayList<>()).add(new Site.Appearance(a, u));
            }
        }
        RelatedArticles related = new RelatedArticles(newestFirst, byTag, appearances, kindOrder);
        Map<Article, Integer> rank = new java.util.IdentityHashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            rank.put(newestFirst.get(i), i);
        }
        List<List<Article>> lists = Batch.map(newestFirst, related::of);
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).stream().mapToInt(rank::get).toArray();
        }
        return out;
    }

    /**
     * What {@link #related} reads of the articles (newest first): each one's slug, topics and
     * entities; their order stands for their dates.
     */
    public static List<List<String>> relatedInputs(List<Article> newestFirst, List<String> kindOrder) {
        List<List<String>> out = new ArrayList<>(newestFirst.size());
        for (Article a : newestFirst) {
            List<String> facts = new ArrayList<>();
            facts.add(a.slug());
            for (Tag t : a.tags()) {
                facts.add("#" + t.slug());
            }
            for (EntityUse u : a.allEntities(kindOrder)) {
                facts.add("@" + key(u.entity()));
            }
            out.add(facts);
        }
        return out;
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
