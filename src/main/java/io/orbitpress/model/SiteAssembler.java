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
        return assemble(config, input, entities, sorted -> structure(sorted, kindOrder(config)));
    }

    /**
     * What the site's shape depends on of its articles alone, newest first: each article's related
     * articles (as places in the list) and, per entity key, how often each person appears with it.
     */
    public record Structure(int[][] related, Map<String, Map<String, Integer>> together) {
    }

    /**
     * As {@link #assemble(SiteConfig, List, List)}, with the related articles and companions taken
     * from {@code structure}, given the articles newest first: what {@link #structure} gives for
     * them (a caller may keep it while {@link #relatedInputs} and the settings stay the same).
     */
    public static Site assemble(SiteConfig config, List<Article> input, List<Entity> entities,
            java.util.function.Function<List<Article>, Structure> structure) {
        List<Article> articles = Topics.named(newestFirst(input), config, entities);
        List<String> kindOrder = kindOrder(config);
        // four passes that read the articles and nothing of each other, on every core
        java.util.Locale language = java.util.Locale.forLanguageTag(config.language());
        List<Object> parts = Batch.map(4, part -> switch (part) {
            case 0 -> tags(articles, language);
            case 1 -> appearances(articles, kindOrder);
            case 2 -> structure.apply(java.util.Collections.unmodifiableList(articles));
            default -> series(articles);
        });
        @SuppressWarnings("unchecked")
        List<Site.TagIndex> tags = (List<Site.TagIndex>) parts.get(0);
        @SuppressWarnings("unchecked")
        Map<String, List<Site.Appearance>> appearances = (Map<String, List<Site.Appearance>>) parts.get(1);
        Structure shape = (Structure) parts.get(2);
        @SuppressWarnings("unchecked")
        List<Site.SeriesIndex> series = (List<Site.SeriesIndex>) parts.get(3);
        Map<String, Map<String, Integer>> together = shape.together();

        Map<String, Entity> byKey = new HashMap<>();
        entities.forEach(e -> byKey.put(e.key(), e));
        Map<String, Integer> alphabet = alphabetical(entities, language);
        Map<String, Map<String, List<Entity>>> throughFacts = relatedThroughFacts(entities, byKey, alphabet);

        Map<String, List<Site.EntityIndex>> indexes = new LinkedHashMap<>();
        // each entity's index on every core
        List<Site.EntityIndex> all = Batch.map(entities, e -> {
            String k = e.key();
            return new Site.EntityIndex(e, appearances.getOrDefault(k, List.of()),
                    companions(together.getOrDefault(k, Map.of()), byKey, alphabet),
                    throughFacts.getOrDefault(k, Map.of()));
        });
        for (EntityKind kind : config.kinds()) {
            List<Site.EntityIndex> list = new ArrayList<>();
            for (Site.EntityIndex x : all) {
                if (x.entity().kind().key().equals(kind.key())) {
                    list.add(x);
                }
            }
            list.sort(Comparator.comparingInt(x -> alphabet.get(x.entity().key())));
            indexes.put(kind.key(), list);
        }

        Map<Article, Site.SeriesPosition> positions = new java.util.IdentityHashMap<>();
        for (Site.SeriesIndex x : series) {
            for (int p = 0; p < x.parts().size(); p++) {
                positions.put(x.parts().get(p), new Site.SeriesPosition(x.name(), x.url(), p + 1, x.parts()));
            }
        }
        List<Site.ArticleLinks> links = new ArrayList<>(articles.size());
        int[][] relatedRanks = shape.related();
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

    /**
     * The topics of the articles by slug, each with its articles (newest first) and its one name;
     * in the alphabetical order of their names in the site's language (then by slug), as a reader
     * looks one up: "история" before "МКС" before "Роскосмос", not by their Latin slugs.
     */
    private static List<Site.TagIndex> tags(List<Article> articles, java.util.Locale language) {
        Map<String, Tag> byTag = new HashMap<>();
        Map<String, List<Article>> tagArticles = new HashMap<>();
        for (Article a : articles) {
            for (Tag t : a.tags()) {
                List<Article> list = tagArticles.get(t.slug());
                if (list == null) {
                    list = new ArrayList<>();
                    tagArticles.put(t.slug(), list);
                    byTag.put(t.slug(), t);
                }
                list.add(a);
            }
        }
        List<String> slugs = new ArrayList<>(byTag.keySet());
        byName(slugs, slug -> byTag.get(slug).name(), Comparator.naturalOrder(), language);
        List<Site.TagIndex> tags = new ArrayList<>(slugs.size());
        for (String slug : slugs) {
            tags.add(new Site.TagIndex(byTag.get(slug), tagArticles.get(slug)));
        }
        return tags;
    }

    /**
     * Sorts {@code list} by {@code name} in the alphabetical order of {@code language}, case aside,
     * then by {@code then}: the order of the language's dictionaries (CLDR's, through ICU), so that
     * "Фёдоров" stands beside "Федоров", "Émile" before "Zoe", and a Russian list gives its
     * Cyrillic names before its Latin ones. Each name's key is made once, not once a comparison.
     */
    static <T> void byName(List<T> list, java.util.function.Function<T, String> name, Comparator<T> then,
            java.util.Locale language) {
        com.ibm.icu.text.Collator collator = com.ibm.icu.text.Collator.getInstance(language);
        collator.setStrength(com.ibm.icu.text.Collator.SECONDARY);
        Map<T, com.ibm.icu.text.CollationKey> keys = new java.util.IdentityHashMap<>();
        list.forEach(x -> keys.put(x, collator.getCollationKey(name.apply(x))));
        list.sort(Comparator.comparing((T x) -> keys.get(x)).thenComparing(then));
    }

    /**
     * Each entity's place, by key, in the language's alphabetical order ({@link #byName}) of the names
     * as lists file them ({@link Entity#sortName}: people by surname), then of keys.
     */
    static Map<String, Integer> alphabetical(List<Entity> entities, java.util.Locale language) {
        List<Entity> sorted = new ArrayList<>(entities);
        String lang = language.toLanguageTag();
        byName(sorted, e -> e.sortName(lang), Comparator.comparing(Entity::key), language);
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            place.put(sorted.get(i).key(), i);
        }
        return place;
    }

    /**
     * Each entity's appearances, by entity key, newest first: the stories an author signed (once,
     * even when a story also names them), and those that name the entity.
     */
    private static Map<String, List<Site.Appearance>> appearances(List<Article> articles, List<String> kindOrder) {
        // a registered entity is one instance, looked up by identity; one that patterns found is
        // made per article, so those are gathered by key
        Map<Entity, List<Site.Appearance>> byEntity = new java.util.IdentityHashMap<>();
        Map<String, List<Site.Appearance>> undescribedByKey = new HashMap<>();
        for (Article a : articles) {
            List<EntityUse> bylines = a.desk().bylines();
            for (EntityUse b : bylines) {
                appearancesOf(b.entity(), byEntity, undescribedByKey).add(new Site.Appearance(a, b));
            }
            for (String kind : kindOrder) {
                List<EntityUse> uses = a.entities().get(kind);
                if (uses == null) {
                    continue;
                }
                for (EntityUse u : uses) {
                    if (signed(bylines, u.entity())) {
                        continue;
                    }
                    appearancesOf(u.entity(), byEntity, undescribedByKey).add(new Site.Appearance(a, u));
                }
            }
        }
        Map<String, List<Site.Appearance>> appearances = new HashMap<>(undescribedByKey);
        byEntity.forEach((e, list) -> appearances.put(e.key(), list));
        return appearances;
    }

    /**
     * The {@link #COMPANIONS} entities seen most often with an entity ({@code together}: how often,
     * by entity key): most often first, then in {@code alphabet}'s order ({@link #alphabetical}).
     * Picked in one pass, not sorted.
     */
    static List<Site.Companion> companions(Map<String, Integer> together, Map<String, Entity> byKey,
            Map<String, Integer> alphabet) {
        if (together.isEmpty()) {
            return List.of();
        }
        Site.Companion[] top = new Site.Companion[COMPANIONS];
        String[] topKeys = new String[COMPANIONS];
        int size = 0;
        for (Map.Entry<String, Integer> x : together.entrySet()) {
            int count = x.getValue();
            if (size == COMPANIONS && count < top[size - 1].count()) {
                continue;
            }
            Site.Companion c = new Site.Companion(byKey.get(x.getKey()), count);
            int at = size;
            while (at > 0 && before(c, x.getKey(), top[at - 1], topKeys[at - 1], alphabet)) {
                at--;
            }
            if (at == COMPANIONS) {
                continue;
            }
            int moved = Math.min(size, COMPANIONS - 1) - at;
            System.arraycopy(top, at, top, at + 1, moved);
            System.arraycopy(topKeys, at, topKeys, at + 1, moved);
            top[at] = c;
            topKeys[at] = x.getKey();
            size = Math.min(size + 1, COMPANIONS);
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(java.util.Arrays.copyOf(top, size)));
    }

    /** Whether companion {@code a} (of key {@code ak}) comes before {@code b}: seen more often, else first in {@code alphabet}. */
    private static boolean before(Site.Companion a, String ak, Site.Companion b, String bk, Map<String, Integer> alphabet) {
        if (a.count() != b.count()) {
            return a.count() > b.count();
        }
        return alphabet.get(ak) < alphabet.get(bk);
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
     * The articles sorted as {@link #NEWEST_FIRST} sorts them; each date is turned into an instant
     * once, not once per comparison (comparing two dates with zones works out both instants).
     */
    public static List<Article> newestFirst(List<Article> input) {
        int n = input.size();
        long[] seconds = new long[n];
        int[] nanos = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            java.time.ZonedDateTime d = input.get(i).date();
            seconds[i] = d.toEpochSecond();
            nanos[i] = d.getNano();
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Long.compare(seconds[y], seconds[x]);
            if (c == 0) {
                c = Integer.compare(nanos[y], nanos[x]);
            }
            return c != 0 ? c : NEWEST_FIRST.compare(input.get(x), input.get(y));
        });
        List<Article> out = new ArrayList<>(n);
        for (Integer i : order) {
            out.add(input.get(i));
        }
        return out;
    }

    /**
     * What the site's shape takes of its articles, newest first ({@link #NEWEST_FIRST}): their
     * related articles and companions, a function of {@link #relatedInputs} (and of which kinds are
     * people) alone.
     */
    public static Structure structure(List<Article> newestFirst, List<String> kindOrder) {
        return structured(newestFirst, kindOrder, null).structure();
    }

    /**
     * A structure with what it was made of: the paths and {@link #relatedInput}s of its articles,
     * newest first.
     */
    public record Structured(List<String> paths, List<List<String>> inputs, Structure structure) {
    }

    /**
     * What {@link #structure} gives for {@code newestFirst}, with what it was made of. Given the
     * same for an earlier list of articles ({@code earlier}, made with the same kinds; null for
     * none), only the articles whose related articles the changes between the two lists can reach
     * are scored again, and only the companions of the articles changed counted again: the same
     * result.
     */
    public static Structured structured(List<Article> newestFirst, List<String> kindOrder, Structured earlier) {
        List<String> paths = new ArrayList<>(newestFirst.size());
        newestFirst.forEach(a -> paths.add(a.path()));
        List<List<String>> inputs = relatedInputs(newestFirst, kindOrder);
        RelatedArticles related = new RelatedArticles(inputs);
        int[] was = earlier == null ? null : StructureUpdate.kept(earlier.paths(), earlier.inputs(), paths, inputs);
        Structure shape;
        if (was == null || !StructureUpdate.fewChanged(was, earlier.paths().size())) {
            Map<String, Map<String, Integer>> together = new HashMap<>();
            inputs.forEach(input -> StructureUpdate.count(together, input, 1, null));
            shape = new Structure(related.all(), together);
        } else {
            List<List<String>> gone = StructureUpdate.gone(earlier.inputs(), was);
            List<List<String>> come = new ArrayList<>();
            for (int r = 0; r < was.length; r++) {
                if (was[r] < 0) {
                    come.add(inputs.get(r));
                }
            }
            shape = new Structure(
                    related.update(earlier.structure().related(), was, earlier.paths().size(),
                            StructureUpdate.flipped(related, gone, come)),
                    StructureUpdate.together(earlier.structure().together(), gone, come));
        }
        return new Structured(List.copyOf(paths), List.copyOf(inputs), shape);
    }

    /**
     * What {@link #structure} reads of the articles (newest first): each one's
     * {@link #relatedInput}; their order stands for their dates.
     */
    public static List<List<String>> relatedInputs(List<Article> newestFirst, List<String> kindOrder) {
        List<List<String>> out = new ArrayList<>(newestFirst.size());
        // the same entities and topics come in many articles: each fact is made once
        Facts facts = new Facts();
        for (Article a : newestFirst) {
            out.add(relatedInput(a, kindOrder, facts));
        }
        return out;
    }

    /** The facts of {@link #relatedInput} made so far, by the entity (bylines, uses) or topic slug they name. */
    private static final class Facts {
        final Map<Entity, String> bylines = new java.util.IdentityHashMap<>();
        final Map<Entity, String> uses = new java.util.IdentityHashMap<>();
        final Map<String, String> topics = new HashMap<>();
    }

    private static List<Site.Appearance> appearancesOf(Entity e, Map<Entity, List<Site.Appearance>> byEntity,
            Map<String, List<Site.Appearance>> undescribedByKey) {
        if (e.described()) {
            List<Site.Appearance> list = byEntity.get(e);
            if (list == null) {
                list = new ArrayList<>();
                byEntity.put(e, list);
            }
            return list;
        }
        return undescribedByKey.computeIfAbsent(e.key(), k -> new ArrayList<>());
    }

    /** Whether {@code e} is among the entities that signed an article. */
    private static boolean signed(List<EntityUse> bylines, Entity e) {
        for (EntityUse b : bylines) {
            if (b.entity() == e) {
                return true;
            }
        }
        return false;
    }

    /** The marks of a {@link #relatedInput}'s facts, before the key or slug each names. */
    static final char BYLINE = '~';
    static final char TOPIC = '#';
    static final char USE = '@';
    static final char PERSON = '*';

    /**
     * What {@link #structure} reads of one article: its slug, then its facts: the keys of its
     * bylines ({@value #BYLINE}), its topics ({@value #TOPIC}), and the keys of its entity uses, of
     * people ({@value #PERSON}) and of other kinds ({@value #USE}).
     */
    public static List<String> relatedInput(Article a, List<String> kindOrder) {
        return relatedInput(a, kindOrder, new Facts());
    }

    private static List<String> relatedInput(Article a, List<String> kindOrder, Facts made) {
        List<String> facts = new ArrayList<>();
        facts.add(a.slug());
        for (EntityUse b : a.desk().bylines()) {
            facts.add(made.bylines.computeIfAbsent(b.entity(), e -> BYLINE + e.key()));
        }
        for (Tag t : a.tags()) {
            facts.add(made.topics.computeIfAbsent(t.slug(), slug -> TOPIC + slug));
        }
        for (EntityUse u : a.allEntities(kindOrder)) {
            facts.add(made.uses.computeIfAbsent(u.entity(), e -> (e.kind().person() ? PERSON : USE) + e.key()));
        }
        return facts;
    }


    /**
     * A mission's crew and a person's missions, from the registries' reference facts, both ways: first
     * those an entity's own facts name, as they name them (a crew, commander first), then those whose
     * facts name it (an organization's people) in {@code alphabet}'s order, as the indexes file them.
     */
    private static Map<String, Map<String, List<Entity>>> relatedThroughFacts(List<Entity> entities,
            Map<String, Entity> byKey, Map<String, Integer> alphabet) {
        Map<String, Map<String, List<Entity>>> out = new HashMap<>();
        Map<String, Map<String, List<Entity>>> naming = new HashMap<>();
        for (Entity e : entities) {
            for (Map.Entry<String, List<String>> ref : e.refs().entrySet()) {
                String targetKind = ref.getKey();
                for (String id : ref.getValue()) {
                    Entity target = byKey.get(targetKind + "/" + id);
                    if (target == null) {
                        continue;
                    }
                    add(out, e.key(), targetKind, target);
                    add(naming, target.key(), e.kind().key(), e);
                }
            }
        }
        naming.forEach((key, byKind) -> byKind.forEach((kind, list) -> {
            list.sort(Comparator.comparingInt(x -> alphabet.get(x.key())));
            list.forEach(x -> add(out, key, kind, x));
        }));
        return out;
    }

    private static void add(Map<String, Map<String, List<Entity>>> out, String from, String kind, Entity to) {
        List<Entity> list = out.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>());
        if (!list.contains(to)) {
            list.add(to);
        }
    }
}
