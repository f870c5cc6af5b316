package io.orbitpress.config;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.diag.Spelling;
import io.orbitpress.frontmatter.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The keys a map of site.yaml takes ({@code images:}, {@code entities:}, an entity kind, ...).
 * Nothing in such a map reaches templates, so a key it does not take is a setting that would do
 * nothing: an error at that key, naming the keys the map takes and the one probably meant.
 *
 * @param name what messages call the map: {@code images}, {@code an entity kind}
 * @param keys the keys it takes
 */
record SectionKeys(String name, Set<String> keys) {

    SectionKeys {
        keys = Set.copyOf(keys);
    }

    /**
     * Reports each key of {@code map} this section does not take; {@code at} is where the map
     * stands in site.yaml ({@code "entities"}, or {@code "entities", "kinds", "0"}).
     */
    void check(JsonNode map, FrontMatter fm, Diagnostics d, String... at) {
        for (String key : map.propertyNames()) {
            if (!keys.contains(key)) {
                List<String> place = new ArrayList<>(List.of(at));
                place.add(key);
                fm.errorAt(d, unknown(key), place.get(0), place.subList(1, place.size()).toArray(String[]::new));
            }
        }
    }

    /** {@code entities has no key "pagesize" (did you mean "pageSize"?); it takes kinds, linkFirstMention, pageSize}. */
    String unknown(String key) {
        String meant = Spelling.closest(key, keys).map(m -> " (did you mean \"" + m + "\"?)").orElse("");
        return name + " has no key \"" + key + "\"" + meant + "; it takes " + listed();
    }

    /** The keys, sorted, as a list for a sentence. */
    String listed() {
        return String.join(", ", new TreeSet<>(keys));
    }
}
