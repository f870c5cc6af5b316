package io.orbitpress.config;

import io.orbitpress.diag.Diagnostics;
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
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code content/site.yaml}; every problem is a diagnostic at its line. */
public final class SiteConfigParser {

    public static final List<String> DEFAULT_PATTERNS = List.of("Crew-\\d+", "Soyuz MS-\\d+", "Progress MS-\\d+",
            "Expedition \\d+", "Artemis (?:I|II|III|IV|V)\\b", "Ax-\\d+", "STS-\\d+", "Shenzhou-\\d+");
    public static final List<String> DEFAULT_CUES = List.of("astronaut", "cosmonaut", "taikonaut", "Administrator",
            "administrator", "Acting Administrator", "Director General", "director", "Director", "commander",
            "Commander", "pilot", "engineer", "Secretary", "spokesperson", "CEO", "President", "chief");

    private static final Set<String> KNOWN = Set.of("title", "description", "baseUrl", "language", "timeZone",
            "pageSize", "feedSize", "author", "markdown", "entities", "extraction", "keys", "params", "migration", "images");

    private final FrontMatterParser yaml = new FrontMatterParser();

    /** Parses the text of site.yaml; {@code path} names it in messages. */
    public SiteConfig parse(String text, String path, Diagnostics d) {
        FrontMatter fm = yaml.parse(new Split(Split.Format.YAML, text, 1, "", 0, 0), path, d);
        String title = fm.text("title", d).orElse("Orbitpress site");
        String description = fm.text("description", d).orElse(title);
        String baseUrl = fm.text("baseUrl", d).orElse("https://example.org/");
        if (!baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            fm.error(d, "baseUrl", "baseUrl must be an absolute http(s) URL like https://news.example.org/");
            baseUrl = "https://example.org/";
        }
        String language = fm.text("language", d).orElse("en");
        ZoneId zone = ZoneId.of("UTC");
        String zoneName = fm.text("timeZone", d).orElse("UTC");
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            fm.error(d, "timeZone", "unknown time zone \"" + zoneName + "\"; use a name like America/New_York or UTC");
        }
        int pageSize = positive(fm, "pageSize", 10, d);
        int feedSize = positive(fm, "feedSize", 20, d);
        String author = fm.text("author", d).orElse("");

        boolean unsafe = false;
        JsonNode markdown = fm.node("markdown").orElse(null);
        if (markdown != null) {
            unsafe = markdown.path("unsafe").asBoolean(false);
        }

        List<EntityKind> kinds = EntityKind.defaults();
        boolean linkFirst = true;
        int entityPageSize = 50;
        JsonNode entities = fm.node("entities").orElse(null);
        if (entities != null) {
            linkFirst = entities.path("linkFirstMention").asBoolean(true);
            JsonNode size = entities.path("pageSize");
            if (!size.isMissingNode()) {
                if (size.canConvertToInt() && size.asInt() > 0) {
                    entityPageSize = size.asInt();
                } else {
                    fm.error(d, "entities", "entities.pageSize must be a whole number above 0, like 50");
                }
            }
            if (entities.has("kinds")) {
                kinds = kinds(entities.get("kinds"), fm, d);
            }
        }

        Map<String, List<String>> patterns = new HashMap<>(Map.of("missions", DEFAULT_PATTERNS));
        Map<String, List<String>> cues = new HashMap<>(Map.of("people", DEFAULT_CUES));
        JsonNode extraction = fm.node("extraction").orElse(null);
        if (extraction != null) {
            readLists(extraction.path("patterns"), patterns, fm, d);
            readLists(extraction.path("cues"), cues, fm, d);
        }
        for (Map.Entry<String, List<String>> e : patterns.entrySet()) {
            for (String regex : e.getValue()) {
                try {
                    java.util.regex.Pattern.compile(regex);
                } catch (java.util.regex.PatternSyntaxException ex) {
                    fm.error(d, "extraction", "pattern \"" + regex + "\" is not a valid regular expression: "
                            + ex.getDescription());
                }
            }
        }

        Map<String, String> keyAliases = new LinkedHashMap<>();
        keyAliases.put("categories", "tags");
        keyAliases.put("description", "summary");
        keyAliases.put("excerpt", "summary");
        fm.node("keys").ifPresent(keys -> keys.properties().forEach(e -> keyAliases.put(e.getKey(), e.getValue().asString())));

        Migration migration = migration(fm, d);

        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fm.fields().entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                params.put(e.getKey(), Values.plain(e.getValue()));
            }
        }
        fm.node("params").ifPresent(p -> p.properties().forEach(e -> params.put(e.getKey(), Values.plain(e.getValue()))));

        return new SiteConfig(title, description, normalizeBaseUrl(baseUrl), language, zone, pageSize, entityPageSize,
                feedSize, author,
                unsafe, linkFirst, kinds, patterns, cues, keyAliases, params, migration, ImageSettings.read(fm, d));
    }

    /** The configuration of a site without site.yaml. */
    public static SiteConfig defaults() {
        return new SiteConfigParser().parse("", "content/site.yaml", new Diagnostics());
    }

    static String normalizeBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
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
        boolean ok = true;
        for (String key : List.of("skipInvalid", "urlFromPath")) {
            ok &= m.path(key).isMissingNode() || m.path(key).isBoolean();
        }
        String fallback = m.path("dateFallback").isValueNode() ? m.path("dateFallback").asString().strip() : "";
        ok &= m.path("dateFallback").isMissingNode() || m.path("dateFallback").isValueNode();
        if (!fallback.isEmpty() && !fallback.equals(Migration.FILE_MOD_TIME)
                && !io.orbitpress.frontmatter.DateValue.parse(fallback, ZoneId.of("UTC")).ok()) {
            ok = false;
        }
        Set<String> keys = Set.of("skipInvalid", "urlFromPath", "dateFallback");
        for (String key : m.propertyNames()) {
            ok &= keys.contains(key);
        }
        if (!ok) {
            fm.error(d, "migration", usage);
            return Migration.none();
        }
        return new Migration(m.path("skipInvalid").asBoolean(false), m.path("urlFromPath").asBoolean(false), fallback);
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
            fm.error(d, "entities", "entities.kinds must be a list of kinds, each with at least a key");
            return EntityKind.defaults();
        }
        List<EntityKind> out = new ArrayList<>();
        for (JsonNode k : list) {
            String key = k.path("key").asString("");
            if (!key.matches("[a-z][a-z0-9-]*")) {
                fm.error(d, "entities", "each entity kind needs a key of lowercase letters, digits and hyphens, like people");
                continue;
            }
            List<String> fmKeys = new ArrayList<>();
            if (k.has("frontMatterKeys")) {
                k.get("frontMatterKeys").forEach(x -> fmKeys.add(x.asString()));
            } else {
                fmKeys.add(key);
            }
            if (!SafePath.isPath(k.path("url").asString(key))) {
                fm.error(d, "entities", "entity kind " + key + ": url \"" + k.path("url").asString() + "\" is not a safe"
                        + " path; use letters, digits and hyphens, like " + key);
                continue;
            }
            String singular = k.path("singular").asString(capitalize(key));
            out.add(new EntityKind(key, k.path("folder").asString(key), k.path("url").asString(key), singular,
                    k.path("plural").asString(capitalize(key)), fmKeys, k.path("schemaType").asString("Thing"),
                    k.path("person").asBoolean(false)));
        }
        return out.isEmpty() ? EntityKind.defaults() : out;
    }

    private static void readLists(JsonNode node, Map<String, List<String>> into, FrontMatter fm, Diagnostics d) {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            fm.error(d, "extraction", "extraction.patterns and extraction.cues map a kind to a list, like missions: [\"Crew-\\\\d+\"]");
            return;
        }
        node.properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asString()));
            into.put(e.getKey(), List.copyOf(values));
        });
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
