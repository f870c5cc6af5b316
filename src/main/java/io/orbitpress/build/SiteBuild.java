package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.config.SiteConfigParser;
import io.orbitpress.content.ArticleReader;
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
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.publish.Publisher;
import io.orbitpress.render.PagePlanner;
import io.orbitpress.render.PageSpec;
import io.orbitpress.render.Pictures;
import io.orbitpress.render.SharedParts;
import io.orbitpress.session.Session;
import io.orbitpress.session.SourceRead;
import io.orbitpress.source.ContentFolder;
import io.orbitpress.source.SourceFile;
import io.orbitpress.theme.Theme;
import io.orbitpress.work.Batch;
import java.io.IOException;
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
    /** The warnings about the cache folder itself (damaged, unreadable): not the site's, so --strict lets them be. */
    private int cacheNotices;
    private final Timings timings = new Timings();
    /** Whether this build's pages began to render: until then, a failure has not read the templates. */
    private boolean renderBegan;
    private final Steps steps;
    /** Every file read, by its path as messages name it, for the line a message points at. */
    private final Map<String, SourceRead> sources = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger articlesMade = new java.util.concurrent.atomic.AtomicInteger();
    /** The stories this build read (those of {@link #articlesMade} made anew, the others remembered). */
    private volatile List<SourceRead> storiesRead = List.of();
    /** The build's clock: what is published, embargoed or expired is decided at this time. */
    private final java.time.Instant now;

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
        this.now = options.now() != null ? options.now() : java.time.Instant.now();
    }

    /** An unregistered name a cue phrase introduced, where it was found (the column is the name's). */
    public record SuggestionRef(String kind, String name, String path, int line, int column) {
    }

    /**
     * The site, what extraction suggests adding to the registries, and what the clock holds back or
     * will change; {@code site} is the default language's, {@code sites} every language's, the default first;
     * {@code held}, the entities whose registry files hold their pages back, in every language, with
     * {@code holds}, what holds each (by "kind/id"); {@code heldPages}, per output file of such a page,
     * why a link to it leads nowhere ({@link EntryHolds#files}); and {@code waiting}, the pages held
     * back that this build shows all the same ({@code --future}, {@code --drafts}, the preview).
     */
    public record Assembled(Site site, List<SuggestionRef> suggestions, Schedule schedule, List<Site> sites,
            List<Entity> held, Map<String, Registry.Hold> holds, Map<String, LinkChecker.Problem> heldPages,
            Map<String, io.orbitpress.render.WaitingPage> waiting) {
        public Assembled {
            sites = List.copyOf(sites);
            held = List.copyOf(held);
            holds = Map.copyOf(holds);
            heldPages = Map.copyOf(heldPages);
            waiting = Map.copyOf(waiting);
        }
    }

    /**
     * What {@link #render()} produced.
     *
     * @param files       every output file, pages (with their bytes) and copies
     * @param pagesByKind page counts per kind
     * @param warnings    the warnings found
     * @param work        what was made anew (the rest was remembered)
     * @param nextChange  the next time the clock changes the site (null: none)
     */
    public record Rendered(Site site, List<OutputFile> files, Map<String, Integer> pagesByKind,
            List<Diagnostic> warnings, List<SuggestionRef> suggestions, Work work, Schedule.Change nextChange) {
    }

    /**
     * What a build did anew rather than take from its session.
     *
     * @param articles   articles made (front matter, Markdown, extraction)
     * @param routes     the routes of the pages rendered
     * @param pictures   pictures read and resized
     */
    public record Work(int articles, java.util.Set<String> routes, int pictures) {
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
            // the output folder inside the site folder (site/, the default) by its place there: a site
            // moved or copied with its cache and site/ (a CI job whose workspace path changes) stays warm
            Path out = options.out().toAbsolutePath().normalize();
            Fingerprint outKey = Fingerprint.of(out.startsWith(root) ? "in the site folder: " + root.relativize(out)
                    : out.toString());
            Optional<Published> last = session.recall(steps.published, outKey);
            // pages are told gone from the site the output folder holds alone: the cache's last site
            // may be another's (two sites built with one --cache folder share the key of site/)
            io.orbitpress.publish.Manifest before = last.map(Published::live).filter(publisher::holds).orElse(null);
            Publisher.Staging staging = publisher.stage(last.map(Published::live).orElse(null),
                    last.map(Published::spare).orElse(null));
            FolderTarget target = new FolderTarget(staging, steps);
            Outcome outcome;
            io.orbitpress.publish.Manifest manifest;
            try {
                outcome = run(target, last.map(Published::links).orElse(null));
                if (options.strict() && diagnostics.warningCount() > cacheNotices) {
                    throw new BuildFailure(diagnostics.list()); // warnings alone: the last site stays
                }
                manifest = timings.time("write", staging::publish);
            } catch (RuntimeException | Error e) {
                staging.discard();
                throw e;
            }
            if (manifest != null) {
                session.record(steps.published, outKey, new Published(manifest, staging.replaced(), outcome.links()));
            }
            boolean noStoryKept = noStoryKept(); // asked of what the session knew before this build: before it ends
            end(true);
            ended = true;
            // what the publisher did beside the cache's writing (old sites deleted, the spare linked)
            timings.time("write", () -> {
                publisher.finish();
                return null;
            });
            diagnostics.addAll(session.takeNotices());
            List<String> gone = gone(before, manifest);
            java.util.Set<String> expired = outcome.schedule().expiredUrls();
            // a story the last build published that this one holds back: a draft again, or its publishDate moved later
            List<String> heldBack = before == null ? List.of() : gone.stream().filter(g -> !expired.contains(g)
                    && !listPage(before, g) && outcome.heldFiles().contains(g.substring(1) + "index.html")).toList();
            return new BuildResult(outcome.pagesByKind(), outcome.files(), diagnostics.list(),
                    diagnostics.warningCount(), outcome.suggestions().size(), timings.millis(),
                    (System.nanoTime() - start) / 1_000_000, outcome.work().pages(),
                    outcome.schedule().next().orElse(null), outcome.schedule().alsoThen(), outcome.work().pictures(),
                    session.startedFromAnotherTool(), noStoryKept, gone.stream().filter(g -> !expired.contains(g)
                            && !heldBack.contains(g)).toList(),
                    gone.stream().filter(expired::contains).toList(), noStoryTakesTheirPlace(before, gone,
                            outcome.heldFiles()), entityPages(gone, outcome.site().config()), heldBack);
        } finally {
            if (!ended) {
                end(false);
            }
        }
    }

    /**
     * The addresses of the pages {@code before} published that {@code now} does not, in order: a
     * story re-slugged or taken down, whose old address now finds nothing.
     */
    static List<String> gone(io.orbitpress.publish.Manifest before, io.orbitpress.publish.Manifest now) {
        if (before == null || now == null) {
            return List.of();
        }
        List<String> gone = new ArrayList<>();
        for (String path : before.files().keySet()) {
            if ((path.equals("index.html") || path.endsWith("/index.html")) && !now.files().containsKey(path)) {
                gone.add("/" + path.substring(0, path.length() - "index.html".length()));
            }
        }
        java.util.Collections.sort(gone);
        return gone;
    }

    /**
     * Of the addresses {@code gone} from the site {@code before} published, those no story is to
     * take the place of: a list's pages (a topic's, an entity's, a series' or a language's home page,
     * with a feed beside them, or a page of a list past its first, {@code /page/3/}), and the pages of
     * stories this build leaves out ({@code held}: a draft, a story held back, shown by a build with
     * {@code --drafts} or {@code --future}).
     */
    static List<String> noStoryTakesTheirPlace(io.orbitpress.publish.Manifest before, List<String> gone,
            java.util.Set<String> held) {
        if (before == null) {
            return List.of();
        }
        return gone.stream().filter(g -> listPage(before, g) || held.contains(g.substring(1) + "index.html")).toList();
    }

    /**
     * Of {@code gone}, the pages of a person, mission or organization, in any of the site's languages
     * ({@code /people/mike-fincke/}, {@code /ru/people/mike-fincke/}): a registry file removed or
     * renamed, or a name found in the text that no story names now.
     */
    static List<String> entityPages(List<String> gone, SiteConfig config) {
        List<String> out = new ArrayList<>();
        for (String g : gone) {
            boolean entity = false;
            for (io.orbitpress.config.Language language : config.languages()) {
                for (io.orbitpress.config.EntityKind kind : config.kinds()) {
                    String folder = "/" + language.prefix() + kind.urlPrefix() + "/";
                    entity |= g.startsWith(folder) && g.length() > folder.length() + 1
                            && g.indexOf('/', folder.length()) == g.length() - 1;
                }
            }
            if (entity) {
                out.add(g);
            }
        }
        return out;
    }

    /** Whether {@code page}, of the site {@code before} published, is a list's: with a feed beside it, or past its first. */
    private static boolean listPage(io.orbitpress.publish.Manifest before, String page) {
        return before.files().containsKey(page.substring(1) + "feed.xml") || page.matches("(.*/)?page/[0-9]+/");
    }

    /**
     * Whether a story's address may not be the one its file's name gives: only {@code slug:},
     * {@code lang:} or an address key ({@link io.orbitpress.content.ArticleReader#URL_KEYS}) make
     * it another, so the name's address (a slug made from the name) is worked out for those
     * stories alone, not for every story at every build.
     */
    private static boolean namedElsewhere(MadeArticle m) {
        for (MadeArticle.KeyPlace p : m.places()) {
            String k = p.key();
            if (k.equals("slug") || k.equals("lang") || io.orbitpress.content.ArticleReader.URL_KEYS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a link to {@code old}, the address story {@code a} has by its file's name, leads nowhere: its
     * {@code slug:} or {@code url:} gives it another, and an address once published is kept by an alias.
     */
    static LinkChecker.Problem movedFrom(Article a, String old) {
        String key = a.url().endsWith("/" + a.slug() + "/") ? "slug:" : "url:";
        return new LinkChecker.Problem("it leads to the address " + a.path() + " (\"" + a.title() + "\") has by its"
                + " file's name, and its " + key + " gives it " + a.url() + " instead; link to " + a.url() + ", and if"
                + " the story was published at " + old + " before, keep that address working for readers and search"
                + " engines with aliases: [" + old + "] in " + a.path(), false);
    }

    /**
     * {@code notices} and, per redirect page a story's {@code aliases:} keep, what a link to it is
     * told: the story's own address, as readers and search engines would go through the redirect for
     * ever. Not in an archive moved in ({@code migration:}), whose old links are many and kept quietly.
     */
    static Map<String, LinkChecker.Problem> withAliases(Map<String, LinkChecker.Problem> notices, List<Article> stories,
            io.orbitpress.config.SiteConfig config) {
        if (config.migration().on()) {
            return notices;
        }
        Map<String, LinkChecker.Problem> out = null;
        for (Article a : stories) {
            for (String from : a.redirectFrom()) {
                if (out == null) {
                    out = new LinkedHashMap<>(notices);
                }
                String file = io.orbitpress.render.Urls.file(io.orbitpress.render.Urls.redirectRoute(from));
                out.putIfAbsent(file, LinkChecker.Problem.notice("it leads to " + from + ", an old address of \""
                        + a.title() + "\" (" + a.path() + ") that its aliases: keep as a redirect; link to " + a.url()
                        + " itself"));
            }
        }
        return out == null ? notices : out;
    }

    /** Why a link to the original of a picture published as resized copies leads nowhere. */
    static final LinkChecker.Problem ORIGINAL = new LinkChecker.Problem("it is the original of a picture the"
            + " site publishes as resized copies only (the original, with what it may say of the camera and the place,"
            + " is not published); link to the page that shows it, or, to offer the whole picture, put a copy of it"
            + " under another name in content/static/ (a picture no page shows is published without its metadata)",
            false);

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
                    outcome.suggestions(), outcome.work(), outcome.schedule().next().orElse(null));
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
            Assembled a = assembled(loaded, null).assembled();
            diagnostics.throwIfAnyErrors();
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

    /**
     * Whether this build made every story anew from a cache folder that held results, and not
     * because every story's file changed: the folder was another site's (it knew none of them), or
     * what every story is made with changed (it knew one unchanged, made anew all the same).
     */
    private boolean noStoryKept() {
        List<SourceRead> stories = storiesRead;
        if (!session.startedWithResults() || stories.isEmpty() || articlesMade.get() != stories.size()) {
            return false;
        }
        List<Session.Before> before = session.before(stories);
        return before.contains(Session.Before.SAME) || before.stream().allMatch(b -> b == Session.Before.UNKNOWN);
    }

    private void begin() {
        timings.time("cache", () -> {
            session.begin();
            return null;
        });
        List<Diagnostic> notices = session.takeNotices();
        cacheNotices = notices.size();
        diagnostics.addAll(notices);
    }

    private void end(boolean ok) {
        timings.time("cache", () -> {
            session.end(ok);
            return null;
        });
    }

    /**
     * What a build made, whatever it was written to; {@code heldFiles}, the output files of the
     * stories it leaves out (drafts, stories held back).
     */
    private record Outcome(Site site, Map<String, Integer> pagesByKind, int files, List<SuggestionRef> suggestions,
            LinkState links, Work work, Schedule schedule, java.util.Set<String> heldFiles) {
    }

    /** Thymeleaf's words for markup its parser refuses, which name nothing. */
    private static final String PARSING = "An error happened during template parsing";

    private Outcome run(Target target, LinkState lastLinks) {
        renderBegan = false;
        try {
            return steps(target, lastLinks);
        } catch (BuildFailure f) {
            if (renderBegan) {
                throw f;
            }
            // nothing was rendered: what the site's templates would have said is told with the rest
            List<Diagnostic> templates = io.orbitpress.render.TemplateSyntax.problems(root.resolve("templates"));
            if (templates.isEmpty()) {
                throw f;
            }
            List<Diagnostic> all = new ArrayList<>(f.diagnostics());
            // the parser's bare "An error happened during template parsing" for a file whose markup was
            // told already says nothing more, at another place
            java.util.Set<String> told = new java.util.HashSet<>();
            f.diagnostics().forEach(d -> told.add(d.path()));
            templates.stream().filter(d -> !(told.contains(d.path()) && d.message().equals(PARSING))).forEach(all::add);
            throw new BuildFailure(all);
        }
    }

    private Outcome steps(Target target, LinkState lastLinks) {
        Loaded loaded = timings.time("load", this::load);
        diagnostics.throwIfErrors();
        Made made = assembled(loaded, b -> new SiteImages(root, folder, session, steps,
                loaded.config().images(), loaded.config().defaultLanguage().code(), target,
                loaded.config().migration().skipInvalid(), b));
        Assembled assembled = made.assembled();
        SiteImages images = made.images();
        Bundles bundles = made.bundles();
        List<MadeArticle> madeArticles = made.articles();
        Site site = assembled.site();
        List<Entity> registered = registered(assembled.sites());
        // a registry file's links to stories' files lead to their pages, as the stories' own do
        StoryFileLinks fileLinks = new StoryFileLinks(madeArticles, site.config());
        Pictures pictures = fileLinks.inTexts(registered, timings.time("images", () -> images.pictures(registered,
                diagnostics, this::fileText)));
        diagnostics.throwIfErrors();
        // the portraits of pages held back change nothing this build writes: told with its last problems
        Diagnostics heldPortraits = new Diagnostics();
        timings.time("images", () -> {
            images.heldPortraits(assembled.held(), heldPortraits, this::fileText);
            return null;
        });
        SharedParts parts = sharedParts(loaded);
        io.orbitpress.render.InlineAssets inline = inlineAssets(site.config().baseUrl());
        List<PagePlanner> planners = new ArrayList<>();
        Map<String, Map<String, String>> translations = assembled.sites().size() > 1
                ? io.orbitpress.render.Alternates.translations(assembled.sites()) : Map.of();
        Map<String, List<io.orbitpress.render.Elsewhere>> elsewhere = assembled.sites().size() > 1
                ? io.orbitpress.render.Alternates.elsewhere(assembled.sites()) : Map.of();
        for (Site s : assembled.sites()) {
            io.orbitpress.render.Texts texts = texts(loaded, java.util.Locale.forLanguageTag(s.config().language()));
            String lang = s.config().language();
            List<Article> withdrawn = assembled.schedule().withdrawn().stream()
                    .filter(a -> !loaded.config().multilingual() || a.lang().equals(lang)).toList();
            planners.add(new PagePlanner(s, options.preview(), parts, pictures, translations, texts, inline,
                    assembled.waiting(), withdrawn, elsewhere));
        }
        Map<String, PageSpec> byFile = new HashMap<>();
        List<PageSpec> specs = timings.time("plan", () -> distinct(planners.size() == 1 ? planners.get(0).plan()
                : io.orbitpress.render.Alternates.plan(planners), site.config(), byFile, madeArticles));
        diagnostics.throwIfErrors();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        specs.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        java.util.Set<String> pageFiles = java.util.Collections.unmodifiableSet(byFile.keySet());
        List<Article> published = new ArrayList<>();
        assembled.sites().forEach(s -> published.addAll(s.articles()));
        List<PageResult> pictureCopies = images.copies(published);
        // the pictures whose problem a page that shows them told: not told again of their files, nor of links to them
        java.util.Set<String> told = images.told();
        List<StaticFiles.Copy> allCopies = timings.time("static",
                () -> new StaticFiles(root, folder, session, diagnostics).copies(pageFiles,
                        images.originals(SiteImages.shownInText(registered.stream().map(pictures::shown).toList())),
                        pictureCopies, told, bundles.all(), published.stream().map(Article::path)
                                .collect(java.util.stream.Collectors.toSet())));
        diagnostics.throwIfErrors();
        // the files only stories held back link to (a video, a report) wait with them
        java.util.Set<String> copied = new java.util.HashSet<>();
        // (a bundle's files are its story's: published with it, whichever stories link to them)
        allCopies.stream().filter(c -> bundles.at(c.file().path()).isEmpty()).forEach(c -> copied.add(c.file().path()));
        Map<String, List<String>> drafts = new HashMap<>(); // by file, as the articles were read
        Map<String, MadeArticle.Draft> leftOut = new LinkedHashMap<>(); // the drafts, by file: what a link to one is told
        // the stories whose front matter kept them from being made, by file: the address each has by its name
        Map<String, String> unmade = new LinkedHashMap<>();
        // the address each story has by its file's name where its slug: or url: gives it another: what a link
        // left at the old address of a story moved after it was published is told
        Map<String, LinkChecker.Problem> moved = new HashMap<>();
        for (int i = 0; i < madeArticles.size(); i++) {
            MadeArticle m = madeArticles.get(i);
            if (m.article() == null && !m.heldLinks().isEmpty()) {
                drafts.put(loaded.articles().get(i).path(), m.heldLinks());
            }
            if (m.draft() != null) {
                leftOut.put(loaded.articles().get(i).path(), m.draft());
            } else if (m.article() == null && m.problems().stream().anyMatch(Diagnostic::isError)) {
                SourceRead r = loaded.articles().get(i);
                r.read().file().map(f -> io.orbitpress.content.ArticleReader.addressByName(f, loaded.config()))
                        .ifPresent(url -> unmade.put(r.path(), url));
            } else if (m.article() != null && namedElsewhere(m)) {
                Article a = m.article();
                loaded.articles().get(i).read().file()
                        .map(f -> io.orbitpress.content.ArticleReader.addressByName(f, loaded.config()))
                        .filter(old -> !old.equals(a.url()))
                        .ifPresent(old -> moved.put(io.orbitpress.render.Urls.file(old.substring(1)), movedFrom(a, old)));
            }
        }
        Map<String, LinkChecker.Problem> heldFiles = timings.time("static",
                () -> HeldFiles.of(assembled.schedule().withheld(), drafts, published, copied, assembled.held(),
                        assembled.holds()));
        List<StaticFiles.Copy> copies = heldFiles.isEmpty() ? allCopies
                : allCopies.stream().filter(c -> !heldFiles.containsKey(c.file().path())).toList();
        // the output paths are the plan's: checking them is timed with it
        timings.time("plan", () -> {
            OutputClashes.refuse(specs, copies, pictureCopies, p -> place(p, madeArticles), diagnostics);
            return null;
        });
        java.util.Set<String> paths = new java.util.HashSet<>(pageFiles);
        copies.forEach(c -> paths.add(c.file().path()));
        pictureCopies.forEach(c -> paths.add(c.path()));
        paths.addAll(told); // a missing picture is told once, where the story shows it
        java.util.Set<String> absent = images.absent(told); // and is no address a broken link meant
        // the style sheets' files: timed with the static files they are
        // and the originals of the pictures published as copies, which a sheet cannot load either
        java.util.Set<String> unpublished = new java.util.HashSet<>(images.heldOriginals());
        if (!site.config().images().publishOriginals()) {
            unpublished.addAll(images.resizedOriginals());
        }
        diagnostics.addAll(timings.time("static", () -> io.orbitpress.publish.StyleSheetLinks.problems(
                copies.stream().map(StaticFiles.Copy::file).toList(), paths, unpublished, absent)));
        List<Object> settings = new ArrayList<>();
        planners.forEach(p -> settings.add(p.settings()));
        PageRendering rendering = new PageRendering(session, steps, root, loaded, site.config(),
                settings.size() == 1 ? settings.get(0) : settings, diagnostics);
        renderBegan = true;
        // what the clock holds back, whether a page links to it by a relative link or by the site's
        // address; and the originals of the pictures published as copies, which a link cannot reach
        Map<String, LinkChecker.Problem> originals = new HashMap<>();
        if (!site.config().images().publishOriginals()) {
            images.resizedOriginals().forEach(p -> originals.put(p, ORIGINAL));
        }
        images.heldOriginals().forEach(p -> originals.put(p, ORIGINAL)); // resized once their story is out
        Map<String, LinkChecker.Problem> stories = new HashMap<>(assembled.schedule().withheldFiles(paths));
        heldFiles.forEach(stories::putIfAbsent);
        // a held story's bundle files wait with it: a link to one is told as a link to the story
        Map<String, Article> withheld = new HashMap<>();
        assembled.schedule().withheld().forEach(a -> withheld.put(a.path(), a));
        for (Bundles.Resource r : bundles.all()) {
            Article a = withheld.get(r.story());
            if (a != null && !paths.contains(r.path())) {
                stories.putIfAbsent(r.path(), Schedule.heldInBundle(a, r.path()));
            }
        }
        leftOut.forEach((path, draft) -> {
            String file = io.orbitpress.render.Urls.file(draft.url().substring(1));
            if (!paths.contains(file)) {
                stories.putIfAbsent(file, new LinkChecker.Problem("it leads to " + path + " (\"" + draft.title()
                        + "\"), a draft, which builds leave out; remove the link, or publish the draft", false));
            }
        });
        unmade.forEach((path, url) -> {
            String file = io.orbitpress.render.Urls.file(url.substring(1));
            if (!paths.contains(file)) {
                stories.putIfAbsent(file, new LinkChecker.Problem("it leads to " + path + ", which its errors (told"
                        + " with this one) keep out of the site; fix them", false));
            }
        });
        // addresses stories moved from, told when a link leads there, and not held back: a build that drops
        // one names it as gone, with the alias that keeps it
        java.util.Set<String> movedFrom = new java.util.HashSet<>();
        moved.forEach((file, why) -> {
            if (!paths.contains(file) && stories.putIfAbsent(file, why) == null) {
                movedFrom.add(file);
            }
        });
        if (!options.preview()) { // the stories' pages the published site has and this build does not make
            PublishedPages.gone(options.out(), loaded.config().languages().stream()
                    .map(l -> l.url("/articles/").substring(1)).toList(), paths, published).forEach((file, why) -> {
                        if (stories.putIfAbsent(file, why) == null) {
                            movedFrom.add(file);
                        }
                    });
        }
        // a link to a story's file with other capitals, to a renamed story's old file, or a tag naming two
        // stories: told with the files meant
        StoryFileCase.slips(madeArticles, registered, fileLinks).forEach((file, why) -> {
            if (!paths.contains(file)) {
                stories.putIfAbsent(file, why);
            }
        });
        assembled.heldPages().forEach((file, why) -> {
            if (!paths.contains(file)) { // a name found by a pattern may have a page there, without the file's text
                stories.put(file, why); // the page waits for its own file, whatever story names it
                movedFrom.remove(file);
            }
        });
        LinkChecker.Held held = LinkChecker.Held.at(site.config().baseUrl(), stories, originals)
                .withNotices(withAliases(assembled.schedule().noticeFiles(), published, site.config()))
                .withAbsent(absent);
        // where a broken link is looked for: the page's source, then the site's own templates
        List<String> ownTemplates = loaded.templateFiles().stream().filter(t -> t.endsWith(".html")).toList();
        LinkChecker.Sources sources = new LinkChecker.Sources() {
            @Override
            public String text(String path) {
                return sourceText(path);
            }

            @Override
            public List<String> templates() {
                return ownTemplates;
            }

            @Override
            public List<LinkChecker.Written> writtenAs(String path, String target) {
                synchronized (fileLinks) { // what it looks up is made at its first use
                    return fileLinks.writtenAs(path, sourceText(path), target);
                }
            }
        };
        List<PageResult> pages = timings.time("render", () -> rendering.render(specs, target, paths, held));
        diagnostics.throwIfErrors();
        timings.time("static", () -> {
            copies.forEach(c -> target.copy(c.file(), c.contents()));
            target.copies(pictureCopies);
            return null;
        });
        LinkState links = timings.time("link check", () -> new LinkCheck(paths, sources, held)
                .check(pages, rendering.freshScans(), target, lastLinks));
        List<Diagnostic> linkProblems = new ArrayList<>();
        links.problems().values().forEach(linkProblems::addAll);
        // a story held back brings out its bundle's files with it
        java.util.Set<String> copiedOrBundled = new java.util.HashSet<>(copied);
        bundles.all().forEach(r -> copiedOrBundled.add(r.path()));
        LinksAhead ahead = new LinksAhead(paths, copiedOrBundled, site.config().baseUrl(), stories, originals,
                sources, assembled.schedule()::noticeFilesBy);
        linkProblems.addAll(timings.time("link check", () -> ahead.check(assembled.schedule().withheld(),
                bytesOf(pages, target))));
        linkProblems.addAll(timings.time("link check", () -> ahead.checkHeldPages(assembled.held(),
                assembled.holds())));
        linkProblems.addAll(heldPortraits.list());
        if (site.config().migration().skipInvalid()) {
            // an archive moved over from another generator keeps links to pages it never had
            linkProblems.forEach(b -> diagnostics.warning(b.path(), b.line(), b.column(), b.message()));
        } else {
            diagnostics.addAll(linkProblems);
        }
        diagnostics.throwIfAnyErrors();
        return new Outcome(site, byKind, pages.size() + copies.size() + pictureCopies.size(), assembled.suggestions(), links,
                new Work(articlesMade.get(), rendering.renderedRoutes(), images.resized()), assembled.schedule(),
                movedFrom.isEmpty() ? held.files().keySet() : held.files().keySet().stream()
                        .filter(f -> !movedFrom.contains(f)).collect(java.util.stream.Collectors.toSet()));
    }

    /** The bytes of the page of {@code pages} at an output path, null for none. */
    private static java.util.function.Function<String, byte[]> bytesOf(List<PageResult> pages, Target target) {
        java.util.function.Function<String, PageResult> page = LinkCheck.byPath(pages);
        return path -> {
            PageResult p = page.apply(path);
            return p == null ? null : target.bytes(p);
        };
    }

    /** The theme's texts in {@code locale}: they change with the templates alone (the messages files are among them). */
    private io.orbitpress.render.Texts texts(Loaded loaded, java.util.Locale locale) {
        return session.remember(steps.texts, () -> Fingerprint.of(loaded.templates(),
                Fingerprint.of(locale.toLanguageTag())), () -> io.orbitpress.render.Texts.of(root.resolve("templates"),
                Theme.builtIn(), locale));
    }

    /**
     * How a story names its tables in the language of {@code texts}: {@code article.table}, "Table 1".
     * A message the site wrote that cannot be read is told by the check of its message files, which
     * fails the build; the stories are made meanwhile with the English name.
     */
    private static java.util.function.IntFunction<String> tableNames(io.orbitpress.render.Texts texts) {
        try {
            texts.get("article.table", "", 1);
        } catch (IllegalArgumentException e) {
            return MarkdownEngine.ENGLISH_TABLES;
        }
        return n -> texts.get("article.table", MarkdownEngine.ENGLISH_TABLES.apply(n), n);
    }

    /**
     * How many errors the stories carry: those made, and ({@code unmade}) those that could not be
     * made (left out of the site).
     */
    private static long errorsWithin(List<MadeArticle> made, boolean unmade) {
        java.util.Set<Diagnostic> errors = new java.util.HashSet<>(); // each told once (Diagnostics)
        for (MadeArticle m : made) {
            if (unmade || m.article() != null) {
                m.problems().stream().filter(Diagnostic::isError).forEach(errors::add);
            }
        }
        return errors.size();
    }

    /**
     * What the assembly made beside the site: what each article file gave (in the order of
     * {@link Loaded#articles}, with where its keys stand, for messages), the stories' page bundles,
     * and the image step, made once those are known (null, and {@link Bundles#NONE}, when the
     * assembly had no pictures to see to).
     */
    private record Made(Assembled assembled, List<MadeArticle> articles, Bundles bundles, SiteImages images) {
    }

    /**
     * The site's articles, assembled; with what extraction suggests. With {@code images}, each
     * article's pictures are measured and resized (a build); without, they are left as written
     * (what {@code entities} reports needs no picture).
     */
    private Made assembled(Loaded loaded, java.util.function.Function<Bundles, SiteImages> imaging) {
        SiteConfig config = loaded.config();
        Map<String, MarkdownEngine> engines = new LinkedHashMap<>();
        StringBuilder tableNames = new StringBuilder();
        for (io.orbitpress.config.Language l : config.languages()) {
            io.orbitpress.render.Texts texts = texts(loaded, l.locale());
            engines.put(l.code(), new MarkdownEngine(config.unsafeHtml(), tableNames(texts), config.typographer(), l.code()));
            tableNames.append(l.code()).append('=').append(texts.raw("article.table")).append('\n');
        }
        // a registry file's text is shown on every language's page: its tables are named in the first language
        MarkdownEngine markdown = engines.get(config.defaultLanguage().code());
        // the stories and registry texts are made again when the name of their tables changes
        Fingerprint registryKey = session.remembers()
                ? Fingerprint.of(loaded.settings(), Fingerprint.of(tableNames.toString()),
                        session.fingerprint(fingerprints(loaded.registries())))
                : Fingerprint.NONE;
        Registry whole = timings.time("validate", () -> session.remember(steps.registry(config), () -> registryKey,
                () -> Registry.read(config, loaded.registries(), markdown)));
        diagnostics.addAll(whole.problems());
        whole.entities().values().forEach(e -> session.known(e, Fingerprint.of(registryKey,
                Fingerprint.of(e.key()))));
        // the entities whose files hold their pages back now: text does not link them, so the stories
        // are made again when that changes
        Registry registry = whole.at(now, options.future(), options.drafts());
        EntryHolds.checkFacts(registry, this::fileText, diagnostics);
        Fingerprint madeKey = registry.held().isEmpty() || !session.remembers() ? registryKey
                : Fingerprint.of(registryKey, Fingerprint.of(String.join(" ", new java.util.TreeSet<>(registry.held()))));
        ArticleMaker maker = new ArticleMaker(config, options.drafts(), registry, engines);
        List<SourceRead> files = loaded.articles();
        storiesRead = files;
        io.orbitpress.session.Step<MadeArticle> articleStep = steps.article(config, registry);
        // an article without a date takes its file's time when the site says so: a file touched, not
        // changed, makes another article
        boolean byFileTime = config.migration().dateFallback().equals(io.orbitpress.config.Migration.FILE_MOD_TIME);
        List<MadeArticle> eachMade = timings.time("articles", () -> Batch.map(files.size(), i -> {
            SourceRead f = files.get(i);
            Fingerprint key = !session.remembers() ? Fingerprint.NONE : byFileTime
                    ? Fingerprint.of(loaded.settings(), madeKey, f.fingerprint(), fileTime(f))
                    : Fingerprint.of(loaded.settings(), madeKey, f.fingerprint());
            MadeArticle m = session.remember(articleStep, () -> key, () -> {
                articlesMade.incrementAndGet();
                Session.FileRead read = f.read();
                return maker.make(read.file(), read.problems());
            });
            if (m.article() != null) {
                // the article is known by the key it was made from: pages that show it need not read it
                session.known(m.article(), key);
            }
            return m;
        }));
        String firstLanguage = config.defaultLanguage().code();
        // a translation is withdrawn with its original: every step after this one sees it so
        List<MadeArticle> written = Schedule.withdrawnWithOriginals(eachMade, firstLanguage);
        SiteImages images = null;
        Bundles bundles = Bundles.NONE;
        if (imaging != null) {
            // the files beside the stories, published at their addresses: known once the stories are made
            Path articles = root.resolve("content/articles");
            List<Article> stories = written.stream().map(MadeArticle::article).filter(java.util.Objects::nonNull)
                    .toList();
            bundles = timings.time("images", () -> Bundles.of(articles, loaded.storyFiles(), folder, stories, config,
                    diagnostics));
            images = imaging.apply(bundles);
        }
        SiteImages imageStep = images;
        // a story the clock holds back (a translation waiting for its original too) has its pictures
        // checked, not resized (see SiteImages)
        java.time.ZonedDateTime[] heldUntil = Schedule.heldUntil(written, firstLanguage);
        boolean[] shown = images == null ? null : Schedule.shows(written, heldUntil, now, options.future(),
                options.expired());
        List<MadeArticle> imaged = images == null ? written
                : timings.time("images", () -> Batch.map(written.size(), i -> imageStep.resolve(written.get(i),
                        written.get(i).article() == null || shown[i])));
        // a translation comes out with its original: every step after this one sees it so
        // (the pictures step changes no story's times: the holds of the stories as written are theirs)
        // and a link to a story's file leads to its page: every story's address is known now
        List<MadeArticle> made = new StoryFileLinks(Schedule.withOriginals(imaged, heldUntil, diagnostics), config).resolved();
        ArticleChecks checks = new ArticleChecks(config, now);
        List<Article> all = timings.time("validate", () -> checks.kept(made, loaded.layouts(), diagnostics));
        if (images != null) {
            // a build renders: the site's message files are checked before, told with the stories' problems
            diagnostics.addAll(timings.time("validate", () -> session.remember(steps.messages,
                    () -> Fingerprint.of(loaded.templates(), Fingerprint.of("messages and markup " + config.languages()
                            .stream().map(io.orbitpress.config.Language::code).toList() + " params "
                            + config.params().keySet())),
                    () -> new Steps.MessageProblems(messageProblems(loaded))).list()));
        }
        // a preview stops at a story it cannot make: the save that broke its front matter is told at once,
        // without rendering a site that lacks it (seconds on a large archive) to tell the others' links
        if (diagnostics.stoppingErrors() > 0
                && diagnostics.stoppingErrors() == errorsWithin(made, !options.preview()) + checks.carried()) {
            // every error is within a story: one still made (a picture missing, an embed refused, a
            // layout the theme does not have), or (a build) one its front matter kept from being made, left
            // out as migration.skipInvalid leaves it: the later steps go on, so that the other stories'
            // broken links are told with them, and the build fails before it publishes (throwIfAnyErrors)
            diagnostics.carryErrors();
        }
        diagnostics.throwIfErrors();
        Schedule schedule = Schedule.apply(all, now, options.future(), options.expired(),
                EntryHolds.changes(registry, now));
        List<Article> articles = schedule.shown();
        List<SuggestionRef> suggestions = new ArrayList<>();
        // the names in the stories this build publishes: a held-back story's are not told before it
        java.util.Set<String> shownPaths = new java.util.HashSet<>();
        articles.forEach(a -> shownPaths.add(a.path()));
        Schedule.datesAhead(made, shownPaths, now, diagnostics);
        Schedule.versionsAhead(made, shownPaths, firstLanguage, now, diagnostics);
        Schedule.draftOriginals(made, shownPaths, firstLanguage, diagnostics);
        EntryHolds.check(made, shownPaths, registry, now, diagnostics);
        diagnostics.throwIfErrors();
        made.forEach(m -> m.suggestions().forEach(x -> {
            // a name registered with a page held back is no name to register again
            if (shownPaths.contains(x.path()) && (registry.held().isEmpty() || registry.named(x.kind(), x.name()).isEmpty())) {
                suggestions.add(x);
            }
        }));
        suggestions.sort(Comparator.comparing(SuggestionRef::path).thenComparingInt(SuggestionRef::line));
        List<String> kindOrder = config.kinds().stream().map(EntityKind::key).toList();
        List<Site> sites = new ArrayList<>();
        List<Registry> languages = new ArrayList<>();
        for (io.orbitpress.config.Language l : config.languages()) {
            // each language is a site of its own articles, with the registry as that language names it
            List<Article> own = config.multilingual() ? articles.stream().filter(a -> a.lang().equals(l.code()))
                    .toList() : articles;
            Registry named = registry.in(l);
            languages.add(named);
            if (named != registry) {
                named.entities().values().forEach(e -> session.known(e, Fingerprint.of(registryKey,
                        Fingerprint.of(l.code() + ":" + e.key()))));
            }
            List<Entity> entities = new ArrayList<>(named.shown().values());
            entities.addAll(timings.time("assemble", () -> undescribed(own)));
            SiteConfig in = config.multilingual() ? config.in(l) : config;
            sites.add(timings.time("assemble", () -> SiteAssembler.assemble(in, own, entities,
                    sorted -> structure(loaded, sorted, made, kindOrder, l.code()))));
        }
        if (session.remembers()) {
            timings.time("assemble", () -> {
                knownAsNamed(articles, sites);
                return null;
            });
        }
        NearNames.warn(sites, suggestions, diagnostics);
        Site site = sites.get(0);
        return new Made(new Assembled(site, List.copyOf(suggestions), schedule, sites, EntryHolds.entities(languages),
                registry.holds(), EntryHolds.files(languages), EntryHolds.waiting(registry, now)), made, bundles, images);
    }

    /** The modification time of {@code f}, as a fingerprint; none when it cannot be read (reading the file tells why). */
    private Fingerprint fileTime(SourceRead f) {
        try {
            return Fingerprint.of(Files.getLastModifiedTime(root.resolve(f.path())).toInstant().toString());
        } catch (IOException e) {
            return Fingerprint.NONE;
        }
    }

    /**
     * Tells the session how to know the articles the assembler gave their topics' site names
     * (new records at every build): by the article they were made of and their topics, so that
     * the keys of the pages and entries that show them are made without reading them whole.
     */
    private void knownAsNamed(List<Article> articles, List<Site> sites) {
        Map<String, Article> byPath = new java.util.HashMap<>(articles.size() * 2);
        articles.forEach(a -> byPath.put(a.path(), a));
        for (Site s : sites) {
            Batch.forEach(s.articles(), named -> {
                Article made = byPath.get(named.path());
                if (made != null && made != named && made.withTags(named.tags()).equals(named)) {
                    session.known(named, Fingerprint.of(session.fingerprint(made), session.fingerprint(named.tags())));
                }
            });
        }
    }

    /**
     * The structure of one language's site, remembered by its key; when that changed, carried over
     * from the last structure made with the same settings for the same language.
     */
    private SiteAssembler.Structure structure(Loaded loaded, List<Article> sorted, List<MadeArticle> made,
            List<String> kindOrder, String lang) {
        return session.rememberFrom(steps.structure, Fingerprint.of(loaded.settings(), Fingerprint.of(lang)),
                () -> structureKey(loaded, sorted, made, kindOrder),
                earlier -> SiteAssembler.structured(sorted, kindOrder, earlier)).structure();
    }

    /**
     * The key of the site's structure: the settings and each article's {@link SiteAssembler#relatedInput},
     * in order, each made with its article ({@link MadeArticle#related}).
     */
    private static Fingerprint structureKey(Loaded loaded, List<Article> sorted, List<MadeArticle> made,
            List<String> kindOrder) {
        Map<String, Fingerprint> related = new java.util.HashMap<>(made.size() * 2);
        for (MadeArticle m : made) {
            if (m.article() != null) {
                related.put(m.article().path(), m.related());
            }
        }
        io.orbitpress.hash.Hasher h = new io.orbitpress.hash.Hasher().put(loaded.settings());
        for (Article a : sorted) {
            Fingerprint f = related.get(a.path());
            h.put(f != null ? f : MadeArticle.of(a, List.of(), List.of(), List.of(), kindOrder).related());
        }
        return h.finish();
    }

    /**
     * The feed and search entries of each article, remembered per article (many pages show them),
     * and each search index's word files, made from the last build's files of that index.
     */
    private SharedParts sharedParts(Loaded loaded) {
        SiteConfig config = loaded.config();
        // an article's entries are made of the article and the settings alone
        java.util.function.Function<Article, Fingerprint> entryKey = a -> Fingerprint.of(loaded.settings(),
                session.fingerprint(a));
        io.orbitpress.render.SearchTexts texts = new io.orbitpress.render.SearchTexts();
        java.util.function.Function<Article, io.orbitpress.render.SearchDoc> searchEntry = a -> session.remember(
                steps.searchEntry, () -> entryKey.apply(a), () -> PagePlanner.searchEntry(a, config.kinds(), texts));
        return new SharedParts(
                // a feed entry shows its corrections in the theme's words: made of the templates too
                SharedParts.once(a -> session.remember(steps.feedEntry, () -> Fingerprint.of(entryKey.apply(a),
                        loaded.templates()), () -> PagePlanner.feedEntry(config, a,
                                texts(loaded, java.util.Locale.forLanguageTag(a.lang()))))),
                searchEntry,
                (folder, articles) -> {
                    // the entries of the articles whose entry key changed since the last build, the others' words kept
                    Fingerprint slot = Fingerprint.of(folder);
                    List<Fingerprint> keys = session.remembers()
                            ? articles.stream().map(entryKey).toList() : List.of();
                    Steps.SearchState before = session.recall(steps.searchFiles, slot).orElse(null);
                    io.orbitpress.render.SearchFiles files;
                    if (before == null) {
                        files = io.orbitpress.render.SearchFiles.of(SharedParts.entries(articles, searchEntry));
                    } else {
                        java.util.BitSet changed = new java.util.BitSet();
                        for (int id = 0; id < Math.min(keys.size(), before.keys().size()); id++) {
                            if (!keys.get(id).equals(before.keys().get(id))) {
                                changed.set(id);
                            }
                        }
                        files = io.orbitpress.render.SearchFiles.update(before.files(), articles.size(), changed,
                                id -> searchEntry.apply(articles.get(id)));
                    }
                    session.record(steps.searchFiles, slot, new Steps.SearchState(keys, files));
                    return files;
                }, texts);
    }

    /** The theme's stylesheet and icon, the site's own or the built-in ones, for the page served at any address. */
    private io.orbitpress.render.InlineAssets inlineAssets(String baseUrl) {
        return io.orbitpress.render.InlineAssets.of(asset("assets/style.css"), asset("assets/favicon.svg"), baseUrl);
    }

    /** An asset of the site's {@code templates/}, else of the built-in theme, else null. */
    private byte[] asset(String name) {
        Path own = root.resolve("templates").resolve(name);
        if (Files.isRegularFile(own)) {
            try {
                return Files.readAllBytes(own);
            } catch (java.io.IOException e) {
                diagnostics.add(io.orbitpress.source.ContentFolder.unreadable(folder.display(own), e));
                return null;
            }
        }
        return Theme.builtIn().bytes(name).orElse(null);
    }

    /** The registered entities of the site, every kind, as every language shows them. */
    private static List<Entity> registered(List<Site> sites) {
        List<Entity> out = new ArrayList<>();
        for (Site site : sites) {
            for (EntityKind k : site.config().kinds()) {
                site.entities(k.key()).forEach(e -> out.add(e.entity()));
            }
        }
        return out;
    }

    /** The text of a site file a message points into ("content/site.yaml", a registry file), or null. */
    private String fileText(String path) {
        String text = sourceText(path);
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(root.resolve(path));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The entities patterns found and no registry describes, one per kind and id, sorted by id. */
    private List<Entity> undescribed(List<Article> articles) {
        // each article's on every core, then the first of each kind and id, in article order
        List<List<Entity>> each = Batch.map(articles, (Article a) -> undescribed(a));
        Map<String, Entity> found = new LinkedHashMap<>();
        for (List<Entity> list : each) {
            for (Entity e : list) {
                found.putIfAbsent(e.key(), e);
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Entity::id)).toList();
    }

    /** The entities of one article that no registry describes, in order of use. */
    private static List<Entity> undescribed(Article a) {
        List<Entity> out = null;
        for (List<EntityUse> uses : a.entities().values()) {
            for (EntityUse u : uses) {
                if (!u.entity().described()) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(u.entity());
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** The plan without pages claiming an output file another page claims (each reported); {@code byFile} gets the kept ones. */
    private List<PageSpec> distinct(List<PageSpec> pages, SiteConfig config, Map<String, PageSpec> byFile,
            List<MadeArticle> made) {
        boolean lenient = config.migration().skipInvalid();
        List<PageSpec> kept = new ArrayList<>(pages.size());
        for (PageSpec p : pages) {
            PageSpec other = byFile.putIfAbsent(p.file(), p);
            if (other == null) {
                kept.add(p);
                continue;
            }
            // a redirect is the likelier mistake; a page someone wrote rather than a generated one
            PageSpec blamed = p.kind().equals("redirect") || other.source().isEmpty() ? p
                    : other.kind().equals("redirect") || p.source().isEmpty() ? other : p;
            // a translation made by copying its original's file, aliases and all: the default language's keeps it
            MadeArticle a = p.kind().equals("redirect") && other.kind().equals("redirect") ? storyAt(p.source(), made)
                    : null;
            MadeArticle b = a == null ? null : storyAt(other.source(), made);
            Article mine = a == null ? null : a.article();
            // the other story, when the two are versions of one in two languages
            Article version = b == null || b.article().lang().equals(mine.lang())
                    || !b.article().translationKey().equals(mine.translationKey()) ? null : b.article();
            if (version != null) {
                boolean otherKeeps = version.lang().equals(config.defaultLanguage().code());
                blamed = otherKeeps ? p : other;
                if (!otherKeeps) {
                    byFile.put(p.file(), p);
                    kept.remove(other);
                    kept.add(p);
                }
            }
            String where = blamed.source();
            MadeArticle.KeyPlace at = place(blamed, made);
            String message = version != null
                    ? other.source() + " and " + p.source() + ", two versions of one story, both give the redirect /"
                            + p.route() + ", which can lead to one page alone; remove it from " + where + " (the "
                            + io.orbitpress.config.Language.englishName((blamed == p ? version : mine).lang())
                            + " version keeps it, and"
                            + " its language switch leads to this one)"
                    : p.source().equals(other.source()) && !p.source().isEmpty()
                    && (p.kind().equals("redirect") || other.kind().equals("redirect"))
                    ? "the redirect /" + p.route() + " is the address of the page itself; remove it from "
                            + (at.key().equals("redirect_from") ? "redirect_from" : "aliases")
                    : "two pages claim the URL /" + p.route() + " (" + describe(other) + " and " + describe(p)
                            + "); change a slug or a redirect";
            if (lenient && p.kind().equals("redirect")) {
                diagnostics.warning(where, at.line(), at.column(), message + " (redirect left out: migration.skipInvalid)");
            } else {
                diagnostics.error(where.isEmpty() ? "content" : where, at.line(), at.column(), message);
            }
        }
        return kept;
    }

    /**
     * What was made of the story at {@code path}, or null for none (a generated page, a registry
     * file): looked for only when two pages clash, so no map of every article is made for a message.
     */
    private static MadeArticle storyAt(String path, List<MadeArticle> made) {
        if (path.isEmpty()) {
            return null;
        }
        for (MadeArticle m : made) {
            if (m.article() != null && m.article().path().equals(path)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the front matter key that gives page {@code p} its address stands: a redirect's
     * {@code aliases} or {@code redirect_from}, an article's {@code url} or {@code slug}; the
     * file's first line when none is written, and for a person, mission or organization (whose
     * file name gives the address); nowhere (0:0) for a generated page.
     */
    private MadeArticle.KeyPlace place(PageSpec p, List<MadeArticle> made) {
        MadeArticle story = storyAt(p.source(), made);
        if (story != null) {
            return story.place(p.kind().equals("redirect") ? ArticleReader.REDIRECT_KEYS
                    : java.util.stream.Stream.concat(ArticleReader.URL_KEYS.stream(), java.util.stream.Stream.of("slug"))
                            .toList());
        }
        if (p.kind().equals("redirect") && p.source().startsWith("content/")) {
            // a registry file's old address: at its redirect_from line
            String text = fileText(p.source());
            String[] lines = text == null ? new String[0] : text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("redirect_from:")) {
                    return new MadeArticle.KeyPlace("redirect_from", i + 1, 1);
                }
            }
        }
        return p.source().startsWith("content/") ? new MadeArticle.KeyPlace("", 1, 1)
                : new MadeArticle.KeyPlace("", 0, 0);
    }

    private static String describe(PageSpec p) {
        return p.source().isEmpty() ? "the " + p.kind() + " page" : p.source();
    }

    /** The text of a file a message points into, read again if it was let go. */
    private String sourceText(String path) {
        SourceRead r = sources.get(path);
        return r == null ? null : r.read().file().map(SourceFile::text).orElse(null);
    }

    /**
     * The files of a build, found and known by their fingerprints, nothing checked beyond reading
     * yet; {@code storyFiles}, every file below content/articles (the stories and their bundles' files).
     */
    record Loaded(SiteConfig config, Fingerprint settings, List<SourceRead> articles, List<Path> storyFiles,
            Map<EntityKind, List<SourceRead>> registries, Fingerprint templates, java.util.Set<String> layouts,
            List<String> templateFiles) {
    }

    private static final java.util.regex.Pattern LAYOUT = java.util.regex.Pattern.compile("article-([a-z0-9_-]+)\\.html");

    /**
     * The article layouts a site offers: the names of the {@code article-<name>.html} templates in
     * its {@code templates/} folder and in the built-in theme.
     */
    static java.util.Set<String> layouts(List<SourceRead> templates) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (SourceRead t : templates) {
            String path = t.path().replace('\\', '/');
            if (path.startsWith("templates/")) {
                layout(path.substring("templates/".length()), out);
            }
        }
        for (String name : Theme.builtIn().templates()) {
            layout(name, out);
        }
        return out;
    }

    private static void layout(String name, java.util.Set<String> out) {
        java.util.regex.Matcher m = LAYOUT.matcher(name);
        if (m.matches()) {
            out.add(m.group(1));
        }
    }

    private Loaded load() {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            config(); // a broken site.yaml is told first, as in every other build
            throw new BuildFailure(Diagnostic.error(folder.display(content), 0, 0,
                    "no content/ folder here; run the build in a site folder or pass --source DIR"));
        }
        // site.yaml is read (mostly loading the YAML parser) while the articles are listed and
        // their stamps checked: neither needs the other
        java.util.concurrent.CompletableFuture<SiteConfig> reading = java.util.concurrent.CompletableFuture
                .supplyAsync(this::config, task -> {
                    Thread t = new Thread(task, "orbitpress-site-yaml");
                    t.setDaemon(true);
                    t.start();
                });
        Path storiesFolder = content.resolve("articles");
        List<Path> storyFiles;
        List<SourceRead> articles;
        SiteConfig config;
        try {
            storyFiles = listed(session, storiesFolder, "stories", () -> folder.storiesAndFiles(storiesFolder),
                    diagnostics);
            articles = stories(storiesFolder, storyFiles);
        } finally {
            // the reading writes to the build's diagnostics: joined before they are read; its
            // problem, if any, is thrown rather than the listing's, as when it came first
            config = joined(reading);
        }
        // the site's own templates, if any; every other one comes from the built-in theme
        Path templates = root.resolve("templates");
        Fingerprint settings = session.remembers()
                ? session.fingerprint(List.of(config, options.drafts(), options.preview(), options.future(),
                        options.expired(), Steps.ARTICLE_VERSION))
                : Fingerprint.NONE;
        Map<EntityKind, List<SourceRead>> registries = new LinkedHashMap<>();
        for (EntityKind kind : config.kinds()) {
            registries.put(kind, markdown(content.resolve(kind.folder())));
        }
        Path assets = templates.resolve("assets");
        List<SourceRead> templateFiles = new ArrayList<>();
        for (Path f : listed(session, folder, templates, false, diagnostics)) {
            if (!f.startsWith(assets) && !f.toAbsolutePath().normalize().startsWith(assets)) {
                templateFiles.add(source(templates, f));
            }
        }
        Fingerprint templateKey = session.remembers()
                ? Fingerprint.of(session.fingerprint(fingerprints(templateFiles)), Theme.builtIn().fingerprint())
                : Fingerprint.NONE;
        return new Loaded(config, settings, articles, storyFiles, registries, templateKey, layouts(templateFiles),
                templateFiles.stream().map(SourceRead::path).toList());
    }

    /**
     * The problems of the site's own message files ({@code templates/messages*.properties}), of its
     * own HTML templates' markup and fragment names ({@link io.orbitpress.render.TemplateMarkup}),
     * and its templates' reads of misspelt {@code site.params} values.
     */
    private List<Diagnostic> messageProblems(Loaded loaded) {
        List<String> templateFiles = loaded.templateFiles();
        SiteConfig config = loaded.config();
        Path templates = root.resolve("templates");
        List<Diagnostic> out = new ArrayList<>();
        if (!Files.isDirectory(templates)) {
            return out;
        }
        for (String display : templateFiles) {
            SourceRead read = display.matches(".*\\.(html|xml|txt|js|json)") ? sources.get(display) : null;
            if (read != null) {
                // bytes that are not UTF-8: Thymeleaf reads the file itself, and would put U+FFFD in every page
                out.addAll(read.read().problems());
            }
        }
        out.addAll(markupProblems(templateFiles));
        for (String display : templateFiles) {
            String text = display.endsWith(".properties") ? null : sourceText(display);
            if (text != null) {
                out.addAll(io.orbitpress.render.TemplateMarkup.paramProblems(display, text, config.params().keySet()));
            }
        }
        List<Path> files = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(templates, "messages*.properties")) {
            found.forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            return out; // a folder that cannot be read is told when the theme's texts are read
        }
        files.sort(Comparator.comparing(Path::toString));
        Map<io.orbitpress.config.Language, io.orbitpress.render.Texts> texts = null; // read once, when a file asks
        for (Path f : files) {
            String text;
            try {
                io.orbitpress.source.SourceText.Result read = io.orbitpress.source.SourceText.decode(
                        Files.readAllBytes(f), folder.display(f));
                if (read.problem().isPresent()) {
                    out.add(read.problem().get()); // not UTF-8: where, and what to do
                    continue;
                }
                text = read.text().orElseThrow();
            } catch (IOException e) {
                continue; // told when the theme's texts are read
            }
            for (io.orbitpress.render.MessageFiles.Problem p : io.orbitpress.render.MessageFiles.check(
                    f.getFileName().toString(), text)) {
                out.add(Diagnostic.error(folder.display(f), p.line(), p.column(), p.message()));
            }
            if (shownKeys == null) {
                shownKeys = new java.util.HashSet<>();
                shownPrefixes = new java.util.HashSet<>();
                namedMessages(templateFiles, shownKeys, shownPrefixes);
                // a template that could not be read (not UTF-8, told above) may name any text
                unread = templateFiles.stream().anyMatch(t -> t.endsWith(".html") && sourceText(t) == null);
            }
            for (io.orbitpress.render.MessageFiles.Problem p : unread ? List.<io.orbitpress.render.MessageFiles.Problem>of()
                    : io.orbitpress.render.MessageFiles.unshown(text, shownKeys, shownPrefixes)) {
                out.add(Diagnostic.warning(folder.display(f), p.line(), p.column(), p.message()));
            }
            if (f.getFileName().toString().matches("messages_.+\\.properties")) { // a file of one language
                if (texts == null) {
                    texts = ownTexts(loaded);
                }
                out.addAll(untranslated(f, text, texts));
            }
        }
        return out;
    }

    /**
     * The texts of each language of a site of several that has texts of its own (the site's file,
     * or the theme's), but English, which every other falls back to; a language with none is shown
     * in English whole, as the README says, and is not told key by key.
     */
    private Map<io.orbitpress.config.Language, io.orbitpress.render.Texts> ownTexts(Loaded loaded) {
        SiteConfig config = loaded.config();
        Map<io.orbitpress.config.Language, io.orbitpress.render.Texts> out = new LinkedHashMap<>();
        if (config.languages().size() < 2) {
            return out;
        }
        Path templates = root.resolve("templates");
        for (io.orbitpress.config.Language l : config.languages()) {
            String file = "messages_" + l.locale().getLanguage() + ".properties";
            boolean texts = Files.isRegularFile(templates.resolve(file)) || Theme.builtIn().has(file)
                    || Files.isRegularFile(templates.resolve("messages_" + l.code().replace('-', '_') + ".properties"));
            if (texts && !l.locale().getLanguage().equals("en")) {
                out.put(l, texts(loaded, l.locale())); // the texts the stories were made with, read once
            }
        }
        return out;
    }

    /**
     * The messages of the site's message file {@code f} of one language that another of its
     * languages ({@code texts}, those with texts of their own) has no text of its own for: shown in
     * the language it falls back to (English).
     */
    private List<Diagnostic> untranslated(Path f, String text,
            Map<io.orbitpress.config.Language, io.orbitpress.render.Texts> texts) {
        String name = f.getFileName().toString();
        Map<String, io.orbitpress.render.Texts> others = new LinkedHashMap<>();
        texts.forEach((l, t) -> {
            if (!name.equals("messages_" + l.code().replace('-', '_') + ".properties")
                    && !name.equals("messages_" + l.locale().getLanguage() + ".properties")) {
                others.put(l.code(), t);
            }
        });
        List<Diagnostic> out = new ArrayList<>();
        for (io.orbitpress.render.MessageFiles.Problem p : io.orbitpress.render.MessageFiles.untranslated(text,
                key -> shownKeys.contains(key) || shownPrefixes.stream().anyMatch(key::startsWith),
                key -> others.entrySet().stream().filter(e -> !e.getValue().hasOwn(key)).map(Map.Entry::getKey).toList())) {
            out.add(Diagnostic.warning(folder.display(f), p.line(), p.column(), p.message()));
        }
        return out;
    }

    /** The messages the built-in theme's templates and the site's own name ({@link io.orbitpress.render.MessageFiles#named}). */
    private java.util.Set<String> shownKeys;
    private java.util.Set<String> shownPrefixes;
    /** Whether a site template could not be read (not UTF-8): it may name any message, so none is told unshown. */
    private boolean unread;

    private void namedMessages(List<String> templateFiles, java.util.Set<String> keys, java.util.Set<String> prefixes) {
        Theme theme = Theme.builtIn();
        for (String name : theme.names()) {
            if (!name.endsWith(".properties")) {
                theme.bytes(name).ifPresent(b -> io.orbitpress.render.MessageFiles.named(
                        new String(b, java.nio.charset.StandardCharsets.UTF_8), keys, prefixes));
            }
        }
        for (String display : templateFiles) {
            String text = display.endsWith(".properties") ? null : sourceText(display);
            if (text != null) {
                io.orbitpress.render.MessageFiles.named(text, keys, prefixes);
            }
        }
    }

    /**
     * The markup and fragment problems of the site's own HTML templates, {@code templateFiles} (the
     * files of {@code templates/} the build reads, its assets aside).
     */
    private List<Diagnostic> markupProblems(List<String> templateFiles) {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.TreeSet<>(Theme.builtIn().names());
        templateFiles.forEach(t -> names.add(t.substring("templates/".length())));
        for (String display : templateFiles) {
            String text = display.endsWith(".html") ? sourceText(display) : null;
            if (text != null) {
                // another template as this build read it: the site's own, else the built-in theme's
                out.addAll(io.orbitpress.render.TemplateMarkup.problems(display, text,
                        name -> Optional.ofNullable(sourceText("templates/" + name)).orElseGet(() -> Theme.builtIn()
                                .bytes(name).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                                .orElse(null)),
                        name -> sourceText("templates/" + name) != null, names));
            }
        }
        // a built-in template the site replaces, as the built-in templates it leaves in place call it
        Theme theme = Theme.builtIn();
        Map<String, String> callers = null; // the built-in templates the site leaves in place: read once, if asked
        for (String display : templateFiles) {
            String name = display.substring("templates/".length());
            String text = display.endsWith(".html") ? sourceText(display) : null;
            java.util.Optional<byte[]> builtIn = theme.bytes(name);
            if (text == null || builtIn.isEmpty()) {
                continue;
            }
            if (callers == null) {
                callers = new java.util.TreeMap<>();
                for (String other : theme.names()) {
                    byte[] b = other.endsWith(".html") && sourceText("templates/" + other) == null
                            ? theme.bytes(other).orElse(null) : null;
                    if (b != null) {
                        callers.put(other, new String(b, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            out.addAll(io.orbitpress.render.TemplateMarkup.replacedFragments(display, name, text,
                    new String(builtIn.get(), java.nio.charset.StandardCharsets.UTF_8), callers));
        }
        return out;
    }

    /** What {@code started} made, or the problem it met, thrown as it would have been here. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    private List<SourceRead> markdown(Path dir) {
        List<Path> files = listed(session, folder, dir, true, diagnostics);
        return files.parallelStream().map(f -> source(dir, f)).toList();
    }

    /** The stories among {@code files}, every file below {@code dir} (walked once: the others are their bundles'). */
    private List<SourceRead> stories(Path dir, List<Path> files) {
        return files.stream().filter(ContentFolder::isMarkdown).toList().parallelStream()
                .map(f -> source(dir, f)).toList();
    }

    /**
     * The Markdown files ({@code markdownOnly}) or all the files below {@code dir}. The links the
     * walk could not follow are told as errors that do not stop the build's next steps, so that
     * what those find is told with them; the folder is walked again at the next build.
     */
    static List<Path> listed(Session session, ContentFolder folder, Path dir, boolean markdownOnly,
            Diagnostics diagnostics) {
        return listed(session, dir, markdownOnly ? "" : "all", () -> folder.listing(dir, markdownOnly), diagnostics);
    }

    /** The files {@code walk} lists below {@code dir} ({@code filter} naming which), as {@link #listed(Session, ContentFolder, Path, boolean, Diagnostics)}. */
    private static List<Path> listed(Session session, Path dir, String filter,
            java.util.function.Supplier<ContentFolder.Listing> walk, Diagnostics diagnostics) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> files = session.listing(dir, filter, () -> {
            ContentFolder.Listing l = walk.get();
            problems.addAll(l.problems());
            return l.files();
        });
        if (!problems.isEmpty()) {
            session.relist(dir);
            diagnostics.carry(problems);
        }
        return files;
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
        if (Files.isRegularFile(file) || Files.isSymbolicLink(file)) { // a link: followed, or told where it leads
            String text = folder.readNamed(root.resolve("content"), file, diagnostics).map(SourceFile::text).orElse("");
            diagnostics.throwIfErrors();
            config = new SiteConfigParser().parse(text, folder.display(file), diagnostics);
        } else {
            config = SiteConfigParser.defaults();
        }
        diagnostics.throwIfErrors();
        return options.baseUrl().isEmpty() ? config : config.withBaseUrl(options.baseUrl());
    }
}
