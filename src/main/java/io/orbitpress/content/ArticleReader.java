package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SafePath;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.Values;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.DateValue;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.frontmatter.FrontMatterSplitter;
import io.orbitpress.frontmatter.Split;
import io.orbitpress.model.SourceLink;
import io.orbitpress.source.SourceFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one article file into {@link ArticleMeta}: splits and parses its front matter, checks
 * every field, reports each problem at its line. Stateless after construction; shared by threads.
 */
public final class ArticleReader {

    private static final Set<String> KNOWN = Set.of("title", "date", "updated", "lastmod", "slug", "summary", "author",
            "dateline", "source", "image", "image_alt", "image_caption", "image_credit", "image_copyright", "tags", "draft", "published", "aliases",
            "redirect_from", "layout", "url", "permalink", "path", "publishDate", "publishdate", "last_modified_at");

    /** Keys that give the page's URL, first found wins: Hugo, Jekyll, Zola. */
    private static final List<String> URL_KEYS = List.of("url", "permalink", "path");

    private final SiteConfig config;
    private final FrontMatterParser parser;

    public ArticleReader(SiteConfig config, FrontMatterParser parser) {
        this.config = config;
        this.parser = parser;
    }

    /**
     * Reads one article. With {@code migration.skipInvalid}, a file with errors is left out: its
     * errors are reported as warnings (saying so) and nothing is returned; other files keep their
     * warnings as they are.
     */
    public Optional<ArticleMeta> read(SourceFile file, Diagnostics d) {
        if (!config.migration().skipInvalid()) {
            return check(file, d);
        }
        Diagnostics own = new Diagnostics();
        Optional<ArticleMeta> meta = check(file, own);
        if (!own.hasErrors()) {
            d.addAll(own.list());
            return meta;
        }
        for (Diagnostic x : own.list()) {
            d.add(x.isError() ? Diagnostic.warning(x.path(), x.line(), x.column(), x.message()
                    + " (file left out: migration.skipInvalid)") : x);
        }
        return Optional.empty();
    }

    private Optional<ArticleMeta> check(SourceFile file, Diagnostics d) {
        String path = file.path();
        Split split = FrontMatterSplitter.split(file.text());
        FrontMatter fm = parser.parse(split, path, d);
        if (split.unclosedAt() > 0) {
            return Optional.empty();
        }
        Map<String, JsonNode> aliased = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : config.keyAliases().entrySet()) {
            fm.node(e.getKey()).ifPresent(v -> aliased.put(e.getValue(), v));
        }

        String fileName = file.file().getFileName().toString();
        Optional<String> title = fm.text("title", d);
        if (title.isEmpty()) {
            if (!fm.has("title") && fm.intact()) {
                d.error(path, fm.place("title").line(), 1, split.hasFrontMatter()
                        ? "missing title; add a line like title: \"Crew-11 reaches the station\" to the front matter"
                        : "no front matter; an article starts with ---, then title: and date: lines, then ---");
            }
        }
        String dateKey = first(fm, "date", "publishDate", "publishdate");
        ZonedDateTime date = date(fm, dateKey, d).orElse(null);
        if (date == null && !fm.has(dateKey)) {
            String fromName = Slugs.dateFromFileName(fileName);
            if (!fromName.isEmpty()) {
                date = DateValue.parse(fromName, config.timeZone()).value();
            } else if (!config.migration().dateFallback().isEmpty()) {
                date = fallbackDate(file, d);
            } else if (split.hasFrontMatter() && fm.intact()) {
                d.error(path, fm.place("date").line(), 1,
                        "missing date; add a line like date: 2025-07-30 to the front matter");
            }
        }
        ZonedDateTime updated = date(fm, first(fm, "updated", "lastmod", "last_modified_at"), d).orElse(null);

        String slug;
        if (fm.has("slug")) {
            slug = fm.text("slug", d).orElse("");
            if (!Slugs.isSafe(slug)) {
                fm.error(d, "slug", "slug \"" + printable(slug) + "\" is not a safe URL segment; use letters, digits"
                        + " and hyphens, like crew-11-launch");
                slug = "";
            }
        } else {
            String base = Slugs.fromFileName(fileName);
            slug = Slugs.isSafe(base) ? base : Slugs.make(base);
            if (slug.isEmpty()) {
                d.error(path, 1, 1, "cannot make a URL from the file name \"" + fileName + "\"; add slug: to the front matter");
            }
        }

        String summary = fm.text("summary", d).orElse("");
        if (summary.isEmpty() && aliased.containsKey("summary") && aliased.get("summary").isValueNode()) {
            summary = aliased.get("summary").asString().strip();
        }
        String author = fm.text("author", d).orElse(config.author());
        String dateline = fm.text("dateline", d).orElse("");
        SourceLink source = source(fm, d);
        String image = fm.text("image", d).orElse("");
        String imageAlt = fm.text("image_alt", d).orElse("");
        if (!image.isEmpty() && imageAlt.isEmpty() && !fm.has("image_alt")) {
            fm.warning(d, "image", "image has no alt text; add image_alt: describing what the picture shows"
                    + " (image_alt: \"\" marks a picture that is only decoration)");
        }
        if (!image.isEmpty() && !Addresses.isImage(image)) {
            fm.error(d, "image", "image must be a path or an http(s) URL, like /images/launch.jpg");
            image = "";
        }
        List<String> tags = new ArrayList<>(fm.textList("tags", true, d));
        List<JsonNode> moreTags = new ArrayList<>();
        if (aliased.containsKey("tags")) {
            moreTags.add(aliased.get("tags"));
        }
        fm.node("taxonomies").ifPresent(t -> List.of("tags", "categories").forEach(k -> {
            if (t.has(k)) {
                moreTags.add(t.get(k));
            }
        }));
        for (JsonNode more : moreTags) {
            for (String t : textList(more)) {
                if (!tags.contains(t)) {
                    tags.add(t);
                }
            }
        }
        boolean draft = fm.flag("draft", d) || (fm.has("published") && !fm.flag("published", d));

        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            List<String> list = new ArrayList<>();
            for (String key : kind.frontMatterKeys()) {
                for (String id : ids(fm, key, d)) {
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                }
            }
            if (!list.isEmpty()) {
                ids.put(kind.key(), list);
            }
        }

        List<String> redirects = new ArrayList<>();
        for (String key : List.of("aliases", "redirect_from")) {
            for (String from : fm.textList(key, false, d)) {
                // as strict as a slug: a segment like "javascript:x" or an empty one ("//host") could
                // turn a link to the redirect into a link with a scheme or to another host
                if (SafePath.isRoute(from)) {
                    redirects.add(from.startsWith("/") ? from : "/" + from);
                } else {
                    fm.error(d, key, "redirect \"" + printable(from) + "\" is not a safe path; use letters, digits and"
                            + " hyphens between slashes, like /2015/06/old-slug/");
                }
            }
        }

        Set<String> known = new HashSet<>(KNOWN);
        config.kinds().forEach(k -> known.addAll(k.frontMatterKeys()));
        known.addAll(config.keyAliases().keySet());
        Map<String, Object> params = new LinkedHashMap<>();
        fm.fields().forEach((k, v) -> {
            if (!known.contains(k)) {
                params.put(k, Values.plain(v));
            }
        });

        if (title.isEmpty() || date == null || slug.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime shown = date.withZoneSameInstant(config.timeZone());
        String url = "/articles/" + slug + "/";
        if (config.migration().urlFromPath()) {
            FolderRoute route = FolderRoute.of(file.relative(), slug);
            Permalink.Result r = Permalink.expand(route.url(), slug, shown, List.of());
            if (!r.ok()) {
                d.error(path, 1, 1, "the URL from this file's folders " + r.problem());
                return Optional.empty();
            }
            url = r.url();
            slug = route.slug();
        }
        String urlKey = URL_KEYS.stream().filter(fm::has).findFirst().orElse(null);
        if (urlKey != null) {
            Optional<String> asked = fm.text(urlKey, d);
            if (asked.isPresent()) {
                List<String> categories = aliased.containsKey("tags") ? textList(aliased.get("tags")) : List.of();
                Permalink.Result r = Permalink.expand(asked.get(), slug, shown, categories);
                if (!r.ok()) {
                    fm.error(d, urlKey, urlKey + " " + r.problem());
                    return Optional.empty();
                }
                url = r.url();
            }
        }
        return Optional.of(new ArticleMeta(path, slug, url, title.get(), shown,
                updated == null ? null : updated.withZoneSameInstant(config.timeZone()), summary, author, dateline, source,
                image, imageAlt, fm.text("image_caption", d).orElse(""), tags, draft, ids, redirects, params,
                split.body(), split.bodyLine(), fm));
    }

    /** The date {@code migration.dateFallback} gives a file that has none. */
    private ZonedDateTime fallbackDate(SourceFile file, Diagnostics d) {
        String fallback = config.migration().dateFallback();
        if (!fallback.equals(io.orbitpress.config.Migration.FILE_MOD_TIME)) {
            return DateValue.parse(fallback, config.timeZone()).value();
        }
        try {
            return java.nio.file.Files.getLastModifiedTime(file.file()).toInstant().atZone(config.timeZone());
        } catch (java.io.IOException e) {
            d.error(file.path(), 0, 0, "cannot read the file's modification time for dateFallback: " + e.getMessage());
            return null;
        }
    }

    /** The first of {@code keys} the front matter has; the first key when it has none. */
    private static String first(FrontMatter fm, String... keys) {
        for (String k : keys) {
            if (fm.has(k)) {
                return k;
            }
        }
        return keys[0];
    }

    /**
     * The ids listed under {@code key}; a dotted key reaches into a table, as Zola's
     * {@code taxonomies.authors} (configured in site.yaml's frontMatterKeys).
     */
    private static List<String> ids(FrontMatter fm, String key, Diagnostics d) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return fm.textList(key, false, d);
        }
        JsonNode n = fm.node(key.substring(0, dot)).orElse(null);
        for (String part : key.substring(dot + 1).split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? List.of() : textList(n);
    }

    private Optional<ZonedDateTime> date(FrontMatter fm, String key, Diagnostics d) {
        Optional<String> text = fm.text(key, d);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DateValue.Result r = DateValue.parse(text.get(), config.timeZone());
        if (!r.ok()) {
            fm.error(d, key, r.problem());
            return Optional.empty();
        }
        if (r.advice() != null) {
            fm.warning(d, key, r.advice());
        }
        return Optional.of(r.value());
    }

    private static SourceLink source(FrontMatter fm, Diagnostics d) {
        Optional<JsonNode> n = fm.node("source");
        if (n.isEmpty()) {
            return null;
        }
        JsonNode v = n.get();
        if (v.isValueNode()) {
            return new SourceLink(v.asString(), "");
        }
        if (v.isObject()) {
            String url = v.path("url").asString("");
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                fm.error(d, "source", "source url must be an http(s) address");
                url = "";
            }
            return new SourceLink(v.path("name").asString(url), url);
        }
        fm.error(d, "source", "source must be a name, or name: and url: lines");
        return null;
    }

    private static List<String> textList(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> {
                if (x.isValueNode() && !x.asString().isBlank()) {
                    out.add(x.asString().strip());
                }
            });
        } else if (v.isValueNode()) {
            for (String s : v.asString().split(v.asString().contains(",") ? "," : "\\s+")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
