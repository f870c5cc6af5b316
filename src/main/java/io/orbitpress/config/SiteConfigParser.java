package io.orbitpress.config;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.diag.Spelling;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.frontmatter.Split;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code content/site.yaml}; every problem is a diagnostic at its line. */
public final class SiteConfigParser {

    /** Missions named by pattern; the Russian ones as a name is written alone (a declined «Союза МС-28» is not one). */
    public static final List<String> DEFAULT_PATTERNS = List.of("Crew-\\d+", "Soyuz MS-\\d+", "Progress MS-\\d+",
            "Expedition \\d+", "Artemis (?:I|II|III|IV|V)\\b", "Ax-\\d+", "STS-\\d+", "Shenzhou-\\d+",
            "Союз МС-\\d+", "Прогресс МС-\\d+");
    /**
     * Words before a person's name; the Russian ones those a name follows at once (not «глава», which
     * a body's name in the genitive follows: «глава Роскосмоса Дмитрий Баканов»).
     */
    public static final List<String> DEFAULT_CUES = List.of("astronaut", "astronauts", "cosmonaut", "cosmonauts",
            "taikonaut", "Administrator", "administrator", "Acting Administrator", "Director General", "director",
            "Director", "commander", "Commander", "pilot", "engineer", "Secretary", "spokesperson", "CEO", "President",
            "chief", "космонавт", "космонавты", "астронавт", "астронавты", "тайконавт", "командир", "бортинженер");

    private static final Set<String> KNOWN = Set.of("title", "description", "baseUrl", "language", "timeZone",
            "pageSize", "feedSize", "author", "markdown", "entities", "extraction", "keys", "params", "migration",
            "limits", "extraKeys", "images", "tags", "languages", "slugs", "pageNumbers", "permalink");

    /* The maps of site.yaml that take a fixed set of keys (images: is ImageSettings's). */
    static final SectionKeys MARKDOWN = new SectionKeys("markdown", Set.of("unsafe", "typographer"));
    static final SectionKeys ENTITIES = new SectionKeys("entities", Set.of("pageSize", "linkFirstMention", "kinds"));
    static final SectionKeys KIND = new SectionKeys("an entity kind", Set.of("key", "folder", "url", "singular",
            "plural", "frontMatterKeys", "bylineKeys", "schemaType", "person"));
    static final SectionKeys EXTRACTION = new SectionKeys("extraction", Set.of("patterns", "cues"));
    static final SectionKeys LANGUAGE = new SectionKeys("a language", Set.of("code", "title", "description", "author"));
    static final SectionKeys LIMITS = new SectionKeys("limits", Set.of("fileCharacters", "paragraphCharacters"));
    static final SectionKeys MIGRATION = new SectionKeys("migration", Set.of("skipInvalid", "urlFromPath",
            "dateFallback"));

    private final FrontMatterParser yaml = FrontMatterParser.forFile("site.yaml");

    /**
     * Whether {@code url} can be a site's published address: an http(s) URL with a host, and
     * nothing a page's path could not be appended to (no user, query or fragment). The same rule
     * holds for site.yaml's {@code baseUrl} and {@code --base-url}.
     */
    public static boolean isBaseUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && u.getRawUserInfo() == null
                    && u.getRawQuery() == null && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Parses the text of site.yaml; {@code path} names it in messages. */
    public SiteConfig parse(String text, String path, Diagnostics d) {
        FrontMatter fm = yaml.parse(new Split(Split.Format.YAML, text, 1, "", 0, 0), path, d);
        String title = fm.text("title", d).orElse("Orbitpress site");
        String description = fm.text("description", d).orElse(title);
        String baseUrl = fm.text("baseUrl", d).orElse("https://example.org/");
        if (!isBaseUrl(baseUrl)) {
            fm.error(d, "baseUrl", "baseUrl must be an absolute http(s) URL like https://news.example.org/, with no"
                    + " user, query or fragment (every page's links are written under it)");
            baseUrl = "https://example.org/";
        }
        String language = fm.text("language", d).orElse("en");
        if (!LANGUAGE_CODE.matcher(language).matches()) {
            // it goes into every page's <html lang>, the feeds and the dates' words
            fm.error(d, "language", "language \"" + language + "\" is not a language code like en, ru or pt-BR"
                    + codeMeant(language));
            language = "en";
        }
        ZoneId zone = ZoneId.of("UTC");
        String zoneName = fm.text("timeZone", d).orElse("UTC");
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            // a name a letter or two from one of the zone database's (America/New_Yrok); an
            // abbreviation (EDT, MSK) is a letter from others that name other places (EET): the
            // zone it is said of, when it is one newsrooms write
            String meant = zoneName.contains("/") ? io.orbitpress.diag.Spelling.closest(zoneName,
                    ZoneId.getAvailableZoneIds()).orElse(null)
                    : io.orbitpress.frontmatter.ZoneAbbreviations.meaning(zoneName)
                            .map(io.orbitpress.frontmatter.ZoneAbbreviations.Meaning::zone).orElse(null);
            fm.error(d, "timeZone", "unknown time zone \"" + zoneName + "\"; " + (meant != null ? "did you mean "
                    + meant + "?" : "use a name like America/New_York or UTC"));
        }
        int pageSize = positive(fm, "pageSize", 10, d);
        int feedSize = positive(fm, "feedSize", 20, d);
        String author = fm.text("author", d).orElse("");

        boolean unsafe = false;
        boolean typographer = false;
        JsonNode markdown = section(fm, "markdown", MARKDOWN, d);
        if (markdown != null) {
            unsafe = flag(fm, d, false, "markdown", "unsafe");
            typographer = flag(fm, d, false, "markdown", "typographer");
        }

        List<EntityKind> kinds = EntityKind.defaults();
        boolean linkFirst = true;
        int entityPageSize = 50;
        JsonNode entities = section(fm, "entities", ENTITIES, d);
        if (entities != null) {
            linkFirst = flag(fm, d, true, "entities", "linkFirstMention");
            JsonNode size = entities.path("pageSize");
            if (!size.isMissingNode()) {
                if (size.canConvertToInt() && size.asInt() > 0) {
                    entityPageSize = size.asInt();
                } else {
                    fm.errorAt(d, "entities.pageSize must be a whole number above 0, like 50", "entities", "pageSize");
                }
            }
            if (entities.has("kinds")) {
                kinds = kinds(entities.get("kinds"), fm, d);
            }
        }

        Map<String, List<String>> patterns = new HashMap<>(Map.of("missions", DEFAULT_PATTERNS));
        Map<String, List<String>> cues = new HashMap<>(Map.of("people", DEFAULT_CUES));
        JsonNode extraction = section(fm, "extraction", EXTRACTION, d);
        if (extraction != null) {
            readLists(extraction.path("patterns"), "patterns", patterns, fm, d);
            readLists(extraction.path("cues"), "cues", cues, fm, d);
        }
        for (Map.Entry<String, List<String>> e : patterns.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                String regex = e.getValue().get(i);
                try {
                    java.util.regex.Pattern.compile(regex);
                } catch (java.util.regex.PatternSyntaxException ex) {
                    fm.errorAt(d, "pattern \"" + regex + "\" is not a valid regular expression: " + ex.getDescription(),
                            "extraction", "patterns", e.getKey(), String.valueOf(i));
                }
            }
        }

        Map<String, String> keyAliases = new LinkedHashMap<>();
        keyAliases.put("categories", "tags");
        keyAliases.put("category", "tags"); // Jekyll reads one category so as well as a list
        keyAliases.put("description", "summary");
        keyAliases.put("excerpt", "summary");
        fm.node("keys").ifPresent(keys -> keys.properties().forEach(e -> keyAliases.put(e.getKey(), e.getValue().asString())));

        Migration migration = migration(fm, d);
        Limits limits = limits(fm, d);
        List<String> extraKeys = fm.textList("extraKeys", true, d);

        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fm.fields().entrySet()) {
            String key = e.getKey();
            if (!KNOWN.contains(key)) {
                params.put(key, Values.plain(e.getValue()));
                // a free key for templates, unless it is a setting misspelt (timezone, pagesize)
                Spelling.closest(key, KNOWN).ifPresent(meant -> fm.warning(d, key, "unknown key \"" + key
                        + "\"; did you mean \"" + meant + "\"? (it is not read as a setting, only kept for templates"
                        + " as site.params." + key + "; put it under params: if that is what it is for)"));
            }
        }
        fm.node("params").ifPresent(p -> p.properties().forEach(e -> params.put(e.getKey(), Values.plain(e.getValue()))));

        List<Language> languages = languages(fm, language, title, description, d);
        boolean unicodeSlugs = either(fm, d, "slugs", "transliterate", "unicode", "slugs must be transliterate (the"
                + " default: Cyrillic and other letters written in ASCII) or unicode (letters kept as they are)");
        boolean fromOldest = either(fm, d, "pageNumbers", "fromNewest", "fromOldest", "pageNumbers must be fromNewest"
                + " (the default: /page/2/ holds the second-newest articles) or fromOldest (/page/1/ holds the oldest,"
                + " and an older page keeps its articles)");
        return new SiteConfig(title, description, normalizeBaseUrl(baseUrl), language, zone, pageSize, entityPageSize,
                feedSize, author,
                unsafe, typographer, linkFirst, kinds, patterns, cues, keyAliases, params, migration, limits, extraKeys,
                ImageSettings.read(fm, languages, d), tagNames(fm, languages, d), languages, unicodeSlugs, fromOldest, permalink(fm, d));
    }

    /**
     * The map at {@code key}, its keys checked against {@code keys}; null when it is absent, or is
     * not a map (an error then).
     */
    private static JsonNode section(FrontMatter fm, String key, SectionKeys keys, Diagnostics d) {
        JsonNode n = fm.node(key).orElse(null);
        if (n != null && !n.isObject()) {
            fm.error(d, key, key + " must hold keys, one per line below it: " + keys.listed());
            return null;
        }
        if (n != null) {
            keys.check(n, fm, d, key);
        }
        return n;
    }

    /**
     * Whether the text at {@code key} is {@code other} rather than {@code standard} (the default,
     * when the key is absent); anything else is {@code message}, an error at the key.
     */
    private static boolean either(FrontMatter fm, Diagnostics d, String key, String standard, String other,
            String message) {
        Optional<String> value = fm.text(key, d);
        if (value.isPresent() && !value.get().equals(standard) && !value.get().equals(other)) {
            fm.error(d, key, message);
        }
        return value.isPresent() && value.get().equals(other);
    }

    /**
     * {@code tags: {crew-11: "Crew-11"}}: how a topic is shown, by its slug; by language, the name
     * written once under "" ({@code soyuz: {en: Soyuz, ru: Союз}} gives each language its own).
     */
    private static Map<String, Map<String, String>> tagNames(FrontMatter fm, List<Language> languages, Diagnostics d) {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        String shape = "like crew-11: \"Crew-11\", or one per language, like soyuz: {en: Soyuz, ru: Союз}";
        fm.node("tags").ifPresent(n -> {
            if (!n.isObject()) {
                fm.error(d, "tags", "tags must map a topic to its display name, like tags: {crew-11: \"Crew-11\"}");
                return;
            }
            n.properties().forEach(e -> {
                String slug = e.getKey();
                JsonNode v = e.getValue();
                if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    fm.errorAt(d, "tags: \"" + slug + "\" is not a topic's URL name; write it as in its address"
                            + " (/tags/crew-11/ gives crew-11: \"Crew-11\")", "tags", slug);
                } else if (v.isObject() && !v.isEmpty()) {
                    Map<String, String> byLanguage = new LinkedHashMap<>();
                    v.properties().forEach(l -> {
                        String code = l.getKey();
                        if (languages.stream().noneMatch(x -> x.code().equals(code))) {
                            fm.errorAt(d, "tags." + slug + ": " + notALanguage(languages, code), "tags", slug, code);
                        } else if (!l.getValue().isString() || l.getValue().asString().isBlank()) {
                            fm.errorAt(d, "tags." + slug + "." + code + " must be a display name in quotes, " + shape,
                                    "tags", slug, code);
                        } else {
                            byLanguage.put(code, l.getValue().asString().strip());
                        }
                    });
                    names.put(slug, byLanguage);
                } else if (!v.isString() || v.asString().isBlank()) {
                    fm.errorAt(d, "tags." + slug + " must be a display name in quotes, " + shape, "tags", slug);
                } else {
                    names.put(slug, Map.of("", v.asString().strip()));
                }
            });
        });
        return names;
    }

    /** What to say of {@code code}, which is none of {@code languages}. */
    private static String notALanguage(List<Language> languages, String code) {
        return "\"" + code + "\" is not one of the site's languages (" + String.join(", ",
                languages.stream().map(Language::code).toList()) + "); add it to languages: in site.yaml or fix the code";
    }

    private static final java.util.regex.Pattern LANGUAGE_CODE = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** "; did you mean ru?" for a code that is one but for the case of its language ({@code RU}, {@code PT-BR}); else "". */
    private static String codeMeant(String code) {
        int dash = code.indexOf('-');
        String meant = dash < 0 ? code.toLowerCase(java.util.Locale.ROOT)
                : code.substring(0, dash).toLowerCase(java.util.Locale.ROOT)
                        + code.substring(dash).toUpperCase(java.util.Locale.ROOT);
        return !meant.equals(code) && LANGUAGE_CODE.matcher(meant).matches() ? "; did you mean " + meant + "?" : "";
    }

    /**
     * The site's languages, the default one ({@code language:}) first: {@code languages: [en, ru]}, or
     * a list of {@code code:}, {@code title:}, {@code description:}; the default language's title and
     * description are the site's unless it names its own.
     */
    private static List<Language> languages(FrontMatter fm, String language, String title, String description,
            Diagnostics d) {
        List<Language> out = new ArrayList<>();
        JsonNode list = fm.node("languages").orElse(null);
        if (list == null) {
            return List.of(new Language(language, title, description, ""));
        }
        if (!list.isArray()) {
            fm.error(d, "languages", "languages must be a list, like [en, ru], or of code:, title:, description: and author:");
            return List.of(new Language(language, title, description, ""));
        }
        boolean hasDefault = false;
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String code;
            String ownTitle = null;
            String ownDescription = null;
            String ownAuthor = null;
            if (item.isString()) {
                code = item.asString();
            } else if (item.isObject() && item.path("code").isString()) {
                LANGUAGE.check(item, fm, d, "languages", String.valueOf(i));
                code = item.path("code").asString();
                ownTitle = item.path("title").isString() ? item.path("title").asString() : null;
                ownDescription = item.path("description").isString() ? item.path("description").asString() : null;
                ownAuthor = item.path("author").isString() && !item.path("author").asString().isBlank()
                        ? item.path("author").asString().strip() : null;
            } else {
                int before = d.errorCount();
                if (item.isObject()) {
                    LANGUAGE.check(item, fm, d, "languages", String.valueOf(i)); // "cdoe: de": did you mean code?
                }
                if (d.errorCount() == before) {
                    fm.errorAt(d, "each language is a code like ru, or code:, title:, description: and author:", "languages",
                            String.valueOf(i));
                }
                continue;
            }
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                fm.errorAt(d, "language \"" + code + "\" is not a language code like en, ru or pt-BR" + codeMeant(code),
                        "languages", String.valueOf(i));
                continue;
            }
            if (out.stream().anyMatch(l -> l.code().equals(code))) {
                fm.errorAt(d, "language \"" + code + "\" is listed twice", "languages", String.valueOf(i));
                continue;
            }
            boolean isDefault = code.equals(language);
            hasDefault |= isDefault;
            String t = ownTitle != null ? ownTitle : title;
            String desc = ownDescription != null ? ownDescription : ownTitle != null && !isDefault ? ownTitle : description;
            Language l = new Language(code, t, desc, isDefault ? "" : code.toLowerCase(java.util.Locale.ROOT) + "/",
                    ownAuthor);
            if (isDefault) {
                out.add(0, l);
            } else {
                out.add(l);
            }
        }
        if (!hasDefault) {
            fm.error(d, "languages", "languages must list the site's language \"" + language
                    + "\" (language: names the default one, whose pages are at the site root)");
            out.add(0, new Language(language, title, description, ""));
        }
        return List.copyOf(out);
    }

    /** The configuration of a site without site.yaml. */
    public static SiteConfig defaults() {
        return new SiteConfigParser().parse("", "content/site.yaml", new Diagnostics());
    }

    static String normalizeBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(":([A-Za-z_]+)");

    /**
     * {@code permalink:}, the address pattern of the articles that give none of their own: one of
     * Jekyll's styles or a path with its placeholders, each known, and one that tells articles apart
     * ({@code :title}, {@code :slug}, {@code :name}); "" when it is not set or cannot be used.
     */
    private static String permalink(FrontMatter fm, Diagnostics d) {
        JsonNode v = fm.node("permalink").orElse(null);
        String usage = "; write a path with placeholders, like permalink: /:year/:month/:day/:title/ (Jekyll's"
                + " :year :month :day :title :slug :categories), or one of Jekyll's styles, " + String.join(", ",
                        SiteConfig.PERMALINK_STYLES);
        if (v == null) {
            return "";
        }
        if (!v.isString() || v.asString().isBlank()) {
            fm.error(d, "permalink", "permalink takes the address of every article as a pattern" + usage);
            return "";
        }
        String pattern = v.asString().strip();
        if (SiteConfig.PERMALINK_STYLES.contains(pattern)) {
            return pattern;
        }
        if (pattern.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") || pattern.contains("..") || pattern.contains("\\")) {
            fm.error(d, "permalink", "permalink \"" + pattern + "\" is not a path on this site" + usage);
            return "";
        }
        java.util.regex.Matcher m = PLACEHOLDER.matcher(pattern);
        boolean apart = false;
        while (m.find()) {
            String name = m.group(1);
            if (!SiteConfig.PERMALINK_PLACEHOLDERS.contains(name)) {
                String meant = Spelling.closest(name, SiteConfig.PERMALINK_PLACEHOLDERS).map(x -> "did you mean :" + x
                        + "? ").orElse("");
                fm.error(d, "permalink", "unknown placeholder :" + name + " in permalink \"" + pattern + "\"; "
                        + meant + "it takes :" + String.join(" :", SiteConfig.PERMALINK_PLACEHOLDERS));
                return "";
            }
            apart |= List.of("title", "slug", "name", "filename", "slugorfilename").contains(name);
        }
        if (!apart) {
            fm.error(d, "permalink", "permalink \"" + pattern + "\" gives no article an address of its own; put"
                    + " :title (the file's name) or :slug in it, like /:year/:month/:day/:title/");
            return "";
        }
        return pattern;
    }

    private static Migration migration(FrontMatter fm, Diagnostics d) {
        JsonNode m = fm.node("migration").orElse(null);
        if (m == null) {
            return Migration.none();
        }
        String usage = "migration takes skipInvalid: true, urlFromPath: true and dateFallback: fileModTime"
                + " (or a date like 2024-01-01)";
        if (!m.isObject()) {
            fm.error(d, "migration", usage);
            return Migration.none();
        }
        MIGRATION.check(m, fm, d, "migration");
        // the first key with a wrong value is where the message points
        for (String key : m.propertyNames()) {
            JsonNode v = m.path(key);
            boolean ok = switch (key) {
                case "skipInvalid", "urlFromPath" -> v.isBoolean();
                case "dateFallback" -> v.isValueNode() && (v.asString().strip().isEmpty()
                        || v.asString().strip().equals(Migration.FILE_MOD_TIME)
                        || io.orbitpress.frontmatter.DateValue.parse(v.asString().strip(), ZoneId.of("UTC")).ok());
                default -> true; // reported above
            };
            if (!ok) {
                fm.errorAt(d, usage, "migration", key);
                return Migration.none();
            }
        }
        String fallback = m.path("dateFallback").isValueNode() ? m.path("dateFallback").asString().strip() : "";
        return new Migration(m.path("skipInvalid").asBoolean(false), m.path("urlFromPath").asBoolean(false), fallback);
    }

    /** {@code limits:}, each a whole number above 0; the defaults for what is not set. */
    private static Limits limits(FrontMatter fm, Diagnostics d) {
        Limits defaults = Limits.defaults();
        JsonNode l = fm.node("limits").orElse(null);
        if (l == null) {
            return defaults;
        }
        String usage = "limits takes fileCharacters: and paragraphCharacters:, whole numbers above 0, like"
                + " fileCharacters: " + defaults.fileCharacters();
        if (!l.isObject()) {
            fm.error(d, "limits", usage);
            return defaults;
        }
        LIMITS.check(l, fm, d, "limits");
        for (String key : l.propertyNames()) {
            JsonNode v = l.path(key);
            if (LIMITS.keys().contains(key) && (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1)) {
                fm.errorAt(d, usage, "limits", key);
                return defaults;
            }
        }
        return new Limits(l.path("fileCharacters").asInt(defaults.fileCharacters()),
                l.path("paragraphCharacters").asInt(defaults.paragraphCharacters()));
    }

    /** A true-or-false setting inside {@code key}'s map; {@code fallback} when absent or wrong (an error then). */
    private static boolean flag(FrontMatter fm, Diagnostics d, boolean fallback, String key, String inside) {
        JsonNode v = fm.node(key).map(n -> n.path(inside)).orElse(null);
        if (v == null || v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("false"))) {
            return Boolean.parseBoolean(v.asString());
        }
        fm.errorAt(d, key + "." + inside + " must be true or false", key, inside);
        return fallback;
    }

    private static int positive(FrontMatter fm, String key, int fallback, Diagnostics d) {
        JsonNode n = fm.node(key).orElse(null);
        if (n == null) {
            return fallback;
        }
        if (n.canConvertToInt() && n.asInt() > 0) {
            return n.asInt();
        }
        fm.error(d, key, key + " must be a whole number above 0, like " + fallback);
        return fallback;
    }

    private static List<EntityKind> kinds(JsonNode list, FrontMatter fm, Diagnostics d) {
        if (!list.isArray() || list.isEmpty()) {
            fm.errorAt(d, "entities.kinds must be a list of kinds, each with at least a key", "entities", "kinds");
            return EntityKind.defaults();
        }
        List<EntityKind> out = new ArrayList<>();
        int index = -1;
        for (JsonNode k : list) {
            index++;
            if (k.isObject()) {
                KIND.check(k, fm, d, "entities", "kinds", String.valueOf(index));
            }
            String key = k.path("key").asString("");
            if (!key.matches("[a-z][a-z0-9-]*")) {
                fm.errorAt(d, "each entity kind needs a key of lowercase letters, digits and hyphens, like people",
                        "entities", "kinds", String.valueOf(index), "key");
                continue;
            }
            List<String> bylineKeys = new ArrayList<>();
            k.path("bylineKeys").forEach(x -> bylineKeys.add(x.asString()));
            List<String> fmKeys = new ArrayList<>();
            if (k.has("frontMatterKeys")) {
                k.get("frontMatterKeys").forEach(x -> fmKeys.add(x.asString()));
            } else if (bylineKeys.isEmpty()) {
                fmKeys.add(key); // a kind of authors only is listed under its byline keys
            }
            if (!SafePath.isPath(k.path("url").asString(key))) {
                fm.errorAt(d, "entity kind " + key + ": url \"" + k.path("url").asString() + "\" is not a safe"
                        + " path; use letters, digits and hyphens, like " + key, "entities", "kinds",
                        String.valueOf(index), "url");
                continue;
            }
            String folder = k.path("folder").asString(key);
            if (!ownFolder(folder)) {
                fm.errorAt(d, "entity kind " + key + ": folder \"" + folder + "\" is not a folder of its own in"
                        + " content/ (it may not leave content/, nor be articles/ or static/); name one like "
                        + (ownFolder(key) ? key : "people"), "entities", "kinds", String.valueOf(index), "folder");
                continue;
            }
            String singular = k.path("singular").asString(capitalize(key));
            out.add(new EntityKind(key, folder, k.path("url").asString(key), singular,
                    k.path("plural").asString(capitalize(key)), fmKeys, k.path("schemaType").asString("Thing"),
                    k.path("person").asBoolean(false), bylineKeys));
        }
        return out.isEmpty() ? EntityKind.defaults() : out;
    }

    private static void readLists(JsonNode node, String name, Map<String, List<String>> into, FrontMatter fm,
            Diagnostics d) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            fm.errorAt(d, "extraction.patterns and extraction.cues map a kind to a list, like missions: [\"Crew-\\\\d+\"]",
                    "extraction", name);
            return;
        }
        node.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asString()));
            into.put(e.getKey(), List.copyOf(values));
        });
    }

    /** Whether an entity kind's {@code folder} is a folder of its own inside content/ (any letters; no way out). */
    private static boolean ownFolder(String folder) {
        if (folder.isBlank() || folder.startsWith("/") || folder.contains("\\") || folder.indexOf('\0') >= 0
                || folder.matches("[A-Za-z]:.*")) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        for (String p : folder.split("/")) {
            if (p.equals("..")) {
                return false;
            }
            if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return !parts.isEmpty() && !parts.get(0).equals("articles") && !parts.get(0).equals("static");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
