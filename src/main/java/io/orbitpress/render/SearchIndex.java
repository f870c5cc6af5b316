package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import io.orbitpress.model.Article;
import io.orbitpress.model.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client-side search: the search page and its index in a folder of its own ({@code search/}),
 * as small scripts that register their data with {@code assets/search.js}
 * ({@code orbitpressSearch.add(name, data)}), so that the page loads them with script elements,
 * over HTTP and from disk alike (where {@code fetch()} of a local file is refused):
 *
 * <ul>
 * <li>{@code meta.js}: how many articles, their average length, the keys of the word shards, the
 * common words with their article counts (a query with another word skips them);
 * <li>{@code entities.js}: every person, mission and organization, with its article count;
 * <li>{@code t/<key>.js}: the words that start with the key, each with its postings ({@link SearchShards});
 * <li>{@code d/<id>.js}: one article as a result shows it, the date formatted by the theme.
 * </ul>
 *
 * A query loads the first three kinds of file it needs, then only the articles it shows. Each
 * file is a page of the plan with its own inputs: an edited article rewrites its own document,
 * the shards of the words it had or has, and {@code meta.js}. URLs in the index are
 * root-relative without the leading slash ("articles/crew-11-lifts-off/"); the search script
 * makes them relative to the page it runs on.
 */
final class SearchIndex {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final PagePlanner planner;
    private final Site site;
    private final String folder;
    private final List<Article> articles;

    /** The index of the site's articles in its language's {@code search/}. */
    SearchIndex(PagePlanner planner, Site site) {
        this(planner, site, planner.language().route("search/"), site.articles());
    }

    /**
     * The index of {@code articles} (newest first) in the folder {@code folder} ("search/", or
     * "ru/search/" for a second language's articles), with the search page at the folder itself.
     */
    SearchIndex(PagePlanner planner, Site site, String folder, List<Article> articles) {
        this.planner = planner;
        this.site = site;
        this.folder = folder;
        this.articles = articles;
    }

    /**
     * The counts and word shards of the articles, oldest first (ids count from the oldest). They
     * read every article's text: made apart from the pages, so that every core makes them.
     */
    SearchFiles files() {
        List<Article> oldestFirst = new ArrayList<>(articles);
        java.util.Collections.reverse(oldestFirst);
        return planner.parts().searchFiles().apply(folder, java.util.Collections.unmodifiableList(oldestFirst));
    }

    /** The search page, then the index files, {@code files} being the index's {@link #files()}. */
    List<PageSpec> pages(SearchFiles files) {
        String title = planner.config().title();
        List<PageSpec> pages = new ArrayList<>();
        pages.add(planner.spec(folder, "search.html", "search", "", List.of(folder),
                null, () -> planner.page(folder, "search.html", "search", "", // a form: no page for a search engine
                        planner.meta(planner.text("page.search", "Search"), planner.text("page.search.description",
                                "Search the articles, people, missions and organizations of " + title + ".", title),
                                "/" + folder, "website", null).unindexed(), Map.of("searchIndex", folder))));
        int n = articles.size();
        pages.add(data("meta.js", "m", files.meta()));
        pages.add(data("entities.js", "e", SearchFiles.File.of(entities())));
        files.shards().forEach((key, file) -> pages.add(data("t/" + SearchShards.fileName(key) + ".js", "t:" + key,
                file)));
        for (int id = 0; id < n; id++) {
            Article a = articles.get(n - 1 - id);
            String route = folder + "d/" + id + ".js";
            int number = id;
            List<EntityKind> kinds = planner.config().kinds();
            pages.add(planner.spec(route, "search-doc.js", "search-index", "", List.of(number, a), null,
                    () -> new Page(route, "search-doc.js", "search-index", "", Map.of("site", planner.siteView(),
                            "id", number, "json", SearchDoc.json(a, kinds, planner.parts().texts().forDocument(a)),
                            "date", a.date()), List.of())));
        }
        return pages;
    }

    /** A file of the index: {@code orbitpressSearch.add(name, json)}, made by the template {@code search-data.js}. */
    private PageSpec data(String file, String name, SearchFiles.File json) {
        String route = folder + file;
        String quoted = safe(JSON.writeValueAsString(name));
        return planner.spec(route, "search-data.js", "search-index", "", List.of(name, json.fingerprint()), null,
                () -> new Page(route, "search-data.js", "search-index", "", Map.of("name", quoted, "json", json.json()),
                        List.of()));
    }

    /**
     * The entities, each as {@code [name, kind, url, articles, aliases, role]}, and the kinds'
     * labels for one, in the index's language ({@code kind.<key>.singular}, else as site.yaml
     * names it: {@code "people": "Person"}).
     */
    private Map<String, Object> entities() {
        Map<String, Object> kinds = new LinkedHashMap<>();
        List<List<Object>> list = new ArrayList<>();
        for (EntityKind k : planner.config().kinds()) {
            kinds.put(k.key(), planner.text("kind." + k.key() + ".singular", k.singular()));
            for (Site.EntityIndex e : site.entities(k.key())) {
                list.add(List.of(e.entity().name(), k.key(), e.entity().url().substring(1), e.articleCount(),
                        aliases(e.entity()), e.entity().role() == null ? "" : e.entity().role()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k", kinds);
        out.put("e", list);
        return out;
    }

    /**
     * What a name search finds an entity by besides its name: its aliases, then its names in the
     * site's other languages ({@code name: {en: Oleg Platonov, ru: Олег Платонов}}), so that a
     * reader who types "Платонов" on the English search page finds Oleg Platonov.
     */
    private static List<String> aliases(io.orbitpress.model.Entity e) {
        if (!(e.raw().get("name") instanceof Map<?, ?> names)) {
            return e.aliases();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>(e.aliases());
        for (Object other : names.values()) {
            if (other instanceof String n && !n.isBlank()) {
                out.add(n.strip());
            }
        }
        out.remove(e.name());
        return List.copyOf(out);
    }

    /** One article's search document ({@link SearchDoc#of}). */
    static SearchDoc entry(Article a, List<EntityKind> kinds, SearchTexts texts) {
        return SearchDoc.of(a, kinds, texts.forIndex(a));
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
