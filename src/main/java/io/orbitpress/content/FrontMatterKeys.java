package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.diag.Spelling;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level article keys a site reads: Orbitpress's own, those of its entity kinds, the
 * aliases of site.yaml {@code keys}, and the free keys site.yaml declares ({@code extraKeys}).
 * Any other key is most likely a slip ({@code tilte}, {@code expiryDtae}): it is kept for
 * templates as before, and reported, with the key that was probably meant.
 */
final class FrontMatterKeys {

    /** The keys {@link ArticleReader} reads, with those of the generators it reads archives of. */
    static final Set<String> READ = Set.of("title", "date", "updated", "lastmod", "slug", "summary", "author",
            "dateline", "source", "image", "image_alt", "image_caption", "image_credit",
            "image_copyright", "tags", "draft", "published", "aliases",
            "redirect_from", "layout", "url", "permalink", "path", "publishDate", "publishdate", "last_modified_at",
            "expiryDate", "expirydate", "params", "taxonomies", "extra", "corrections",
            "series", "lang", "translationKey");

    /** The keys that hold a story back (an embargo, an expiry, a draft): a slip in one of them is an error. */
    static final Set<String> HOLDS = Set.of("publishDate", "publishdate", "expiryDate", "expirydate", "draft",
            "published");

    /** Words people write for a key Orbitpress spells otherwise. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("expires", "expiryDate"),
            Map.entry("expiry", "expiryDate"), Map.entry("expiration", "expiryDate"),
            Map.entry("embargo", "publishDate"), Map.entry("embargoed", "publishDate"),
            Map.entry("publish", "publishDate"), Map.entry("byline", "author"), Map.entry("headline", "title"),
            Map.entry("topics", "tags"), Map.entry("dek", "summary"), Map.entry("correction", "corrections"),
            Map.entry("part", "series"),
            Map.entry("language", "lang"), Map.entry("translation", "translationKey"));

    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> free;

    FrontMatterKeys(SiteConfig config) {
        known.addAll(READ);
        for (EntityKind k : config.kinds()) {
            for (String key : concat(k.frontMatterKeys(), k.bylineKeys())) {
                known.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
            }
        }
        known.addAll(config.keyAliases().keySet());
        free = Set.copyOf(config.extraKeys());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Whether {@code key} is read by Orbitpress (its value is not a template parameter). */
    boolean read(String key) {
        return known.contains(key);
    }

    /** Whether {@code key} may stand in front matter without a warning. */
    boolean allowed(String key) {
        return known.contains(key) || free.contains(key);
    }

    /** The key {@code typed} most likely stands for, if one is close enough. */
    Optional<String> meant(String typed) {
        String synonym = SYNONYMS.get(Spelling.normal(typed));
        if (synonym != null && allowed(synonym)) {
            return Optional.of(synonym);
        }
        List<String> all = new java.util.ArrayList<>(known);
        all.addAll(free);
        return Spelling.closest(typed, all);
    }
}
