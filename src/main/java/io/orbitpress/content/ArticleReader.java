package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SafePath;
import io.orbitpress.config.Limits;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.Values;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.DateValue;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.frontmatter.FrontMatterSplitter;
import io.orbitpress.frontmatter.Split;
import io.orbitpress.markdown.MarkdownLimits;
import io.orbitpress.model.Correction;
import io.orbitpress.model.SeriesRef;
import io.orbitpress.model.SourceLink;
import io.orbitpress.source.SourceFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads one article file into {@link ArticleMeta}: splits and parses its front matter, checks
 * every field, reports each problem at its line. Stateless after construction; shared by threads.
 */
public final class ArticleReader {

    /** Keys that give the page's URL, first found wins: Hugo, Jekyll, Zola. */
    public static final List<String> URL_KEYS = List.of("url", "permalink", "path");
    /** Keys that list the old addresses that lead to the page: Hugo, Jekyll. */
    public static final List<String> REDIRECT_KEYS = List.of("aliases", "redirect_from");

    private final SiteConfig config;
    private final FrontMatterParser parser;
    private final FrontMatterKeys keys;

    public ArticleReader(SiteConfig config, FrontMatterParser parser) {
        this.config = config;
        // a key that holds a story back set twice is an error: a slip there publishes the story
        this.parser = parser.settingOnce(k -> FrontMatterKeys.HOLDS.contains(k)
                || FrontMatterKeys.HOLDS.contains(config.keyAliases().getOrDefault(k, k)));
        this.keys = new FrontMatterKeys(config);
    }

    /**
     * Reads one article. With {@code migration.skipInvalid}, a file with errors is left out: its
     * errors are reported as warnings (saying so) and nothing is returned; other files keep their
     * warnings as they are.
     */
    public Optional<ArticleMeta> read(SourceFile file, Diagnostics d) {
        return read(file, d, named -> { });
    }

    /**
     * The names a story's front matter gives ({@code people:}, {@code authors:}, per entity kind),
     * and the layout it asks for ("" for none), read from a story that cannot be made (no title,
     * an unreadable date): what the build can still check, so that a writer hears of every
     * problem of the front matter at once.
     */
    public record Named(FrontMatter frontMatter, Map<String, List<String>> ids, Map<String, List<String>> bylineIds,
            String layout) {
    }

    /**
     * As {@link #read(SourceFile, Diagnostics)}; a story whose front matter was read but that
     * cannot be made gives its names to {@code unmade} (not under {@code migration.skipInvalid},
     * which leaves such a file out).
     */
    public Optional<ArticleMeta> read(SourceFile file, Diagnostics d, java.util.function.Consumer<Named> unmade) {
        if (!config.migration().skipInvalid()) {
            return check(file, d, unmade);
        }
        Diagnostics own = new Diagnostics();
        Optional<ArticleMeta> meta = check(file, own, named -> { });
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

    private Optional<ArticleMeta> check(SourceFile file, Diagnostics d, java.util.function.Consumer<Named> unmade) {
        if (!fileWithinLimit(file, config.limits(), d)) {
            return Optional.empty();
        }
        String path = file.path();
        if (sectionPage(file)) {
            // checked before its front matter, which a section page writes without a date
            d.warning(path, 1, 1, "this is a section page (" + file.file().getFileName() + "), the text Hugo and"
                    + " Zola show above a folder's list of pages; Orbitpress makes its lists itself (the home page, topics) and has no"
                    + " section pages, so it is not published: remove the file, or rename it and give it a date to"
                    + " publish its text as a story");
            return Optional.empty();
        }
        String foreign = bundleCodeNotListed(path);
        if (foreign != null) {
            d.error(path, 1, 1, bundleInLanguageNotListed(foreign));
            return Optional.empty();
        }
        Split split = FrontMatterSplitter.split(file.text());
        FrontMatter parsed = parser.parse(split, path, d);
        if (split.unclosedAt() > 0) {
            return Optional.empty();
        }
        // a key site.yaml's keys: names is read as the key it stands for (embargoUntil as publishDate);
        // topics and a summary are gathered from every key that stands for them, below
        Map<String, String> renamed = new LinkedHashMap<>(config.keyAliases());
        renamed.values().removeIf(k -> k.equals("tags") || k.equals("summary"));
        // in an archive moved over, a key in another case (Title:, Tags:, as Hugo reads them) is the key read,
        // unless the file has that key too
        Map<String, String> cased = new LinkedHashMap<>();
        if (migrating()) {
            for (String k : parsed.fields().keySet()) {
                keys.inOtherCase(k).filter(known -> !parsed.fields().containsKey(known)
                        && !cased.containsValue(known)).ifPresent(known -> cased.put(k, known));
            }
        }
        FrontMatter fm = parsed.withAliases(cased).withAliases(renamed);
        // a text of topics is a topic a word, or a comma-separated list, as Jekyll reads YAML; Hugo reads a
        // TOML (or JSON) text as one topic: tags = "solar orbiter" is the topic solar-orbiter
        boolean jekyllWords = split.format() == Split.Format.YAML;
        Map<String, JsonNode> aliased = new LinkedHashMap<>();
        // the topics of every key that stands for tags (Jekyll's categories and category), in site.yaml's order
        List<String> aliasedTags = new ArrayList<>();
        for (Map.Entry<String, String> e : config.keyAliases().entrySet()) {
            fm.node(e.getKey()).ifPresent(v -> {
                aliased.put(e.getValue(), v);
                if (e.getValue().equals("tags")) {
                    // Jekyll's category: names one category, spaces and all; categories: a b names two
                    for (String t : (e.getKey().equals("category") || !jekyllWords) && v.isValueNode()
                            ? List.of(v.asString().strip()) : textList(v)) {
                        if (!t.isEmpty() && !aliasedTags.contains(t)) {
                            aliasedTags.add(t);
                        }
                    }
                }
            });
        }

        String fileName = file.file().getFileName().toString();
        Optional<String> title = fm.text("title", d);
        if (title.isEmpty() && !fm.has("title") && fm.intact() && split.hasFrontMatter() && movedPost(file, fileName)) {
            // a Jekyll post without a title has one made of its file name, by Jekyll: so here, in an archive moved over
            String words = Slugs.fromFileName(fileName).replace('_', '-');
            StringBuilder made = new StringBuilder();
            for (String w : words.split("-+")) {
                if (!w.isEmpty()) {
                    made.append(made.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0)))
                            .append(w.substring(1));
                }
            }
            if (made.length() > 0) {
                title = Optional.of(made.toString());
                d.warning(path, fm.place("title").line(), fm.place("title").column(), "no title: as Jekyll does for a"
                        + " post, the title is made of the file's name, \"" + made + "\"; add a line like title: \""
                        + made + "\" to give it its own");
            }
        }
        if (title.isEmpty()) {
            if (!fm.has("title") && fm.intact()) {
                d.error(path, fm.place("title").line(), fm.place("title").column(), split.hasFrontMatter()
                        ? "missing title; add a line like title: \"Crew-11 reaches the station\" to the front matter"
                        : "no front matter; an article starts with ---, then title: and date: lines, then ---");
            } else if (blank(fm, "title")) {
                fm.error(d, "title", "the title is empty; write the headline, like title: \"Crew-11 reaches the station\"");
            }
        }
        boolean post = jekyllPost(file);
        String dateKey = first(fm, "date", "publishDate", "publishdate");
        String eleventy = eleventyDate(fm, dateKey);
        ZonedDateTime date = eleventy == null ? date(fm, dateKey, post, d).orElse(null)
                : !config.migration().dateFallback().isEmpty() ? fallbackDate(file, d)
                : eleventyDateError(fm, dateKey, eleventy, file, d);
        if (date == null && blank(fm, dateKey)) {
            fm.error(d, dateKey, dateKey + " is empty; write the day, like " + dateKey + ": 2025-07-30, or delete the line");
        }
        if (date == null && !fm.has(dateKey)) {
            String fromName = Slugs.dateFromFileName(fileName);
            if (!fromName.isEmpty()) {
                date = DateValue.parse(fromName, config.timeZone()).value();
            } else if (!config.migration().dateFallback().isEmpty()) {
                date = fallbackDate(file, d);
            } else if (split.hasFrontMatter() && fm.intact()) {
                d.error(path, fm.place("date").line(), fm.place("date").column(),
                        "missing date; add a line like date: 2025-07-30 to the front matter");
            }
        }
        String updatedKey = first(fm, "updated", "lastmod", "last_modified_at");
        ZonedDateTime updated = date(fm, updatedKey, post, d).orElse(null);
        if (updated != null && date != null && updated.isBefore(date)) {
            fm.warning(d, updatedKey, updatedKey + " is before the article's date, so the story would say it was updated"
                    + " before it was written; check the two dates");
        }

        String slug;
        if (fm.has("slug")) {
            slug = fm.text("slug", d).orElse("");
            if (!config.unicodeSlugs() && !Slugs.isSafe(slug) && Slugs.isUnicodeSafe(slug)) {
                // letters of another script: safe, but this site writes its addresses in Latin letters
                String latin = Slugs.make(slug);
                fm.error(d, "slug", "slug \"" + slug + "\" has letters outside a-z, and this site's addresses are"
                        + " written in Latin letters; write it as slug: " + (latin.isEmpty() ? "crew-11-launch" : latin)
                        + ", or set slugs: unicode in site.yaml to keep every script's letters");
                slug = "";
            } else if (Slugs.tooLong(slug)) {
                fm.error(d, "slug", "slug \"" + printable(slug) + "\" is too long to be a file's name: "
                        + slug.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes, and a slug may"
                        + " have 200 (a letter outside a-z takes two or more); shorten it");
                slug = "";
            } else if (!Slugs.isSafe(slug) && !(config.unicodeSlugs() && Slugs.isUnicodeSafe(slug))) {
                fm.error(d, "slug", "slug \"" + printable(slug) + "\" is not a safe URL segment; use letters, digits"
                        + " and hyphens, like crew-11-launch");
                slug = "";
            } else if (Slugs.isWindowsDevice(slug)) {
                fm.error(d, "slug", "slug \"" + slug + "\" is " + Slugs.WINDOWS_DEVICES + "; choose another slug");
                slug = "";
            }
        } else {
            slug = Slugs.ofFile(storyName(path, config), config.unicodeSlugs());
            if (slug.isEmpty() && namesLost(fileName)) {
                d.error(path, 1, 1, "cannot read this file's name: Java reads file names here as "
                        + System.getProperty("sun.jnu.encoding") + ", not UTF-8, because the locale is not a UTF-8"
                        + " one (LANG or LC_ALL unset, or C); build with one, such as LANG=C.UTF-8");
            } else if (slug.isEmpty()) {
                d.error(path, 1, 1, "cannot make a URL from the file name \"" + fileName + "\"; add slug: to the front matter");
            } else if (Slugs.isWindowsDevice(slug)) {
                d.error(path, 1, 1, "the file name gives the slug \"" + slug + "\", " + Slugs.WINDOWS_DEVICES
                        + "; rename the file or add slug: to the front matter");
                slug = "";
            }
        }

        String summary = fm.text("summary", d).orElse("");
        if (summary.isEmpty() && aliased.containsKey("summary") && aliased.get("summary").isValueNode()) {
            summary = aliased.get("summary").asString().strip();
        }
        String author = author(fm, d);
        String dateline = fm.text("dateline", d).orElse("");
        SourceLink source = source(fm, d);
        String image = Addresses.image(fm, d);
        String imageAlt = fm.text("image_alt", d).orElse("");
        if (!image.isEmpty() && imageAlt.isEmpty() && !fm.has("image_alt")) {
            fm.warning(d, "image", "image has no alt text; add image_alt: describing what the picture shows"
                    + " (image_alt: \"\" marks a picture that is only decoration)");
        }
        if (!image.isEmpty() && !Addresses.isImage(image)) {
            fm.error(d, "image", Addresses.notAnImage(image, "/images/launch.jpg"));
            image = "";
        }
        List<String> tags = new ArrayList<>(jekyllWords || !fm.node("tags").map(JsonNode::isValueNode).orElse(false)
                ? fm.textList("tags", true, d) : fm.text("tags", d).stream().toList());
        // a topic written in quotation marks of the page's language («Союз МС-27», “Crew-11”): its name within them
        tags.replaceAll(ArticleReader::unquoted);
        tags.removeIf(String::isBlank);
        fm.node("tags").filter(t -> t.isString() && !t.asString().contains(",") && tags.size() > 1
                && t.asString().chars().anyMatch(c -> Character.isLetter(c) && c > 0x7F)).ifPresent(t ->
                        // tags: Новый год, read as Jekyll reads tags: a topic a word (English words written so are
                        // a Jekyll archive's topics); in another script, one topic is likelier meant
                        fm.warning(d, "tags", "tags: " + printable(t.asString().strip()) + " is read as " + tags.size()
                                + " topics, a word each (" + String.join(", ", tags) + "); write tags: ["
                                + unquoted(t.asString()) + "] for one topic, or tags: [" + String.join(", ", tags)
                                + "] to keep them"));
        for (String t : aliasedTags) {
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        List<JsonNode> moreTags = new ArrayList<>();
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
        for (String t : tags) {
            if (Slugs.isWindowsDevice(Slugs.make(t))) {
                String key = fm.has("tags") ? "tags" : config.keyAliases().entrySet().stream()
                        .filter(e -> e.getValue().equals("tags") && fm.has(e.getKey())).map(Map.Entry::getKey)
                        .findFirst().orElse("taxonomies");
                fm.error(d, key, "tag \"" + t + "\" makes the page /tags/" + Slugs.make(t) + "/, "
                        + Slugs.WINDOWS_DEVICES + "; write the tag another way");
            }
        }
        boolean draft = fm.flag("draft", d) || (fm.has("published") && !fm.flag("published", d));

        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            List<String> list = new ArrayList<>();
            for (String key : kind.frontMatterKeys()) {
                for (String id : ids(fm, key, kind, d)) {
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
        for (String key : REDIRECT_KEYS) {
            // one old address may be written alone, as jekyll-redirect-from takes it: redirect_from: /old/
            boolean one = fm.node(key).map(n -> n.isString()).orElse(false);
            for (String from : one ? fm.text(key, d).stream().toList() : fm.textList(key, false, d)) {
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

        Map<String, Object> params = params(fm, cased.keySet(), d);
        io.orbitpress.config.Language language = language(file, fm, d);
        DeskMeta desk = desk(fm, dateKey, date, language, post, d);
        String translationKey = fm.text("translationKey", d).orElse("");

        boolean within = bodyWithinLimits(split, path, config.limits(), d);
        if (title.isEmpty() || date == null || slug.isEmpty() || !within) {
            unmade.accept(new Named(fm, ids, desk.bylineIds(), desk.layout()));
            return Optional.empty();
        }
        ZonedDateTime shown = date.withZoneSameInstant(config.timeZone());
        String url = language.url("/articles/" + slug + "/");
        String ownSlug = slug; // what a permalink's :title and :slug give, whatever migration makes the slug
        if (config.migration().urlFromPath()) {
            // a version named by its language (docs/intro.ru.md) has its original's path, under its language's folder
            Optional<io.orbitpress.config.Language> named = nameLanguage(fileName, config);
            String relative = file.relative().replace('\\', '/');
            if (named.isPresent()) {
                relative = relative.substring(0, relative.length() - fileName.length()) + withoutLanguage(fileName, config);
            }
            FolderRoute route = FolderRoute.of(relative, slug);
            Permalink.Result r = Permalink.expand(route.url(), slug, shown, List.of(), config.unicodeSlugs());
            if (!r.ok()) {
                d.error(path, 1, 1, "the URL from this file's folders " + r.problem());
                return Optional.empty();
            }
            url = r.url();
            int slash = relative.indexOf('/');
            if (named.isPresent() && named.get() == language
                    && (slash < 0 || config.language(relative.substring(0, slash)).isEmpty())) {
                url = language.url(url);
            }
            // a version in its language's folder (ru/luna-9.md) has its original's slug, so that the two link each other
            slug = slash > 0 && config.language(relative.substring(0, slash)).isPresent()
                    ? FolderRoute.of(relative.substring(slash + 1), slug).slug() : route.slug();
        }
        String urlKey = URL_KEYS.stream().filter(fm::has).findFirst().orElse(null);
        List<String> categories = new ArrayList<>(post ? postFolders(file) : List.of());
        aliasedTags.stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        if (urlKey == null && !config.permalink().isEmpty() && (post || !config.migration().urlFromPath())) {
            // site.yaml's pattern, in the story's language; with urlFromPath, for Jekyll's posts alone, as Jekyll
            // and Hugo give their other pages the address of their path
            Permalink.Result r = Permalink.expand(config.permalink(), ownSlug, shown, categories, config.unicodeSlugs());
            if (!r.ok()) {
                d.error(path, 1, 1, "the address site.yaml's permalink gives this story: " + r.problem());
                return Optional.empty();
            }
            url = language.url(r.url());
        }
        if (urlKey != null && fm.node(urlKey).filter(JsonNode::isBoolean).isPresent()) {
            // Eleventy's permalink: false, which was the address /false/
            fm.error(d, urlKey, urlKey + ": " + fm.node(urlKey).get().asString() + (urlKey.equals("permalink")
                    ? " is Eleventy's way to write no page for a file, and Orbitpress publishes every story"
                    : " is no address") + "; to keep this one out, write draft: true in its place, or move the file out"
                    + " of content/");
            return Optional.empty();
        }
        if (urlKey != null) {
            Optional<String> asked = fm.text(urlKey, d);
            if (asked.isPresent()) {
                Permalink.Result r = Permalink.expand(asked.get(), ownSlug, shown, categories, config.unicodeSlugs());
                if (!r.ok()) {
                    fm.error(d, urlKey, urlKey + " " + r.problem());
                    return Optional.empty();
                }
                url = r.url();
            }
        }
        if (!fm.has("author") && language.author() != null) {
            author = language.author(); // site.yaml's author as the story's language writes it
        }
        return Optional.of(new ArticleMeta(path, slug, url, title.get(), shown,
                updated == null ? null : updated.withZoneSameInstant(config.timeZone()), summary, author, dateline, source,
                image, imageAlt, fm.text("image_caption", d).orElse(""), tags, draft, ids, redirects, params,
                split.body(), split.bodyLine(), fm, desk, language.code(),
                translationKey.isEmpty() ? slug : translationKey));
    }

    /** Whether the site reads an archive moved over from another generator ({@code migration:}). */
    private boolean migrating() {
        return config.migration().on();
    }

    /**
     * {@code author:}, the byline as text (site.yaml's when it is not written). A list of names, as
     * Jekyll's multi-author posts write it, is an error saying how to write several authors; in an
     * archive moved over, the names joined by commas (the theme's word for "and" is the page's
     * language's, which the byline's text is not written in), so the story is not left out.
     */
    private String author(FrontMatter fm, Diagnostics d) {
        JsonNode v = fm.node("author").orElse(null);
        if (v == null || !v.isArray()) {
            return fm.text("author", d).orElse(config.author());
        }
        List<String> names = textList(v);
        if (migrating()) {
            return names.isEmpty() ? config.author() : String.join(", ", names);
        }
        String written = names.isEmpty() ? "Ann Lee, Bob Ray" : String.join(", ", names);
        String bylines = config.kinds().stream().filter(k -> !k.bylineKeys().isEmpty())
                .map(k -> k.bylineKeys().get(0)).findFirst()
                .map(k -> ", or list the authors' ids as bylines, like " + k + ": [" + String.join(", ", names.stream()
                        .map(n -> Slugs.make(n)).filter(n -> !n.isEmpty()).toList()) + "]")
                .orElse("");
        fm.error(d, "author", "expected text for \"author\", got a list; write the names as one text, like author: \""
                + printable(written) + "\"" + bylines);
        return config.author();
    }

    /** {@code text} without the quotation marks around it, or at its ends («Союз МС-27», “Crew-11”, „x“, ‹x›). */
    static String unquoted(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "«“„‹\"".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && "»”“›\"".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Whether {@code file} is a Jekyll post (in a {@code _posts} folder, its name dated) of an archive moved over ({@code migration:}). */
    private boolean movedPost(SourceFile file, String fileName) {
        return migrating() && jekyllPost(file) && !Slugs.dateFromFileName(fileName).isEmpty();
    }

    /**
     * The address the story of {@code file} has by its name alone (its language folder's, its file
     * name's slug): what a link to it means when its front matter keeps it from being made. Null
     * when the site takes addresses from its folders ({@code migration.urlFromPath}) or from a pattern
     * (site.yaml {@code permalink:}).
     */
    public static String addressByName(SourceFile file, SiteConfig config) {
        if (config.migration().urlFromPath() || !config.permalink().isEmpty()) {
            return null;
        }
        String relative = file.relative().replace('\\', '/');
        int slash = relative.indexOf('/');
        io.orbitpress.config.Language language = nameLanguage(file.file().getFileName().toString(), config)
                .orElse(slash > 0 ? config.languageOrDefault(relative.substring(0, slash))
                        : config.defaultLanguage());
        String slug = Slugs.ofFile(storyName(file.path(), config), config.unicodeSlugs());
        return slug.isEmpty() ? null : language.url("/articles/" + slug + "/");
    }

    /**
     * The name a story's slug is made of, for the story at {@code path} (from the site folder,
     * {@code content/articles/...}): its file's, or for an {@code index.md} in a folder of its own
     * (a Hugo page bundle, {@code content/articles/crew-11-docks/index.md}) its folder's; a language
     * folder's {@code index.md} keeps its own.
     */
    public static String storyName(String path, SiteConfig config) {
        String[] parts = path.split("/");
        String fileName = withoutLanguage(parts[parts.length - 1], config);
        if (!isNamed(fileName, "index")) {
            return fileName;
        }
        if (parts.length < 4 || parts.length == 4 && config.multilingual() && config.language(parts[2]).isPresent()) {
            return fileName;
        }
        return parts[parts.length - 2] + ".md";
    }

    /**
     * The code of a language the site does not list that the name of a page bundle's story gives
     * ({@code fr} of {@code content/articles/x/index.fr.md} on a site of English and Russian), else
     * null: such a story has no address (a bundle's is its folder's, which its {@code index.md} has).
     */
    private String bundleCodeNotListed(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        String code = nameCode(fileName);
        if (code == null || !LANGUAGE_CODES.contains(code) || config.language(code).isPresent()
                || !isNamed(withoutCode(fileName, code), "index")) {
            return null;
        }
        String index = path.substring(0, path.lastIndexOf('/') + 1) + "index.md";
        return isNamed(storyName(index, config), "index") ? null : code;
    }

    /** The languages {@code config} lists, as a message names them: "the site's are en and ru", "the site's one language is en". */
    public static String listedLanguages(SiteConfig config) {
        List<String> codes = config.languages().stream().map(io.orbitpress.config.Language::code).toList();
        return codes.size() == 1 ? "the site's one language is " + codes.get(0)
                : "the site's are " + String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
    }

    /** What to say of a page bundle's story named for {@code code}, a language the site does not list. */
    private String bundleInLanguageNotListed(String code) {
        List<String> codes = config.languages().stream().map(io.orbitpress.config.Language::code).toList();
        String listed = listedLanguages(config);
        String others = codes.stream().skip(1).map(c -> "index." + c + ".md for the version in "
                + io.orbitpress.config.Language.englishName(c)).collect(java.util.stream.Collectors.joining(", or "));
        return "this page bundle's story is named for " + io.orbitpress.config.Language.englishName(code) + " (index."
                + code + ".md), which site.yaml's languages: do not list (" + listed + "), so it has no address; add \"- code: "
                + code + "\" to languages:, or rename the file index.md" + (others.isEmpty() ? "" : ", or " + others);
    }

    /**
     * Whether {@code file} is Hugo's and Zola's section page ({@code _index.md}, or a version's, {@code
     * _index.ru.md}) with no place of its own: anywhere, but under {@code migration.urlFromPath} in a
     * folder below the articles' one (or its language's folder), which gives it that folder's address.
     */
    private boolean sectionPage(SourceFile file) {
        // _index.fr.md is a section page too on a site without French (a version of one, as Hugo and Zola name it)
        String fileName = file.file().getFileName().toString();
        String code = nameCode(fileName);
        String name = code != null && LANGUAGE_CODES.contains(code) ? withoutCode(fileName, code)
                : withoutLanguage(fileName, config);
        if (!isNamed(name, "_index")) {
            return false;
        }
        if (!config.migration().urlFromPath()) {
            return true;
        }
        String[] folders = file.relative().replace('\\', '/').split("/");
        int depth = folders.length - 1;
        return depth == 0 || depth == 1 && config.language(folders[0]).isPresent();
    }

    /**
     * The code a Markdown file's name gives before its ending, as Hugo names a story's versions
     * ({@code ru} of {@code crew-11.ru.md} and {@code index.ru.md}), or null when it has none
     * ({@code crew-11.md}); whether the site has such a language is not asked.
     */
    public static String nameCode(String fileName) {
        String ending = markdownEnding(fileName);
        int end = ending.isEmpty() ? -1 : fileName.length() - ending.length();
        int dot = end < 0 ? -1 : fileName.lastIndexOf('.', end - 1);
        return dot <= 0 || dot == end - 1 ? null : fileName.substring(dot + 1, end);
    }

    /**
     * The language a story's file at {@code path} (from the site folder: {@code content/articles/ru/x.md})
     * is in by its place alone, as {@link #language} reads it without a {@code lang:}: the one its name
     * gives ({@code x.ru.md}), else that of its language folder, else the site's default.
     */
    public static io.orbitpress.config.Language languageByPlace(String path, SiteConfig config) {
        return placeLanguage(path.startsWith("content/articles/") ? path.substring("content/articles/".length()) : path,
                config);
    }

    /** {@link #languageByPlace} of a file at {@code relative} below the articles' folder ({@code ru/x.md}). */
    private static io.orbitpress.config.Language placeLanguage(String relative, SiteConfig config) {
        int slash = relative.indexOf('/');
        return nameLanguage(relative.substring(relative.lastIndexOf('/') + 1), config)
                .or(() -> slash > 0 ? config.language(relative.substring(0, slash)) : Optional.empty())
                .orElse(config.defaultLanguage());
    }

    /** The language of the site a file's name gives ({@link #nameCode}), if it gives one. */
    public static Optional<io.orbitpress.config.Language> nameLanguage(String fileName, SiteConfig config) {
        String code = nameCode(fileName);
        return code == null ? Optional.empty() : config.language(code);
    }

    /** {@code fileName} without the site language it gives ({@code crew-11.md} of {@code crew-11.ru.md}). */
    public static String withoutLanguage(String fileName, SiteConfig config) {
        return nameLanguage(fileName, config).isEmpty() ? fileName : withoutCode(fileName, nameCode(fileName));
    }

    /** {@code fileName} without {@code code}, the {@link #nameCode} it has. */
    public static String withoutCode(String fileName, String code) {
        int end = fileName.length() - markdownEnding(fileName).length();
        return fileName.substring(0, end - code.length() - 1) + fileName.substring(end);
    }

    /**
     * The ending a story's file name has, {@code .md} or {@code .markdown} in any case ({@code .MD},
     * as {@link io.orbitpress.source.ContentFolder#isMarkdown} reads it), as written; "" for another.
     */
    public static String markdownEnding(String fileName) {
        int n = fileName.length();
        return fileName.regionMatches(true, n - 3, ".md", 0, 3) ? fileName.substring(n - 3)
                : fileName.regionMatches(true, n - 9, ".markdown", 0, 9) ? fileName.substring(n - 9) : "";
    }

    /** Whether {@code fileName} is {@code stem} with a Markdown ending ({@link #markdownEnding}): {@code index.MD}. */
    public static boolean isNamed(String fileName, String stem) {
        String ending = markdownEnding(fileName);
        return !ending.isEmpty() && fileName.length() == stem.length() + ending.length() && fileName.startsWith(stem);
    }

    /** The two-letter codes of ISO 639-1 languages ({@code ru}, {@code uk}), whether the site has them or not. */
    public static final java.util.Set<String> LANGUAGE_CODES = java.util.Set.of(java.util.Locale.getISOLanguages());

    /**
     * The article's language: what {@code lang:} says (one of the site's languages), else the one
     * its file's name gives ({@code crew-11.ru.md}, as Hugo names a story's versions), else that of
     * the language folder it is in ({@code articles/ru/...}), else the site's default.
     */
    private io.orbitpress.config.Language language(SourceFile file, FrontMatter fm, Diagnostics d) {
        if (fm.has("lang")) {
            Optional<String> code = fm.text("lang", d);
            if (code.isPresent()) {
                Optional<io.orbitpress.config.Language> l = config.language(code.get());
                if (l.isPresent()) {
                    return l.get();
                }
                fm.error(d, "lang", "lang " + config.notALanguage(printable(code.get()), code.get()));
            }
            return config.defaultLanguage();
        }
        return placeLanguage(file.relative().replace('\\', '/'), config);
    }

    /**
     * The publication and expiry times. {@code publishDate} beside {@code date} holds the article
     * back until then (alone, it is the date too); {@code expiryDate} takes it down.
     */
    private DeskMeta desk(FrontMatter fm, String dateKey, ZonedDateTime date, io.orbitpress.config.Language language,
            boolean post, Diagnostics d) {
        Map<String, List<String>> bylines = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            List<String> list = new ArrayList<>();
            for (String key : kind.bylineKeys()) {
                for (String id : ids(fm, key, kind, d)) {
                    if (!list.contains(id)) {
                        list.add(id);
                    }
                }
            }
            if (!list.isEmpty()) {
                bylines.put(kind.key(), list);
            }
        }
        String publishKey = only(fm, d, "publishDate", "publishdate");
        ZonedDateTime publish = publishKey.equals(dateKey) ? date : date(fm, publishKey, post, d).orElse(null);
        String expiryKey = only(fm, d, "expiryDate", "expirydate");
        ZonedDateTime expiry = date(fm, expiryKey, post, d).orElse(null);
        ZonedDateTime from = publish != null ? publish : date;
        if (expiry != null && from != null && !expiry.isAfter(from)) {
            fm.warning(d, expiryKey, expiryKey + " is not after the publication time, so the article is never shown;"
                    + " check the two dates");
        }
        java.time.ZoneId zone = config.timeZone();
        return new DeskMeta(publish == null ? null : publish.withZoneSameInstant(zone),
                expiry == null ? null : expiry.withZoneSameInstant(zone), bylines, !fm.has("author"),
                corrections(fm, date, d), series(fm, language, d), layout(fm, d), withdrawal(fm, from, post, d),
                retraction(fm, from, post, d));
    }

    /**
     * The story's retraction ({@code retracted:}, with {@code retractedNote:}), or null: the story
     * stays up, its text under a notice that the desk retracted it, with the note; dated as a
     * correction is, shown as soon as it is written. A note without a time is an error: it was
     * written to retract the story, which would show no notice. A time before the story's
     * publication warns.
     */
    private Correction retraction(FrontMatter fm, ZonedDateTime from, boolean post, Diagnostics d) {
        Noted r = noted(fm, "retracted", from, post, d, "the time the desk retracted the story", "shows no retraction;"
                + " write the time the desk retracted it", "");
        return r == null ? null : Correction.at(r.at(), r.note(), Correction.RETRACTION);
    }

    /**
     * The story's withdrawal ({@code withdrawn:}, with {@code withdrawnNote:}), or null. A note
     * without a time is an error: it was written to withdraw the story, which would stay up. A time
     * before the story's publication warns (the story is then only ever its notice).
     */
    private io.orbitpress.model.Withdrawal withdrawal(FrontMatter fm, ZonedDateTime from, boolean post,
            Diagnostics d) {
        Noted w = noted(fm, "withdrawn", from, post, d, "the time the story is withdrawn", "stays published; write the"
                + " time it is withdrawn", ", so it is never shown, only its notice");
        return w == null ? null : new io.orbitpress.model.Withdrawal(w.at(), w.note());
    }

    /**
     * A time the desk wrote for a story ({@code withdrawn:}), in the site's zone, with its note
     * ({@code withdrawnNote:}).
     */
    private record Noted(ZonedDateTime at, String note) {
    }

    /**
     * The time of {@code key} with the note of {@code key + "Note"}, or null when the story has none:
     * {@code key: true} is an error that says to write {@code what}, a note without the key one that
     * says the story then {@code without} (the story "stays published; write the time it is
     * withdrawn"), and a time before the story's publication warns, {@code before} said after its time.
     */
    private Noted noted(FrontMatter fm, String key, ZonedDateTime from, boolean post, Diagnostics d, String what,
            String without, String before) {
        String noteKey = key + "Note";
        String note = fm.has(noteKey) ? fm.text(noteKey, d).map(String::strip).orElse("") : "";
        JsonNode yesOrNo = fm.node(key).filter(JsonNode::isBoolean).orElse(null);
        if (yesOrNo != null && yesOrNo.booleanValue()) {
            fm.valueError(d, key, key + " takes " + what + ", not yes or no: write " + key + ": 2026-12-02, or a time, "
                    + key + ": 2026-12-02T10:00Z");
            return null;
        }
        if (!fm.has(key) || yesOrNo != null) { // withdrawn: false, a story not withdrawn
            if (fm.has(noteKey)) {
                fm.error(d, noteKey, noteKey + " is written without " + key + ", so the story " + without + " (" + key
                        + ": 2026-12-02), or remove the note");
            }
            return null;
        }
        ZonedDateTime at = date(fm, key, post, d).orElse(null);
        if (at == null) {
            return null;
        }
        if (from != null && at.isBefore(from)) {
            fm.warning(d, key, key + " is before the story's publication time, " + java.time.format
                    .DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").format(from.withZoneSameInstant(
                            config.timeZone())) + before + "; check the two dates");
        }
        return new Noted(at.withZoneSameInstant(config.timeZone()), note);
    }

    /**
     * The keys for templates: those under {@code params:}, and every top-level key Orbitpress does
     * not read (Zola's {@code extra} as it is). A top-level key that is neither read nor declared in
     * site.yaml {@code extraKeys} is a warning, with the key probably meant; an archive moved in
     * ({@code migration:}) keeps its old generator's keys without one.
     */
    private Map<String, Object> params(FrontMatter fm, java.util.Set<String> cased, Diagnostics d) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean quiet = migrating();
        fm.fields().forEach((k, v) -> {
            if (cased.contains(k)) {
                return; // read as the key it is in another case
            }
            if (k.equals("extra")) {
                params.put(k, Values.plain(v));
            } else if (!keys.read(k)) {
                params.put(k, Values.plain(v));
                java.util.Optional<String> holds = keys.holdsMeant(k, v);
                if (holds.isPresent()) {
                    // a slip in a key that holds a story back would publish it: not guessed, and not let pass
                    String message = "unknown key \"" + k + "\"; did you mean \"" + holds.get() + "\"? It would decide"
                            + " when the story may be seen, so the story is not published as it stands: write "
                            + holds.get() + ", or list " + k + " in site.yaml extraKeys";
                    if (quiet) {
                        fm.warning(d, k, message.replace("the story is not published as it stands", "check it"));
                    } else {
                        fm.error(d, k, message);
                    }
                } else if (!quiet && !keys.allowed(k) && keys.meant(k).filter("corrections"::equals).isPresent()
                        && correctionLike(v)) {
                    // a correction under a slip of its key would leave the story uncorrected, the desk unaware
                    fm.error(d, k, "unknown key \"" + k + "\"; did you mean \"corrections\"? As written the correction"
                            + " is not published, and the story goes out without it: write corrections:, or list " + k
                            + " in site.yaml extraKeys");
                } else if (!quiet && !keys.allowed(k)) {
                    fm.warning(d, k, keys.meant(k).map(m -> "unknown key \"" + k + "\"; did you mean \"" + m + "\"?"
                            + " (it is not read, only handed to templates)").orElse("unknown key \"" + k + "\": Orbitpress"
                            + " does not read it; put it under params: for templates, or list it in site.yaml"
                            + " extraKeys"));
                }
            }
        });
        fm.node("params").ifPresent(p -> {
            if (p.isObject()) {
                p.properties().forEach(e -> params.put(e.getKey(), Values.plain(e.getValue())));
            } else {
                fm.error(d, "params", "params holds keys for templates, one per line below it, like params: {kicker:"
                        + " Analysis}");
            }
        });
        return params;
    }

    /** Whether {@code v} is written as a correction is: a {@code date:} or {@code text:} pair, or a list holding one. */
    private static boolean correctionLike(JsonNode v) {
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (correctionLike(item)) {
                    return true;
                }
            }
            return false;
        }
        return v.isObject() && (v.has("text") || v.has("date"));
    }

    /**
     * {@code corrections:}, a list of {@code date:} and {@code text:} pairs, oldest first, each
     * with its anchor on the page.
     */
    private List<Correction> corrections(FrontMatter fm, ZonedDateTime story, Diagnostics d) {
        Optional<JsonNode> node = fm.node("corrections");
        if (node.isEmpty()) {
            return List.of();
        }
        String usage = "each correction needs a date: and a text:, like corrections: [{date: 2025-08-02, text: \"An"
                + " earlier version gave the wrong time.\"}]";
        List<JsonNode> items = new ArrayList<>();
        if (node.get().isArray()) {
            node.get().forEach(items::add);
        } else {
            items.add(node.get());
        }
        List<ZonedDateTime> dates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String index = String.valueOf(i);
            String text = item.path("text").isValueNode() ? item.path("text").asString().strip() : "";
            String dateText = item.path("date").isValueNode() ? item.path("date").asString().strip() : "";
            if (!item.isObject() || text.isEmpty() || dateText.isEmpty()) {
                // at the correction, and at a key one or two letters off date: or text: (txt:), naming it
                String slip = null;
                if (item.isObject()) {
                    for (String name : item.propertyNames()) {
                        if (!name.equals("date") && !name.equals("text")) {
                            String meant = io.orbitpress.diag.Spelling.closest(name, List.of("date", "text")).orElse(null);
                            if (meant != null && slip == null) {
                                slip = name;
                                fm.errorAt(d, "a correction takes " + meant + ":, not " + name + ":; " + usage,
                                        "corrections", index, name);
                            }
                        }
                    }
                }
                // a key there, written as a list or a map (two notes as bullets): told at it, as what it is
                for (String key : List.of("text", "date")) {
                    if (slip == null && item.isObject() && item.has(key) && item.get(key).isContainer()) {
                        slip = key;
                        fm.errorAt(d, "a correction's " + key + ": must be one " + (key.equals("date") ? "date" : "text")
                                + ", not " + (item.get(key).isArray() ? "a list" : "a map") + (key.equals("text")
                                        ? "; write the notes as one text, or a correction each" : "") + ", like "
                                + usage.substring(usage.indexOf("corrections: [")), "corrections", index, key);
                    }
                }
                if (slip == null) {
                    fm.errorAt(d, usage, "corrections", index);
                }
                continue;
            }
            for (String name : item.propertyNames()) {
                if (!name.equals("date") && !name.equals("text")) {
                    // who made it, a link: nowhere on the page, told rather than dropped without a word
                    fm.warningAt(d, "a correction shows its date: and text: alone, so " + name + ": is not on the"
                            + " page; put what it says in the text, or remove it", "corrections", index, name);
                }
            }
            DateValue.Result r = DateValue.parse(dateText, config.timeZone());
            // at the correction's date:
            if (!r.ok()) {
                fm.valueErrorAt(d, "correction " + r.problem(), "corrections", index, "date");
                continue;
            }
            if (r.advice() != null) {
                fm.valueWarningAt(d, "correction " + r.advice(), "corrections", index, "date");
            }
            ZonedDateTime when = r.value().withZoneSameInstant(config.timeZone());
            if (story != null && when.toLocalDate().isBefore(story.withZoneSameInstant(config.timeZone()).toLocalDate())) {
                fm.warningAt(d, "the correction dated " + dateText + " comes before the story's own date; check its"
                        + " date", "corrections", index, "date");
            }
            dates.add(when);
            texts.add(text);
        }
        Integer[] order = new Integer[dates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> dates.get(i).toInstant()));
        List<Correction> out = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            ZonedDateTime t = dates.get(order[i]);
            out.add(Correction.at(t, texts.get(order[i]), "correction-" + (i + 1)));
        }
        return out;
    }

    /**
     * {@code series:}: a name ({@code series: Inside the station}), Hugo's list of one, or a name
     * and a part number ({@code series: {name: Inside the station, part: 2}}).
     */
    private SeriesRef series(FrontMatter fm, io.orbitpress.config.Language language, Diagnostics d) {
        Optional<JsonNode> node = fm.node("series");
        if (node.isEmpty()) {
            return null;
        }
        JsonNode v = node.get();
        if (v.isArray() && v.size() > 0) {
            if (v.size() > 1) {
                fm.warning(d, "series", "an article belongs to one series; the first, \"" + v.get(0).asString()
                        + "\", is used");
            }
            v = v.get(0);
        }
        String name = "";
        int part = 0;
        if (v.isValueNode()) {
            name = v.asString().strip();
        } else if (v.isObject()) {
            name = v.path("name").isValueNode() ? v.path("name").asString().strip() : "";
            JsonNode p = v.path("part");
            if (!p.isMissingNode() && !(p.canConvertToInt() && p.asInt() > 0)) {
                fm.errorAt(d, "series part must be a whole number above 0, like part: 2", "series", "part");
                return null;
            }
            part = p.isMissingNode() ? 0 : p.asInt();
        }
        String slug = Slugs.make(name, config.unicodeSlugs());
        if (name.isEmpty()) {
            fm.error(d, "series", "series needs a name, like series: Inside the station, or series: {name: Inside the"
                    + " station, part: 2}");
            return null;
        }
        if (slug.isEmpty()) {
            fm.error(d, "series", "series \"" + printable(name) + "\" makes no address for its page: its name needs a"
                    + " letter or a digit, like series: Inside the station");
            return null;
        }
        return new SeriesRef(name, slug, language.url("/series/" + slug + "/"), part);
    }

    /**
     * {@code layout:}, the name of a template {@code article-<name>.html}; whether the theme has it is
     * checked later. YAML's {@code ~} is no layout; a name that cannot be a file name is an error (a
     * warning, and no layout, for an archive moved in under {@code migration.skipInvalid}).
     */
    private String layout(FrontMatter fm, Diagnostics d) {
        String layout = fm.text("layout", d).orElse("");
        if (layout.equals("~")) {
            return "";
        }
        if (!layout.isEmpty() && !layout.matches("[a-z0-9][a-z0-9_-]*")) {
            // Eleventy's and others' layouts are named by their template file: layouts/post.njk
            String message = layout.contains("/") || layout.matches("(?s).*\\.(njk|liquid|html?|hbs|ejs|pug|haml|11ty\\.js|erb|mustache)")
                    ? "layout \"" + printable(layout) + "\" is another generator's template file, not a layout name;"
                            + " remove the line to use the article template, or name a layout of the theme in lowercase"
                            + " letters, digits and hyphens, like liveblog (for templates/article-liveblog.html)"
                    : "layout \"" + printable(layout) + "\" is not a layout name; use lowercase letters, digits"
                            + " and hyphens, like liveblog (for templates/article-liveblog.html)";
            if (config.migration().skipInvalid()) {
                fm.warning(d, "layout", message + " (the article template is used: migration.skipInvalid)");
            } else {
                fm.error(d, "layout", message);
            }
            return "";
        }
        return layout;
    }

    /**
     * Whether a content file is within {@code limits.fileCharacters}: a bigger one is an error, and
     * is read no further (parsing it could take more memory than the build has).
     */
    static boolean fileWithinLimit(SourceFile file, Limits limits, Diagnostics d) {
        int length = file.text().length();
        if (length <= limits.fileCharacters()) {
            return true;
        }
        d.error(file.path(), 0, 0, String.format(Locale.ROOT, "this file has %,d characters; a content file may have"
                + " at most %,d (limits.fileCharacters in site.yaml): split it into several", length,
                limits.fileCharacters()));
        return false;
    }

    /**
     * Whether the Markdown body is within {@link MarkdownLimits}: nested no deeper than its levels
     * (deeper, parsing and rendering it would overflow the stack) and no paragraph longer than
     * {@code limits.paragraphCharacters}; if not, an error at its line.
     */
    static boolean bodyWithinLimits(Split split, String path, Limits limits, Diagnostics d) {
        Optional<MarkdownLimits.Problem> over = MarkdownLimits.check(split.body(), limits.paragraphCharacters());
        over.ifPresent(p -> d.error(path, split.bodyLine() + p.line() - 1, p.column(), p.message()));
        return over.isEmpty();
    }

    /**
     * Whether {@code fileName} lost its letters in the decoding of this JVM: it reads file names in
     * the locale's charset ({@code sun.jnu.encoding}), and outside a UTF-8 locale a Cyrillic name
     * comes as question marks.
     */
    static boolean namesLost(String fileName) {
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        return !names.equalsIgnoreCase("UTF-8") && !names.equalsIgnoreCase("UTF8")
                && (fileName.indexOf('?') >= 0 || fileName.indexOf('\uFFFD') >= 0);
    }

    /** Eleventy's words for a date taken from the file or from git, as it reads them, in lowercase. */
    private static final java.util.Set<String> ELEVENTY_DATES = java.util.Set.of("last modified", "created", "git last modified",
            "git created");

    /** The Eleventy word {@code key} gives for the date ({@link #ELEVENTY_DATES}), as written; null when it gives none. */
    private static String eleventyDate(FrontMatter fm, String key) {
        return fm.node(key).filter(JsonNode::isString).map(n -> n.asString().strip())
                .filter(t -> ELEVENTY_DATES.contains(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))).orElse(null);
    }

    /**
     * Tells that {@code key} gives Eleventy's date from the file's time or git ({@code word}), which
     * a copy or a clone changes, and what to write: the file's day, or the git command that prints
     * the day. Null, the story having no date.
     */
    private ZonedDateTime eleventyDateError(FrontMatter fm, String key, String word, SourceFile file, Diagnostics d) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String alternative = ", or date every such story by its file's time with migration: dateFallback: "
                + io.orbitpress.config.Migration.FILE_MOD_TIME + " in site.yaml";
        if (lower.startsWith("git ")) {
            boolean created = lower.equals("git created");
            fm.valueError(d, key, "\"" + word + "\" is Eleventy's date from the file's " + (created ? "first" : "last")
                    + " commit, which Orbitpress does not read from git; write the day it was published, like " + key
                    + ": 2025-07-30 (git log " + (created ? "--diff-filter=A" : "-1") + " --format=%as -- " + file.path()
                    + " prints it)" + alternative);
            return null;
        }
        String day;
        try {
            day = java.nio.file.Files.getLastModifiedTime(file.file()).toInstant().atZone(config.timeZone())
                    .toLocalDate().toString();
        } catch (java.io.IOException e) {
            day = "2025-07-30";
        }
        fm.valueError(d, key, "\"" + word + "\" is Eleventy's date from the file's time, which a copy or a clone of the site"
                + " changes, and the story's date and address with it; write the day it was published, like " + key + ": "
                + day + " (this file's time now)" + alternative);
        return null;
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
     * The first of {@code keys} written, as {@link #first}; an error at each other one written too:
     * the spellings of a key that holds a story back mean the same, and one taken silently over
     * another could publish the story early or keep it up too long.
     */
    static String only(FrontMatter fm, Diagnostics d, String... keys) {
        String key = first(fm, keys);
        for (String k : keys) {
            if (!k.equals(key) && fm.has(k)) {
                fm.error(d, k, k + " is written as well as " + key + ", and they mean the same: keep the one"
                        + " with the time meant, and remove the other");
            }
        }
        return key;
    }

    /**
     * The ids listed under {@code key}; a dotted key reaches into a table, as Zola's
     * {@code taxonomies.authors} (configured in site.yaml's frontMatterKeys).
     */
    private static List<String> ids(FrontMatter fm, String key, EntityKind kind, Diagnostics d) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            List<String> asIds = namesAsIds(fm.node(key).orElse(null));
            if (!asIds.isEmpty()) {
                // names where ids belong ("Mira Castell, Jane Guest"): told the ids, not the names in brackets
                fm.error(d, key, "expected a list for \"" + key + "\", got \"" + fm.node(key).get().asString()
                        + "\"; write it as " + key + ": [" + String.join(", ", asIds) + "], the ids of their files (content/"
                        + kind.folder() + "/" + asIds.get(0) + ".md)");
                return List.of();
            }
            return fm.textList(key, false, d);
        }
        JsonNode n = fm.node(key.substring(0, dot)).orElse(null);
        for (String part : key.substring(dot + 1).split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? List.of() : textList(n);
    }

    /**
     * The ids of the names a text written where a list of ids belongs gives, when one of them is a
     * name rather than an id ({@code "Mira Castell, Jane Guest"}: mira-castell, jane-guest); empty
     * otherwise (a list, or ids already).
     */
    private static List<String> namesAsIds(JsonNode v) {
        if (v == null || !v.isString()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        boolean names = false;
        for (String part : v.asString().split(",")) {
            String id = Slugs.make(part.strip());
            names |= !id.equals(part.strip());
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return names ? ids : List.of();
    }

    /** Whether {@code key} is written with a value of blanks alone ({@code title: ""}), which reads as none. */
    private static boolean blank(FrontMatter fm, String key) {
        return fm.node(key).filter(n -> n.isValueNode() && n.asString().isBlank()).isPresent();
    }

    /** A YAML 1.1 timestamp with a time of day and no offset, as YAML reads one written without quotation marks. */
    private static final java.util.regex.Pattern YAML_TIMESTAMP = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|[ \\t]+)\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d*)?");

    /**
     * The moment {@code key} gives: without an offset, in the site's zone; but in a Jekyll post
     * ({@code post}), a time of day written as a YAML timestamp ({@code date: 2019-03-09 03:00:00},
     * seconds and all, without quotation marks) in UTC, as YAML reads it and Jekyll then shows it in
     * its own timezone. A day alone, or a time in quotation marks or without seconds, Jekyll reads
     * in its timezone, as the site's zone here.
     */
    private Optional<ZonedDateTime> date(FrontMatter fm, String key, boolean post, Diagnostics d) {
        boolean utc = post && fm.plain(key) && fm.node(key)
                .filter(n -> YAML_TIMESTAMP.matcher(n.asString().strip()).matches()).isPresent();
        return date(fm, key, utc ? java.time.ZoneOffset.UTC : config.timeZone(), d);
    }

    /**
     * The folders above a Jekyll post's {@code _posts} folder ({@code news/_posts/x.md}: news), which
     * Jekyll counts as its first categories; a language folder of the site is not one.
     */
    private List<String> postFolders(SourceFile file) {
        List<String> parts = new ArrayList<>(List.of(file.relative().replace('\\', '/').split("/")));
        List<String> folders = new ArrayList<>(parts.subList(0, Math.max(0, parts.indexOf("_posts"))));
        if (!folders.isEmpty() && config.multilingual() && config.language(folders.get(0)).isPresent()) {
            folders.remove(0);
        }
        return folders;
    }

    /** Whether {@code file} is a Jekyll post: a file in a {@code _posts} folder. */
    static boolean jekyllPost(SourceFile file) {
        return ("/" + file.relative().replace('\\', '/')).contains("/_posts/");
    }

    /**
     * The moment {@code key} gives, read in {@code zone} when it names none: an error at the value
     * as written when it cannot be read ({@code 2026-02-30}), a warning there with the advice a
     * clock change calls for.
     */
    static Optional<ZonedDateTime> date(FrontMatter fm, String key, java.time.ZoneId zone, Diagnostics d) {
        Optional<String> text = fm.text(key, d);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DateValue.Result r = DateValue.parse(text.get(), zone);
        if (!r.ok()) {
            fm.valueError(d, key, r.problem());
            return Optional.empty();
        }
        if (r.advice() != null) {
            fm.valueWarning(d, key, r.advice());
        } else if (r.value().getYear() < 1900) {
            // "0025-08-01" reads as the year 25, and would lead the sitemap and the feeds' dates as written
            fm.valueWarning(d, key, key + " is in the year " + r.value().getYear() + "; check the year, like 2025-08-01 (a"
                    + " story's dates are when it was written, and are shown and given to feeds as written)");
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
                fm.errorAt(d, "source url must be an http(s) address", "source", "url");
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

    /** {@code s} with its control characters written as {@code \\uXXXX}, for a message. */
    public static String printable(String s) {
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
