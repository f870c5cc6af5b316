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
 */
public record SharedParts(Function<Article, FeedEntry> feedEntry, Function<Article, SearchDoc> searchEntry,
        BiFunction<String, List<Article>, SearchFiles> searchFiles) {

    /** Feed and search entries made when asked, and the search index's word files made from them ({@link SearchFiles#of}). */
    public SharedParts(Function<Article, FeedEntry> feedEntry, Function<Article, SearchDoc> searchEntry) {
        this(feedEntry, searchEntry, (folder, articles) -> SearchFiles.of(entries(articles, searchEntry)));
    }

    /** The search entries of {@code articles}, in their order, made on every core (each reads an article's text). */
    public static List<SearchDoc> entries(List<Article> articles, Function<Article, SearchDoc> searchEntry) {
        return articles.parallelStream().map(searchEntry).toList();
    }
}
