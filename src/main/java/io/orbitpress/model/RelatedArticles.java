package io.orbitpress.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Articles carrying every topic of the key ("slug\u0000slug"), newest first. */
    private final Map<String, List<Article>> withAll = new ConcurrentHashMap<>();
    /** Each article's place in the newest-first order: comparing places is comparing dates, cheaply. */
    private final Map<Article, Integer> rank = new IdentityHashMap<>();

    RelatedArticles(List<Article> newestFirst, Map<String, List<Article>> byTag,
            Map<String, List<Site.Appearance>> appearances, List<String> kindOrder) {
        this.byTag = byTag;
        this.appearances = appearances;
        this.kindOrder = kindOrder;
        this.distinctSlugs = newestFirst.stream().allMatch(a -> slugs(a).size() == a.tags().size());
        for (int i = 0; i < newestFirst.size(); i++) {
            rank.put(newestFirst.get(i), i);
        }
    }

    List<Article> of(Article a) {
        List<String> topics = slugs(a);
        if (!distinctSlugs || topics.size() > MAX_TOPICS) {
            return scoreAll(a);
        }
        Map<Article, Integer> score = new IdentityHashMap<>();
        for (EntityUse u : a.allEntities(kindOrder)) {
            List<Site.Appearance> list = appearances.getOrDefault(SiteAssembler.key(u.entity()), List.of());
            if (list.size() > BROAD) {
                continue; // an entity in most articles says nothing about relatedness
            }
            for (Site.Appearance ap : list) {
                score.merge(ap.article(), 1, Integer::sum);
            }
        }
        Set<String> mine = new HashSet<>(topics);
        for (Map.Entry<Article, Integer> e : score.entrySet()) {
            int shared = 0;
            for (Tag t : e.getKey().tags()) {
                shared += mine.contains(t.slug()) ? 1 : 0;
            }
            e.setValue(e.getValue() + 2 * shared);
        }
        score.remove(a);
        // The best articles sharing no entity: most shared topics, then newest.
        Set<Article> skip = Collections.newSetFromMap(new IdentityHashMap<>());
        skip.addAll(score.keySet());
        skip.add(a);
        List<List<String>> subsets = subsetsBySizeDescending(topics);
        int need = SiteAssembler.RELATED;
        for (int size = topics.size(); size >= 1 && need > 0; size--) {
            List<Article> level = new ArrayList<>();
            for (List<String> u : subsets) {
                if (u.size() != size) {
                    continue;
                }
                int taken = 0;
                for (Article b : withAll(u)) {
                    if (taken == need) {
                        break;
                    }
                    if (!skip.contains(b) && sharedTopics(b, mine) == size) {
                        level.add(b);
                        skip.add(b);
                        taken++;
                    }
                }
            }
            level.sort(Comparator.comparingInt(rank::get));
            for (Article b : level.subList(0, Math.min(need, level.size()))) {
                score.put(b, 2 * size);
                need--;
            }
        }
        return top(score);
    }

    private static int sharedTopics(Article b, Set<String> mine) {
        int shared = 0;
        for (Tag t : b.tags()) {
            shared += mine.contains(t.slug()) ? 1 : 0;
        }
        return shared;
    }

    private List<Article> withAll(List<String> topics) {
        return withAll.computeIfAbsent(String.join("\u0000", topics), k -> {
            List<Article> smallest = topics.stream().map(t -> byTag.getOrDefault(t, List.of()))
                    .min(Comparator.comparingInt(List::size)).orElse(List.of());
            return smallest.stream().filter(b -> slugs(b).containsAll(topics)).toList();
        });
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

    /** The best {@value SiteAssembler#RELATED}: highest score, then newest; one pass, no sort of all candidates. */
    private List<Article> top(Map<Article, Integer> score) {
        int n = SiteAssembler.RELATED;
        Article[] best = new Article[n];
        int[] bestScore = new int[n];
        int[] bestRank = new int[n];
        int size = 0;
        for (Map.Entry<Article, Integer> e : score.entrySet()) {
            int sc = e.getValue();
            int rk = rank.get(e.getKey());
            int at = size;
            while (at > 0 && (sc > bestScore[at - 1] || (sc == bestScore[at - 1] && rk < bestRank[at - 1]))) {
                at--;
            }
            if (at >= n) {
                continue;
            }
            int last = Math.min(size, n - 1);
            for (int i = last; i > at; i--) {
                best[i] = best[i - 1];
                bestScore[i] = bestScore[i - 1];
                bestRank[i] = bestRank[i - 1];
            }
            best[at] = e.getKey();
            bestScore[at] = sc;
            bestRank[at] = rk;
            size = Math.min(n, size + 1);
        }
        return List.copyOf(java.util.Arrays.asList(best).subList(0, size));
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
