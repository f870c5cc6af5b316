package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.content.ArticleReader;
import io.orbitpress.content.EntityReader;
import io.orbitpress.content.RegistryEntry;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.FrontMatterParser;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.Site;
import io.orbitpress.model.SiteAssembler;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.publish.Publisher;
import io.orbitpress.render.Page;
import io.orbitpress.render.PagePlanner;
import io.orbitpress.render.TemplateRenderer;
import io.orbitpress.render.Urls;
import io.orbitpress.source.ContentFolder;
import io.orbitpress.source.SourceFile;
import io.orbitpress.work.Batch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build pipeline: load → validate → markdown → extract → assemble → plan → render →
 * check → publish. Each step is a method that takes what the previous one returned; problems
 * are collected in one {@link Diagnostics} and stop the build between steps.
 */
public final class Builder {

    private final BuildOptions options;
    private final Path root;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Timings timings = new Timings();
    private final ContentFolder folder;
    /** With a cache, every file read, for the text of a line a message points at. */
    private final List<List<SourceFile>> read = java.util.Collections.synchronizedList(new ArrayList<>());
    private Map<String, String> texts;
    private final BuildCache cache;
    /** The output files the planned pages claim, once planned. */
    private Set<String> pageFiles = Set.of();
    /** Pages planned per kind, when the plan was found to be the last one's in routes and kinds; else null. */
    private Map<String, Integer> pagesByKind;

    public Builder(BuildOptions options) {
        this(options, null);
    }

    /**
     * A builder that reuses what earlier builds with the same cache left (see {@link BuildCache});
     * its result equals that of a builder without one. Builds sharing a cache must not overlap.
     */
    public Builder(BuildOptions options, BuildCache cache) {
        this.options = options;
        this.root = options.source().toAbsolutePath().normalize();
        this.folder = new ContentFolder(root);
        this.cache = cache;
    }

    /** Builds and publishes the site; throws {@link BuildFailure} with every problem when it cannot. */
    public BuildResult build() {
        long start = System.nanoTime();
        Publisher publisher = new Publisher(options.out());
        publisher.prepare(List.of(root, root.resolve("content"), root.resolve("templates")));
        Rendered rendered;
        int files;
        if (cache == null) {
            // pages go to the staging folder as they are rendered: only their links stay in memory
            Publisher.Staging staging = publisher.stage();
            try {
                rendered = render(staging);
            } catch (RuntimeException e) {
                staging.discard();
                throw e;
            }
            files = timings.time("write", () -> {
                staging.publish();
                return rendered.files().size();
            });
        } else {
            rendered = render();
            files = timings.time("write", () -> publisher.publish(rendered.files()));
        }
        return new BuildResult(rendered.pagesByKind(), files, rendered.warnings(), diagnostics.warningCount(),
                rendered.suggestions().size(),
                timings.millis(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Everything a build does except writing: the files it would publish, checked. */
    public Rendered render() {
        return render(null);
    }

    /**
     * @param staging when not null, every file is written there as soon as it is made, and the
     *                result holds the files without their bytes
     */
    private Rendered render(Publisher.Staging staging) {
        Pipeline.Assembled assembled = assemble();
        Site site = assembled.site();
        Loaded loaded = new Loaded(site.config(), List.of(), Map.of());
        List<Page> pages = timings.time("plan", () -> plan(site));
        diagnostics.throwIfErrors();
        // a cache keeps the engine, with its parsed templates and expressions, until a template or setting changes
        TemplateRenderer templates = cache != null && cache.renderer != null ? cache.renderer
                : new TemplateRenderer(root.resolve("templates"), Locale.forLanguageTag(loaded.config().language()));
        if (cache != null) {
            cache.renderer = templates;
        }
        List<LinkChecker.Scan> scans = new ArrayList<>();
        List<OutputFile> files;
        // pages rendered now are checked below: a build that stops before leaves the next one a full check
        boolean linksWereOk = cache != null && cache.linksOk;
        if (cache != null) {
            cache.linksOk = false;
        }
        List<Map.Entry<String, Path>> copies = staticCandidates();
        OutputClashes.refuse(pages, copies, folder::display, diagnostics);
        // what a link may lead to, known before rendering: in a streaming build each page's links are
        // looked at as it is written, and only those the check at the end still needs are kept (see
        // LinkChecker.scan); the build stops before that check if a page or a copy failed, so these are
        // the paths of the files it writes
        Set<String> outputs = staging == null ? Set.of() : new java.util.HashSet<>(pageFiles);
        Map<String, Integer> byKind = pagesByKind != null ? pagesByKind : pagesByKind(pages);
        int pageCount = pages.size();
        if (staging != null) {
            copies.forEach(c -> outputs.add(c.getKey()));
            LinkChecker.Scanner links = new LinkChecker.Scanner(outputs);
            // handed over one by one, so that a page's model (its JSON-LD, lists, links) can go
            // once the page is written instead of staying to the end of a long render
            Page[] todo = pages.toArray(new Page[0]);
            pages.clear();
            List<Written> written = timings.time("render", () -> renderAll(todo, templates, loaded.config(),
                    f -> write(staging, f, links)));
            files = new ArrayList<>(written.size());
            for (Written w : written) {
                files.add(w.file());
                if (w.scan() != null) {
                    scans.add(w.scan());
                }
            }
        } else {
            files = timings.time("render", () -> cache == null
                    ? renderAll(pages.toArray(new Page[0]), templates, loaded.config(), f -> f)
                    : Rerender.render(pages, cache, renderer(templates, loaded.config())));
        }
        diagnostics.throwIfErrors();
        List<OutputFile> statics = timings.time("static", () -> staticFiles(copies));
        diagnostics.throwIfErrors();
        if (staging != null) {
            statics.parallelStream().forEach(staging::write);
        }
        files.addAll(statics);
        timings.time("link check", () -> {
            List<Diagnostic> broken;
            if (staging != null) {
                broken = LinkChecker.checkScanned(outputs, scans, this::sourceText);
            } else {
                broken = cache == null ? LinkChecker.check(files, this::sourceText)
                        : LinkScope.check(files, cache, linksWereOk, this::sourceText);
            }
            if (site.config().migration().skipInvalid()) {
                // an archive moved over from another generator keeps links to pages it never had
                broken.forEach(b -> diagnostics.warning(b.path(), b.line(), b.column(), b.message()));
            } else {
                diagnostics.addAll(broken);
            }
            return null;
        });
        if (cache != null) {
            cache.record(new BuildCache.Stats(pageCount, cache.renderedRoutes.size(), cache.renderedRoutes,
                    cache.fullCheck));
        }
        diagnostics.throwIfErrors();
        return new Rendered(site, List.copyOf(files), byKind, diagnostics.list(), assembled.suggestions());
    }

    /** A file written to the staging folder: kept without its bytes, with its links if it is a page. */
    private record Written(OutputFile file, LinkChecker.Scan scan) {
    }

    private static Written write(Publisher.Staging staging, OutputFile f, LinkChecker.Scanner links) {
        LinkChecker.Scan scan = f.isHtml() && f.bytes() != null ? links.scan(f) : null;
        staging.write(f);
        return new Written(OutputFile.copy(f.path(), null, f.source()), scan);
    }

    /** The steps up to the assembled site: what {@code entities} reports. */
    public Pipeline.Assembled assemble() {
        Loaded loaded = timings.time("load", this::load);
        diagnostics.throwIfErrors();
        Pipeline.Assembled assembled = new Pipeline(loaded.config(), diagnostics, timings, options, cache).site(loaded);
        diagnostics.throwIfErrors();
        return assembled;
    }

    public List<Diagnostic> warnings() {
        return diagnostics.list();
    }

    public Timings timings() {
        return timings;
    }

    /**
     * The text of a content file a message points into. A cold build keeps no file's text past
     * its parsing (at 100,000 articles that is hundreds of megabytes), so it reads the file again
     * for the rare message that needs it.
     */
    private synchronized String sourceText(String path) {
        if (texts == null) {
            texts = new HashMap<>();
            read.forEach(files -> files.forEach(f -> texts.put(f.path(), f.text())));
        }
        if (cache == null && !texts.containsKey(path) && path.startsWith("content/")) {
            texts.put(path, folder.read(root.resolve("content"), root.resolve(path), new Diagnostics())
                    .map(SourceFile::text).orElse(null));
        }
        return texts.get(path);
    }

    /**
     * The files read, the configuration, nothing checked beyond syntax yet. With a cache, a file
     * read as before is the same {@link SourceFile} instance as before.
     */
    record Loaded(SiteConfig config, List<SourceFile> articles, Map<EntityKind, List<SourceFile>> registries) {

        /**
         * Lets go of the article files once their front matter is read, in a build without a
         * cache: at 100,000 articles their text is hundreds of megabytes, and a message that
         * needs a line reads its file again.
         */
        void forgetArticleTexts() {
            if (articles instanceof ArrayList<SourceFile> list) {
                list.clear();
            }
        }
    }

    private Loaded load() {
        SiteConfig config = config();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new BuildFailure(Diagnostic.error(folder.display(content), 0, 0,
                    "no content/ folder here; run the build in a site folder or pass --source DIR"));
        }
        if (!Files.isDirectory(root.resolve("templates"))) {
            throw new BuildFailure(Diagnostic.error(folder.display(root.resolve("templates")), 0, 0,
                    "no templates/ folder here; a site needs templates/ beside content/"));
        }
        if (cache != null) {
            cache.settle(List.of(options, config), BuildCache.contents(templateFiles()));
        }
        Set<Path> changed = cache == null ? null : cache.takeChanged();
        Map<Path, BuildCache.FolderRead> listed = cache == null ? Map.of() : Map.copyOf(cache.folders);
        Path articlesDir = content.resolve("articles");
        List<SourceFile> articles = read(articlesDir, changed);
        Map<EntityKind, List<SourceFile>> registries = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            registries.put(kind, read(content.resolve(kind.folder()), changed));
        }
        // when every folder lists the very files it listed last time, there is nothing to forget
        boolean unchangedListings = cache != null && cache.folders.size() == listed.size()
                && cache.folders.entrySet().stream().allMatch(e -> listed.containsKey(e.getKey())
                        && listed.get(e.getKey()).listing() == e.getValue().listing());
        if (cache != null && !unchangedListings) {
            java.util.Set<Path> files = new java.util.HashSet<>();
            articles.forEach(f -> files.add(f.file()));
            registries.values().forEach(l -> l.forEach(f -> files.add(f.file())));
            cache.keepOnly(files, articles.stream().map(SourceFile::path).collect(java.util.stream.Collectors.toSet()));
        }
        return new Loaded(config, articles, registries);
    }

    /** The template files pages are rendered with: all of templates/ except the copied assets. */
    private List<Path> templateFiles() {
        Path assets = root.resolve("templates/assets");
        return folder.allFiles(root.resolve("templates")).stream()
                .filter(f -> !f.startsWith(assets) && !f.toAbsolutePath().normalize().startsWith(assets)).toList();
    }

    /**
     * The Markdown files of {@code dir}, read; with a cache and the paths changed since the last
     * build ({@code changed}, null when unknown), only those paths are looked at again.
     */
    private List<SourceFile> read(Path dir, Set<Path> changed) {
        BuildCache.FolderRead before = cache == null ? null : cache.folders.get(dir);
        List<Path> last = before == null ? null : before.listing();
        Optional<List<Path>> listed = changed == null || last == null ? Optional.empty()
                : folder.markdownFiles(dir, last, changed);
        // without a listing from the changed paths, every file's stamp is checked
        Set<Path> known = listed.isPresent() ? changed : null;
        List<Path> files = listed.orElseGet(() -> folder.markdownFiles(dir));
        List<SourceFile> out;
        if (cache == null) {
            // a list the build may empty once the files' front matter is read (see Loaded)
            out = new ArrayList<>(files.parallelStream().map(f -> folder.read(dir, f, diagnostics))
                    .flatMap(Optional::stream).toList());
        } else {
            BuildCache.Read[] reads;
            BuildCache.FolderRead same = before != null && before.listing() == files && known != null ? before : null;
            List<Integer> looked = new ArrayList<>();
            if (same != null) {
                // the same files: only those the watcher saw change are looked at
                reads = same.reads().clone();
                for (Path p : known) {
                    int at = same.position(p);
                    if (at >= 0) {
                        reads[at] = cachedRead(dir, p, known);
                        looked.add(at);
                    }
                }
            } else {
                reads = files.parallelStream().map(f -> cachedRead(dir, f, known)).toArray(BuildCache.Read[]::new);
            }
            BuildCache.FolderRead now = new BuildCache.FolderRead(files, reads, same, looked);
            cache.folders.put(dir, now);
            diagnostics.addAll(now.problems());
            out = now.files();
            read.add(out); // the cache keeps them anyway
        }
        return out;
    }

    /** A file as the cache has it, read again when the watcher saw it change or its stamp moved. */
    private BuildCache.Read cachedRead(Path dir, Path f, Set<Path> changed) {
        BuildCache.Read hit = cache.reads.get(f);
        if (hit != null && changed != null && !changed.contains(f)) {
            return hit; // the watcher saw no change since it was read
        }
        Optional<BuildCache.Stamp> stamp = BuildCache.Stamp.of(f);
        if (hit == null || stamp.isEmpty() || !hit.stamp().equals(stamp.get())
                || !stamp.get().settled(java.time.Instant.now())) {
            Diagnostics local = new Diagnostics();
            Optional<SourceFile> read = folder.read(dir, f, local);
            if (hit != null && hit.file().isPresent() && read.isPresent()
                    && hit.file().get().equals(read.get()) && hit.problems().equals(local.list())) {
                read = hit.file();
            }
            hit = new BuildCache.Read(stamp.orElse(null), read, local.list());
            if (stamp.isPresent()) {
                cache.reads.put(f, hit);
            }
        }
        return hit;
    }

    private SiteConfig config() {
        Path file = root.resolve("content/site.yaml");
        SiteConfig config;
        if (Files.isRegularFile(file)) {
            String text = folder.read(root.resolve("content"), file, diagnostics).map(SourceFile::text).orElse("");
            diagnostics.throwIfErrors();
            config = new SiteConfigParser().parse(text, folder.display(file), diagnostics);
        } else {
            config = SiteConfigParser.defaults();
        }
        diagnostics.throwIfErrors();
        return options.baseUrl().isEmpty() ? config : config.withBaseUrl(options.baseUrl());
    }

    private List<Page> plan(Site site) {
        if (cache != null) {
            cache.planMemo = PagePlanner.memoFor(cache.planMemo, site, options.preview());
        }
        List<Page> pages = new PagePlanner(site, options.preview(),
                cache == null ? new io.orbitpress.render.PlanMemo() : cache.planMemo).plan();
        if (cache != null && sameRoutes(pages, cache.distinctRoutes)) {
            pageFiles = cache.pageFiles;
            pagesByKind = cache.pagesByKind;
            cache.distinctRoutes = pages;
            return pages;
        }
        boolean lenient = site.config().migration().skipInvalid();
        Map<String, Page> byFile = new HashMap<>();
        List<Page> kept = new ArrayList<>();
        for (Page p : pages) {
            Page other = byFile.putIfAbsent(Urls.file(p.route()), p);
            if (other == null) {
                kept.add(p);
                continue;
            }
            String where = p.source().isEmpty() ? other.source() : p.source();
            String message = "two pages claim the URL /" + p.route() + " (" + describe(other) + " and " + describe(p)
                    + "); change a slug or a redirect";
            if (lenient && p.kind().equals("redirect")) {
                diagnostics.warning(where, 0, 0, message + " (redirect left out: migration.skipInvalid)");
            } else {
                diagnostics.error(where.isEmpty() ? "content" : where, 0, 0, message);
            }
        }
        // the paths alone: the map's pages may go once they are rendered
        pageFiles = new java.util.HashSet<>(byFile.keySet());
        if (cache != null) {
            boolean distinct = kept.size() == pages.size();
            cache.distinctRoutes = distinct ? pages : List.of();
            cache.pageFiles = distinct ? pageFiles : Set.of();
            cache.pagesByKind = distinct ? pagesByKind(pages) : Map.of();
        }
        return kept;
    }

    private static Map<String, Integer> pagesByKind(List<Page> pages) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        pages.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(byKind);
    }

    /**
     * Whether {@code pages} has the routes and kinds of {@code last}, in the same order (then they
     * are as distinct as they were, and as many of each kind); pages kept from the last plan are
     * the same instances.
     */
    private static boolean sameRoutes(List<Page> pages, List<Page> last) {
        if (pages.size() != last.size() || last.isEmpty()) {
            return false;
        }
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Page before = last.get(i);
            if (p != before && (!p.route().equals(before.route()) || !p.kind().equals(before.kind()))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Page p) {
        return p.source().isEmpty() ? "the " + p.kind() + " page" : p.source();
    }

    /**
     * Every page rendered on every core and handed to {@code then} as soon as it is made (so a
     * streaming build holds no page's bytes longer than it takes to write them), in page order;
     * pages whose template failed are left out. Each slot of {@code pages} is emptied as its page
     * is taken.
     */
    private <R> List<R> renderAll(Page[] pages, TemplateRenderer templates, SiteConfig config,
                                  java.util.function.Function<OutputFile, R> then) {
        java.util.function.Function<Page, OutputFile> render = renderer(templates, config);
        List<R> out = new ArrayList<>(pages.length);
        for (R r : Batch.map(pages.length, i -> {
            Page p = pages[i];
            pages[i] = null;
            OutputFile f = render.apply(p);
            return f == null ? null : then.apply(f);
        })) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private java.util.function.Function<Page, OutputFile> renderer(TemplateRenderer templates, SiteConfig config) {
        Map<String, Boolean> reported = new ConcurrentHashMap<>();
        return p -> renderOne(p, templates, config, reported);
    }

    /** One page's output file, or null when its template failed (the problem is reported once). */
    private OutputFile renderOne(Page p, TemplateRenderer templates, SiteConfig config, Map<String, Boolean> reported) {
        try {
            byte[] bytes = templates.render(p).getBytes(StandardCharsets.UTF_8);
            if (p.template().endsWith(".html")) {
                bytes = p.route().equals("404.html") ? Urls.absolutize(bytes, config.baseUrl())
                        : Urls.relativize(bytes, p.route());
            }
            // a generated page's links come from its template: problems on it are reported there
            return OutputFile.rendered(Urls.file(p.route()), bytes,
                    p.source().isEmpty() ? "templates/" + p.template() : p.source());
        } catch (TemplateRenderer.TemplateProblem e) {
            Diagnostic d = e.diagnostic();
            if (reported.putIfAbsent(d.path() + ":" + d.line() + ":" + d.message().replaceAll("\\(while rendering .*\\)", ""), true) == null) {
                diagnostics.add(d);
            }
            return null;
        }
    }

    /** templates/assets/** under assets/, content/static/** at the root; a file may not take a page's place. */
    private List<OutputFile> staticFiles(List<Map.Entry<String, Path>> candidates) {
        Map<String, String> taken = new HashMap<>();
        List<OutputFile> out = new ArrayList<>();
        for (Map.Entry<String, Path> c : candidates) {
            out.add(copy(c.getKey(), c.getValue(), taken));
        }
        out.removeIf(java.util.Objects::isNull);
        if (cache != null) {
            // the same instances while unchanged, so that what is built from them can tell at a glance
            Map<String, OutputFile> last = cache.copies;
            out.replaceAll(f -> f.equals(last.get(f.path())) ? last.get(f.path()) : f);
            Map<String, OutputFile> now = new HashMap<>();
            out.forEach(f -> now.put(f.path(), f));
            cache.copies = now;
        }
        return out;
    }

    /** The files to copy and their output paths, in order: templates/assets/** under assets/, then content/static/**. */
    private List<Map.Entry<String, Path>> staticCandidates() {
        List<Map.Entry<String, Path>> out = new ArrayList<>();
        Path assets = root.resolve("templates/assets");
        for (Path f : folder.allFiles(assets)) {
            out.add(Map.entry("assets/" + rel(assets, f), f));
        }
        Path stat = root.resolve("content/static");
        for (Path f : folder.allFiles(stat)) {
            out.add(Map.entry(rel(stat, f), f));
        }
        return out;
    }

    private OutputFile copy(String path, Path from, Map<String, String> taken) {
        String display = folder.display(from);
        if (pageFiles.contains(path) || taken.containsKey(path)) {
            diagnostics.error(display, 0, 0, "this file would replace the page /" + path
                    + "; rename it or move it to another folder");
            return null;
        }
        taken.put(path, display);
        return OutputFile.copy(path, from, display);
    }

    private static String rel(Path base, Path f) {
        try {
            return base.toRealPath().relativize(f).toString().replace('\\', '/');
        } catch (IOException e) {
            return f.getFileName().toString();
        }
    }

    /**
     * What {@link #render()} produced.
     *
     * @param files       every output file, pages and copies
     * @param pagesByKind page counts per kind
     * @param warnings    the warnings found
     */
    public record Rendered(Site site, List<OutputFile> files, Map<String, Integer> pagesByKind,
            List<Diagnostic> warnings, List<Pipeline.SuggestionRef> suggestions) {
    }
}
