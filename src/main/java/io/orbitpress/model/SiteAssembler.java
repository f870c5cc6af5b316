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
            for (int i = 0; i < keys.length; i++) {
                EntityUse u = uses.get(i);
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

        List<Site.ArticleLinks> links = new ArrayList<>(articles.size());
        RelatedArticles related = new RelatedArticles(articles, byTag, appearances, kindOrder);
        List<Article> sorted = articles;
        List<List<Article>> relatedLists = Batch.map(sorted, related::of);
        for (int i = 0; i < articles.size(); i++) {
            Article newer = i > 0 ? articles.get(i - 1) : null;
            Article older = i + 1 < articles.size() ? articles.get(i + 1) : null;
            links.add(new Site.ArticleLinks(older, newer, relatedLists.get(i)));
        }
        return new Site(config, articles, tags, indexes, links);
    }

    /**
     * The site {@link #assemble} would give for {@code input}, made from {@code before} (assembled from
     * {@code beforeInput}, in the same order) without sorting or scoring again, when every changed
     * article keeps its place in every index: the same path, slug, URL, date, draft state, topics and
     * entities, and the entities are the same. Empty when anything moved; then assemble again.
     *
     * <p>This is the common edit while writing, a sentence or a title changed: the indexes keep
     * their shape and only the changed articles are put in place of their earlier versions.
     *
     * @param positions {@link Positions#of} {@code before}, or of the site {@code before} was updated from
     */
    public static java.util.Optional<Site> update(Site before, Positions positions, List<Article> beforeInput,
            List<Entity> beforeEntities, List<Article> input, List<Entity> entities) {
        if (input.size() != beforeInput.size() || !beforeEntities.equals(entities)) {
            return java.util.Optional.empty();
        }
        List<String> kindOrder = before.config().kinds().stream().map(EntityKind::key).toList();
        Map<Article, Article> replaced = new java.util.IdentityHashMap<>();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Article old = beforeInput.get(i);
            Article now = input.get(i);
            if (old == now) {
                continue;
            }
            Integer at = positions.byPath.get(old.path());
            if (!old.path().equals(now.path()) || !shape(old, kindOrder).equals(shape(now, kindOrder))
                    || at == null || before.articles().get(at) != old) {
                return java.util.Optional.empty();
            }
            replaced.put(old, now);
            places.add(at);
        }
        if (replaced.isEmpty()) {
            return java.util.Optional.of(before);
        }
        java.util.function.UnaryOperator<Article> swap = a -> a == null ? null : replaced.getOrDefault(a, a);
        java.util.function.Predicate<List<Article>> touched = list -> {
            for (Article a : list) {
                if (replaced.containsKey(a)) {
                    return true;
                }
            }
            return false;
        };

        // only the topics and entities of the changed articles list them
        java.util.Set<String> tagSlugs = new java.util.HashSet<>();
        java.util.Set<String> entityKeys = new java.util.HashSet<>();
        for (Article a : replaced.values()) {
            a.tags().forEach(t -> tagSlugs.add(t.slug()));
            a.allEntities(kindOrder).forEach(u -> entityKeys.add(key(u.entity())));
        }
        List<Site.TagIndex> tags = before.tags().stream()
                .map(t -> tagSlugs.contains(t.tag().slug()) ? swappedTag(t, replaced) : t)
                .toList();
        Map<String, List<Site.EntityIndex>> indexes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Site.EntityIndex>> e : before.entities().entrySet()) {
            indexes.put(e.getKey(), e.getValue().stream()
                    .map(x -> entityKeys.contains(key(x.entity())) ? swapped(x, replaced) : x).toList());
        }
        // only the neighbours of a changed article, and the articles listing it as related, link to it
        List<Article> articles = new ArrayList<>(before.articles());
        List<Site.ArticleLinks> links = new ArrayList<>(before.links());
        java.util.Set<Integer> linking = new java.util.TreeSet<>();
        for (int at : places) {
            articles.set(at, replaced.get(articles.get(at)));
            for (int j = Math.max(0, at - 1); j <= Math.min(links.size() - 1, at + 1); j++) {
                linking.add(j);
            }
            for (int j : positions.relatedBy[at]) {
                linking.add(j);
            }
        }
        for (int j : linking) {
            Site.ArticleLinks l = links.get(j);
            if (replaced.containsKey(l.older()) || replaced.containsKey(l.newer()) || touched.test(l.related())) {
                links.set(j, new Site.ArticleLinks(swap.apply(l.older()), swap.apply(l.newer()),
                        l.related().stream().map(swap).toList()));
            }
        }
        return java.util.Optional.of(new Site(before.config(), articles, tags, indexes, links));
    }

    /**
     * Where each article of a site sits, and which articles list it as related: what
     * {@link #update} needs to find the few places an edit changes. It holds for every site
     * {@code update} makes from that site, as articles keep their places there.
     */
    public static final class Positions {
        private final Map<String, Integer> byPath;
        private final int[][] relatedBy;

        private Positions(Map<String, Integer> byPath, int[][] relatedBy) {
            this.byPath = byPath;
            this.relatedBy = relatedBy;
        }

        public static Positions of(Site site) {
            List<Article> articles = site.articles();
            Map<String, Integer> byPath = new HashMap<>();
            Map<Article, Integer> at = new java.util.IdentityHashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                byPath.put(articles.get(i).path(), i);
                at.put(articles.get(i), i);
            }
            List<List<Integer>> by = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                by.add(new ArrayList<>(0));
            }
            for (int i = 0; i < articles.size(); i++) {
                for (Article r : site.links().get(i).related()) {
                    Integer j = at.get(r);
                    if (j != null) {
                        by.get(j).add(i);
                    }
                }
            }
            int[][] relatedBy = new int[articles.size()][];
            for (int i = 0; i < relatedBy.length; i++) {
                relatedBy[i] = by.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            return new Positions(byPath, relatedBy);
        }
    }

    /** What decides an article's place in the indexes. */
    private static List<Object> shape(Article a, List<String> kindOrder) {
        List<String> uses = new ArrayList<>();
        for (EntityUse u : a.allEntities(kindOrder)) {
            uses.add(key(u.entity()) + "\u0000" + u.source());
        }
        return List.of(a.slug(), a.url(), a.date(), a.tags(), a.draft(), uses);
    }

    /** A topic's index with the changed articles in place of their earlier versions. */
    private static Site.TagIndex swappedTag(Site.TagIndex t, Map<Article, Article> replaced) {
        List<Article> articles = withReplaced(t.articles(), replaced, a -> a, now -> now);
        return articles == t.articles() ? t : new Site.TagIndex(t.tag(), articles);
    }

    /** An entity's index with the changed articles' appearances made from their new versions. */
    private static Site.EntityIndex swapped(Site.EntityIndex x, Map<Article, Article> replaced) {
        List<Site.Appearance> appearances = withReplaced(x.appearances(), replaced, Site.Appearance::article,
                now -> new Site.Appearance(now, useOf(now, x.entity())));
        return appearances == x.appearances() ? x
                : new Site.EntityIndex(x.entity(), appearances, x.companions(), x.related());
    }

    /**
     * {@code list} (sorted as {@link #find} needs) with the item of each replaced article made
     * again from its new version; {@code list} itself when it holds none of them.
     */
    private static <T> List<T> withReplaced(List<T> list, Map<Article, Article> replaced,
            java.util.function.Function<T, Article> of, java.util.function.Function<Article, T> remake) {
        List<T> out = list;
        for (Map.Entry<Article, Article> r : replaced.entrySet()) {
            int at = find(list, r.getKey(), of);
            if (at >= 0) {
                if (out == list) {
                    out = new ArrayList<>(list);
                }
                out.set(at, remake.apply(r.getValue()));
            }
        }
        return out;
    }

    /**
     * Where {@code article} is in {@code list}, which is sorted {@link #NEWEST_FIRST} by the article of
     * each item (as {@link #assemble} makes every list): found by halving, as no two articles share
     * a slug; -1 when it is not there.
     */
    private static <T> int find(List<T> list, Article article, java.util.function.Function<T, Article> of) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Article a = of.apply(list.get(mid));
            if (a == article) {
                return mid;
            }
            int c = NEWEST_FIRST.compare(a, article);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                // another instance with the same date and slug: look at every item
                for (int i = 0; i < list.size(); i++) {
                    if (of.apply(list.get(i)) == article) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static EntityUse useOf(Article a, Entity e) {
        for (EntityUse u : a.entities().getOrDefault(e.kind().key(), List.of())) {
            if (u.entity().id().equals(e.id())) {
                return u;
            }
        }
        throw new IllegalStateException("the same-shape article " + a.path() + " lost entity " + key(e));
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
