package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.model.Article;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client-side search: the {@code /search/} page and its index, written twice. {@code
 * search-index.json} is for programs; {@code search-index.js} sets {@code window.ORBITPRESS_SEARCH}
 * so the search page also works when the site is opened from disk, where {@code fetch()} of a
 * local file is refused. URLs in the index are root-relative without the leading slash
 * ("articles/crew-11-lifts-off/"); the search script makes them relative to the page it runs on.
 */
final class SearchIndex {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PagePlanner planner;
    private final Site site;

    SearchIndex(PagePlanner planner, Site site) {
        this.planner = planner;
        this.site = site;
    }

    /** The search page and the index in its two forms. */
    List<PageSpec> pages() {
        String title = planner.config().title();
        List<Object> entities = new ArrayList<>();
        planner.config().kinds().forEach(k -> site.entities(k.key()).forEach(e -> {
            entities.add(e.entity());
            entities.add(e.articleCount());
        }));
        List<Object> inputs = List.of(site.articles(), entities);
        io.orbitpress.config.Language language = planner.language();
        String route = language.route("search/");
        PageSpec search = planner.spec(route, "search.html", "search", "", List.of(),
                planner.entry("/" + route, null), () -> planner.page(route, "search.html", "search", "",
                        planner.meta(planner.text("page.search", "Search"), planner.text("page.search.description",
                                "Search the articles, people, missions and organizations of " + title + ".", title),
                                "/" + route, "website", null), Map.of()));
        // the index is made once for both forms, when one of them is made
        java.util.function.Supplier<String> json = new java.util.function.Supplier<>() {
            private String made;

            @Override
            public synchronized String get() {
                if (made == null) {
                    made = json();
                }
                return made;
            }
        };
        String dataRoute = language.route("search-index.json");
        String scriptRoute = language.route("search-index.js");
        PageSpec data = planner.spec(dataRoute, "search-index.json", "search", "", inputs, null,
                () -> new Page(dataRoute, "search-index.json", "search", "", Map.of("json", json.get()),
                        List.of()));
        PageSpec script = planner.spec(scriptRoute, "search-index.js", "search", "", inputs, null,
                () -> new Page(scriptRoute, "search-index.js", "search", "", Map.of("json", json.get()), List.of()));
        return List.of(search, data, script);
    }

    /**
     * The index as JSON made safe for a script element: what Jackson writes for
     * {@code {"site": ..., "kinds": ..., "articles": [...], "entities": [...]}}, with each
     * article's entry as {@link #entry} makes it (the planner's shared parts may keep them);
     * entries are joined as Jackson joins them, without spaces, and {@link #safe} replaces single
     * characters, so it may be applied to the parts.
     */
    String json() {
        List<EntityKind> kinds = planner.config().kinds();
        Map<String, Object> kindNames = new LinkedHashMap<>();
        kinds.forEach(k -> kindNames.put(k.key(), k.plural()));
        List<Article> articles = site.articles();
        StringBuilder out = new StringBuilder(articles.size() * 600 + 4096);
        out.append("{\"site\":").append(safe(JSON.writeValueAsString(planner.config().title()))).append(",\"kinds\":")
                .append(safe(JSON.writeValueAsString(kindNames))).append(",\"articles\":[");
        for (int i = 0; i < articles.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(planner.parts().searchEntry().apply(articles.get(i)));
        }
        return out.append("],\"entities\":").append(safe(JSON.writeValueAsString(entities(kinds)))).append('}')
                .toString();
    }

    /** One article's entry in the index, as JSON safe for a script element. */
    static String entry(Article a, List<String> kindOrder) {
        return safe(JSON.writeValueAsString(article(a, kindOrder)));
    }

    /** One article's entry: what a result shows and every word it can be found by. */
    private static Map<String, Object> article(Article a, List<String> order) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("url", a.url().substring(1));
        m.put("summary", a.summary());
        m.put("date", a.date().toLocalDate().toString());
        m.put("author", a.author());
        m.put("tags", a.tags().stream().map(t -> t.name()).toList());
        for (String key : order) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> aliases = new LinkedHashSet<>();
            for (EntityUse u : a.entities().getOrDefault(key, List.of())) {
                names.add(u.entity().name());
                aliases.addAll(u.entity().aliases());
            }
            m.put(key, List.copyOf(names));
            if (!aliases.isEmpty()) {
                m.put(key + "Aliases", List.copyOf(aliases));
            }
        }
        return m;
    }

    private List<Map<String, Object>> entities(List<EntityKind> kinds) {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (EntityKind k : kinds) {
            for (Site.EntityIndex e : site.entities(k.key())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", e.entity().name());
                m.put("kind", k.key());
                m.put("url", e.entity().url().substring(1));
                m.put("role", e.entity().role());
                m.put("aliases", e.entity().aliases());
                m.put("articles", e.articleCount());
                entities.add(m);
            }
        }
        return entities;
    }

    /**
     * JSON that stays JSON inside a {@code <script>} element and a JavaScript source: no {@code
     * </script>}, no comment openers, no raw line or paragraph separators.
     */
    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
