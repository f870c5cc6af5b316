package io.orbitpress.model;

import io.orbitpress.config.SiteConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One display name and one destination per topic, whatever each article wrote: a topic is shown
 * as {@code tags:} in site.yaml names it, else as the entity of the same id or name is named, else
 * in the first spelling (oldest article first) that is more than its slug; never as a bare slug
 * when a better spelling exists. A topic that is also a person, mission or organization links to
 * that page.
 */
final class Topics {

    private Topics() {
    }

    /** The articles (in their order) with their topics named and linked; an article left as it is keeps its identity. */
    static List<Article> named(List<Article> newestFirst, SiteConfig config, List<Entity> entities) {
        Map<String, String> spelled = new HashMap<>();
        // a topic's page as its articles have it: /tags/<slug>/, or under their language's folder
        Map<String, String> urls = new HashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            for (Tag t : newestFirst.get(i).tags()) {
                urls.putIfAbsent(t.slug(), t.url());
                String seen = spelled.get(t.slug());
                if (seen == null || seen.equals(t.slug()) && !t.name().equals(t.slug())) {
                    spelled.put(t.slug(), t.name());
                }
            }
        }
        Map<String, Entity> byId = new HashMap<>();
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind().bylinesOnly()) {
                continue;
            }
            byId.putIfAbsent(e.id(), e);
            byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
        }
        Map<String, Tag> canonical = new HashMap<>();
        for (Map.Entry<String, String> s : spelled.entrySet()) {
            String slug = s.getKey();
            Entity e = byId.getOrDefault(slug, byName.get(s.getValue().toLowerCase(Locale.ROOT)));
            String name = config.tagName(slug).orElse(e != null ? e.name() : s.getValue());
            String url = urls.get(slug);
            canonical.put(slug, new Tag(name, slug, url, e != null ? e.url() : url));
        }
        // each article on its own, on every core
        return new ArrayList<>(io.orbitpress.work.Batch.map(newestFirst, a -> {
            if (canonical(a.tags(), canonical)) {
                return a; // the commonest case: nothing to rename, nothing twice
            }
            Map<String, Tag> tags = new LinkedHashMap<>();
            for (Tag t : a.tags()) {
                tags.putIfAbsent(t.slug(), canonical.get(t.slug()));
            }
            List<Tag> list = List.copyOf(tags.values());
            return list.equals(a.tags()) ? a : a.withTags(list);
        }));
    }

    /** Whether {@code tags} are each the site's own topic of their slug, and no slug comes twice. */
    private static boolean canonical(List<Tag> tags, Map<String, Tag> canonical) {
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            if (!t.equals(canonical.get(t.slug()))) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (tags.get(j).slug().equals(t.slug())) {
                    return false;
                }
            }
        }
        return true;
    }
}
