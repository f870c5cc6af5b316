package io.orbitpress.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<String, List<Article>> byTag;
    private final Map<String, List<Site.Appearance>> appearances;
    private final List<String> kindOrder;
    private final boolean distinctSlugs;
    /** The ranks of the articles carrying every topic of the key ("slug\u0000slug"), newest first. */
    private final Map<String, int[]> withAll = new ConcurrentHashMap<>();
    /** A number per topic slug, and per rank the numbers of its article's topics, ascending: compared without hashing text. */
    private final Map<String, Integer> topicIds = new java.util.HashMap<>();
    private final int[][] topicsByRank;
    /** Per topic slug, the ranks of its articles, newest first. */
    private final Map<String, int[]> topicRanks = new java.util.HashMap<>();
    /** Each article's place in the newest-first order: comparing places is comparing dates, cheaply. */
    private final Map<Article, Integer> rank = new IdentityHashMap<>();
    private final List<Article> byRank;
    /** Each article's topic slugs, by rank, computed once. */
    private final List<List<String>> slugsByRank;
    /** Per entity key, the newest-first ranks of the articles it appears in. */
    private final Map<String, int[]> appearanceRanks = new ConcurrentHashMap<>();
    /** Per thread, a score and a mark per article rank, reset after each use (only the touched places). */
    private final ThreadLocal<Scratch> scratch;

    RelatedArticles(List<Article> newestFirst, Map<String, List<Article>> byTag,
            Map<String, List<Site.Appearance>> appearances, List<String> kindOrder) {
        this.byTag = byTag;
        this.appearances = appearances;
        this.kindOrder = kindOrder;
        this.distinctSlugs = newestFirst.stream().allMatch(a -> slugs(a).size() == a.tags().size());
        for (int i = 0; i < newestFirst.size(); i++) {
            rank.put(newestFirst.get(i), i);
        }
        this.byRank = newestFirst;
        this.slugsByRank = newestFirst.stream().map(RelatedArticles::slugs).toList();
        for (Map.Entry<String, List<Article>> e : byTag.entrySet()) {
            topicIds.put(e.getKey(), topicIds.size());
            topicRanks.put(e.getKey(), e.getValue().stream().mapToInt(rank::get).toArray());
        }
        this.topicsByRank = slugsByRank.stream().map(this::ids).toArray(int[][]::new);
        int n = newestFirst.size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
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
                    touched = java.util.Arrays.copyOf(touched, size * 2);
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
        return appearanceRanks.computeIfAbsent(entityKey, k -> appearances.getOrDefault(k, List.of()).stream()
                .mapToInt(ap -> rank.get(ap.article())).toArray());
    }

    List<Article> of(Article a) {
        List<String> topics = slugsByRank.get(rank.get(a));
        if (!distinctSlugs || topics.size() > MAX_TOPICS) {
            return scoreAll(a);
        }
        Scratch w = scratch.get();
        try {
            return related(a, topics, w);
        } finally {
            w.reset();
        }
    }

    private List<Article> related(Article a, List<String> topics, Scratch w) {
        int self = rank.get(a);
        for (EntityUse u : a.allEntities(kindOrder)) {
            String key = SiteAssembler.key(u.entity());
            if (appearances.getOrDefault(key, List.of()).size() > BROAD) {
                continue; // an entity in most articles says nothing about relatedness
            }
            for (int r : ranksOf(key)) {
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
        boolean selfTouched = w.score[self] != 0;
        if (!selfTouched) {
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
            found = topicRanks.getOrDefault(topics.get(0), new int[0]);
        } else {
            int[] fewer = withAll(topics.subList(0, topics.size() - 1));
            Integer last = topicIds.get(topics.get(topics.size() - 1));
            found = last == null ? new int[0]
                    : java.util.Arrays.stream(fewer).filter(r -> carries(topicsByRank[r], last)).toArray();
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

    private static List<String> slugs(Article a) {
        return a.tags().stream().map(Tag::slug).distinct().toList();
    }

    /** The best {@value SiteAssembler#RELATED} of the scored articles and the extra ones, highest score then newest. */
    private List<Article> top(Scratch w, int scored, int self, List<int[]> extra) {
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
        return best.articles(byRank);
    }

    private List<Article> top(Map<Article, Integer> score) {
        Best best = new Best();
        score.forEach((article, points) -> best.offer(rank.get(article), points));
        return best.articles(byRank);
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

        List<Article> articles(List<Article> byRank) {
            List<Article> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(byRank.get(ranks[i]));
            }
            return List.copyOf(out);
        }
    }

    /** Every article of every shared topic and entity scored: the definition, for unusual tag lists. */
    private List<Article> scoreAll(Article a) {
        Map<Article, Integer> score = new IdentityHashMap<>();
        for (Tag t : a.tags()) {
            for (Article other : byTag.getOrDefault(t.slug(), List.of())) {
                score.merge(other, 2, Integer::sum);
            }
        }
        for (EntityUse u : a.allEntities(kindOrder)) {
            List<Site.Appearance> list = appearances.getOrDefault(SiteAssembler.key(u.entity()), List.of());
            if (list.size() > BROAD) {
                continue;
            }
            for (Site.Appearance ap : list) {
                score.merge(ap.article(), 1, Integer::sum);
            }
        }
        score.remove(a);
        return top(score);
    }
}
