package io.orbitpress.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code content/site.yaml} says, with defaults filled in.
 *
 * @param title            the site's name
 * @param description      a sentence for the home page's meta description and the feed
 * @param baseUrl          absolute URL of the published site, ending in "/"
 * @param language         BCP 47 language tag ("en")
 * @param timeZone         the zone dates are shown in
 * @param pageSize         articles per list page
 * @param entityPageSize   articles per page of a person's, mission's or organization's page
 * @param feedSize         entries per Atom feed
 * @param author           default byline when an article names none
 * @param unsafeHtml       whether raw HTML in Markdown is passed through
 * @param typographer      whether Markdown text gets typographic quotes, apostrophes, dashes and
 *                         ellipses ({@code markdown.typographer})
 * @param linkFirstMention whether the first mention of an entity in an article links to its page
 * @param kinds            the entity kinds, in display order
 * @param patterns         per kind, regular expressions finding entities not registered yet
 * @param cues             per kind, cue words before names that suggest new entities
 * @param keyAliases       article front matter keys read as other keys ("categories" -> "tags")
 * @param params           any other keys, for templates
 * @param migration        how to read an archive moved over from another generator
 * @param limits           how big a content file and a paragraph may be
 * @param extraKeys        article front matter keys of the site's own, read by its templates (no warning)
 * @param images           how photos are resized and described ({@code images:})
 * @param tagNames         display names of topics by slug, each by language code, or under "" when
 *                         written once ({@code tags: {crew-11: "Crew-11", soyuz: {en: Soyuz, ru: Союз}}})
 * @param languages        the site's languages, the default ({@code language}) first
 * @param unicodeSlugs     whether slugs made from titles, file names and tags keep their letters
 *                         ({@code slugs: unicode}) instead of being transliterated to ASCII
 * @param pagesFromOldest  whether list pages are numbered from the oldest articles
 *                         ({@code pageNumbers: fromOldest}), so that an older page keeps its articles
 * @param permalink        the address pattern of articles that give none of their own
 *                         ({@code permalink: /:year/:month/:title/}, Jekyll's placeholders and styles),
 *                         or "" for {@code /articles/<slug>/}
 */
public record SiteConfig(String title, String description, String baseUrl, String language, ZoneId timeZone,
        int pageSize, int entityPageSize, int feedSize, String author, boolean unsafeHtml, boolean typographer,
        boolean linkFirstMention,
        List<EntityKind> kinds, Map<String, List<String>> patterns, Map<String, List<String>> cues,
        Map<String, String> keyAliases, Map<String, Object> params, Migration migration, Limits limits,
        List<String> extraKeys, ImageSettings images, Map<String, Map<String, String>> tagNames, List<Language> languages,
        boolean unicodeSlugs, boolean pagesFromOldest, String permalink) {

    /** The placeholders of an address pattern ({@code permalink:}, in site.yaml and front matter). */
    public static final List<String> PERMALINK_PLACEHOLDERS = List.of("year", "short_year", "month", "i_month", "day",
            "i_day", "y_day", "hour", "minute", "second", "title", "slug", "name", "categories", "output_ext", "filename",
            "slugorfilename");
    /** Jekyll's named address patterns ({@code permalink: date}). */
    public static final List<String> PERMALINK_STYLES = List.of("date", "pretty", "ordinal", "none");

    public SiteConfig {
        kinds = List.copyOf(kinds);
        patterns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(patterns));
        cues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cues));
        keyAliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyAliases));
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        extraKeys = List.copyOf(extraKeys);
        java.util.TreeMap<String, Map<String, String>> names = new java.util.TreeMap<>();
        tagNames.forEach((slug, byLanguage) -> names.put(slug, Map.copyOf(byLanguage)));
        tagNames = java.util.Collections.unmodifiableMap(names);
        languages = List.copyOf(languages);
    }

    /**
     * The display name site.yaml gives the topic of {@code slug} in this language ({@link #language}):
     * the language's own, else the one written once; empty when it gives none.
     */
    public Optional<String> tagName(String slug) {
        Map<String, String> byLanguage = tagNames.get(slug);
        return byLanguage == null ? Optional.empty()
                : Optional.ofNullable(byLanguage.getOrDefault(language, byLanguage.get("")));
    }

    /** The default language: its pages are at the site root. */
    public Language defaultLanguage() {
        return languages.get(0);
    }

    /** Whether the site has more than one language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The language of this code, if the site has it. */
    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The site's language of {@code code}, or its default language when it has none of that code. */
    public Language languageOrDefault(String code) {
        return language(code).orElse(defaultLanguage());
    }

    /**
     * What to say of {@code code} (shown as {@code shown}), which is none of the site's languages:
     * the ones there are, and the one meant when it differs only in case ({@code RU}), else where
     * to add it.
     */
    public String notALanguage(String shown, String code) {
        return "\"" + shown + "\" is not one of the site's languages (" + String.join(", ",
                languages.stream().map(Language::code).toList()) + ")" + languages.stream()
                        .filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst()
                        .map(l -> "; did you mean " + l.code() + "?")
                        .orElse("; add it to languages: in site.yaml or fix the code");
    }

    /** The settings as pages in {@code l} see them: its title, description and language. */
    public SiteConfig in(Language l) {
        return new SiteConfig(l.title(), l.description(), baseUrl, l.code(), timeZone, pageSize, entityPageSize,
                feedSize, author, unsafeHtml, typographer, linkFirstMention, kinds, patterns, cues, keyAliases, params, migration,
                limits, extraKeys, images, tagNames, languages, unicodeSlugs, pagesFromOldest, permalink);
    }

    public Optional<EntityKind> kind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** The same configuration published at another address (staging versus production). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, SiteConfigParser.normalizeBaseUrl(url), language, timeZone, pageSize,
                entityPageSize, feedSize, author, unsafeHtml, typographer, linkFirstMention, kinds, patterns, cues, keyAliases, params, migration,
                limits, extraKeys, images, tagNames, languages, unicodeSlugs, pagesFromOldest, permalink);
    }
}
