package io.orbitpress.render;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages of one entity: its page (paginated by appearances) and its feeds. */
final class EntityPages {

    private final PagePlanner planner;
    private final Site.EntityIndex index;
    private final SiteConfig config;

    EntityPages(PagePlanner planner, Site.EntityIndex index) {
        this.planner = planner;
        this.index = index;
        this.config = planner.config();
    }

    void addTo(List<PageSpec> pages) {
        Entity e = index.entity();
        String base = e.url();
        int size = config.entityPageSize();
        List<Site.Appearance> all = index.appearances();
        String feedUrl = all.isEmpty() ? null : base + "feed.xml";
        // people the fact box names already (a mission's crew, an agency's people) are not listed
        // again among companions
        java.util.Set<String> listed = linkedInFacts(e);
        index.related().values().forEach(list -> list.forEach(x -> listed.add(x.url())));
        IndexSummary summary = new IndexSummary(e, index.articleCount(), index.companions().stream()
                .filter(c -> !listed.contains(c.entity().url())).toList(), index.related());
        // the older pages of a list numbered from the oldest show nothing that changes as the
        // entity appears in more articles: no count, no companions
        IndexSummary older = new IndexSummary(e, 0, List.of(), index.related());
        List<Elsewhere> elsewhere = planner.elsewhere(index);
        for (Pagination.Slice slice : planner.slices(base, all.size(), size)) {
            List<Site.Appearance> shown = all.subList(slice.from(), slice.to());
            String url = slice.url();
            IndexSummary s = slice.older() ? older : summary;
            // an appearance is an article and its use of this entity (the summary names it): the
            // articles alone say what the page shows, and each is known at a glance
            WaitingPage waits = planner.waiting(e);
            Article[] articles = new Article[shown.size()];
            for (int i = 0; i < articles.length; i++) {
                articles[i] = shown.get(i).article();
            }
            List<Object> inputs = java.util.Arrays.asList(s, url, slice.key(),
                    java.util.Arrays.asList(articles), planner.pictures().of(e, config.language()),
                    planner.pictures().text(e), waits, elsewhere);
            pages.add(planner.spec(url.substring(1), "entity.html", e.kind().key(), e.path(), inputs,
                    waits == null ? planner.entry(url, PagePlanner.newest(java.util.Arrays.asList(articles))) : null,
                    () -> page(e, url, slice.pager(), shown, s, feedUrl, elsewhere)));
        }
        for (String from : e.redirectFrom()) {
            pages.add(planner.redirect(from, e)); // its old addresses lead here, as a story's do
        }
        if (feedUrl != null) {
            // the appearances' articles, read through rather than copied: a feed shows the first few
            List<Article> articles = new java.util.AbstractList<>() {
                @Override
                public Article get(int i) {
                    return all.get(i).article();
                }

                @Override
                public int size() {
                    return all.size();
                }
            };
            planner.feeds(pages, base.substring(1), e.name() + " · " + config.title(), older(e), base, articles);
        }
    }

    private Page page(Entity e, String url, Pagination pager, List<Site.Appearance> shown, IndexSummary summary,
            String feedUrl, List<Elsewhere> elsewhere) {
        Map<String, Object> values = new HashMap<>();
        values.put("elsewhere", elsewhere);
        values.put("entity", planner.pictures().shown(e));
        values.put("index", summary);
        values.put("appearances", shown);
        values.put("pagination", pager);
        values.put("related", relatedGroups());
        if (planner.waiting(e) != null) {
            values.put("waiting", planner.waiting(e));
        }
        io.orbitpress.media.Picture portrait = planner.pictures().of(e, config.language());
        if (portrait != null) {
            values.put("portrait", portrait);
        }
        String title = pager.first() ? e.name() : planner.numbered(e.name(), pager.number());
        SocialImage image = SocialImage.ofOr(portrait, config.baseUrl(), planner.fallbackImage());
        // each page of the list its own description, as the home page's and a topic's pages have
        String description = description(e, pager.total() != 0);
        Meta meta = new Meta(title + " · " + config.title(), pager.first() ? description
                : planner.numbered(description, pager.number()),
                Urls.absolute(config.baseUrl(), url),
                e.kind().person() || e.kind().bylines() && e.schemaType().equals("Person") ? "profile" : "website",
                image, pager.first() ? jsonLd(e) : null, true, feedUrl, feedUrl == null ? null : e.name() + " · " + config.title());
        String route = url.substring(1);
        return new Page(route, "entity.html", e.kind().key(), e.path(),
                planner.withCommon(values, meta, route, "entity"), e.path().isEmpty() ? List.of() : List.of(e.path()));
    }

    /**
     * What every page of an entity shows about all its appearances; the page's own appearances are
     * {@code appearances}. Without the full list, the pages an article is not on stay the same when
     * it changes.
     */
    public record IndexSummary(Entity entity, int articleCount, List<Site.Companion> companions,
            Map<String, List<Entity>> related) {
        public IndexSummary {
            companions = List.copyOf(companions);
            related = Map.copyOf(related);
        }
    }

    /** Entities linked through registry facts, grouped by kind in kind order. */
    private List<PagePlanner.EntityGroup> relatedGroups() {
        // what the fact box already links (a mission's crew, a person's organization) is not listed again
        java.util.Set<String> inFacts = linkedInFacts(index.entity());
        List<PagePlanner.EntityGroup> out = new ArrayList<>();
        for (var kind : config.kinds()) {
            List<Entity> list = index.related().getOrDefault(kind.key(), List.of()).stream()
                    .filter(x -> !inFacts.contains(x.url())).toList();
            if (!list.isEmpty()) {
                out.add(new PagePlanner.EntityGroup(kind, list.stream()
                        .map(x -> new io.orbitpress.model.EntityUse(x, "registry", List.of())).toList()));
            }
        }
        return out;
    }

    /** The pages the fact box of {@code e} links to. */
    private static java.util.Set<String> linkedInFacts(Entity e) {
        java.util.Set<String> urls = new java.util.HashSet<>();
        e.facts().forEach(f -> f.values().forEach(v -> {
            if (v.url() != null) {
                urls.add(v.url());
            }
        }));
        return urls;
    }

    /** The page's meta description; without {@code counted}, no count of articles (see {@link #addTo}). */
    private String description(Entity e, boolean counted) {
        if (!e.summary().isEmpty()) {
            return Shortened.of(e.summary(), 300);
        }
        String role = role(e);
        return counted ? planner.text("page.entity.description", e.name() + ", " + role + ": " + index.articleCount()
                + " articles on " + config.title() + ".", e.name(), role, index.articleCount(), config.title())
                : older(e);
    }

    /** What the entity's pages and feeds hold, without a count: "Ada Orbit, commander: articles on Test Desk." */
    private String older(Entity e) {
        String role = role(e);
        return planner.text("page.entity.older", e.name() + ", " + role + ": articles on " + config.title() + ".",
                e.name(), role, config.title());
    }

    /** What {@code e} is, as its descriptions say: its role, else its kind ("Person"). */
    private static String role(Entity e) {
        return e.role().isEmpty() ? e.kind().singular() : e.role();
    }

    /**
     * A fact as its file writes it, in the page's language: one written per language
     * ({@code launch_site: {en: ..., ru: ...}}) gives that language's value, else its first one.
     */
    private String inLanguage(Object value) {
        if (value instanceof Map<?, ?> byLanguage) {
            for (Map.Entry<?, ?> e : byLanguage.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(config.language())) {
                    return String.valueOf(e.getValue());
                }
            }
            return byLanguage.isEmpty() ? "" : String.valueOf(byLanguage.values().iterator().next());
        }
        return String.valueOf(value);
    }

    private String jsonLd(Entity e) {
        // an Event is told with its start and its place (search engines refuse one without them): a
        // mission whose file gives neither launch: nor launch_site: is a Thing until it does
        String type = "Event".equals(e.schemaType()) && (e.raw().get("launch") == null
                || e.raw().get("launch_site") == null) ? "Thing" : e.schemaType();
        Map<String, Object> ld = JsonLd.thing(type);
        ld.put("name", e.name());
        ld.put("url", Urls.absolute(config.baseUrl(), e.url()));
        List<String> aliases = e.shownAliases();
        if (!aliases.isEmpty()) {
            ld.put("alternateName", aliases);
        }
        if (!e.summary().isEmpty()) {
            ld.put("description", e.summary());
        }
        if (!e.role().isEmpty() && (e.kind().person() || e.schemaType().equals("Person"))) {
            ld.put("jobTitle", e.role());
        }
        io.orbitpress.media.Picture portrait = planner.pictures().of(e, config.language());
        if (portrait != null) {
            ld.put("image", SocialImage.imageObject(portrait, config.baseUrl()));
        }
        Object launch = e.raw().get("launch");
        if (launch != null && "Event".equals(type)) {
            ld.put("startDate", inLanguage(launch));
            Object end = e.raw().get("end");
            if (end != null) {
                ld.put("endDate", inLanguage(end));
            }
            Object place = e.raw().get("launch_site");
            if (place != null) {
                ld.put("location", JsonLd.object("@type", "Place", "name", inLanguage(place)));
            }
        }
        if (!e.links().isEmpty()) {
            ld.put("sameAs", e.links().stream().map(l -> l.url()).toList());
        }
        List<Map<String, Object>> crew = new ArrayList<>();
        for (Entity p : index.related().getOrDefault("people", List.of())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("@type", "Person");
            m.put("name", p.name());
            m.put("url", Urls.absolute(config.baseUrl(), p.url()));
            crew.add(m);
        }
        if (!crew.isEmpty() && "Event".equals(type)) {
            ld.put("performer", crew);
        }
        return JsonLd.write(ld);
    }
}
