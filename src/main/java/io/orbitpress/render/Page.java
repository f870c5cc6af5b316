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

    public Page {
        model = Map.copyOf(model);
        inputs = List.copyOf(inputs);
    }
}
