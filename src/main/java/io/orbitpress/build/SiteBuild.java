package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.markdown.MarkdownEngine;
import io.orbitpress.model.Article;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import io.orbitpress.model.Site;
import io.orbitpress.model.SiteAssembler;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.publish.Publisher;
import io.orbitpress.render.PagePlanner;
import io.orbitpress.render.PageSpec;
import io.orbitpress.render.SharedParts;
import io.orbitpress.render.Urls;
import io.orbitpress.session.Session;
import io.orbitpress.session.SourceRead;
import io.orbitpress.source.ContentFolder;
import io.orbitpress.source.SourceFile;
import io.orbitpress.theme.Theme;
import io.orbitpress.work.Batch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build of a site, step by step: load → validate → articles (front matter, Markdown,
 * extraction) → assemble → plan → render → static → link check → write. Each step is a function
 * of explicit inputs and is timed; problems are collected in one {@link Diagnostics} and stop
 * the build between steps.
 *
 * <p>Steps are asked of the {@link Session} under keys made of their inputs' fingerprints: a
 * session that remembers a result hands it back, a cold one makes everything. The steps
 * themselves never know which.
 */
public final class SiteBuild {

    private final BuildOptions options;
    private final Session session;
    private final Path root;
    private final ContentFolder folder;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Timings timings = new Timings();
    private final Steps steps;
    /** Every file read, by its path as messages name it, for the line a message points at. */
    private final Map<String, SourceRead> sources = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger articlesMade = new java.util.concurrent.atomic.AtomicInteger();

    /** A cold build: nothing remembered, nothing kept for later. */
    public SiteBuild(BuildOptions options) {
        this(options, Session.cold());
    }

    /** A build that reuses what {@code session} remembers of earlier builds, and leaves it what this one made. */
    public SiteBuild(BuildOptions options, Session session) {
        this.options = options;
        this.session = session;
        this.root = options.source().toAbsolutePath().normalize();
        this.folder = new ContentFolder(root);
        this.steps = new Steps();
    }

    /** An unregistered name a cue phrase introduced, where it was found. */
    public record SuggestionRef(String kind, String name, String path, int line) {
    }

    /** The site and what extraction suggests adding to the registries. */
    public record Assembled(Site site, List<SuggestionRef> suggestions) {
    }

    /**
     * What {@link #render()} produced.
     *
     * @param files       every output file, pages (with their bytes) and copies
     * @param pagesByKind page counts per kind
     * @param warnings    the warnings found
     * @param work        what was made anew (the rest was remembered)
     */
    public record Rendered(Site site, List<OutputFile> files, Map<String, Integer> pagesByKind,
            List<Diagnostic> warnings, List<SuggestionRef> suggestions, Work work) {
    }

    /**
     * What a build did anew rather than take from its session.
     *
     * @param articles   articles made (front matter, Markdown, extraction)
     * @param routes     the routes of the pages rendered
     */
    public record Work(int articles, java.util.Set<String> routes) {
        public Work {
            routes = java.util.Set.copyOf(routes);
        }

        public int pages() {
            return routes.size();
        }
    }

    /** Builds and publishes the site; throws {@link BuildFailure} with every problem when it cannot. */
    public BuildResult build() {
        // the output folder is this build's until it is published or the build fails
        try (Publisher publisher = new Publisher(options.out(), options.force())) {
            return build(publisher);
        }
    }

    private BuildResult build(Publisher publisher) {
        long start = System.nanoTime();
        publisher.prepare(List.of(root, root.resolve("content"), root.resolve("templates")));
        boolean ended = false;
        begin();
        try {
            Fingerprint outKey = Fingerprint.of(options.out().toAbsolutePath().normalize().toString());
            Optional<Published> last = session.recall(steps.published, outKey);
            Publisher.Staging staging = publisher.stage(last.map(Published::live).orElse(null),
                    last.map(Published::spare).orElse(null));
            FolderTarget target = new FolderTarget(staging, options.out().toAbsolutePath().normalize(), steps);
            Outcome outcome;
            io.orbitpress.publish.Manifest manifest;
            try {
                outcome = run(target, last.map(Published::links).orElse(null));
                manifest = timings.time("write", staging::publish);
            } catch (RuntimeException | Error e) {
                staging.discard();
                throw e;
            }
            if (manifest != null) {
                session.record(steps.published, outKey, new Published(manifest, staging.replaced(), outcome.links()));
            }
            end(true);
            ended = true;
            diagnostics.addAll(session.notices());
            return new BuildResult(outcome.pagesByKind(), outcome.files(), diagnostics.list(),
                    diagnostics.warningCount(), outcome.suggestions().size(), timings.millis(),
                    (System.nanoTime() - start) / 1_000_000, outcome.work().pages());
        } finally {
            if (!ended) {
                end(false);
            }
        }
    }

    /** Everything a build does except writing: the files it would publish, checked, with their bytes. */
    public Rendered render() {
        boolean ok = false;
        begin();
        try {
            MemoryTarget target = new MemoryTarget(steps);
            Outcome outcome = run(target, session.recall(steps.memoryLinks, Fingerprint.NONE).orElse(null));
            session.record(steps.memoryLinks, Fingerprint.NONE, outcome.links());
            ok = true;
            return new Rendered(outcome.site(), target.files(), outcome.pagesByKind(), diagnostics.list(),
                    outcome.suggestions(), outcome.work());
        } finally {
            end(ok);
        }
    }

    /** The steps up to the assembled site: what {@code entities} reports. */
    public Assembled assemble() {
        boolean ok = false;
        begin();
        try {
            Loaded loaded = timings.time("load", this::load);
            diagnostics.throwIfErrors();
            Assembled a = assembled(loaded);
            ok = true;
            return a;
        } finally {
            end(ok);
        }
    }

    public List<Diagnostic> warnings() {
        return diagnostics.list();
    }

    public Timings timings() {
        return timings;
    }

    private void begin() {
        timings.time("cache", () -> {
            session.begin();
            return null;
        });
        diagnostics.addAll(session.notices());
    }

    private void end(boolean ok) {
        timings.time("cache", () -> {
            session.end(ok);
            return null;
        });
    }

    /** What a build made, whatever it was written to. */
    private record Outcome(Site site, Map<String, Integer> pagesByKind, int files, List<SuggestionRef> suggestions,
            LinkState links, Work work) {
    }

    private Outcome run(Target target, LinkState lastLinks) {
        Loaded loaded = timings.time("load", this::load);
        diagnostics.throwIfErrors();
        Assembled assembled = assembled(loaded);
        Site site = assembled.site();
        PagePlanner planner = new PagePlanner(site, options.preview(), sharedParts(loaded));
        List<PageSpec> specs = timings.time("plan", () -> distinct(planner.plan(), site.config()));
        diagnostics.throwIfErrors();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        specs.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        java.util.Set<String> pageFiles = new java.util.HashSet<>();
        specs.forEach(p -> pageFiles.add(Urls.file(p.route())));
        List<StaticFiles.Copy> copies = timings.time("static",
                () -> new StaticFiles(root, folder, session, diagnostics).copies(pageFiles));
        diagnostics.throwIfErrors();
        java.util.Set<String> paths = new java.util.HashSet<>(pageFiles);
        copies.forEach(c -> paths.add(c.file().path()));
        PageRendering rendering = new PageRendering(session, steps, root, loaded, site.config(), planner, diagnostics);
        List<PageResult> pages = timings.time("render", () -> rendering.render(specs, target, paths));
        diagnostics.throwIfErrors();
        timings.time("static", () -> {
            copies.forEach(c -> target.copy(c.file(), c.contents()));
            return null;
        });
        LinkState links = timings.time("link check", () -> new LinkCheck(paths, this::sourceText)
                .check(pages, rendering.freshScans(), target, lastLinks));
        if (site.config().migration().skipInvalid()) {
            // an archive moved over from another generator keeps links to pages it never had
            links.problems().values().forEach(list -> list.forEach(b -> diagnostics.warning(b.path(), b.line(),
                    b.column(), b.message())));
        } else {
            links.problems().values().forEach(diagnostics::addAll);
        }
        diagnostics.throwIfErrors();
        return new Outcome(site, byKind, pages.size() + copies.size(), assembled.suggestions(), links,
                new Work(articlesMade.get(), rendering.renderedRoutes()));
    }

    /** The site's articles, assembled; with what extraction suggests. */
    private Assembled assembled(Loaded loaded) {
        SiteConfig config = loaded.config();
        MarkdownEngine markdown = new MarkdownEngine(config.unsafeHtml());
        Fingerprint registryKey = session.remembers()
                ? Fingerprint.of(loaded.settings(), session.fingerprint(fingerprints(loaded.registries())))
                : Fingerprint.NONE;
        Registry registry = timings.time("validate", () -> session.remember(steps.registry, () -> registryKey,
                () -> Registry.read(config, loaded.registries(), markdown)));
        diagnostics.addAll(registry.problems());
        registry.entities().values().forEach(e -> session.known(e, Fingerprint.of(registryKey,
                Fingerprint.of(e.kind().key() + "/" + e.id()))));
        ArticleMaker maker = new ArticleMaker(config, options.drafts(), registry, markdown);
        List<SourceRead> files = loaded.articles();
        io.orbitpress.session.Step<MadeArticle> articleStep = steps.article(config, registry);
        List<MadeArticle> made = timings.time("articles", () -> Batch.map(files, f -> {
            Fingerprint key = session.remembers() ? Fingerprint.of(loaded.settings(), registryKey, f.fingerprint())
                    : Fingerprint.NONE;
            MadeArticle m = session.remember(articleStep, () -> key, () -> {
                articlesMade.incrementAndGet();
                Session.FileRead read = f.read();
                return maker.make(read.file(), read.problems());
            });
            if (m.article() != null && session.remembers()) {
                // an article's parts are known by its key too: pages that show them need not read them
                m.article().entities().forEach((kind, uses) -> {
                    for (int i = 0; i < uses.size(); i++) {
                        session.known(uses.get(i), Fingerprint.of(key, Fingerprint.of(kind + "#" + i)));
                    }
                });
            }
            return m;
        }));
        List<Article> articles = timings.time("validate", () -> new ArticleChecks(config).kept(made, diagnostics));
        diagnostics.throwIfErrors();
        List<SuggestionRef> suggestions = new ArrayList<>();
        made.forEach(m -> suggestions.addAll(m.suggestions()));
        suggestions.sort(Comparator.comparing(SuggestionRef::path).thenComparingInt(SuggestionRef::line));
        List<Entity> entities = new ArrayList<>(registry.entities().values());
        entities.addAll(undescribed(articles));
        List<String> kindOrder = config.kinds().stream().map(EntityKind::key).toList();
        Site site = timings.time("assemble", () -> SiteAssembler.assemble(config, articles, entities,
                sorted -> session.remember(steps.related,
                        () -> session.fingerprint(SiteAssembler.relatedInputs(sorted, kindOrder)),
                        () -> SiteAssembler.related(sorted, kindOrder))));
        return new Assembled(site, List.copyOf(suggestions));
    }

    /** The feed and search entries of each article, remembered per article (many pages show them). */
    private SharedParts sharedParts(Loaded loaded) {
        SiteConfig config = loaded.config();
        List<String> kindOrder = config.kinds().stream().map(EntityKind::key).toList();
        return new SharedParts(
                a -> session.remember(steps.feedEntry, () -> Fingerprint.of(loaded.settings(), session.fingerprint(a)),
                        () -> PagePlanner.feedEntry(config, a)),
                a -> session.remember(steps.searchEntry, () -> Fingerprint.of(loaded.settings(), session.fingerprint(a)),
                        () -> PagePlanner.searchEntry(a, kindOrder)));
    }

    /** The entities patterns found and no registry describes, one per kind and id, sorted by id. */
    private static List<Entity> undescribed(List<Article> articles) {
        Map<String, Entity> found = new LinkedHashMap<>();
        for (Article a : articles) {
            for (List<EntityUse> uses : a.entities().values()) {
                for (EntityUse u : uses) {
                    if (!u.entity().described()) {
                        found.putIfAbsent(u.entity().kind().key() + "/" + u.entity().id(), u.entity());
                    }
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Entity::id)).toList();
    }

    /** The plan without pages claiming an output file another page claims (each reported). */
    private List<PageSpec> distinct(List<PageSpec> pages, SiteConfig config) {
        boolean lenient = config.migration().skipInvalid();
        Map<String, PageSpec> byFile = new HashMap<>();
        List<PageSpec> kept = new ArrayList<>(pages.size());
        for (PageSpec p : pages) {
            PageSpec other = byFile.putIfAbsent(Urls.file(p.route()), p);
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
        return kept;
    }

    private static String describe(PageSpec p) {
        return p.source().isEmpty() ? "the " + p.kind() + " page" : p.source();
    }

    /** The text of a file a message points into, read again if it was let go. */
    private String sourceText(String path) {
        SourceRead r = sources.get(path);
        return r == null ? null : r.read().file().map(SourceFile::text).orElse(null);
    }

    /** The files of a build, found and known by their fingerprints, nothing checked beyond reading yet. */
    record Loaded(SiteConfig config, Fingerprint settings, List<SourceRead> articles,
            Map<EntityKind, List<SourceRead>> registries, Fingerprint templates) {
    }

    private Loaded load() {
        SiteConfig config = config();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new BuildFailure(Diagnostic.error(folder.display(content), 0, 0,
                    "no content/ folder here; run the build in a site folder or pass --source DIR"));
        }
        // the site's own templates, if any; every other one comes from the built-in theme
        Path templates = root.resolve("templates");
        Fingerprint settings = session.remembers()
                ? session.fingerprint(List.of(config, options.drafts(), options.preview(), Steps.ARTICLE_VERSION))
                : Fingerprint.NONE;
        List<SourceRead> articles = markdown(content.resolve("articles"));
        Map<EntityKind, List<SourceRead>> registries = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            registries.put(kind, markdown(content.resolve(kind.folder())));
        }
        Path assets = templates.resolve("assets");
        List<SourceRead> templateFiles = new ArrayList<>();
        for (Path f : session.listing(templates, () -> folder.allFiles(templates))) {
            if (!f.startsWith(assets) && !f.toAbsolutePath().normalize().startsWith(assets)) {
                templateFiles.add(source(templates, f));
            }
        }
        Fingerprint templateKey = session.remembers()
                ? Fingerprint.of(session.fingerprint(fingerprints(templateFiles)), Theme.builtIn().fingerprint())
                : Fingerprint.NONE;
        return new Loaded(config, settings, articles, registries, templateKey);
    }

    private List<SourceRead> markdown(Path dir) {
        List<Path> files = session.listing(dir, () -> folder.markdownFiles(dir));
        return files.parallelStream().map(f -> source(dir, f)).toList();
    }

    private SourceRead source(Path dir, Path file) {
        String display = folder.display(file);
        SourceRead r = session.source(file, display, f -> {
            Diagnostics local = new Diagnostics();
            Optional<SourceFile> read = folder.read(dir, f, local);
            return new Session.FileRead(read, local.list());
        });
        sources.put(display, r);
        return r;
    }

    private static List<Object> fingerprints(List<SourceRead> files) {
        List<Object> out = new ArrayList<>(files.size() * 2);
        for (SourceRead f : files) {
            out.add(f.path());
            out.add(f.fingerprint());
        }
        return out;
    }

    private static List<Object> fingerprints(Map<EntityKind, List<SourceRead>> registries) {
        List<Object> out = new ArrayList<>();
        registries.forEach((kind, files) -> {
            out.add(kind.key());
            out.addAll(fingerprints(files));
        });
        return out;
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
}
