package io.orbitpress.build;

import io.orbitpress.content.ArticleMeta;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.entity.MentionExtractor;
import io.orbitpress.model.Article;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Page;
import io.orbitpress.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves for the next, so that a rebuild after a small edit re-reads, re-parses and
 * re-renders only what the edit touched. Held by the preview across rebuilds and passed to
 * {@link Builder#Builder(BuildOptions, BuildCache)}; one build uses it at a time.
 *
 * <p>Every entry is keyed by what it was computed from, so a stale entry is never used:
 * <ul>
 * <li>a file read: its path and {@link Stamp} (modification time, size, file key);</li>
 * <li>an article's front matter: the text read (the same {@link SourceFile} instance);</li>
 * <li>the registry and the mention extractor: the registry files read, all of them;</li>
 * <li>an article (markdown, mentions, HTML): its front matter and the registry generation;</li>
 * <li>the articles of the last build, position by position ({@link Chain}): the files read,
 *     compared by instance at each position;</li>
 * <li>the assembled site: the articles and entities it was made from;</li>
 * <li>what planning made from an article or entity index: the instance it was made from;</li>
 * <li>a rendered page: its route, template, source and view model, compared value by value
 *     (the page at the same position of the last plan first, then the one with its route).</li>
 * </ul>
 * A file read as before is the same instance as before, and so is everything made from it down
 * to its served bytes: after an edit most of the work is comparing two references per position.
 * A change to {@code site.yaml} drops everything after reading; a template change drops the
 * rendered pages.
 */
public final class BuildCache {

    /**
     * What identifies one version of a file on disk. File systems advance modification times by
     * clock ticks, so a file rewritten with the same size within the tick it was read in keeps its
     * stamp: a stamp younger than {@link #SETTLED} is not trusted, and the file is read again.
     */
    record Stamp(Instant modified, long size, Object fileKey) {
        static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

        boolean settled(Instant now) {
            return modified.plus(SETTLED).isBefore(now);
        }

        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new Stamp(a.lastModifiedTime().toInstant(), a.size(), a.fileKey()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** A file as read, with the problems reading it found. */
    record Read(Stamp stamp, Optional<SourceFile> file, List<Diagnostic> problems) {
    }

    /**
     * What one build read from a content folder: its listing and, at the same positions, each
     * file's read; the files read and their problems in listing order.
     */
    static final class FolderRead {
        private final List<Path> listing;
        private final Read[] reads;
        private final List<SourceFile> files;
        private final List<Diagnostic> problems;
        private Map<Path, Integer> positions;

        /**
         * @param same    the read of the same listing last time, whose positions hold, or null
         * @param changed the positions whose read may differ from {@code same}'s (all when {@code same} is null)
         */
        FolderRead(List<Path> listing, Read[] reads, FolderRead same, java.util.Collection<Integer> changed) {
            this.listing = listing;
            this.reads = reads;
            this.positions = same == null ? null : same.positions;
            if (same != null && same.files.size() == reads.length && same.problems.isEmpty()
                    && changed.stream().allMatch(i -> reads[i].file().isPresent() && reads[i].problems().isEmpty())) {
                // every file read, without problems, before and now: the files are at the same positions
                List<SourceFile> files = new ArrayList<>(same.files);
                changed.forEach(i -> files.set(i, reads[i].file().get()));
                this.files = java.util.Collections.unmodifiableList(files);
                this.problems = List.of();
                return;
            }
            List<SourceFile> files = new ArrayList<>(reads.length);
            List<Diagnostic> problems = new ArrayList<>();
            for (Read r : reads) {
                r.file().ifPresent(files::add);
                problems.addAll(r.problems());
            }
            this.files = java.util.Collections.unmodifiableList(files);
            this.problems = List.copyOf(problems);
        }

        List<Path> listing() {
            return listing;
        }

        Read[] reads() {
            return reads;
        }

        List<SourceFile> files() {
            return files;
        }

        List<Diagnostic> problems() {
            return problems;
        }

        /** Where {@code file} is in the listing, or -1. */
        synchronized int position(Path file) {
            if (positions == null) {
                positions = new HashMap<>();
                for (int i = 0; i < listing.size(); i++) {
                    positions.put(listing.get(i), i);
                }
            }
            return positions.getOrDefault(file, -1);
        }
    }

    /** An article's front matter read from one text. */
    record Meta(SourceFile source, Optional<ArticleMeta> meta, List<Diagnostic> problems) {
    }

    /** An article made from one front matter and one registry generation. */
    record Made(ArticleMeta meta, long registryGeneration, Article article, List<Pipeline.SuggestionRef> suggestions,
            List<Diagnostic> problems) {
    }

    /** The registry made from one list of registry files. */
    record Registry(List<SourceFile> files, long generation, Pipeline.Registry registry, MentionExtractor extractor,
            List<Diagnostic> problems) {
    }

    /**
     * The site assembled from these articles and entities, in the order given; {@code updated} when
     * it was made from the previous one rather than assembled anew; the positions of its articles
     * once an update needed them (they hold for every site updated from the same assembly).
     */
    record Assembly(io.orbitpress.model.Site site, List<Article> articles, List<io.orbitpress.model.Entity> entities,
            boolean updated, io.orbitpress.model.SiteAssembler.Positions positions) {
    }

    /**
     * What the last build made from the article files, position by position: each file gave
     * the front matter and the article at its position, without problems (the warnings are
     * those of making the articles); the suggestions sorted, and every entity, registered and
     * undescribed.
     */
    record Chain(List<SourceFile> files, List<ArticleMeta> metas, List<Made> made, List<Article> articles,
            Registry registry, List<Pipeline.SuggestionRef> suggestions, List<io.orbitpress.model.Entity> entities,
            List<Diagnostic> warnings) {
    }

    /** The unknown-id problems of one front matter against one registry generation. */
    record IdCheck(long registryGeneration, List<Diagnostic> problems) {
    }

    final Map<Path, Read> reads = new ConcurrentHashMap<>();
    /** What the last build read from each content folder, with the Markdown files it found there. */
    final Map<Path, FolderRead> folders = new ConcurrentHashMap<>();
    /** The paths changed since the last build, as a file watcher saw them; null when unknown. */
    private Set<Path> changed;
    final Map<Path, Meta> metas = new ConcurrentHashMap<>();
    final Map<String, Made> articles = new ConcurrentHashMap<>();
    Registry registry;
    /** The last build's articles made position by position, when every file gave one without problems; or null. */
    Chain chain;
    /** Whether the last build made its articles from the last chain, only the changed ones again. */
    boolean followedEdit;
    Assembly assembly;
    /** Per front matter, its unknown-id problems. */
    final io.orbitpress.render.IdentityMemo<ArticleMeta, IdCheck> idChecks = new io.orbitpress.render.IdentityMemo<>();
    /** Per article, the entities it involves that no registry describes. */
    final io.orbitpress.render.IdentityMemo<Article, List<io.orbitpress.model.Entity>> undescribed =
            new io.orbitpress.render.IdentityMemo<>();
    /** What the last plan made from each model value; dropped with the settings. */
    io.orbitpress.render.PlanMemo planMemo = new io.orbitpress.render.PlanMemo();
    private long registryGenerations;

    /** The template engine of the last build, with the templates it parsed; dropped with the pages. */
    io.orbitpress.render.TemplateRenderer renderer;
    /** The last plan rendered, and its output files at the same positions (null where a template failed). */
    List<Page> plan = List.of();
    OutputFile[] planned = new OutputFile[0];
    /** The last plan whose routes were found to claim distinct output files, and those files. */
    List<Page> distinctRoutes = List.of();
    Set<String> pageFiles = Set.of();
    Map<String, Integer> pagesByKind = Map.of();
    /** The output files of the last build whose links were checked, their positions by path, and whether all links led somewhere. */
    List<OutputFile> checked = List.of();
    Map<String, Integer> positions = Map.of();
    boolean linksOk;
    /** Of the last build: files of pages rendered anew and the files they replaced, by path; routes rendered. */
    Map<String, OutputFile> fresh = Map.of();
    Map<String, OutputFile> replaced = Map.of();
    Set<String> renderedRoutes = Set.of();
    boolean fullCheck;
    /** Copied files of the last build by output path, kept as the same instances while unchanged. */
    Map<String, OutputFile> copies = Map.of();

    private Object settings;
    private Object templates;
    private volatile Stats last = new Stats(0, 0, Set.of(), false);

    /**
     * What the last build did with the cache.
     *
     * @param pages      pages planned
     * @param rendered   pages rendered (the others were reused)
     * @param routes     the routes of the pages rendered
     * @param fullCheck  whether every page's links were checked
     */
    public record Stats(int pages, int rendered, Set<String> routes, boolean fullCheck) {
        public Stats {
            routes = Set.copyOf(routes);
        }
    }

    /**
     * Tells the next build which paths changed since the last one, as a watcher of content/ and
     * templates/ reported them: it then lists the content folders and checks files from these
     * paths instead of walking the folders and reading every file's stamp. Calls before one build
     * add up (a build that failed before loading leaves them for the next). Without a call the next
     * build walks the folders and checks every file's stamp.
     */
    public synchronized void changedSince(Set<Path> paths) {
        Set<Path> all = new java.util.HashSet<>(paths);
        if (changed != null) {
            all.addAll(changed);
        }
        changed = Set.copyOf(all);
    }

    /** The changed paths for the build starting now, once; null when unknown. */
    synchronized Set<Path> takeChanged() {
        Set<Path> c = changed;
        changed = null;
        return c;
    }

    /** What the last build that used this cache did. */
    public Stats lastBuild() {
        return last;
    }

    void record(Stats s) {
        last = s;
    }

    long nextRegistryGeneration() {
        return ++registryGenerations;
    }

    /**
     * Drops what depends on the settings (site.yaml, build options) or the templates when they
     * changed since the last build. Reads are kept: they depend on the bytes alone.
     */
    void settle(Object settingsKey, Object templatesKey) {
        if (!Objects.equals(settings, settingsKey)) {
            metas.clear();
            articles.clear();
            registry = null;
            chain = null;
            assembly = null;
            planMemo = new io.orbitpress.render.PlanMemo();
            forgetPages();
        } else if (!Objects.equals(templates, templatesKey)) {
            forgetPages();
        }
        settings = settingsKey;
        templates = templatesKey;
    }

    private void forgetPages() {
        renderer = null;
        plan = List.of();
        planned = new OutputFile[0];
        distinctRoutes = List.of();
        pageFiles = Set.of();
        pagesByKind = Map.of();
        checked = List.of();
        positions = Map.of();
        linksOk = false;
    }

    /** Forgets entries of files that are gone, so the cache does not grow with renames. */
    void keepOnly(Set<Path> files, Set<String> articlePaths) {
        reads.keySet().retainAll(files);
        metas.keySet().retainAll(files);
        articles.keySet().retainAll(articlePaths);
    }

    /** The names and bytes of {@code files}: a key that changes when any of them does. */
    static List<Object> contents(List<Path> files) {
        List<Object> out = new ArrayList<>();
        for (Path f : files) {
            out.add(f);
            try {
                out.add(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)));
            } catch (IOException e) {
                out.add(null);
            }
        }
        return out;
    }
}
