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
    List<Page> pages() {
        String json = json();
        String title = planner.config().title();
        Meta meta = planner.meta("Search", "Search the articles, people, missions and organizations of " + title + ".",
                "/search/", "website", null);
        Page search = planner.page("search/", "search.html", "search", "", meta, Map.of());
        Page data = new Page("search-index.json", "search-index.json", "search", "", Map.of("json", json), List.of());
        Page script = new Page("search-index.js", "search-index.js", "search", "", Map.of("json", json), List.of());
        return List.of(search, data, script);
    }

    /**
     * The index as JSON made safe for a script element: what Jackson writes for
     * {@code {"site": ..., "kinds": ..., "articles": [...], "entities": [...]}}, with each article's
     * entry written once per article version (see {@link PlanMemo}); entries are joined as Jackson
     * joins them, without spaces, and {@link #safe} replaces single characters, so it may be
     * applied to the parts.
     */
    String json() {
        List<EntityKind> kinds = planner.config().kinds();
        List<String> order = kinds.stream().map(EntityKind::key).toList();
        Map<String, Object> kindNames = new LinkedHashMap<>();
        kinds.forEach(k -> kindNames.put(k.key(), k.plural()));
        String head = "{\"site\":" + safe(JSON.writeValueAsString(planner.config().title())) + ",\"kinds\":"
                + safe(JSON.writeValueAsString(kindNames)) + ",\"articles\":[";
        List<String> parts = new ArrayList<>(site.articles().size() + 1);
        List<Article> articles = site.articles();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String same = planner.memo().searchEntry(i, a);
            parts.add(same != null ? same : planner.memo().searchEntry(i, a, () -> safe(JSON.writeValueAsString(article(a, order)))));
        }
        // the last part: everything that is not an article entry
        List<Site.EntityIndex> every = new ArrayList<>();
        kinds.forEach(k -> every.addAll(site.entities(k.key())));
        parts.add(planner.memo().fromEntities("search", every,
                () -> head + "\u0000" + safe(JSON.writeValueAsString(entities(kinds)))));
        return planner.memo().searchJson(parts, () -> {
            String last = parts.get(parts.size() - 1);
            int cut = last.indexOf('\u0000');
            StringBuilder out = new StringBuilder(parts.size() * 600 + 4096).append(last, 0, cut);
            for (int i = 0; i < parts.size() - 1; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(parts.get(i));
            }
            return out.append("],\"entities\":").append(last, cut + 1, last.length()).append('}').toString();
        });
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
