package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.Site;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans every page of a site: its route, its template and the view values it shows. Nothing
 * here reads files or renders; the plan is a pure function of the {@link Site}.
 */
public final class PagePlanner {

    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Site site;
    private final SiteConfig config;
    private final SiteView siteView;
    private final List<String> kindOrder;
    private final PlanMemo memo;
    /** The site's articles that have an update date (mostly none). */
    private java.util.Set<Article> withUpdate;

    public PagePlanner(Site site, boolean preview) {
        this(site, preview, new PlanMemo());
    }

    /**
     * A planner that reuses what earlier plans with the same memo and settings made from the same
     * values; pass the memo through {@link #memoFor} first.
     */
    public PagePlanner(Site site, boolean preview, PlanMemo memo) {
        this.site = site;
        this.memo = memo;
        this.config = site.config();
        this.siteView = siteView(site, preview);
        this.kindOrder = config.kinds().stream().map(EntityKind::key).toList();
    }

    /**
     * {@code last} when what every page shows of the site (title, settings, the year of the newest
     * article in the footer) is as when it was used; else an empty memo: every page shows it.
     */
    public static PlanMemo memoFor(PlanMemo last, Site site, boolean preview) {
        SiteView view = siteView(site, preview);
        return last.madeWith(view) ? last : new PlanMemo(view);
    }

    private static SiteView siteView(Site site, boolean preview) {
        SiteConfig config = site.config();
        int year = site.articles().isEmpty() ? 1970 : site.articles().get(0).date().getYear();
        return new SiteView(config.title(), config.description(), config.baseUrl(), config.language(),
                config.kinds(), config.params(), year, preview);
    }

    public List<Page> plan() {
        memo.begin(site.articles().size(), pageCount(site.articles().size()),
                site.entities().values().stream().mapToInt(List::size).sum());
        withUpdate = memo.withUpdate(site.articles());
        List<Page> pages = plan(new ArrayList<>());
        memo.end();
        return pages;
    }

    private List<Page> plan(List<Page> pages) {
        List<Article> articles = site.articles();
        int homePages = pageCount(articles.size());
        for (int n = 1; n <= homePages; n++) {
            int page = n;
            List<Article> shown = window(articles, n);
            pages.add(memo.homePage(n, homePages, shown, () -> paginated("/", "home.html", "home", "", articles.size(),
                    shown, page, config.title(), config.description(), Map.of())));
        }
        pages.addAll(memo.articlePages(articles, site.links(), i -> {
            Article a = articles.get(i);
            List<Page> made = new ArrayList<>(1 + a.redirectFrom().size());
            made.add(makeArticle(a, site.links().get(i)));
            for (String from : a.redirectFrom()) {
                made.add(redirect(from, a));
            }
            return made;
        }));
        pages.add(page("tags/", "tags.html", "tags", "", meta("Topics", "Every topic covered on " + config.title(),
                "/tags/", "website", null), Map.of("tags", site.tags())));
        for (Site.TagIndex t : site.tags()) {
            pages.addAll(memo.tagPages(t, () -> {
                List<Page> made = new ArrayList<>();
                paginate(made, t.tag().url(), "tag.html", "tag", "", t.articles(), "Topic: " + t.tag().name(),
                        t.articles().size() + " articles about " + t.tag().name() + " on " + config.title(),
                        Map.of("tag", t.tag()));
                return made;
            }));
        }
        for (EntityKind kind : config.kinds()) {
            List<Site.EntityIndex> list = site.entities(kind.key());
            pages.add(page(kind.urlPrefix() + "/", "entities.html", kind.key(), "",
                    meta(kind.plural(), kind.plural() + " in the news on " + config.title(), "/" + kind.urlPrefix() + "/",
                            "website", memo.fromEntities("item list " + kind.key(), list, () -> itemList(kind, list))),
                    Map.of("kind", kind, "entities", list)));
            for (Site.EntityIndex e : list) {
                pages.addAll(memo.entityPages(e, () -> {
                    List<Page> made = new ArrayList<>();
                    new EntityPages(this, e).addTo(made);
                    return made;
                }));
            }
        }
        pages.add(feed("feed.xml", config.title(), "/", site.articles()));
        pages.add(page("404.html", "404.html", "404", "", new Meta("Page not found · " + config.title(),
                "The page you asked for does not exist.", config.baseUrl() + "404.html", "website", null, null, null, false,
                null, null), Map.of()));
        pages.add(new Page("robots.txt", "robots.txt", "robots", "", Map.of("site", siteView,
                "sitemap", config.baseUrl() + "sitemap.xml"), List.of()));
        pages.addAll(new SearchIndex(this, site).pages());
        pages.add(sitemap(pages));
        return pages;
    }

    PlanMemo memo() {
        return memo;
    }

    SiteView siteView() {
        return siteView;
    }

    SiteConfig config() {
        return config;
    }

    Page page(String route, String template, String kind, String source, Meta meta, Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", siteView);
        model.put("page", meta);
        model.put("route", route);
        model.put("template", template.replace(".html", ""));
        return new Page(route, template, kind, source, model, List.of());
    }

    Meta meta(String title, String description, String path, String ogType, String jsonLd) {
        String full = path.equals("/") ? title : title + " · " + config.title();
        return new Meta(full, description, Urls.absolute(config.baseUrl(), path), ogType, null, null, jsonLd, true, null,
                null);
    }

    void paginate(List<Page> pages, String base, String template, String kind, String source, List<Article> articles,
            String title, String description, Map<String, Object> extra) {
        int total = pageCount(articles.size());
        for (int n = 1; n <= total; n++) {
            pages.add(paginated(base, template, kind, source, articles.size(), window(articles, n), n, title, description,
                    extra));
        }
    }

    /** How many pages list {@code articles} articles. */
    private int pageCount(int articles) {
        return Math.max(1, (articles + config.pageSize() - 1) / config.pageSize());
    }

    /** The articles page {@code n} (from 1) lists. */
    private List<Article> window(List<Article> articles, int n) {
        int size = config.pageSize();
        return articles.subList((n - 1) * size, Math.min(articles.size(), n * size));
    }

    /** Page {@code n} of a listing of {@code count} articles, showing {@code shown}. */
    private Page paginated(String base, String template, String kind, String source, int count, List<Article> shown,
            int n, String title, String description, Map<String, Object> extra) {
        int total = pageCount(count);
        String url = Pagination.url(base, n);
        Map<String, Object> values = new HashMap<>(extra);
        values.put("articles", shown);
        values.put("pagination", Pagination.of(base, n, total));
        String t = n == 1 ? title : title + " (page " + n + ")";
        return page(url.substring(1), template, kind, source, meta(t, description, url, "website", null), values);
    }

    private Page makeArticle(Article a, Site.ArticleLinks links) {
        Map<String, Object> ld = JsonLd.thing("NewsArticle");
        ld.put("headline", a.title());
        ld.put("description", a.summary());
        ld.put("datePublished", RFC3339.format(a.date()));
        ld.put("dateModified", RFC3339.format(a.updated() == null ? a.date() : a.updated()));
        ld.put("mainEntityOfPage", Urls.absolute(config.baseUrl(), a.url()));
        if (!a.author().isEmpty()) {
            ld.put("author", JsonLd.object("@type", "Person", "name", a.author()));
        }
        ld.put("publisher", JsonLd.object("@type", "Organization", "name", config.title()));
        if (!a.image().isEmpty()) {
            ld.put("image", absoluteImage(a.image()));
        }
        List<Map<String, Object>> about = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (EntityUse u : a.allEntities(kindOrder)) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", u.entity().kind().schemaType());
            thing.put("name", u.entity().name());
            thing.put("url", Urls.absolute(config.baseUrl(), u.entity().url()));
            (u.source().equals("front-matter") ? about : mentions).add(thing);
        }
        if (!about.isEmpty()) {
            ld.put("about", about);
        }
        if (!mentions.isEmpty()) {
            ld.put("mentions", mentions);
        }
        if (!a.tags().isEmpty()) {
            ld.put("keywords", a.tags().stream().map(t -> t.name()).toList());
        }
        ld.put("wordCount", a.wordCount());
        Meta meta = new Meta(a.title() + " · " + config.title(), a.summary(), Urls.absolute(config.baseUrl(), a.url()),
                "article", a.image().isEmpty() ? null : absoluteImage(a.image()), a.imageAlt(), JsonLd.write(ld), !a.draft(),
                null, null);
        Map<String, Object> values = new HashMap<>();
        values.put("article", a);
        values.put("links", links);
        values.put("entityGroups", groups(a));
        return new Page(a.url().substring(1), "article.html", "article", a.path(),
                withCommon(values, meta, a.url().substring(1), "article"), List.of(a.path()));
    }

    /** An article's entities grouped by kind, in kind order, for chips. */
    private List<EntityGroup> groups(Article a) {
        List<EntityGroup> out = new ArrayList<>();
        for (EntityKind k : config.kinds()) {
            List<EntityUse> uses = a.entities().getOrDefault(k.key(), List.of());
            if (!uses.isEmpty()) {
                out.add(new EntityGroup(k, uses));
            }
        }
        return out;
    }

    /** The entities of one kind in an article. */
    public record EntityGroup(EntityKind kind, List<EntityUse> uses) {
    }

    Map<String, Object> withCommon(Map<String, Object> values, Meta meta, String route, String template) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", siteView);
        model.put("page", meta);
        model.put("route", route);
        model.put("template", template);
        return model;
    }

    String absoluteImage(String image) {
        return image.matches("https?://.*") ? image : Urls.absolute(config.baseUrl(), image);
    }

    private Page redirect(String from, Article to) {
        String route = from.substring(1);
        if (!route.isEmpty() && !route.endsWith("/") && !route.endsWith(".html")) {
            route = route + "/";
        }
        Meta meta = new Meta(to.title(), to.summary(), Urls.absolute(config.baseUrl(), to.url()), "website", null, null,
                null, false, null, null);
        return new Page(route, "redirect.html", "redirect", to.path(),
                withCommon(Map.of("target", to.url(), "article", to), meta, route, "redirect"), List.of(to.path()));
    }

    /** The Atom feed of {@code articles}, newest first. */
    Page feed(String route, String title, String link, List<Article> articles) {
        List<FeedEntry> entries = articles.stream().limit(config.feedSize()).map(this::entry).toList();
        String updated = articles.isEmpty() ? "1970-01-01T00:00:00Z" : RFC3339.format(latest(articles));
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("title", title);
        model.put("self", Urls.absolute(config.baseUrl(), "/" + route));
        model.put("link", Urls.absolute(config.baseUrl(), link));
        model.put("updated", updated);
        model.put("entries", entries);
        return new Page(route, "feed.xml", "feed", "", model, List.of());
    }

    /**
     * The latest update (or publication) of {@code articles}, newest first by publication date as
     * {@link io.orbitpress.model.SiteAssembler#NEWEST_FIRST} sorts them: what {@code max(naturalOrder())}
     * finds among each article's update, or publication date when it has none. Of the articles
     * without an update only the first can be the latest, so the others' dates are not looked at;
     * when no article of the site has an update, that is the first article's date.
     */
    private java.time.ZonedDateTime latest(List<Article> articles) {
        if (withUpdate.isEmpty()) {
            return articles.get(0).date(); // none has an update: the newest publication
        }
        java.time.ZonedDateTime best = null;
        boolean dated = false; // whether the first article without an update was seen
        for (Article a : articles) {
            java.time.ZonedDateTime t = a.updated();
            if (t == null) {
                if (dated) {
                    continue;
                }
                dated = true;
                t = a.date();
            }
            if (best == null || t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    private FeedEntry entry(Article a) {
        return memo.feedEntry(a, () -> makeEntry(a));
    }

    private FeedEntry makeEntry(Article a) {
        String url = Urls.absolute(config.baseUrl(), a.url());
        return new FeedEntry(a.title(), url, RFC3339.format(a.date()),
                RFC3339.format(a.updated() == null ? a.date() : a.updated()), a.summary(),
                a.author().isEmpty() ? config.title() : a.author(), Urls.absolutize(" " + a.html(), config.baseUrl()).substring(1));
    }

    private Page sitemap(List<Page> pages) {
        memo.beginSitemap(pages.size());
        Object[] entries = new Object[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Map<String, String> same = memo.sitemapEntry(i, p);
            entries[i] = same != null ? same : memo.sitemapEntry(i, p, () -> sitemapEntry(p));
        }
        return memo.sitemap(() -> {
            List<Map<String, String>> urls = new ArrayList<>();
            for (Object entry : entries) {
                @SuppressWarnings("unchecked")
                Map<String, String> u = (Map<String, String>) entry;
                if (!u.isEmpty()) {
                    urls.add(u);
                }
            }
            return new Page("sitemap.xml", "sitemap.xml", "sitemap", "", Map.of("urls", urls), List.of());
        });
    }

    /** A page's entry in the sitemap; empty for pages not listed there. */
    private Map<String, String> sitemapEntry(Page p) {
        Object meta = p.model().get("page");
        if (!(p.template().endsWith(".html") && meta instanceof Meta m && m.index() && !p.route().equals("404.html"))) {
            return Map.of();
        }
        Map<String, String> u = new LinkedHashMap<>();
        u.put("loc", Urls.absolute(config.baseUrl(), "/" + p.route()));
        Object article = p.model().get("article");
        if (article instanceof Article a && p.kind().equals("article")) {
            u.put("lastmod", RFC3339.format(a.updated() == null ? a.date() : a.updated()));
        }
        return u;
    }

    private String itemList(EntityKind kind, List<Site.EntityIndex> list) {
        Map<String, Object> ld = JsonLd.thing("ItemList");
        ld.put("name", kind.plural());
        List<Map<String, Object>> items = new ArrayList<>();
        int i = 1;
        for (Site.EntityIndex e : list) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i++);
            item.put("url", Urls.absolute(config.baseUrl(), e.entity().url()));
            item.put("name", e.entity().name());
            items.add(item);
        }
        ld.put("itemListElement", items);
        return JsonLd.write(ld);
    }

    Entity entityOrNull(String kind, String id) {
        return site.entity(kind, id).map(Site.EntityIndex::entity).orElse(null);
    }
}
