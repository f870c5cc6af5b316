package io.orbitpress.render;

import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
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

    private record ArticlePage(Site.ArticleLinks links, Page page) {
    }

    private final IdentityMemo<Article, ArticlePage> articlePages = new IdentityMemo<>();
    private final IdentityMemo<Article, FeedEntry> feedEntries = new IdentityMemo<>();
    private final IdentityMemo<Article, String> searchEntries = new IdentityMemo<>();
    private final IdentityMemo<Site.EntityIndex, List<Page>> entityPages = new IdentityMemo<>();
    private final IdentityMemo<Site.TagIndex, List<Page>> tagPages = new IdentityMemo<>();
    private final IdentityMemo<Page, Map<String, String>> sitemapEntries = new IdentityMemo<>();
    private final List<IdentityMemo<?, ?>> all = List.of(articlePages, feedEntries, searchEntries, entityPages, tagPages,
            sitemapEntries);
    /** The last plan's search index, and the parts (article entries, then the rest) it was joined from. */
    private List<String> searchParts = List.of();
    private String searchJson;
    private List<String> nextSearchParts = List.of();
    private String nextSearchJson;

    /** Starts a plan: what the previous plan made is what this one may reuse. */
    void begin() {
        all.forEach(IdentityMemo::begin);
    }

    /** Ends a plan: what it used is what the next may reuse. */
    void end() {
        all.forEach(IdentityMemo::end);
        searchParts = nextSearchParts;
        searchJson = nextSearchJson;
    }

    /** An article's page, made again when the article or its links are other instances than last time. */
    Page articlePage(Article a, Site.ArticleLinks links, Supplier<Page> make) {
        return articlePages.get(a, hit -> hit.links() == links, x -> new ArticlePage(links, make.get())).page();
    }

    FeedEntry feedEntry(Article a, Supplier<FeedEntry> make) {
        return feedEntries.get(a, x -> make.get());
    }

    String searchEntry(Article a, Supplier<String> make) {
        return searchEntries.get(a, x -> make.get());
    }

    List<Page> entityPages(Site.EntityIndex index, Supplier<List<Page>> make) {
        return entityPages.get(index, x -> make.get());
    }

    /**
     * The search index joined from {@code parts} (article entries, then the entity part, all
     * already made safe): the last one when every part is the same as last time (most are the
     * same instances; an edited article's entry is compared by value).
     */
    String searchJson(List<String> parts, Supplier<String> join) {
        boolean same = searchParts.size() == parts.size() && searchJson != null;
        for (int i = 0; same && i < parts.size(); i++) {
            same = searchParts.get(i) == parts.get(i) || searchParts.get(i).equals(parts.get(i));
        }
        nextSearchParts = parts;
        nextSearchJson = same ? searchJson : join.get();
        return nextSearchJson;
    }

    List<Page> tagPages(Site.TagIndex tag, Supplier<List<Page>> make) {
        return tagPages.get(tag, x -> make.get());
    }

    /** A page's sitemap entry; an empty one for a page the sitemap does not list. */
    Map<String, String> sitemapEntry(Page page, Supplier<Map<String, String>> make) {
        return sitemapEntries.get(page, x -> make.get());
    }
}
