package io.orbitpress.render;

import java.util.List;
import java.util.Map;

/**
 * One output page to render: where it goes, which template, what the template sees, and
 * which inputs it depends on (source paths, for incremental rebuilds and messages).
 *
 * @param kind     a short name for summaries ("article", "tag", "people")
 * @param source   the file it mainly comes from, for messages ("" for generated pages)
 * @param model    template variables
 */
public record Page(String route, String template, String kind, String source, Map<String, Object> model,
        List<String> inputs) {

    /**
     * Every name a page's model may hold, on any kind of page (README.md, "Template variables"): a
     * template may test one its page lacks, and reads it as null; a name outside these, which no
     * template sets either, is a misspelling ({@code PathEvaluator.UnknownVariable}). The build
     * holds every page it renders to this set (an assertion, on in the tests).
     */
    public static final java.util.Set<String> VARIABLES = java.util.Set.of("site", "page", "route", "template",
            "languages", "alternates", "articles", "pagination", "tag", "article", "links", "entityGroups", "chipLine",
            "tags", "kind", "entities", "entity", "index", "appearances", "related", "portrait", "waiting", "series",
            "corrections", "target", "refresh", "searchIndex", "inline", "title", "description", "self", "link",
            "updated", "updatedRfc822", "entries", "json", "urls", "multilingual", "sitemaps", "sitemap", "name", "id",
            "date", "withdrawal", "elsewhere");

    public Page {
        model = Map.copyOf(model);
        inputs = List.copyOf(inputs);
    }
}
