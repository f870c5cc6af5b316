package io.orbitpress.build;

import io.orbitpress.config.SiteConfig;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Page;
import io.orbitpress.render.PagePlanner;
import io.orbitpress.render.PageSpec;
import io.orbitpress.render.TemplateRenderer;
import io.orbitpress.render.Urls;
import io.orbitpress.session.Session;
import io.orbitpress.session.Step;
import io.orbitpress.work.Batch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The render step: each page of the plan made into bytes through the site's templates, on every
 * core, and handed to the target as it is made. A page is remembered under its route, template,
 * inputs, the site's settings and the template set: when all are as before, it is the page made
 * before, and not rendered again.
 */
final class PageRendering {

    private static final Step<TemplateRenderer> TEMPLATES = Step.inMemory("templates");

    private final Session session;
    private final Steps steps;
    private final Path root;
    private final SiteBuild.Loaded loaded;
    private final SiteConfig config;
    /** What every page's view is made from besides its own inputs (the planners' {@link PagePlanner#settings()}). */
    private final Object pageSettings;
    private final Diagnostics diagnostics;
    /** The links and ids of each page rendered by this build, by output path. */
    private final Map<String, LinkChecker.Scan> scans = new ConcurrentHashMap<>();
    /** Per template problem, the first page in plan order that met it, and what it said there. */
    private final Map<String, Reported> reported = new ConcurrentHashMap<>();

    private record Reported(int page, Diagnostic diagnostic) {
    }
    private volatile Fingerprint settings;
    private final java.util.Set<String> rendered = ConcurrentHashMap.newKeySet();

    PageRendering(Session session, Steps steps, Path root, SiteBuild.Loaded loaded, SiteConfig config,
            Object pageSettings, Diagnostics diagnostics) {
        this.session = session;
        this.steps = steps;
        this.root = root;
        this.loaded = loaded;
        this.config = config;
        this.pageSettings = pageSettings;
        this.diagnostics = diagnostics;
    }

    /**
     * The ids of the pages rendered by this build (not those remembered), and those of their
     * links that a check against the build's paths can find broken (see {@link LinkChecker.Scanner}).
     */
    Map<String, LinkChecker.Scan> freshScans() {
        return scans;
    }

    /** The routes of the pages rendered anew (the others were remembered). */
    java.util.Set<String> renderedRoutes() {
        return rendered;
    }

    /**
     * Every page, in plan order; pages whose template failed are left out (each problem reported
     * once). {@code paths} is every output path of the build: what a page's link may lead to;
     * {@code held}, the files of the stories held back.
     */
    List<PageResult> render(List<PageSpec> specs, Target target, java.util.Set<String> paths, LinkChecker.Held held) {
        LinkChecker.Scanner scanner = new LinkChecker.Scanner(paths, held);
        // before the pages render on several threads: a zone's names derived by one (see ZoneNames)
        for (io.orbitpress.config.Language l : config.languages()) {
            io.orbitpress.render.ZoneNames.derive(config.timeZone(), Locale.forLanguageTag(l.code()));
        }
        // the engine keeps its parsed templates and expressions while the templates stay the same
        TemplateRenderer templates = session.remember(TEMPLATES,
                () -> Fingerprint.of(loaded.templates(), Fingerprint.of(config.language() + " " + config.timeZone().getId())),
                () -> new TemplateRenderer(root.resolve("templates"), io.orbitpress.theme.Theme.builtIn(),
                        Locale.forLanguageTag(config.language()), config.timeZone()));
        PageSpec[] todo = specs.toArray(new PageSpec[0]);
        int n = todo.length;
        // from the end of the plan: its last page, the sitemap, takes as long as hundreds of others
        // (about 0.2 s at 10,000 articles in a new JVM), and made last it kept one core working
        // alone while the other waited
        List<PageResult> results = Batch.map(n, j -> {
            int i = n - 1 - j;
            PageSpec spec = todo[i];
            todo[i] = null; // a page's view can go once it is written
            boolean[] made = new boolean[1];
            try {
                PageResult r = session.remember(target.pageStep(), () -> key(spec), () -> {
                    made[0] = true;
                    rendered.add(spec.route());
                    return render(spec, templates, target, scanner);
                }, target::usable);
                if (!made[0]) {
                    target.reused(r);
                }
                return r;
            } catch (TemplateRenderer.TemplateProblem e) {
                // told once, as the first page of the plan that meets it says it, whichever thread renders it first
                for (Diagnostic d : e.diagnostics()) {
                    String once = d.path() + ":" + d.line() + ":" + d.message().replaceAll("\\(while rendering .*\\)", "");
                    reported.merge(once, new Reported(i, d), (a, b) -> a.page() <= b.page() ? a : b);
                }
                return null;
            }
        });
        reported.values().stream().sorted(java.util.Comparator.comparingInt(Reported::page))
                .forEach(r -> diagnostics.add(r.diagnostic()));
        List<PageResult> out = new ArrayList<>(n);
        for (int j = n - 1; j >= 0; j--) { // in plan order
            PageResult r = results.get(j);
            if (r != null) {
                out.add(r);
            }
        }
        target.pages(out);
        return out;
    }

    private Fingerprint key(PageSpec spec) {
        Fingerprint s = settings;
        if (s == null) {
            s = Fingerprint.of(session.fingerprint(pageSettings), loaded.templates(), loaded.settings());
            settings = s;
        }
        return new io.orbitpress.hash.Hasher().put(s).put(spec.route()).put(spec.template()).put(spec.kind())
                .put(spec.source()).put(session.fingerprint(spec.inputs())).finish();
    }

    private PageResult render(PageSpec spec, TemplateRenderer templates, Target target, LinkChecker.Scanner scanner) {
        Page p = spec.page();
        assert Page.VARIABLES.containsAll(p.model().keySet()) : "not in Page.VARIABLES: " + p.model().keySet();
        byte[] bytes = templates.render(p);
        if (p.template().endsWith(".xml")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String letters = io.orbitpress.render.XmlText.withLetters(text); // feeds in Russian as Russian, not references
            if (letters != text) {
                bytes = letters.getBytes(StandardCharsets.UTF_8);
            }
        }
        io.orbitpress.render.PageLinks.Found found = null; // the page's links, when read as they were made relative
        if (p.template().endsWith(".html")) {
            if (p.kind().equals("404")) {
                bytes = Urls.absolutize(bytes, config.baseUrl());
            } else {
                io.orbitpress.render.PageLinks.Rewritten relative = Urls.relativizeAndRead(bytes, p.route());
                bytes = relative.html();
                found = relative.found();
            }
        }
        // a generated page's links come from its template: problems on it are reported there (the
        // built-in theme's file named as such, when the site has no template of its own)
        OutputFile f = OutputFile.rendered(spec.file(), bytes,
                p.source().isEmpty() ? templates.file(p.template()) : p.source());
        if (f.isHtml()) {
            scans.put(f.path(), scanner.scan(f, found));
        }
        return target.rendered(f, target.keepsBytes() ? Fingerprint.NONE : session.contents(bytes));
    }
}
