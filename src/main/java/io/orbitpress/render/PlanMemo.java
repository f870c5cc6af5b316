package io.orbitpress.render;

import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one plan made from each model value, kept for the next plan of the same site settings:
 * an article's page, feed entry and search entry, an entity's or a topic's pages, a page's
 * sitemap entry, the joined search index. The model is immutable and a rebuild keeps the
 * instances of everything an edit did not touch (see
 * {@code SiteAssembler.update}), so a value is looked up by identity and, when found, what was
 * made from it is made again identically. What is made per article or per page is looked up at
 * the same position of the list first ({@link PositionalMemo}); an edit keeps every position.
 * Each plan keeps only what it used, so the memo does not grow with edits.
 *
 * <p>One plan at a time; a memo must be dropped when the site settings change.
 */
public final class PlanMemo {

    /**
     * A page of a listing (the home pages, an entity's pages), made from these items (the same
     * instances) as page {@code n} of {@code total}, with what every page of the listing shows
     * ({@code summary}, null for none).
     */
    private record ListedPage(Object[] window, int total, Object summary, Page page) {
        boolean shows(List<?> items, int pages, Object now) {
            if (pages != total || items.size() != window.length || !java.util.Objects.equals(summary, now)) {
                return false;
            }
            for (int i = 0; i < window.length; i++) {
                if (items.get(i) != window[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The key of every home page: what tells them apart is their position and articles. */
    private static final Object HOME = new Object();

    /** What every page showed of the site when this memo was made; null for a memo of no plan yet. */
    private final Object view;

    public PlanMemo() {
        this(null);
    }

    PlanMemo(Object view) {
        this.view = view;
    }

    /** Whether this memo was made for plans showing {@code view} on every page. */
    boolean madeWith(Object view) {
        return java.util.Objects.equals(this.view, view);
    }

    private final ArticleSection articlePages = new ArticleSection();
    private final PositionalMemo<Object, ListedPage> homePages = new PositionalMemo<>();
    private final PositionalMemo<Article, String> searchEntries = new PositionalMemo<>();
    private final PositionalMemo<Page, Map<String, String>> sitemapEntries = new PositionalMemo<>(true);
    private Page sitemap;
    private Page nextSitemap;
    private final IdentityMemo<Article, FeedEntry> feedEntries = new IdentityMemo<>(true);
    private final IdentityMemo<Site.EntityIndex, List<Page>> entityPages = new IdentityMemo<>();
    private final IdentityMemo<Site.TagIndex, List<Page>> tagPages = new IdentityMemo<>();
    private final List<IdentityMemo<?, ?>> all = List.of(feedEntries, entityPages, tagPages);
    private final List<PositionalMemo<?, ?>> positional = List.of(homePages, searchEntries, sitemapEntries);
    /** What was made from a list of entities, and the entities and their article counts it was made from. */
    private record FromEntities(Object[] entities, int[] counts, String made) {
        boolean madeFrom(List<Site.EntityIndex> list) {
            if (list.size() != entities.length) {
                return false;
            }
            for (int i = 0; i < entities.length; i++) {
                Site.EntityIndex x = list.get(i);
                if (x.entity() != entities[i] || x.articleCount() != counts[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The site's articles at the last plan, and those of them with an update date. */
    private Object[] scanned = new Object[0];
    private java.util.Set<Article> withUpdate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private int entities;
    /** Per entity, its pages of the last plan that made them. */
    private final Map<Object, List<ListedPage>> entityPageParts = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());

    private final Map<String, FromEntities> fromEntities = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last plan's search index, and the parts (article entries, then the rest) it was joined from. */
    private List<String> searchParts = List.of();
    private String searchJson;
    private List<String> nextSearchParts = List.of();
    private String nextSearchJson;

    /**
     * Starts a plan of a site of {@code articles} articles, {@code homePages} home pages and
     * {@code entities} entities: what the previous plan made is what this one may reuse.
     */
    void begin(int articles, int homePages, int entities) {
        this.entities = entities;
        all.forEach(IdentityMemo::begin);
        searchEntries.begin(articles);
        this.homePages.begin(homePages);
    }

    /** Starts the sitemap of {@code pages} pages. */
    void beginSitemap(int pages) {
        sitemapEntries.begin(pages);
    }

    /** Ends a plan: what it used is what the next may reuse. */
    void end() {
        all.forEach(IdentityMemo::end);
        positional.forEach(PositionalMemo::end);
        searchParts = nextSearchParts;
        searchJson = nextSearchJson;
        sitemap = nextSitemap;
        if (entityPageParts.size() > 2 * entities + 64) {
            entityPageParts.clear(); // entities of registries read before
        }
    }

    /**
     * The pages of the site's articles (each article's page, then its redirects), made again for
     * an article when it or its links are other instances than last time.
     */
    List<Page> articlePages(List<Article> articles, List<Site.ArticleLinks> links,
            java.util.function.IntFunction<List<Page>> make) {
        return articlePages.pages(articles, links, make);
    }

    /** Home page {@code n} (from 1) of {@code total}, showing {@code articles}. */
    Page homePage(int n, int total, List<Article> articles, Supplier<Page> make) {
        return homePages.get(n - 1, HOME, null, hit -> hit.shows(articles, total, null),
                x -> new ListedPage(articles.toArray(), total, null, make.get())).page();
    }

    FeedEntry feedEntry(Article a, Supplier<FeedEntry> make) {
        return feedEntries.get(a, x -> make.get());
    }

    /** The search entry of the article at {@code position} when it is the article there last time, else null. */
    String searchEntry(int position, Article a) {
        return searchEntries.reuse(position, a);
    }

    String searchEntry(int position, Article a, Supplier<String> make) {
        return searchEntries.get(position, a, x -> make.get());
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

    /**
     * The articles of {@code articles} (the site's, newest first) that have an update date: found
     * again only at the positions holding other instances than at the last plan.
     */
    java.util.Set<Article> withUpdate(List<Article> articles) {
        Object[] now = articles.toArray();
        if (now.length != scanned.length) {
            withUpdate = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            scanned = new Object[now.length];
        }
        // what left a position first, then what came: an article may have moved to another one
        for (int i = 0; i < now.length; i++) {
            if (now[i] != scanned[i] && scanned[i] != null) {
                withUpdate.remove(scanned[i]);
            }
        }
        for (int i = 0; i < now.length; i++) {
            if (now[i] != scanned[i] && ((Article) now[i]).updated() != null) {
                withUpdate.add((Article) now[i]);
            }
        }
        scanned = now;
        return java.util.Collections.unmodifiableSet(withUpdate);
    }

    /**
     * Page {@code n} (from 1) of {@code total} of an entity, showing {@code appearances}, with what
     * every page of it shows ({@code summary}): the one made last time when all are the same.
     */
    Page entityPage(Object entity, int n, int total, List<?> appearances, Object summary, Supplier<Page> make) {
        List<ListedPage> last = entityPageParts.get(entity);
        ListedPage hit = last != null && n <= last.size() ? last.get(n - 1) : null;
        if (hit != null && hit.shows(appearances, total, summary)) {
            return hit.page();
        }
        return make.get();
    }

    /** Records the pages of an entity just planned, for {@link #entityPage}. */
    void entityPagesMade(Object entity, List<Page> pages, List<List<?>> windows, int total, Object summary) {
        List<ListedPage> made = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            made.add(new ListedPage(windows.get(i).toArray(), total, summary, pages.get(i)));
        }
        entityPageParts.put(entity, made);
    }

    /**
     * A text made from the entities of {@code list} and their article counts alone (their names,
     * URLs and roles, say), under {@code key}: the last one when the list has the same entities
     * (instances) with the same counts in the same order.
     */
    String fromEntities(String key, List<Site.EntityIndex> list, Supplier<String> make) {
        FromEntities last = fromEntities.get(key);
        if (last != null && last.madeFrom(list)) {
            return last.made();
        }
        Object[] entities = new Object[list.size()];
        int[] counts = new int[list.size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = list.get(i).entity();
            counts[i] = list.get(i).articleCount();
        }
        String made = make.get();
        fromEntities.put(key, new FromEntities(entities, counts, made));
        return made;
    }

    /** The sitemap: the last one when every page's entry is the one at its position last time. */
    Page sitemap(Supplier<Page> make) {
        nextSitemap = sitemap != null && !sitemapEntries.changed() ? sitemap : make.get();
        return nextSitemap;
    }

    /**
     * The sitemap entry of the page at {@code position} when it is the page there last time (an
     * empty one for a page the sitemap does not list), else null.
     */
    Map<String, String> sitemapEntry(int position, Page page) {
        return sitemapEntries.reuse(position, page);
    }

    /** As {@link #sitemapEntry(int, Page)}, made by {@code make} when there is none. */
    Map<String, String> sitemapEntry(int position, Page page, Supplier<Map<String, String>> make) {
        return sitemapEntries.get(position, page, x -> make.get());
    }
}
