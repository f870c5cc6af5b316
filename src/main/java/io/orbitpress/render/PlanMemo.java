package io.orbitpress.render;

import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one plan made from each model value, kept for the next plan of the same site settings:
 * an article's page, feed entry and search entry, an entity's or a topic's pages, a page's
 * sitemap entry, the joined search index. The model is immutable and a rebuild keeps the
 * instances of everything an edit did not touch (see
 * {@code SiteAssembler.update}), so a value is looked up by identity and, when found, what was
 * made from it is made again identically. Each plan keeps only what it used, so the memo does
 * not grow with edits.
 *
 * <p>One plan at a time; a memo must be dropped when the site settings change.
 */
public final class PlanMemo {

    private Generation last = new Generation();
    private Generation next = new Generation();

    /** The memoised values of one plan; sized like the previous one's, so they do not grow by rehashing. */
    private static final class Generation {
        final Map<Article, Object[]> articlePages;
        final Map<Article, FeedEntry> feedEntries;
        final Map<Article, String> searchEntries;
        final Map<Site.EntityIndex, List<Page>> entityPages;
        final Map<Site.TagIndex, List<Page>> tagPages;
        final Map<Page, Map<String, String>> sitemapEntries;
        /** The whole search index, with the entries (by identity) and entity part it was joined from. */
        List<String> searchParts = List.of();
        String searchJson;

        Generation() {
            this(null);
        }

        Generation(Generation like) {
            articlePages = new IdentityHashMap<>(like == null ? 32 : like.articlePages.size());
            feedEntries = new IdentityHashMap<>(like == null ? 32 : like.feedEntries.size());
            searchEntries = new IdentityHashMap<>(like == null ? 32 : like.searchEntries.size());
            entityPages = new IdentityHashMap<>(like == null ? 32 : like.entityPages.size());
            tagPages = new IdentityHashMap<>(like == null ? 32 : like.tagPages.size());
            sitemapEntries = new IdentityHashMap<>(like == null ? 32 : like.sitemapEntries.size());
        }
    }

    /** Starts a plan: what the previous plan made is what this one may reuse. */
    void begin() {
        next = new Generation(last);
    }

    /** Ends a plan: what it used is what the next may reuse. */
    void end() {
        last = next;
        next = new Generation(last);
    }

    /** An article's page, made again when the article or its links are other instances than last time. */
    Page articlePage(Article a, Site.ArticleLinks links, Supplier<Page> make) {
        Object[] hit = last.articlePages.get(a);
        if (hit == null || hit[0] != links) {
            hit = new Object[] {links, make.get()};
        }
        next.articlePages.put(a, hit);
        return (Page) hit[1];
    }

    FeedEntry feedEntry(Article a, Supplier<FeedEntry> make) {
        return remember(last.feedEntries, next.feedEntries, a, make);
    }

    String searchEntry(Article a, Supplier<String> make) {
        return remember(last.searchEntries, next.searchEntries, a, make);
    }

    List<Page> entityPages(Site.EntityIndex index, Supplier<List<Page>> make) {
        return remember(last.entityPages, next.entityPages, index, make);
    }

    /**
     * The search index joined from {@code parts} (article entries, then the entity part, all
     * already made safe): the last one when every part is the same as last time (most are the
     * same instances; an edited article's entry is compared by value).
     */
    String searchJson(List<String> parts, Supplier<String> join) {
        List<String> before = last.searchParts;
        boolean same = before.size() == parts.size() && last.searchJson != null;
        for (int i = 0; same && i < parts.size(); i++) {
            same = before.get(i) == parts.get(i) || before.get(i).equals(parts.get(i));
        }
        next.searchParts = parts;
        next.searchJson = same ? last.searchJson : join.get();
        return next.searchJson;
    }

    List<Page> tagPages(Site.TagIndex tag, Supplier<List<Page>> make) {
        return remember(last.tagPages, next.tagPages, tag, make);
    }

    /** A page's sitemap entry; an empty one for a page the sitemap does not list. */
    Map<String, String> sitemapEntry(Page page, Supplier<Map<String, String>> make) {
        return remember(last.sitemapEntries, next.sitemapEntries, page, make);
    }

    private static <K, V> V remember(Map<K, V> last, Map<K, V> next, K key, Supplier<V> make) {
        V value = next.get(key);
        if (value == null) {
            value = last.get(key);
        }
        if (value == null) {
            value = make.get();
        }
        next.put(key, value);
        return value;
    }
}
