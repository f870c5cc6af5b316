package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.Values;
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
            "dateline", "source", "image", "image_alt", "image_caption", "tags", "draft", "published", "aliases",
            "redirect_from", "layout");

    private final SiteConfig config;
    private final FrontMatterParser parser;

    public ArticleReader(SiteConfig config, FrontMatterParser parser) {
        this.config = config;
        this.parser = parser;
    }

    public Optional<ArticleMeta> read(SourceFile file, Diagnostics d) {
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
        ZonedDateTime date = date(fm, "date", d).orElse(null);
        if (date == null && !fm.has("date")) {
            String fromName = Slugs.dateFromFileName(fileName);
            if (!fromName.isEmpty()) {
                date = DateValue.parse(fromName, config.timeZone()).value();
            } else if (split.hasFrontMatter() && fm.intact()) {
                d.error(path, fm.place("date").line(), 1,
                        "missing date; add a line like date: 2025-07-30 to the front matter");
            }
        }
        ZonedDateTime updated = date(fm, fm.has("updated") ? "updated" : "lastmod", d).orElse(null);

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
        if (!image.isEmpty() && imageAlt.isEmpty()) {
            fm.warning(d, "image", "image has no alt text; add image_alt: describing what the picture shows");
        }
        if (!image.isEmpty() && !io.orbitpress.markdown.MarkdownEngine.isSafeUrl(image)) {
            fm.error(d, "image", "image must be a path or an http(s) URL");
            image = "";
        }
        List<String> tags = new ArrayList<>(fm.textList("tags", true, d));
        if (aliased.containsKey("tags")) {
            for (String t : textList(aliased.get("tags"))) {
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
                for (String id : fm.textList(key, false, d)) {
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
                String route = from.startsWith("/") ? from : "/" + from;
                if (route.contains("..") || route.contains("\\") || route.chars().anyMatch(c -> c < 0x20)) {
                    fm.error(d, key, "redirect \"" + printable(from) + "\" is not a safe path; use one like /2015/06/old-slug/");
                } else {
                    redirects.add(route);
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
        return Optional.of(new ArticleMeta(path, slug, title.get(), date.withZoneSameInstant(config.timeZone()),
                updated == null ? null : updated.withZoneSameInstant(config.timeZone()), summary, author, dateline, source,
                image, imageAlt, fm.text("image_caption", d).orElse(""), tags, draft, ids, redirects, params,
                split.body(), split.bodyLine(), fm));
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
