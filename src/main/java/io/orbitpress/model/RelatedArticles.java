package io.orbitpress.model;

import io.orbitpress.work.Batch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An article's related articles: those sharing the most topics (2 points each) and entities
 * (1 point each, ignoring entities in more than {@value #BROAD} articles), newest first among
 * equals, {@value SiteAssembler#RELATED} of them.
 *
 * <p>Scoring every article of every shared topic made the build quadratic (a topic of a
 * 100,000-article archive holds thousands). Instead, articles sharing an entity are scored in
 * full, and among the others, whose score is 2 × shared topics, only the newest few of each
 * combination of shared topics are looked at, most shared topics first: the same result.
 */
final class RelatedArticles {

    static final int BROAD = 200;
    /** Above this many topics an article is scored the simple way (its topic combinations would be too many). */
    private static final int MAX_TOPICS = 6;

    /** How many articles, and per place in the newest-first order their topics and entity keys, as often as they come. */
    private final int n;
    private final String[][] topicsOf;
    private final String[][] entitiesOf;
    private final boolean distinctSlugs;
    /** The ranks of the articles carrying every topic of the key ("slug\u0000slug"), newest first. */
    private final Map<String, int[]> withAll = new ConcurrentHashMap<>();
    /** A number per topic slug (in slug order), and per rank the numbers of its article's topics, ascending. */
    private final Map<String, Integer> topicIds = new HashMap<>();
    private final int[][] topicsByRank;
    /** Per topic slug, the ranks of its articles, newest first, an article as often as it carries the topic. */
    private final Map<String, int[]> topicRanks = new HashMap<>();
    /** Each article's distinct topic slugs, by rank. */
    private final List<List<String>> slugsByRank;
    /** Per entity key, the newest-first ranks of the articles it appears in, an article once per use. */
    private final Map<String, int[]> appearanceRanks = new HashMap<>();
    /** Per thread, a score and a mark per article rank, reset after each use (only the touched places). */
    private final ThreadLocal<Scratch> scratch;

    /**
     * The index of articles by topics and entities, from their {@link SiteAssembler#relatedInput}s
     * newest first (sorted as {@link SiteAssembler#NEWEST_FIRST} sorts): an article is its place.
     */
    RelatedArticles(List<List<String>> inputs) {
        this.n = inputs.size();
        this.topicsOf = new String[n][];
        this.entitiesOf = new String[n][];
        // each fact's name ("#mars" is "mars") cut once for the many articles that share it
        Map<String, String> names = new HashMap<>();
        Map<String, IntList> byTopic = new TreeMap<>();
        Map<String, IntList> byEntity = new HashMap<>();
        List<List<String>> slugs = new ArrayList<>(n);
        boolean distinct = true;
        for (int r = 0; r < n; r++) {
            List<String> input = inputs.get(r);
            List<String> topics = new ArrayList<>();
            List<String> entities = new ArrayList<>();
            for (int i = 1; i < input.size(); i++) {
                String fact = input.get(i);
                char c = fact.charAt(0);
                if (c == SiteAssembler.TOPIC || c == SiteAssembler.USE || c == SiteAssembler.PERSON) {
                    String name = names.computeIfAbsent(fact, f -> f.substring(1));
                    boolean topic = c == SiteAssembler.TOPIC;
                    (topic ? topics : entities).add(name);
                    (topic ? byTopic : byEntity).computeIfAbsent(name, k -> new IntList()).add(r);
                }
            }
            topicsOf[r] = topics.toArray(String[]::new);
            entitiesOf[r] = entities.toArray(String[]::new);
            List<String> once = topics.stream().distinct().toList();
            distinct &= once.size() == topics.size();
            slugs.add(once);
        }
        this.distinctSlugs = distinct;
        this.slugsByRank = slugs;
        byTopic.forEach((slug, ranks) -> {
            topicIds.put(slug, topicIds.size());
            topicRanks.put(slug, ranks.toArray());
        });
        byEntity.forEach((key, ranks) -> appearanceRanks.put(key, ranks.toArray()));
        this.topicsByRank = new int[n][];
        for (int r = 0; r < n; r++) {
            topicsByRank[r] = ids(slugsByRank.get(r));
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    /** A growing list of numbers. */
    private static final class IntList {
        int[] values = new int[8];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Each article's related articles, as places in the newest-first list, on every core. */
    int[][] all() {
        return Batch.map(n, this::of).toArray(int[][]::new);
    }

    /** How many uses of the entity with this key the articles hold. */
    int uses(String entityKey) {
        return ranksOf(entityKey).length;
    }

    /**
     * What {@link #all} gives, from what it gave for an earlier list of articles: {@code before},
     * whose places {@code was} maps (per place in this list, the earlier place of the same article
     * with the same related input, ascending, or -1 for an article new or changed). An article
     * unchanged keeps its related articles unless one of them changed, it uses an entity whose
     * broadness {@code flipped}, or an article new or changed now outranks its last related one
     * (or it had fewer than {@value SiteAssembler#RELATED}): only those are scored again.
     *
     * @param earlier  how many articles the earlier list held
     */
    int[][] update(int[][] before, int[] was, int earlier, java.util.Set<String> flipped) {
        int[] now = new int[earlier];
        Arrays.fill(now, -1);
        for (int r = 0; r < n; r++) {
            if (was[r] >= 0) {
                now[was[r]] = r;
            }
        }
        boolean[] again = new boolean[n];
        List<Integer> changed = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (was[r] < 0) {
                again[r] = true;
                changed.add(r);
                continue;
            }
            for (int q : before[was[r]]) {
                if (now[q] < 0) {
                    again[r] = true;
                    break;
                }
            }
        }
        for (String key : flipped) {
            for (int r : ranksOf(key)) {
                again[r] = true;
            }
        }
        for (int x : changed) {
            for (int a : reached(x)) {
                if (again[a]) {
                    continue;
                }
                int[] list = before[was[a]];
                if (list.length < SiteAssembler.RELATED) {
                    again[a] = true;
                    continue;
                }
                int last = now[list[list.length - 1]];
                int s = score(a, x);
                int sLast = score(a, last);
                again[a] = s > sLast || (s == sLast && x < last);
            }
        }
        int[][] out = new int[n][];
        List<Integer> redo = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (again[r]) {
                redo.add(r);
            } else {
                int[] list = before[was[r]];
                out[r] = new int[list.length];
                for (int i = 0; i < list.length; i++) {
                    out[r][i] = now[list[i]];
                }
            }
        }
        List<int[]> made = Batch.map(redo, this::of);
        for (int i = 0; i < redo.size(); i++) {
            out[redo.get(i)] = made.get(i);
        }
        return out;
    }

    /** The places of the other articles sharing a topic or a narrow entity with the article at {@code x}. */
    private java.util.Set<Integer> reached(int x) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (String slug : slugsByRank.get(x)) {
            for (int r : topicRanks.get(slug)) {
                out.add(r);
            }
        }
        for (String key : entitiesOf[x]) {
            if (uses(key) <= BROAD) {
                for (int r : ranksOf(key)) {
                    out.add(r);
                }
            }
        }
        out.remove(x);
        return out;
    }

    /**
     * The score of the article at {@code b} for the one at {@code a}, as {@link #scoreAll} counts
     * it: 2 for each pair of a topic of a and the same topic of b, 1 for each pair of uses of a
     * narrow entity.
     */
    private int score(int a, int b) {
        Counted x = counted(a);
        Counted y = counted(b);
        return 2 * pairs(x.topics, y.topics, null) + pairs(x.entities, y.entities, broadIds);
    }

    /** An article's topics and entity uses as ascending numbers, repeated as often as they come. */
    private record Counted(int[] topics, int[] entities) {
    }

    /**
     * Numbers for entity keys, given as {@link #score} first meets them, which of them are broad,
     * and the articles counted so far: read and written by {@link #update}'s own thread alone.
     */
    private final Map<String, Integer> entityIds = new HashMap<>();
    private final java.util.BitSet broadIds = new java.util.BitSet();
    private final Map<Integer, Counted> counted = new HashMap<>();

    private Counted counted(int r) {
        Counted c = counted.get(r);
        if (c == null) {
            int[] topics = Arrays.stream(topicsOf[r]).mapToInt(topicIds::get).sorted().toArray();
            int[] entities = Arrays.stream(entitiesOf[r]).mapToInt(key -> {
                Integer id = entityIds.get(key);
                if (id == null) {
                    id = entityIds.size();
                    entityIds.put(key, id);
                    broadIds.set(id, uses(key) > BROAD);
                }
                return id;
            }).sorted().toArray();
            c = new Counted(topics, entities);
            counted.put(r, c);
        }
        return c;
    }

    /** The pairs of equal numbers, one from each ascending list, leaving out those in {@code left}. */
    private static int pairs(int[] a, int[] b, java.util.BitSet left) {
        int found = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                int v = a[i];
                int ca = 0;
                int cb = 0;
                for (; i < a.length && a[i] == v; i++) {
                    ca++;
                }
                for (; j < b.length && b[j] == v; j++) {
                    cb++;
                }
                if (left == null || !left.get(v)) {
                    found += ca * cb;
                }
            }
        }
        return found;
    }

    /** Working space for one article's scores, indexed by rank; {@code touched} lists the ranks in use. */
    private static final class Scratch {
        final int[] score;
        final boolean[] skip;
        int[] touched = new int[64];
        int size;

        Scratch(int n) {
            score = new int[n];
            skip = new boolean[n];
        }

        void add(int r, int points) {
            if (score[r] == 0 && !skip[r]) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = r;
            }
            score[r] += points;
        }

        void reset() {
            for (int i = 0; i < size; i++) {
                score[touched[i]] = 0;
                skip[touched[i]] = false;
            }
            size = 0;
        }
    }

    private int[] ranksOf(String entityKey) {
        return appearanceRanks.getOrDefault(entityKey, NONE);
    }

    private static final int[] NONE = new int[0];

    /** The places of the article at {@code self}'s related articles, best first. */
    int[] of(int self) {
        List<String> topics = slugsByRank.get(self);
        if (!distinctSlugs || topics.size() > MAX_TOPICS) {
            return scoreAll(self);
        }
        Scratch w = scratch.get();
        try {
            return related(self, topics, w);
        } finally {
            w.reset();
        }
    }

    private int[] related(int self, List<String> topics, Scratch w) {
        for (String key : entitiesOf[self]) {
            int[] ranks = ranksOf(key);
            if (ranks.length > BROAD) {
                continue; // an entity in most articles says nothing about relatedness
            }
            for (int r : ranks) {
                w.add(r, 1);
            }
        }
        int[] mine = topicsByRank[self];
        int scored = w.size;
        for (int i = 0; i < scored; i++) {
            int r = w.touched[i];
            w.score[r] += 2 * shared(topicsByRank[r], mine);
        }
        // The best articles sharing no entity: most shared topics, then newest. Articles already
        // scored, and the article itself, are skipped.
        for (int i = 0; i < scored; i++) {
            w.skip[w.touched[i]] = true;
        }
        if (w.score[self] == 0) {
            w.add(self, 0);
        }
        w.skip[self] = true;
        List<List<String>> subsets = subsetsBySizeDescending(topics);
        int need = SiteAssembler.RELATED;
        List<int[]> extra = new ArrayList<>();
        for (int size = topics.size(); size >= 1 && need > 0; size--) {
            List<Integer> level = new ArrayList<>();
            for (List<String> u : subsets) {
                if (u.size() != size) {
                    continue;
                }
                int taken = 0;
                for (int r : withAll(u)) {
                    if (taken == need) {
                        break;
                    }
                    if (!w.skip[r] && shared(topicsByRank[r], mine) == size) {
                        level.add(r);
                        w.add(r, 0);
                        w.skip[r] = true;
                        taken++;
                    }
                }
            }
            level.sort(null);
            for (int r : level.subList(0, Math.min(need, level.size()))) {
                extra.add(new int[] {r, 2 * size});
                need--;
            }
        }
        return top(w, scored, self, extra);
    }

    /** How many numbers two ascending arrays share. */
    private static int shared(int[] a, int[] b) {
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** The numbers of {@code slugs}, ascending. */
    private int[] ids(List<String> slugs) {
        return slugs.stream().mapToInt(topicIds::get).sorted().toArray();
    }

    /**
     * The ranks of the articles carrying every one of {@code topics}, ascending: those of the
     * list without its last topic (made first, and kept) that carry the last one. Filtering the
     * shortest topic's whole list for every combination instead took most of the assembly of a
     * 100,000-article site, where each topic holds thousands of articles and combinations of
     * three or four topics hold a few dozen.
     */
    private int[] withAll(List<String> topics) {
        String key = String.join("\u0000", topics);
        int[] known = withAll.get(key);
        if (known != null) {
            return known;
        }
        int[] found;
        if (topics.size() == 1) {
            found = topicRanks.getOrDefault(topics.get(0), NONE);
        } else {
            int[] fewer = withAll(topics.subList(0, topics.size() - 1));
            Integer last = topicIds.get(topics.get(topics.size() - 1));
            found = last == null ? NONE
                    : Arrays.stream(fewer).filter(r -> carries(topicsByRank[r], last)).toArray();
        }
        int[] raced = withAll.putIfAbsent(key, found);
        return raced == null ? found : raced;
    }

    /** Whether the ascending topic numbers {@code topics} hold {@code topic}. */
    private static boolean carries(int[] topics, int topic) {
        for (int t : topics) {
            if (t >= topic) {
                return t == topic;
            }
        }
        return false;
    }

    private static List<List<String>> subsetsBySizeDescending(List<String> topics) {
        List<List<String>> out = new ArrayList<>();
        for (int mask = (1 << topics.size()) - 1; mask > 0; mask--) {
            List<String> u = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    u.add(topics.get(i));
                }
            }
            out.add(u);
        }
        out.sort(Comparator.comparingInt(List<String>::size).reversed());
        return out;
    }

    /** The best {@value SiteAssembler#RELATED} of the scored articles and the extra ones, highest score then newest. */
    private static int[] top(Scratch w, int scored, int self, List<int[]> extra) {
        Best best = new Best();
        for (int i = 0; i < scored; i++) {
            int r = w.touched[i];
            if (r != self) {
                best.offer(r, w.score[r]);
            }
        }
        for (int[] e : extra) {
            best.offer(e[0], e[1]);
        }
        return best.ranks();
    }

    /** Keeps the {@value SiteAssembler#RELATED} best (score descending, then rank ascending) of what it is offered. */
    private static final class Best {
        private final int n = SiteAssembler.RELATED;
        private final int[] ranks = new int[n];
        private final int[] scores = new int[n];
        private int size;

        void offer(int rk, int sc) {
            int at = size;
            while (at > 0 && (sc > scores[at - 1] || (sc == scores[at - 1] && rk < ranks[at - 1]))) {
                at--;
            }
            if (at >= n) {
                return;
            }
            for (int i = Math.min(size, n - 1); i > at; i--) {
                ranks[i] = ranks[i - 1];
                scores[i] = scores[i - 1];
            }
            ranks[at] = rk;
            scores[at] = sc;
            size = Math.min(n, size + 1);
        }

        int[] ranks() {
            return Arrays.copyOf(ranks, size);
        }
    }

    /** Every article of every shared topic and entity scored: the definition, for unusual tag lists. */
    private int[] scoreAll(int self) {
        Map<Integer, Integer> score = new HashMap<>();
        for (String slug : topicsOf[self]) {
            for (int r : topicRanks.get(slug)) {
                score.merge(r, 2, Integer::sum);
            }
        }
        for (String key : entitiesOf[self]) {
            int[] ranks = ranksOf(key);
            if (ranks.length > BROAD) {
                continue;
            }
            for (int r : ranks) {
                score.merge(r, 1, Integer::sum);
            }
        }
        score.remove(self);
        Best best = new Best();
        score.forEach(best::offer);
        return best.ranks();
    }
}
