package io.orbitpress.preview;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.session.Session;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site being previewed: builds it in memory, keeps the last good build served, and tells
 * the browsers what changed with exactly one event per rebuild: {@code reload}, {@code css}
 * (only stylesheets under templates/assets changed) or {@code error}.
 *
 * <p>Rebuilds share one {@link Session}, told by the file watcher what changed: a rebuild
 * re-reads the files that changed and re-renders the pages whose inputs changed, and gives the
 * same files as a cold build.
 */
final class LiveSite {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final BuildOptions options;
    private final EventHub events;
    private final PrintWriter out;
    private final PrintWriter err;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());
    /** The files before the last good build: where a page that build took away was made from ({@link #movedTo}). */
    private final AtomicReference<Snapshot> previous = new AtomicReference<>(Snapshot.empty());
    private List<Diagnostic> lastWarnings = List.of();
    private Session session = Session.inMemory();
    private int lastRendered;
    /** Rebuilds when the clock changes the site (a story's embargo or expiry passes), as a save does. */
    private final java.util.concurrent.ScheduledExecutorService clock =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "orbitpress-clock");
                t.setDaemon(true);
                return t;
            });
    private java.util.concurrent.ScheduledFuture<?> due;

    /** One event, as sent: a name and one line of data. */
    record Event(String name, String data) {
    }

    LiveSite(BuildOptions options, EventHub events, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.events = events;
        this.out = out;
        this.err = err;
    }

    Snapshot snapshot() {
        return current.get();
    }

    /** The first build, before anyone listens; a failure is served as the error overlay. */
    synchronized void buildFirst() {
        build();
    }

    /** Pages rendered anew by the last build that succeeded (the others were kept from the build before). */
    synchronized int lastRendered() {
        return lastRendered;
    }

    /** Tells the session that the watcher reports every change from now on. */
    synchronized void watching() {
        session.watched();
    }

    /** Rebuilds after {@code changed} and sends the one event that says what to do. */
    synchronized Event rebuild(Set<Path> changed) {
        boolean wasFailing = current.get().failing();
        session.changed(changed);
        Event event;
        if (!build()) {
            event = new Event("error", JSON.writeValueAsString(current.get().errors()));
        } else if (!wasFailing && onlyStylesheets(changed)) {
            event = new Event("css", Long.toString(current.get().generation()));
        } else {
            event = new Event("reload", Long.toString(current.get().generation()));
        }
        events.publish(event.name(), event.data());
        return event;
    }

    /**
     * Where the page {@code file} ("articles/old/index.html"), which the last good build took away,
     * went: the one page made from the same file (its slug changed), else the one page of a file new
     * in that build beside the old one in {@code content/} (the file renamed); null when it is still
     * there, or went nowhere that can be told. What the open page follows when it is gone.
     */
    String movedTo(String file) {
        Snapshot now = current.get();
        Snapshot before = previous.get();
        Optional<Resource> was = before.get(file);
        if (now.get(file).isPresent() || was.isEmpty() || was.get().source().isEmpty() || !file.endsWith("index.html")) {
            return null;
        }
        String source = was.get().source();
        Map<String, Resource> nowFiles = now.files();
        List<String> same = new ArrayList<>();
        nowFiles.forEach((path, r) -> {
            if (path.endsWith("index.html") && r.source().equals(source)) {
                same.add(path);
            }
        });
        if (same.size() == 1) {
            return same.get(0);
        }
        Map<String, Resource> beforeFiles = before.files();
        Set<String> sourcesBefore = new java.util.HashSet<>();
        beforeFiles.values().forEach(r -> sourcesBefore.add(r.source()));
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        List<String> added = new ArrayList<>();
        nowFiles.forEach((path, r) -> {
            String s = r.source();
            if (path.endsWith("index.html") && !beforeFiles.containsKey(path) && !sourcesBefore.contains(s)
                    && s.startsWith(folder) && s.indexOf('/', folder.length()) < 0) {
                added.add(path);
            }
        });
        return added.size() == 1 ? added.get(0) : null;
    }

    /** Builds and swaps in the result; true when the build succeeded. */
    private boolean build() {
        long start = System.nanoTime();
        long generation = current.get().generation() + 1;
        try {
            SiteBuild builder = new SiteBuild(options, session);
            SiteBuild.Rendered rendered = builder.render();
            Snapshot before = current.get();
            previous.set(before);
            current.set(Snapshot.of(rendered.files(), generation, before).withWarnings(bySource(rendered.warnings())));
            reportWarnings(rendered.warnings());
            lastRendered = rendered.work().pages();
            rebuildAt(rendered.nextChange());
            int warnings = rendered.warnings().size();
            // the warnings are printed when they change; each build says how many still hold
            out.printf("Built %d files (%d pages rendered)%s in %d ms (%s)%n", rendered.files().size(),
                    rendered.work().pages(), warnings == 0 ? "" : warnings == 1 ? ", 1 warning" : ", " + warnings
                    + " warnings", (System.nanoTime() - start) / 1_000_000, steps(builder.timings().millis()));
            out.flush();
            return true;
        } catch (BuildFailure f) {
            fail(f.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList(), generation);
        } catch (RuntimeException e) {
            // A file deleted while it was read, say: the next change rebuilds again, from scratch.
            session = Session.inMemory();
            session.watched();
            fail(List.of("internal error while building: " + e + " (save again; report it if it persists)"),
                    generation);
        }
        return false;
    }

    /**
     * Rebuilds (with no file changed) just after {@code change} is due, so that a story whose
     * embargo or expiry passes while the preview runs is shown as it now is, without a save.
     */
    private void rebuildAt(io.orbitpress.build.Schedule.Change change) {
        if (due != null) {
            due.cancel(false);
            due = null;
        }
        if (change == null || clock.isShutdown()) {
            return;
        }
        long wait = java.time.Duration.between(java.time.Instant.now(), change.at().toInstant()).toMillis();
        if (wait < -1_000) {
            return; // passed already, and this build saw it: nothing to wait for
        }
        // a moment after the time, so that the build's clock has passed it
        due = clock.schedule(() -> rebuild(Set.of()), Math.max(0, wait) + 200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Stops rebuilding on the clock's changes (the server is stopping). */
    synchronized void close() {
        clock.shutdownNow();
    }

    private static String steps(Map<String, Long> millis) {
        StringBuilder b = new StringBuilder();
        millis.forEach((step, ms) -> b.append(b.length() == 0 ? "" : ", ").append(step).append(' ').append(ms));
        return b.toString();
    }

    private void fail(List<String> problems, long generation) {
        List<String> shown = new ArrayList<>(problems.subList(0, Math.min(problems.size(), Diagnostics.CAP)));
        if (problems.size() > shown.size()) {
            shown.add("... and " + (problems.size() - shown.size()) + " more");
        }
        if (shown.isEmpty()) {
            shown.add("the build failed without a message; run orbitpress check");
        }
        current.set(current.get().failed(shown, generation));
        shown.forEach(err::println);
        err.println(current.get().built() ? "Build failed; still serving the last good build"
                : "Build failed; nothing to serve until a build succeeds (the browser shows these problems)");
        err.flush();
    }

    /** The warnings, formatted, by the file they are about: what a page of that file shows. */
    private static Map<String, List<String>> bySource(List<Diagnostic> warnings) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (Diagnostic w : warnings) {
            out.computeIfAbsent(w.path(), p -> new ArrayList<>()).add(w.format());
        }
        return out;
    }

    private void reportWarnings(List<Diagnostic> warnings) {
        if (!warnings.equals(lastWarnings)) {
            warnings.forEach(w -> err.println(w.format()));
            err.flush();
        }
        lastWarnings = List.copyOf(warnings);
    }

    /** Whether {@code changed} are style sheets alone: the theme's assets, or the site's static files. */
    private boolean onlyStylesheets(Set<Path> changed) {
        Path site = options.source().toAbsolutePath().normalize();
        Path assets = site.resolve("templates/assets");
        Path statics = site.resolve("content/static");
        return !changed.isEmpty() && changed.stream().map(p -> p.toAbsolutePath().normalize())
                .allMatch(p -> (p.startsWith(assets) || p.startsWith(statics)) && p.toString().endsWith(".css"));
    }
}
