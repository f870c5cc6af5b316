package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.Language;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.media.FigureHtml;
import io.orbitpress.media.Picture;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.Site;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans every page of a site: its route, its template and the values its view is made from
 * ({@link PageSpec}). Nothing here reads files or renders; the plan is a pure function of the
 * {@link Site}, and each page's view a pure function of its spec's inputs and the site's
 * settings ({@link #settings()}).
 */
public final class PagePlanner {

    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Site site;
    private final SiteConfig config;
    private final SiteView siteView;
    private final List<String> kindOrder;
    private final SharedParts parts;
    /** Whether any article of the site was changed after its date (updated, corrected, a live entry). */
    private final boolean anyModified;
    /** Whether any article of the site came out after its date ({@code publishDate}, an embargo). */
    private final boolean anyPublishDate;
    private final Feeds feeds;
    private final Pictures pictures;
    /** The language of the site's pages: where they go, and what {@code <html lang>} says. */
    private final Language language;
    /** Per entity ({@code kind/id}), its stories in each language that has any (see {@link Alternates#elsewhere}). */
    private final Map<String, List<Elsewhere>> elsewhere;
    /** Per translation key, the route of the article in each language (see {@link Alternates#translations}). */
    private final Map<String, Map<String, String>> translations;
    private final Texts texts;
    private final InlineAssets inline;
    private final Map<String, WaitingPage> waiting;
    /** The stories withdrawn at the build's time: a notice at each one's address. */
    private final List<Article> withdrawn;

    public PagePlanner(Site site, boolean preview) {
        this(site, preview, null, Pictures.NONE, InlineAssets.NONE);
    }

    public PagePlanner(Site site, boolean preview, SharedParts parts, Pictures pictures) {
        this(site, preview, parts, pictures, Map.of(), null, InlineAssets.NONE, Map.of(), List.of(), Map.of());
    }

    /**
     * A planner taking the parts shared by many pages from {@code parts} (null: made when asked),
     * the entities' pictures and the site's default picture from {@code pictures}, and what the
     * page served at any address (404) carries inline from {@code inline}.
     */
    public PagePlanner(Site site, boolean preview, SharedParts parts, Pictures pictures, InlineAssets inline) {
        this(site, preview, parts, pictures, Map.of(), null, inline, Map.of(), List.of(), Map.of());
    }

    /**
     * A planner of the pages of one language's {@code site}: {@code translations} links its articles
     * to their versions in the other languages, {@code texts} gives the words of titles and
     * descriptions in its language (null: the built-in theme's); {@code waiting}, by "kind/id", the
     * entities whose pages their registry files hold back, shown all the same (the preview shows what
     * is to come): marked on their pages, and in no sitemap; {@code withdrawn}, the stories of this
     * language withdrawn at the build's time, whose addresses (and old addresses) show a notice;
     * {@code elsewhere}, each entity's stories in every language ({@link Alternates#elsewhere}).
     */
    public PagePlanner(Site site, boolean preview, SharedParts parts, Pictures pictures,
            Map<String, Map<String, String>> translations, Texts texts, InlineAssets inline,
            Map<String, WaitingPage> waiting, List<Article> withdrawn, Map<String, List<Elsewhere>> elsewhere) {
        this.site = site;
        this.elsewhere = elsewhere;
        this.waiting = Map.copyOf(waiting);
        this.withdrawn = List.copyOf(withdrawn);
        this.translations = translations;
        this.pictures = pictures;
        this.inline = inline;
        this.config = site.config();
        this.language = config.languageOrDefault(config.language());
        this.texts = texts != null ? texts : Texts.builtIn(language.locale());
        this.siteView = siteView(site, preview);
        this.kindOrder = config.kinds().stream().map(EntityKind::key).toList();
        // most articles have no update, correction or live entry: their date is their last change
        this.anyModified = site.articles().stream().anyMatch(a -> (a.updated() != null
                || !a.desk().corrections().isEmpty() || !a.desk().sections().isEmpty() || a.desk().publishDate() != null)
                && !a.modified().isEqual(a.date()));
        this.anyPublishDate = site.articles().stream().anyMatch(a -> a.desk().publishDate() != null);
        SearchTexts searchTexts = new SearchTexts();
        this.parts = parts != null ? parts : new SharedParts(SharedParts.once(a -> feedEntry(config, a, texts)),
                a -> SearchIndex.entry(a, config.kinds(), searchTexts), searchTexts);
        this.feeds = new Feeds(this);
    }

    private static SiteView siteView(Site site, boolean preview) {
        SiteConfig config = site.config();
        int year = site.articles().isEmpty() ? 1970 : site.articles().get(0).date().getYear();
        // the sections lead to kinds with something to show, not to "Nothing here yet."
        List<EntityKind> kinds = config.kinds().stream().filter(k -> !site.entities(k.key()).isEmpty()).toList();
        return new SiteView(config.title(), config.description(), config.baseUrl(), config.language(),
                kinds, config.params(), year, preview,
                config.language(config.language()).map(l -> l.url("/")).orElse("/"), SiteView.ogLocale(config.language()),
                config.defaultLanguage().code());
    }

    /** What every page's view is made from besides its own inputs: the settings and what every page shows of the site. */
    public Object settings() {
        return List.of(config, siteView, java.util.Optional.ofNullable(pictures.fallback()),
                java.util.Optional.ofNullable(pictures.logo()));
    }

    /** Every page of the site, in a stable order: home, articles, topics, entities, feeds, search, sitemap. */
    public List<PageSpec> plan() {
        List<PageSpec> pages = pages();
        pages.addAll(sitemap(pages, Map.of()));
        return pages;
    }

    /** The language of this planner's pages. */
    public Language language() {
        return language;
    }

    /**
     * Every page of the site but the sitemap, in a stable order: home, articles, topics, entities,
     * feeds, search. The search index's word files, which read every article's text, are made
     * first on every core; then the four parts are planned on every core, each into a list of its own.
     */
    List<PageSpec> pages() {
        SearchIndex search = new SearchIndex(this, site);
        SearchFiles files = search.files();
        List<java.util.function.Consumer<List<PageSpec>>> parts = List.of(this::stories, this::entityPages,
                this::feedsAndMore, pages -> pages.addAll(search.pages(files)));
        List<List<PageSpec>> planned = io.orbitpress.work.Batch.map(parts, part -> {
            List<PageSpec> specs = new ArrayList<>();
            part.accept(specs);
            return specs;
        });
        List<PageSpec> pages = new ArrayList<>(planned.stream().mapToInt(List::size).sum() + 1);
        planned.forEach(pages::addAll);
        return pages;
    }

    /** The home pages, the articles' pages (and their redirects), the topics' and the series'. */
    private void stories(List<PageSpec> pages) {
        List<Article> articles = site.articles();
        paginate(pages, language.url("/"), "home.html", "home", "", articles, config.title(), config.description(),
                config.description(), Map.of(), null);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Site.ArticleLinks links = site.links().get(i);
            // the links' articles themselves: a new ArticleLinks each assembly, the same articles
            Picture stand = a.media().card() == null ? entityPicture(a) : null;
            List<Object> inputs = java.util.Arrays.asList(a, links.older(), links.newer(), links.related(),
                    links.series(), stand);
            pages.add(spec(a.url().substring(1), a.template(), "article", a.path(), inputs,
                    a.published() ? entry(a.url(), lastmod(a)) : null, () -> makeArticle(a, links, stand)));
            for (String from : a.redirectFrom()) {
                pages.add(redirect(from, a));
            }
        }
        for (Article a : withdrawn) {
            notice(pages, a);
        }
        List<Site.TagIndex> tags = site.tags();
        String tagsRoute = language.route("tags/");
        // a list with nothing in it ("Nothing here yet.") is no page for a search engine: not in the sitemap
        pages.add(spec(tagsRoute, "tags.html", "tags", "", tags, tags.isEmpty() ? null : entry("/" + tagsRoute, null),
                () -> page(tagsRoute,
                "tags.html", "tags", "", indexed(meta(text("page.topics", "Topics"), text("page.topics.description",
                        "Every topic covered on " + config.title(), config.title()), "/" + tagsRoute,
                        "website", null), !tags.isEmpty()), Map.of("tags", tags))));
        for (Site.TagIndex t : tags) {
            String feedTitle = t.tag().name() + " · " + config.title();
            // what the topic's older pages and its feeds hold, without a count
            String older = text("page.topic.older", "Articles about " + t.tag().name() + " on " + config.title(),
                    t.tag().name(), config.title());
            paginate(pages, t.tag().url(), "tag.html", "tag", "", t.articles(), text("page.topic", "Topic: "
                    + t.tag().name(), t.tag().name()), text("page.topic.description", t.articles().size()
                    + " articles about " + t.tag().name() + " on " + config.title(), t.articles().size(),
                    t.tag().name(), config.title()), older, Map.of("tag", t.tag()), feedTitle);
            feeds(pages, t.tag().url().substring(1), feedTitle, older, t.tag().url(), t.articles());
        }
        seriesPages(pages);
    }

    /** Each kind's list of entities, and each entity's pages. */
    private void entityPages(List<PageSpec> pages) {
        for (EntityKind kind : config.kinds()) {
            List<Site.EntityIndex> list = site.entities(kind.key());
            List<EntityCard> cards = list.stream().map(e -> new EntityCard(e.entity(), e.articleCount(),
                    pictures.of(e.entity(), config.language()),
                    elsewhere(e).stream().mapToInt(Elsewhere::count).sum())).toList();
            String route = language.route(kind.urlPrefix() + "/");
            pages.add(spec(route, "entities.html", kind.key(), "", List.of(kind, cards),
                    cards.isEmpty() ? null : entry("/" + route, null),
                    () -> page(route, "entities.html", kind.key(), "",
                            indexed(meta(plural(kind), text("page.entities.description", kind.plural() + " in the news on "
                                    + config.title(), plural(kind), config.title()), "/" + route,
                                    "website", itemList(kind, cards)), !cards.isEmpty()),
                            Map.of("kind", kind, "entities", cards))));
            for (Site.EntityIndex e : list) {
                new EntityPages(this, e).addTo(pages);
            }
        }
    }

    /** The corrections page, the site's feeds, the 404 page, and in the default language robots.txt. */
    private void feedsAndMore(List<PageSpec> pages) {
        String home = language.url("/");
        pages.add(corrections());
        feeds(pages, language.prefix(), config.title(), config.description(), home, site.articles());
        pages.add(feeds.json(language.route(Feeds.JSON), config.title(), home, site.articles()));
        pages.add(notFound());
        if (language.isDefault()) {
            List<String> sitemaps = config.languages().stream().map(l -> config.baseUrl() + l.route("sitemap.xml"))
                    .toList();
            pages.add(spec("robots.txt", "robots.txt", "robots", "", sitemaps, null, () -> new Page("robots.txt",
                    "robots.txt", "robots", "", Map.of("site", siteView, "sitemap", sitemaps.get(0), "sitemaps",
                            sitemaps), List.of())));
        }
    }

    /**
     * The page a host serves for any address it does not have, so at any depth and under any
     * folder: its links are absolute (under the base URL) and its stylesheet and icon are inline,
     * the stylesheet allowed by its hash in the page's Content-Security-Policy (the layout's
     * {@code inline} variable), and it has no script. Each language has its own ({@code ru/404.html},
     * for hosts that serve the nearest one); the default's is the one every host serves.
     */
    private PageSpec notFound() {
        String route = language.route("404.html");
        return spec(route, "404.html", "404", "", List.of(inline), null, () -> {
            Map<String, Object> values = new HashMap<>();
            values.put("inline", inline);
            return page(route, "404.html", "404", "", new Meta(text("page.notFound", "Page not found") + " · "
                    + config.title(), text("page.notFound.description", "The page you asked for does not exist."),
                    config.baseUrl() + route, "website", fallbackImage(), null, false, null, null), values);
        });
    }

    /** The list of series, each series' page and its feed; nothing when no article is in a series. */
    private void seriesPages(List<PageSpec> pages) {
        List<Site.SeriesIndex> all = site.series();
        if (all.isEmpty()) {
            return;
        }
        String listRoute = language.route("series/");
        pages.add(spec(listRoute, "series-list.html", "series", "", all, entry("/" + listRoute, null), () -> page(
                listRoute, "series-list.html", "series", "", meta(text("page.series", "Series"), text(
                        "page.series.description", "Stories told in parts on " + config.title()
                        + ": every series, newest first.", config.title()), "/" + listRoute, "website", null), Map.of("series",
                                newestSeriesFirst(all)))));
        for (Site.SeriesIndex x : all) {
            String route = x.url().substring(1);
            String feedUrl = x.url() + "feed.xml";
            String feedTitle = x.name() + " · " + config.title();
            // the series page's title, and its feeds' subtitle
            String title = text("page.oneSeries", "Series: " + x.name(), x.name()) + " · " + config.title();
            pages.add(spec(route, "series.html", "series", "", x, entry(x.url(), newest(x.parts())), () -> {
                int n = x.parts().size();
                String titles = String.join("; ", x.parts().stream().map(Article::title).toList());
                String description = text("page.oneSeries.description", "A series in " + n
                        + (n == 1 ? " part" : " parts") + " on " + config.title() + ": " + titles + ".", n,
                        config.title(), titles);
                Meta meta = new Meta(title, description, Urls.absolute(config.baseUrl(), x.url()), "website",
                        fallbackImage(), seriesJsonLd(x), true, feedUrl, feedTitle);
                return new Page(route, "series.html", "series", "", withCommon(Map.of("series", x), meta, route,
                        "series"), List.of());
            }));
            List<Article> newest = new ArrayList<>(x.parts());
            newest.sort(io.orbitpress.model.SiteAssembler.NEWEST_FIRST);
            feeds(pages, route, feedTitle, title, x.url(), newest);
        }
    }

    private static List<Site.SeriesIndex> newestSeriesFirst(List<Site.SeriesIndex> all) {
        List<Site.SeriesIndex> out = new ArrayList<>(all);
        out.sort(java.util.Comparator.comparing((Site.SeriesIndex x) -> x.latest().date()).reversed()
                .thenComparing(Site.SeriesIndex::slug));
        return out;
    }

    private String seriesJsonLd(Site.SeriesIndex x) {
        Map<String, Object> ld = JsonLd.thing("CreativeWorkSeries");
        ld.put("name", x.name());
        ld.put("url", Urls.absolute(config.baseUrl(), x.url()));
        List<Map<String, Object>> parts = new ArrayList<>();
        int n = 1;
        for (Article a : x.parts()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("@type", "NewsArticle");
            part.put("headline", a.title());
            part.put("url", Urls.absolute(config.baseUrl(), a.url()));
            part.put("position", n++);
            parts.add(part);
        }
        ld.put("hasPart", parts);
        return JsonLd.write(ld);
    }

    /** A correction on the corrections page: the article's headline and address, and the correction. */
    public record CorrectionEntry(String title, String url, io.orbitpress.model.Correction correction) {

        /** Whether this is the story's retraction ({@code retracted:}), not one of its corrections. */
        public boolean retraction() {
            return correction.id().equals(io.orbitpress.model.Correction.RETRACTION);
        }
    }

    /** The page listing every correction of every article, newest first. */
    private PageSpec corrections() {
        List<CorrectionEntry> entries = new ArrayList<>();
        for (Article a : site.articles()) {
            for (io.orbitpress.model.Correction c : a.desk().corrections()) {
                entries.add(new CorrectionEntry(a.title(), a.url(), c));
            }
            if (a.desk().retraction() != null) {
                entries.add(new CorrectionEntry(a.title(), a.url(), a.desk().retraction()));
            }
        }
        entries.sort(java.util.Comparator.comparing((CorrectionEntry e) -> e.correction().date().toInstant()).reversed()
                .thenComparing(CorrectionEntry::url).thenComparing(e -> e.correction().id()));
        List<CorrectionEntry> list = List.copyOf(entries);
        String route = language.route("corrections/");
        return spec(route, "corrections.html", "corrections", "", list, list.isEmpty() ? null : entry("/" + route, null),
                () -> page(route, "corrections.html", "corrections", "", indexed(meta(text("page.corrections",
                        "Corrections"), text("page.corrections.description", "Every correction made to a story on "
                                + config.title() + ", newest first.", config.title()), "/" + route,
                        "website", null), !list.isEmpty()), Map.of("corrections", list)));
    }

    SiteView siteView() {
        return siteView;
    }

    /** The text of {@code key} in the planner's language, with {@code args} put in; {@code fallback} when no message file has it. */
    String text(String key, String fallback, Object... args) {
        return texts.get(key, fallback, args);
    }

    /** Whether the page of {@code e} waits for its time or is a draft, shown by the preview: null when it is out. */
    WaitingPage waiting(io.orbitpress.model.Entity e) {
        return waiting.get(e.key());
    }

    /** "Topics (page 2)": the title or description of page {@code n} of a list. */
    String numbered(String text, int n) {
        return text("page.numbered", text + " (page " + n + ")", text, n);
    }

    /** A kind's plural in the planner's language ({@code kind.<key>}), else as site.yaml names it. */
    String plural(EntityKind kind) {
        String t = texts.raw("kind." + kind.key());
        return t != null ? t : kind.plural();
    }

    Site site() {
        return site;
    }

    Map<String, Map<String, String>> translations() {
        return translations;
    }

    SiteConfig config() {
        return config;
    }

    boolean anyModified() {
        return anyModified;
    }

    boolean anyPublishDate() {
        return anyPublishDate;
    }

    SharedParts parts() {
        return parts;
    }

    Pictures pictures() {
        return pictures;
    }

    /** The site's default social card, its alt text in the planner's language; or null. */
    SocialImage fallbackImage() {
        SocialImage card = SocialImage.of(pictures.fallback(), config.baseUrl());
        return card == null ? null : new SocialImage(card.url(), card.width(), card.height(),
                config.images().fallbackAlt(language.code()));
    }

    /**
     * The picture that stands for an article without one of its own: the portrait or patch of
     * the first entity it is about (front matter) that has one, else of the first it mentions; or null.
     */
    private Picture entityPicture(Article a) {
        if (pictures.entities().isEmpty()) {
            return null;
        }
        Picture mentioned = null;
        for (EntityUse u : a.allEntities(kindOrder)) {
            Picture p = pictures.of(u.entity(), config.language());
            if (p != null && u.source().equals("front-matter")) {
                return p;
            }
            if (p != null && mentioned == null) {
                mentioned = p;
            }
        }
        return mentioned;
    }

    /**
     * The stories that name {@code index}'s entity in the site's other languages, when this
     * language has none (else none): where its page and its kind's list send readers.
     */
    List<Elsewhere> elsewhere(Site.EntityIndex index) {
        if (index.articleCount() > 0 || elsewhere.isEmpty()) {
            return List.of();
        }
        Entity e = index.entity();
        return elsewhere.getOrDefault(e.key(), List.of()).stream()
                .filter(x -> !x.code().equals(language.code())).toList();
    }

    List<String> kindOrder() {
        return kindOrder;
    }

    PageSpec spec(String route, String template, String kind, String source, Object inputs, Map<String, String> sitemap,
            java.util.function.Supplier<Page> make) {
        return new PageSpec(route, template, kind, source, inputs, sitemap, make);
    }

    /** A sitemap entry for the root-relative {@code path}, with {@code lastmod} when not null. */
    Map<String, String> entry(String path, String lastmod) {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("loc", Urls.absolute(config.baseUrl(), path));
        if (lastmod != null) {
            u.put("lastmod", lastmod);
        }
        return java.util.Collections.unmodifiableMap(u);
    }

    private static String lastmod(Article a) {
        return a.modifiedIso();
    }

    /**
     * A list page's {@code lastmod}: the latest change of the published stories it shows, as that
     * story's own entry says it; null when it shows none (a story held back gives no date away).
     */
    static String newest(List<Article> shown) {
        // each story's instant worked out once: every list page of a save asks it of all its stories
        Article best = null;
        long bestSecond = 0;
        int bestNano = 0;
        for (Article a : shown) {
            if (a.published()) {
                ZonedDateTime m = a.modified();
                long second = m.toEpochSecond();
                int nano = m.getNano();
                if (best == null || second > bestSecond || second == bestSecond && nano > bestNano) {
                    best = a;
                    bestSecond = second;
                    bestNano = nano;
                }
            }
        }
        return best == null ? null : lastmod(best);
    }

    Page page(String route, String template, String kind, String source, Meta meta, Map<String, Object> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("site", siteView);
        model.put("page", meta);
        model.put("route", route);
        model.put("template", template.replace(".html", ""));
        return new Page(route, template, kind, source, model, List.of());
    }

    /** {@code meta}, or the same for a page search engines are not to index (one not in the sitemap). */
    static Meta indexed(Meta meta, boolean index) {
        return index ? meta : meta.unindexed();
    }

    Meta meta(String title, String description, String path, String ogType, String jsonLd) {
        return meta(title, !path.equals(language.url("/")), description, path, ogType, jsonLd);
    }

    /** As {@link #meta(String, String, String, String, String)}; with {@code named}, " · " and the site's title after the title. */
    private Meta meta(String title, boolean named, String description, String path, String ogType, String jsonLd) {
        return new Meta(named ? title + " · " + config.title() : title, description, Urls.absolute(config.baseUrl(), path),
                ogType, fallbackImage(), jsonLd, true, null, null);
    }

    /**
     * The pages of a list; with {@code feedTitle}, each names the list's feeds, in {@code base}'s
     * folder. {@code olderDescription} is that of the older pages of a list numbered from the
     * oldest, which must not change as the list grows (no count of its articles).
     */
    private void paginate(List<PageSpec> pages, String base, String template, String kind, String source,
            List<Article> articles, String title, String description, String olderDescription,
            Map<String, Object> extra, String feedTitle) {
        for (Pagination.Slice slice : slices(base, articles.size(), config.pageSize())) {
            pages.add(paginated(base, slice, template, kind, source, articles.subList(slice.from(), slice.to()), title,
                    slice.older() ? olderDescription : description, extra, feedTitle));
        }
    }

    /** The pages a list of {@code count} articles is cut into, {@code size} a page, as site.yaml numbers them. */
    List<Pagination.Slice> slices(String base, int count, int size) {
        return Pagination.slices(base, count, size, config.pagesFromOldest());
    }

    /** A page of the listing at {@code base}, showing {@code shown}. */
    private PageSpec paginated(String base, Pagination.Slice slice, String template, String kind, String source,
            List<Article> shown, String title, String description, Map<String, Object> extra, String feedTitle) {
        String url = slice.url();
        // the pager's key says where the page stands: on the older pages of a list numbered from
        // the oldest, nothing that changes as the list grows
        List<Object> inputs = java.util.Arrays.asList(base, url, slice.key(), shown, title, description, extra,
                feedTitle);
        return spec(url.substring(1), template, kind, source, inputs, entry(url, newest(shown)), () -> {
            Pagination pager = slice.pager();
            Map<String, Object> values = new HashMap<>(extra);
            values.put("articles", shown);
            values.put("pagination", pager);
            String t = pager.first() ? title : numbered(title, pager.number());
            // each page of a list its own description, as search engines ask
            // the home list's pages name the site once: "Orbit Desk (page 2)"
            boolean home = base.equals(language.url("/"));
            Meta m = meta(t, !home, pager.first() ? description : numbered(description, pager.number()), url,
                    "website", home && pager.first() && template.equals("home.html") ? websiteJsonLd() : null);
            if (feedTitle != null) {
                m = new Meta(m.title(), m.description(), m.canonical(), m.ogType(), m.image(), m.jsonLd(),
                        m.index(), base + Feeds.ATOM, feedTitle);
            }
            return page(url.substring(1), template, kind, source, m, values);
        });
    }

    /**
     * The home page's JSON-LD: the site as a schema.org {@code WebSite}, its name and address in
     * the page's language, which search engines read for the site's name in their results (else
     * they guess it from the page's title).
     */
    private String websiteJsonLd() {
        Map<String, Object> ld = JsonLd.thing("WebSite");
        ld.put("name", config.title());
        ld.put("url", Urls.absolute(config.baseUrl(), language.url("/")));
        if (!config.description().isEmpty()) {
            ld.put("description", config.description());
        }
        ld.put("inLanguage", language.code());
        if (pictures.logo() != null) {
            ld.put("publisher", publisher());
        }
        return JsonLd.write(ld);
    }

    /**
     * The site as the publisher of its pages: its name, its home page in the planner's language,
     * and its logo ({@code images.logo}) when it has one.
     */
    private Map<String, Object> publisher() {
        Map<String, Object> publisher = JsonLd.object("@type", "Organization", "name", config.title(), "url",
                Urls.absolute(config.baseUrl(), language.url("/")));
        if (pictures.logo() != null) {
            Map<String, Object> logo = SocialImage.imageObject(pictures.logo(), config.baseUrl());
            logo.remove("contentUrl"); // a mark, not a work: its address and size
            publisher.put("logo", logo);
        }
        return publisher;
    }

    private Page makeArticle(Article a, Site.ArticleLinks links, Picture stand) {
        List<io.orbitpress.model.Section> entries = a.entries();
        // an article of timestamped entries is a live blog to search engines
        Map<String, Object> ld = JsonLd.thing(entries.isEmpty() ? "NewsArticle" : "LiveBlogPosting");
        ld.put("headline", a.title());
        if (!a.summary().isEmpty()) { // a story with no text to take one from has none (and is warned about)
            ld.put("description", a.summary());
        }
        ld.put("datePublished", RFC3339.format(a.publishedAt())); // as article:published_time and the feeds
        ld.put("dateModified", a.modifiedIso());
        ld.put("mainEntityOfPage", Urls.absolute(config.baseUrl(), a.url()));
        // the site that publishes it, at its home page in the story's language
        Map<String, Object> publisher = publisher();
        Object author = author(a);
        // a story that names no author, on a site that names none, is signed by the site, as in the feeds
        ld.put("author", author != null ? author : publisher);
        ld.put("publisher", publisher);
        List<Map<String, Object>> photos = new ArrayList<>();
        for (Picture p : a.media().photos()) {
            photos.add(SocialImage.imageObject(p, config.baseUrl()));
        }
        if (photos.isEmpty() && stand != null) {
            photos.add(SocialImage.imageObject(stand, config.baseUrl()));
        }
        if (!photos.isEmpty()) {
            ld.put("image", photos);
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
        if (!a.desk().corrections().isEmpty()) {
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (io.orbitpress.model.Correction c : a.desk().corrections()) {
                Map<String, Object> thing = new LinkedHashMap<>();
                thing.put("@type", "CorrectionComment");
                thing.put("text", c.text());
                thing.put("datePublished", c.dateIso());
                thing.put("url", Urls.absolute(config.baseUrl(), a.url()) + "#" + c.id());
                corrections.add(thing);
            }
            ld.put("correction", corrections);
        }
        if (links.series() != null) {
            Map<String, Object> series = JsonLd.object("@type", "CreativeWorkSeries", "name", links.series().name());
            series.put("url", Urls.absolute(config.baseUrl(), links.series().url()));
            ld.put("isPartOf", series);
            ld.put("position", links.series().part());
        }
        if (!entries.isEmpty()) {
            ld.put("coverageStartTime", entries.get(entries.size() - 1).timeIso());
            List<Map<String, Object>> updates = new ArrayList<>();
            for (io.orbitpress.model.Section e : entries) {
                Map<String, Object> update = new LinkedHashMap<>();
                update.put("@type", "BlogPosting");
                update.put("headline", e.title().isEmpty() ? a.title() : e.title());
                update.put("datePublished", e.timeIso());
                update.put("url", Urls.absolute(config.baseUrl(), a.url()) + "#" + e.id());
                updates.add(update);
            }
            ld.put("liveBlogUpdate", updates);
        }
        ld.put("wordCount", a.wordCount());
        if (config.multilingual()) {
            translations(ld, a);
        }
        Picture card = a.media().card() != null ? a.media().card() : stand;
        SocialImage image = SocialImage.ofOr(card, config.baseUrl(), fallbackImage());
        Meta meta = new Meta(a.title() + " · " + config.title(), a.summary(), Urls.absolute(config.baseUrl(), a.url()),
                "article", image, JsonLd.write(ld), a.published(), null, null);
        Map<String, Object> values = new HashMap<>();
        values.put("article", a);
        values.put("links", links);
        List<EntityGroup> groups = groups(a);
        values.put("entityGroups", groups);
        values.put("chipLine", ChipLine.of(groups));
        return new Page(a.url().substring(1), a.template(), "article", a.path(),
                withCommon(values, meta, a.url().substring(1), "article"), List.of(a.path()));
    }

    /**
     * An article's language, and its versions in the site's other languages: the default
     * language's version is the work the others translate.
     */
    private void translations(Map<String, Object> ld, Article a) {
        ld.put("inLanguage", a.lang());
        Map<String, String> group = translations.getOrDefault(a.translationKey(), Map.of());
        String original = config.defaultLanguage().code();
        if (a.lang().equals(original)) {
            List<Map<String, Object>> versions = new ArrayList<>();
            for (Language l : config.languages()) {
                String route = group.get(l.code());
                if (route != null && !l.code().equals(a.lang())) {
                    versions.add(JsonLd.object("@type", "NewsArticle", "url", Urls.absolute(config.baseUrl(), "/" + route),
                            "inLanguage", l.code()));
                }
            }
            if (!versions.isEmpty()) {
                ld.put("workTranslation", versions);
            }
        } else if (group.containsKey(original)) {
            ld.put("translationOfWork", JsonLd.object("@type", "NewsArticle", "url",
                    Urls.absolute(config.baseUrl(), "/" + group.get(original)), "inLanguage", original));
        }
    }

    /**
     * The JSON-LD {@code author}: each name of the byline in its order, a registered author as a
     * Person or an Organization, as the registry says, with the URL of their page, a guest as a
     * Person by name; a plain-text byline as the article says (a Person, or for site.yaml's author,
     * the Organization); null when there is none (the site then signs it).
     */
    private Object author(Article a) {
        List<Map<String, Object>> authors = new ArrayList<>();
        for (io.orbitpress.model.BylineName n : a.desk().bylineNames()) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", n.registered() && n.author().schemaType().equals("Organization") ? "Organization"
                    : "Person");
            thing.put("name", n.name());
            if (n.registered()) {
                thing.put("url", Urls.absolute(config.baseUrl(), n.author().url()));
            }
            authors.add(thing);
        }
        if (authors.size() == 1) {
            return authors.get(0);
        }
        if (!authors.isEmpty()) {
            return authors;
        }
        if (a.author().isEmpty()) {
            return null;
        }
        String type = a.desk().authorType().isEmpty() ? "Person" : a.desk().authorType();
        List<String> names = a.authorNames();
        if (!type.equals("Person") || names.size() < 2) {
            return JsonLd.object("@type", type, "name", a.author());
        }
        // "Mira Castell and Dan Okafor" are two people
        List<Object> people = new ArrayList<>();
        names.forEach(n -> people.add(JsonLd.object("@type", "Person", "name", n)));
        return people;
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

    /**
     * The notice at the address of the withdrawn story {@code a}, and at each of its old addresses
     * (with the address as canonical): the generic headline of the site's language, the date and the
     * note, and nothing of the story (no text, picture, byline or structured data); out of the
     * sitemap, and not to be indexed. An old address shows the notice itself rather than a redirect
     * to it: a site's own redirect template reads the story or entity it leads to, which a withdrawn
     * story no longer gives.
     */
    private void notice(List<PageSpec> pages, Article a) {
        io.orbitpress.model.Withdrawal w = a.desk().withdrawal();
        String title = text("withdrawn.title", "Story withdrawn");
        String canonical = Urls.absolute(config.baseUrl(), a.url());
        List<String> routes = new ArrayList<>();
        routes.add(a.url().substring(1));
        a.redirectFrom().forEach(from -> routes.add(Urls.redirectRoute(from)));
        for (String route : routes) {
            pages.add(spec(route, "withdrawn.html", "withdrawn", a.path(), List.of(a.url(), w), null, () -> page(route,
                    "withdrawn.html", "withdrawn", a.path(), new Meta(title + " · " + config.title(), "", canonical,
                            "website", null, null, false, null, null), Map.of("withdrawal", w))));
        }
    }

    private PageSpec redirect(String from, Article to) {
        return redirect(Urls.redirectRoute(from), from, to, "article", to.path(), to.url(), to.title(), to.summary());
    }

    /**
     * The redirect from an old address of an entity's page ({@code redirect_from:} in its registry
     * file) to the page, in this language's folder as the page is.
     */
    PageSpec redirect(String from, Entity to) {
        return redirect(Urls.redirectRoute(language.url(from)), from, to, "entity", to.path(), to.url(), to.name(),
                to.summary());
    }

    /** The redirect page at {@code route} to {@code to} (an article or an entity, the template's {@code as}). */
    private PageSpec redirect(String route, String from, Object to, String as, String path, String url, String title,
            String summary) {
        return spec(route, "redirect.html", "redirect", path, List.of(from, to), null, () -> {
            Meta meta = new Meta(title, summary, Urls.absolute(config.baseUrl(), url), "website", fallbackImage(), null,
                    false, null, null);
            return new Page(route, "redirect.html", "redirect", path,
                    withCommon(Map.of("target", url, as, to, "refresh", Urls.relative(route, url)), meta, route,
                            "redirect"), List.of(path));
        });
    }

    /**
     * The Atom and RSS feeds of {@code articles} (newest first) in the folder {@code dir} ("" for
     * the site's), whose subtitle is {@code description}.
     */
    void feeds(List<PageSpec> pages, String dir, String title, String description, String link, List<Article> articles) {
        feeds.addTo(pages, dir, title, description, link, articles);
    }

    /**
     * An article's feed entry: every URL absolute, the content with absolute links, led by the
     * article's lead picture with its caption and credit.
     */
    public static FeedEntry feedEntry(SiteConfig config, Article a) {
        return feedEntry(config, a, null);
    }

    /**
     * An article's feed entry, its corrections after its text, in {@code texts}' words and dates (the
     * built-in theme's English ones when null): a reader who took the story from a feed learns what
     * was corrected, as one who reads its page does.
     */
    public static FeedEntry feedEntry(SiteConfig config, Article a, Texts texts) {
        Texts words = texts != null ? texts : Texts.builtIn(java.util.Locale.ENGLISH);
        String url = Urls.absolute(config.baseUrl(), a.url());
        String html = FigureHtml.withoutPlayButtons(a.entries().isEmpty() ? a.html() : live(a, words));
        Picture lead = a.media().lead();
        if (lead != null) {
            StringBuilder sb = new StringBuilder();
            FigureHtml.figure(sb, lead, config.images().sizes(), false);
            html = sb.append('\n').append(html).toString();
        }
        if (!a.desk().corrections().isEmpty()) {
            html = html + "\n" + corrections(a, words);
        }
        if (a.desk().retraction() != null) { // before all else: the feed's reader is told first, as the page's is
            html = retraction(a.desk().retraction(), words) + "\n" + html;
        }
        // a story that names no author is signed by the site, by its name in the story's language
        String byline = a.author().isEmpty() ? config.language(a.lang()).map(Language::title).filter(t -> !t.isBlank())
                .orElse(config.title()) : a.author();
        // each name of the byline on its own: a registered author with their page, a guest by name
        List<FeedEntry.Author> authors = a.desk().bylineNames().isEmpty() ? List.of(new FeedEntry.Author(byline, ""))
                : a.desk().bylineNames().stream().map(n -> new FeedEntry.Author(n.name(), n.registered()
                        ? Urls.absolute(config.baseUrl(), n.author().url()) : "")).toList();
        return new FeedEntry(a.title(), url, RFC3339.format(a.publishedAt()), a.modifiedIso(), a.summary(), byline, authors,
                Urls.absolutize(" " + html, config.baseUrl(), url).substring(1), Feeds.rfc822(a.publishedAt()),
                a.tags().stream().map(t -> t.name()).toList(), lead == null ? ""
                        : SocialImage.of(lead, config.baseUrl()).url()); // an address elsewhere as written, as og:image
    }

    /**
     * A live blog's text as its page shows it: what stays at the top, then its entries newest
     * first, each under its day and time (a feed reader shows no page around a bare "21:40").
     */
    private static String live(Article a, Texts texts) {
        StringBuilder sb = new StringBuilder();
        for (io.orbitpress.model.Section s : a.pinned()) {
            if (!s.title().isEmpty()) {
                sb.append("<h2>").append(io.orbitpress.media.Html.escape(s.title())).append("</h2>\n");
            }
            sb.append(s.html());
        }
        java.time.ZoneId zone = a.date().getZone(); // the site's, in which entries are shown
        DateTimeFormatter entry = DateTimeFormatter.ofPattern(Texts.datePattern(texts.get("date.entry",
                "MMM d, h:mm a z"), zone, texts.locale()), texts.locale());
        for (io.orbitpress.model.Section e : a.entries()) {
            sb.append("<h2><time datetime=\"").append(io.orbitpress.media.Html.escape(e.timeIso())).append("\">")
                    .append(io.orbitpress.media.Html.escape(entry.format(e.time()))).append("</time>");
            if (!e.title().isEmpty()) {
                sb.append(' ').append(io.orbitpress.media.Html.escape(e.title()));
            }
            sb.append("</h2>\n").append(e.html());
        }
        return sb.toString();
    }

    /** The corrections box of a feed entry, as the article's page shows it. */
    private static String corrections(Article a, Texts texts) {
        StringBuilder sb = new StringBuilder("<aside class=\"corrections\"><h2>")
                .append(io.orbitpress.media.Html.escape(texts.get("article.corrections", "Corrections")))
                .append("</h2><ul>");
        for (io.orbitpress.model.Correction c : a.desk().corrections()) {
            sb.append("<li>").append(time(c, texts)).append(": ").append(io.orbitpress.media.Html.escape(c.text()))
                    .append("</li>");
        }
        return sb.append("</ul></aside>").toString();
    }

    /** The retraction's notice of a feed entry, as the article's page shows it. */
    private static String retraction(io.orbitpress.model.Correction r, Texts texts) {
        StringBuilder sb = new StringBuilder("<aside class=\"corrections retraction\"><p><strong>")
                .append(io.orbitpress.media.Html.escape(texts.get("article.retracted", "Retracted")))
                .append("</strong></p><p>")
                .append(io.orbitpress.media.Html.escape(texts.get("article.retractedOn",
                        "This article was retracted on")))
                .append(' ').append(time(r, texts))
                .append(io.orbitpress.media.Html.escape(texts.get("article.retractedEnd",
                        ". Its text stays below as it was published."))).append("</p>");
        if (!r.text().isEmpty()) {
            sb.append("<p>").append(io.orbitpress.media.Html.escape(r.text())).append("</p>");
        }
        return sb.append("</aside>").toString();
    }

    /** A correction's date in {@code texts}' words: its day, or its day and time when it names one. */
    private static String time(io.orbitpress.model.Correction c, Texts texts) {
        java.util.Locale locale = texts.locale();
        String pattern = texts.get(c.timed() ? "date.full" : "date.long", c.timed() ? "MMMM d, yyyy, h:mm a z"
                : "MMMM d, yyyy");
        return "<time datetime=\"" + io.orbitpress.media.Html.escape(c.dateIso()) + "\">"
                + io.orbitpress.media.Html.escape(DateTimeFormatter.ofPattern(Texts.datePattern(pattern,
                        c.date().getZone(), locale), locale).format(c.date())) + "</time>";
    }

    /** An article as the search index knows it. */
    public static SearchDoc searchEntry(Article a, List<EntityKind> kinds, SearchTexts texts) {
        return SearchIndex.entry(a, kinds, texts);
    }

    /**
     * The sitemap of {@code pages}; with {@code alternates}, each URL lists its versions in the
     * site's languages ({@code xhtml:link rel="alternate" hreflang}), by its absolute URL. One
     * file while the URLs fit in one ({@link #SITEMAP_URLS}, {@link #SITEMAP_BYTES}); past that,
     * {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... hold them in page order, and
     * {@code sitemap.xml} is a sitemap index of those files ({@code sitemap-index.xml}).
     */
    List<PageSpec> sitemap(List<PageSpec> pages, Map<String, List<Alternates.Link>> alternates) {
        return sitemap(pages, alternates, config.baseUrl(), language, config.multilingual(), SITEMAP_URLS,
                SITEMAP_BYTES);
    }

    /** The most URLs one sitemap file lists: the sitemap protocol's limit. */
    static final int SITEMAP_URLS = 50_000;

    /**
     * The most bytes the URLs of one sitemap file may take, as {@link #sitemapBytes} counts them
     * (more than they take): the protocol allows 50 MiB a file, and a site's own template may
     * write more for each URL.
     */
    static final long SITEMAP_BYTES = 40L << 20;

    /**
     * As {@link #sitemap(List, Map)}, for a site at {@code baseUrl} in {@code language} (one of several
     * when {@code languages}), with at most {@code maxUrls} URLs and {@code maxBytes} bytes to a file.
     */
    static List<PageSpec> sitemap(List<PageSpec> pages, Map<String, List<Alternates.Link>> alternates, String baseUrl,
            Language language, boolean languages, int maxUrls, long maxBytes) {
        // the key's inputs now; the page's entries only when it is rendered (most builds find it unchanged)
        List<Map<String, String>> entries = new ArrayList<>();
        List<List<Alternates.Link>> entryLinks = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>(List.of(new ArrayList<>())); // each file's inputs
        List<Integer> starts = new ArrayList<>(List.of(0));
        long bytes = 0;
        for (PageSpec p : pages) {
            Map<String, String> e = p.sitemapEntry();
            if (e == null) {
                continue;
            }
            List<Alternates.Link> links = alternates.get(e.get("loc"));
            if (links != null && links.isEmpty()) {
                links = null;
            }
            long size = sitemapBytes(e, links);
            int inFile = entries.size() - starts.get(starts.size() - 1);
            if (inFile > 0 && (inFile >= maxUrls || bytes + size > maxBytes)) {
                starts.add(entries.size());
                keys.add(new ArrayList<>());
                bytes = 0;
            }
            bytes += size;
            List<Object> key = keys.get(keys.size() - 1);
            key.add(e.get("loc"));
            key.add(e.getOrDefault("lastmod", ""));
            if (links != null) {
                key.add(links);
            }
            entries.add(e);
            entryLinks.add(links);
        }
        String route = language.route("sitemap.xml");
        if (starts.size() == 1) {
            return List.of(new PageSpec(route, "sitemap.xml", "sitemap", "", keys.get(0), null,
                    () -> urlSet(route, entries, entryLinks, 0, entries.size(), languages)));
        }
        List<PageSpec> out = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String part = language.route("sitemap-" + (i + 1) + ".xml");
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : entries.size();
            out.add(new PageSpec(part, "sitemap.xml", "sitemap", "", keys.get(i), null,
                    () -> urlSet(part, entries, entryLinks, from, to, languages)));
            files.add(Urls.absolute(baseUrl, part));
        }
        // each file's lastmod: the newest of its URLs' (none when none of them has one)
        List<String> lastmods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) : entries.size();
            String newest = null;
            for (Map<String, String> e : entries.subList(starts.get(i), to)) {
                newest = later(newest, e.get("lastmod"));
            }
            lastmods.add(newest == null ? "" : newest);
        }
        out.add(new PageSpec(route, "sitemap-index.xml", "sitemap", "", List.of(files, lastmods), null, () -> {
            List<Map<String, String>> sitemaps = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                sitemaps.add(lastmods.get(i).isEmpty() ? Map.of("loc", files.get(i))
                        : Map.of("loc", files.get(i), "lastmod", lastmods.get(i)));
            }
            return new Page(route, "sitemap-index.xml", "sitemap", "", Map.of("sitemaps", sitemaps), List.of());
        }));
        return out;
    }

    /** The later of two {@code lastmod} dates (RFC 3339; either may be null), the first on a tie. */
    private static String later(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        try {
            return java.time.OffsetDateTime.parse(b).toInstant().isAfter(java.time.OffsetDateTime.parse(a).toInstant())
                    ? b : a;
        } catch (java.time.format.DateTimeParseException e) {
            return b.compareTo(a) > 0 ? b : a; // a date a site's own code wrote otherwise: as text
        }
    }

    /** A sitemap file of the entries {@code from} to {@code to}. */
    private static Page urlSet(String route, List<Map<String, String>> entries, List<List<Alternates.Link>> entryLinks,
            int from, int to, boolean languages) {
        List<Map<String, Object>> urls = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Map<String, Object> u = new LinkedHashMap<>(entries.get(i));
            if (entryLinks.get(i) != null) {
                u.put("alternates", entryLinks.get(i));
            }
            urls.add(java.util.Collections.unmodifiableMap(u));
        }
        return new Page(route, "sitemap.xml", "sitemap", "", languages ? Map.of("urls", urls, "multilingual", true)
                : Map.of("urls", urls), List.of());
    }

    /**
     * At most the bytes a URL takes in the built-in sitemap template: its tags, and its texts at
     * three bytes a character (the most UTF-8 takes for one; counted from their lengths alone, as
     * every build counts them for every page).
     */
    static long sitemapBytes(Map<String, String> entry, List<Alternates.Link> links) {
        long n = 40 + 3L * entry.get("loc").length();
        String lastmod = entry.get("lastmod");
        if (lastmod != null) {
            n += 25 + 3L * lastmod.length();
        }
        if (links != null) {
            for (Alternates.Link l : links) {
                n += 60 + 3L * (l.hreflang().length() + l.href().length());
            }
        }
        return n;
    }

    private String itemList(EntityKind kind, List<EntityCard> list) {
        Map<String, Object> ld = JsonLd.thing("ItemList");
        ld.put("name", kind.plural());
        List<Map<String, Object>> items = new ArrayList<>();
        int i = 1;
        for (EntityCard e : list) {
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
}
