package io.orbitpress.render;

import io.orbitpress.model.Article;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Parts of views that many pages show of one article: its feed entry (in the site's feed and
 * in the feed of every entity it involves) and its search entry. The plan asks for them through
 * these functions; by default each is made when asked.
 *
 * @param feedEntry   an article's Atom entry ({@link PagePlanner#feedEntry})
 * @param searchEntry an article's search entry, as search knows it ({@link SearchDoc#of})
 * @param searchFiles an index's counts and word files, made of its articles' search entries, by the
 *                    index's folder ("search/", "ru/search/") and its articles, oldest first
 * @param texts       the articles' texts as search reads them, shared by an article's entry and its
 *                    search document in one build
 */
public record SharedParts(Function<Article, FeedEntry> feedEntry, Function<Article, SearchDoc> searchEntry,
        BiFunction<String, List<Article>, SearchFiles> searchFiles, SearchTexts texts) {

    /** Feed and search entries made when asked, and the search index's word files made from them ({@link SearchFiles#of}). */
    public SharedParts(Function<Article, FeedEntry> feedEntry, Function<Article, SearchDoc> searchEntry,
            SearchTexts texts) {
        this(feedEntry, searchEntry, (folder, articles) -> SearchFiles.of(entries(articles, searchEntry)), texts);
    }

    /**
     * {@code make}, asked once per article: a story is in up to fifty feeds (its topics', its
     * people's), and its entry is made (its links made absolute, its content escaped) once, on
     * whichever render thread asks first. For one build: a new one is made for each.
     */
    public static <T> Function<Article, T> once(Function<Article, T> make) {
        java.util.concurrent.ConcurrentHashMap<Same, T> made = new java.util.concurrent.ConcurrentHashMap<>();
        return a -> made.computeIfAbsent(new Same(a), s -> make.apply(s.article()));
    }

    /** An article as a key by identity (an article's own hash reads every field). */
    record Same(Article article) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.article == article;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article);
        }
    }

    /** The search entries of {@code articles}, in their order, made on every core (each reads an article's text). */
    public static List<SearchDoc> entries(List<Article> articles, Function<Article, SearchDoc> searchEntry) {
        return io.orbitpress.work.Batch.map(articles, searchEntry);
    }
}
