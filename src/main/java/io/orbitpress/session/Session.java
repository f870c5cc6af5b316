package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.hash.Hasher;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What builds remember of each other: the one place where a build's steps are reused. A step
 * is a function of explicit inputs; the build asks the session for its result under a key made
 * of those inputs' fingerprints ({@link #remember}), and the session hands back the result it
 * made for that key before, or makes it now. A cold build is a session that remembers nothing
 * ({@link #cold()}); {@code serve} keeps one in memory between rebuilds ({@link #inMemory()});
 * {@code build} keeps one in a cache folder between runs ({@link #inFolder}).
 *
 * <p>A session also knows which files changed since the last build: by their stamp
 * (modification time, size, file key) or, in {@code serve}, by what the file watcher reported
 * ({@link #changed}). Results of steps the last build did not use are forgotten when a build
 * succeeds, so the session does not grow with edits.
 *
 * <p>One build at a time uses a session.
 */
public final class Session {

    /** A file stamp younger than this is not trusted: a file rewritten within one clock tick keeps its stamp. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    private final boolean remembers;
    private final DiskCache disk;
    private final Fingerprints fingerprints = new Fingerprints();

    /**
     * A remembered result, the last build that used it, and where its bytes are in the cache
     * folder (null until they are written there), so that a result kept from build to build is
     * not written again.
     */
    static final class Entry {
        final Object value;
        volatile long used;
        volatile DiskCache.Place place;

        Entry(Object value, long used, DiskCache.Place place) {
            this.value = value;
            this.used = used;
            this.place = place;
        }
    }

    /** Every remembered result; those no successful build used are dropped when one ends. */
    private final Map<DiskCache.StepKey, Entry> results = new ConcurrentHashMap<>();
    private long generation;

    /**
     * A file read, with the stamp it had; {@code read} is null for a file known from the cache
     * folder and not asked for yet in this process.
     */
    record Known(Stamp stamp, String path, Fingerprint fingerprint, SourceRead read) {
        Known(Stamp stamp, SourceRead read) {
            this(stamp, read.path(), read.fingerprint(), read);
        }
    }

    private Map<Path, Known> reads = new ConcurrentHashMap<>();
    private Map<Path, Known> readsNow = new ConcurrentHashMap<>();
    private final Map<Listed, List<Path>> listings = new ConcurrentHashMap<>();

    /** A folder's listing, of the files that {@code filter} names (Markdown alone, or every file). */
    private record Listed(Path folder, String filter) {
    }
    /** The paths the watcher reported since the last build; null when a watcher does not tell (or missed some). */
    private Set<Path> changed;
    private boolean watched;
    private final List<Diagnostic> notices = new ArrayList<>();
    private boolean building;

    private Session(boolean remembers, DiskCache disk) {
        this.remembers = remembers;
        this.disk = disk;
    }

    /** A session that remembers nothing: every step is made, every file read. */
    public static Session cold() {
        return new Session(false, null);
    }

    /** A session that remembers in memory, for builds in one process ({@code serve}). */
    public static Session inMemory() {
        return new Session(true, null);
    }

    /**
     * A session kept in {@code folder} between runs, valid only for the same tool (the code
     * that made it, and the JVM) as {@code tool} says. Its file is read at the first build.
     *
     * @param display how messages name the folder (".orbitpress-cache")
     * @throws BuildFailure when {@code folder} holds other files than a cache's
     */
    public static Session inFolder(Path folder, String display, Fingerprint tool) {
        if (DiskCache.holdsOtherFiles(folder)) {
            throw new BuildFailure(Diagnostic.error(folder.toString(), 0, 0, "this folder holds"
                    + " files and is not an Orbitpress cache folder; choose a new or empty folder with --cache, like"
                    + " .orbitpress-cache in the site folder (the default)"));
        }
        return new Session(true, new DiskCache(folder, display, tool));
    }

    /** Whether results are remembered at all (false for a cold build). */
    public boolean remembers() {
        return remembers;
    }

    /**
     * Starts a build: loads the cache folder on first use. Problems with it (a damaged or foreign
     * file) are in {@link #notices()}; the build then runs as a cold one and overwrites it.
     */
    public void begin() {
        if (building) {
            throw new IllegalStateException("one build at a time uses a session");
        }
        building = true;
        generation++;
        notices.clear();
        fingerprints.begin();
        readsNow = new ConcurrentHashMap<>();
        if (disk != null && !disk.loaded()) {
            disk.load().ifPresent(notices::add);
            disk.stamps().forEach(reads::putIfAbsent);
        }
        if (disk != null) {
            disk.settle();
        }
        changesTaken = false;
    }

    /**
     * Ends a build. A build that succeeded keeps what it used (and writes the cache folder);
     * one that failed keeps everything, so that the next build finds what both made.
     */
    public void end(boolean succeeded) {
        building = false;
        if (!remembers) {
            return;
        }
        if (succeeded) {
            long g = generation;
            results.values().removeIf(e -> e.used != g);
            reads = readsNow;
        } else {
            reads.putAll(readsNow);
            changesAgain();
        }
        if (disk != null) {
            disk.damage().ifPresent(notices::add);
        }
        if (succeeded && disk != null) {
            Optional<Diagnostic> problem = disk.save(results, reads);
            problem.ifPresent(notices::add);
        }
    }

    /**
     * Whether the cache folder, when this session first read it, held what another version of
     * Orbitpress or another JVM made: not used, so the first build made everything.
     */
    public boolean startedFromAnotherTool() {
        return disk != null && disk.otherTool();
    }

    /**
     * Whether the cache folder, when this session first read it, held results of this tool's
     * (none when there was no cache folder, one of another tool's, or a damaged one).
     */
    public boolean startedWithResults() {
        return disk != null && disk.heldResults();
    }

    /** What a session knew of a file before the current build. */
    public enum Before {
        /** Nothing: not read by the builds it remembers (a new file, or another site's cache folder). */
        UNKNOWN,
        /** The same contents. */
        SAME,
        /** Other contents. */
        CHANGED
    }

    /**
     * What this session knew, before the current build, of each of {@code files}, which the build
     * read through {@link #source}; asked before {@link #end}. Worked out from what the build's
     * reads left (rarely asked: reading a file pays nothing for it).
     */
    public List<Before> before(List<SourceRead> files) {
        Map<SourceRead, Path> where = new java.util.IdentityHashMap<>();
        readsNow.forEach((path, known) -> where.put(known.read(), path));
        List<Before> out = new ArrayList<>(files.size());
        for (SourceRead f : files) {
            Path path = where.get(f);
            Known k = path == null ? null : reads.get(path);
            out.add(k == null ? Before.UNKNOWN : k.fingerprint().equals(f.fingerprint()) ? Before.SAME
                    : Before.CHANGED);
        }
        return out;
    }

    /**
     * What the build should tell about the session itself since it last asked: a cache file
     * ignored (when the build began) or not written (when it ended).
     */
    public List<Diagnostic> takeNotices() {
        List<Diagnostic> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    /**
     * The result of {@code step} for the key {@code key} gives: the one made before for the same
     * key, or {@code make}'s. {@code key} is asked for only by a session that remembers.
     */
    public <V> V remember(Step<V> step, Supplier<Fingerprint> key, Supplier<V> make) {
        return remember(step, key, make, v -> true);
    }

    /**
     * As {@link #remember(Step, Supplier, Supplier)}, using a result made before only when
     * {@code usable} accepts it (a page whose bytes are in a published site that is still there).
     */
    public <V> V remember(Step<V> step, Supplier<Fingerprint> key, Supplier<V> make, Predicate<V> usable) {
        if (!remembers) {
            return make.get();
        }
        DiskCache.StepKey slot = new DiskCache.StepKey(step.name(), key.get());
        V before = find(step, slot);
        if (before != null && usable.test(before)) {
            return before;
        }
        V made = make.get();
        results.put(slot, new Entry(made, generation, null));
        return made;
    }

    /**
     * As {@link #remember(Step, Supplier, Supplier)}, for a result that is cheaper to bring up to
     * date than to make anew: a result not made before for its key is made by {@code update} from
     * the last one made of {@code step} for the same {@code lineage} (the settings it depends on,
     * say), or from null when there is none.
     */
    public <V> V rememberFrom(Step<V> step, Fingerprint lineage, Supplier<Fingerprint> key,
            Function<V, V> update) {
        if (!remembers) {
            return update.apply(null);
        }
        Fingerprint made = key.get();
        Fingerprint line = Fingerprint.of(Fingerprint.of(step.name()), lineage);
        V value = remember(step, () -> made, () -> update.apply(recall(LAST, line)
                .flatMap(last -> recall(step, last)).orElse(null)));
        record(LAST, line, made);
        return value;
    }

    /** The key of the last result of a step for a lineage ({@link #rememberFrom}). */
    private static final Step<Fingerprint> LAST = Step.persisted("last", new Codec<>() {
        @Override
        public void write(Encoder out, Fingerprint value) {
            out.writeFingerprint(value);
        }

        @Override
        public Fingerprint read(Decoder in) {
            return in.readFingerprint();
        }
    });

    /** The result under {@code slot}, marked as used by this build; from the cache folder when not in memory. */
    @SuppressWarnings("unchecked")
    private <V> V find(Step<V> step, DiskCache.StepKey slot) {
        Entry e = results.get(slot);
        if (e != null) {
            e.used = generation;
            return (V) e.value;
        }
        if (disk != null && step.codec() != null) {
            disk.codec(step.name(), step.codec());
            DiskCache.Found<V> found = disk.read(step.name(), slot.key(), step.codec());
            if (found == null) {
                return null;
            }
            results.put(slot, new Entry(found.value(), generation, found.place()));
            return found.value();
        }
        return null;
    }

    /**
     * What the last build recorded under {@code key} with {@link #record} (what it published, say):
     * state a build starts from, rather than a result it could make again.
     */
    public <V> Optional<V> recall(Step<V> step, Fingerprint key) {
        if (!remembers) {
            return Optional.empty();
        }
        return Optional.ofNullable(find(step, new DiskCache.StepKey(step.name(), key)));
    }

    /** Records {@code value} under {@code key} for the next build ({@link #recall}), replacing what was there. */
    public <V> void record(Step<V> step, Fingerprint key, V value) {
        if (!remembers) {
            return;
        }
        if (disk != null && step.codec() != null) {
            disk.codec(step.name(), step.codec());
        }
        results.put(new DiskCache.StepKey(step.name(), key), new Entry(value, generation, null));
    }

    /** The fingerprint of some bytes, for a session that remembers; {@link Fingerprint#NONE} for a cold one, which needs none. */
    public Fingerprint contents(byte[] bytes) {
        return remembers ? Fingerprint.of(bytes) : Fingerprint.NONE;
    }

    /** The fingerprint of a value: of a step result, the key it was made for; of anything else, its contents. */
    public Fingerprint fingerprint(Object value) {
        return fingerprints.of(value);
    }

    /**
     * Tells that {@code value} (a step result, or a part of one) is known by {@code f}: a value
     * that later keys are made of (an article, an entity) is then never read to fingerprint it.
     */
    public void known(Object value, Fingerprint f) {
        if (remembers) {
            fingerprints.known(value, f);
        }
    }

    /**
     * Tells that a file watcher reports every change from now on ({@link #changed}): builds after
     * the next one look only at the files it reported instead of checking every file's stamp.
     */
    public synchronized void watched() {
        watched = true;
        changed = null;
    }

    /** The watcher's report of paths created, changed or deleted since the last build; reports add up until a build starts. */
    public synchronized void changed(Set<Path> paths) {
        if (changed != null) {
            Set<Path> all = new HashSet<>(changed);
            paths.forEach(p -> all.add(p.toAbsolutePath().normalize()));
            changed = Set.copyOf(all);
        }
    }

    /** Tells that the watcher may have missed changes: the next build checks every file's stamp and walks every folder. */
    public synchronized void changedUnknown() {
        changed = null;
    }

    /**
     * After a failed build: the changes it took are the next build's too. It may have stopped
     * before it read them (a broken site.yaml stops it before the stories), and the next build,
     * told only of what changes after it, would otherwise serve what it read before them.
     */
    private synchronized void changesAgain() {
        if (!changesTaken || changed == null) {
            return;
        }
        if (changedNow == null) {
            changed = null; // this build checked every file's stamp: so does the next one
            return;
        }
        Set<Path> all = new HashSet<>(changed);
        all.addAll(changedNow);
        changed = Set.copyOf(all);
    }

    /** The paths changed since the last build, taken for this build; null when unknown. */
    private synchronized Set<Path> takeChanged() {
        Set<Path> c = changed;
        changed = watched ? Set.of() : null;
        return c;
    }

    private Set<Path> changedNow;
    /** Of the changed paths, those that are not files now (folders, or gone): everything below them may have changed. */
    private List<Path> changedFolders = List.of();
    private boolean changesTaken;

    private synchronized Set<Path> changedThisBuild() {
        if (!changesTaken) {
            changedNow = takeChanged();
            List<Path> folders = new ArrayList<>();
            if (changedNow != null) {
                for (Path p : changedNow) {
                    if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        folders.add(p);
                    }
                }
            }
            changedFolders = List.copyOf(folders);
            changesTaken = true;
        }
        return changedNow;
    }

    private boolean belowChangedFolder(Path file) {
        for (Path folder : changedFolders) {
            if (file.startsWith(folder) && !file.equals(folder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The files of a folder as {@code walk} lists them: walked again unless the watcher reported
     * nothing created or deleted below it since the last listing.
     */
    public List<Path> listing(Path folder, Supplier<List<Path>> walk) {
        return listing(folder, "", walk);
    }

    /**
     * As {@link #listing(Path, Supplier)}, for a walk that keeps the files {@code filter} names: one
     * folder may be listed with several filters (its Markdown files, and all its files).
     */
    public List<Path> listing(Path folder, String filter, Supplier<List<Path>> walk) {
        Path dir = folder.toAbsolutePath().normalize();
        Listed key = new Listed(dir, filter);
        List<Path> last = listings.get(key);
        Set<Path> changes = remembers ? changedThisBuild() : null;
        if (last != null && changes != null && onlyEdits(dir, last, changes)) {
            return last;
        }
        List<Path> now = walk.get();
        if (remembers) {
            listings.put(key, now);
        }
        return now;
    }

    /**
     * Has {@code folder} walked again at the next build whatever the watcher reports: its listing
     * told of links it could not follow, which a change outside the folder (a link's target made
     * again) can mend.
     */
    public void relist(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        listings.keySet().removeIf(k -> k.folder().equals(dir));
    }

    /** Whether every change below {@code dir} is to a file {@code listing} holds that is still a file. */
    private static boolean onlyEdits(Path dir, List<Path> listing, Set<Path> changes) {
        Set<Path> listed = null;
        for (Path p : changes) {
            if (!p.startsWith(dir) && !dir.startsWith(p)) {
                continue;
            }
            if (listed == null) {
                listed = new HashSet<>(listing);
            }
            if (!listed.contains(p) || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code file} as {@code read} reads it: the same {@link SourceRead} as last time when its
     * stamp (or the watcher) says it did not change. {@code display} is its path in messages.
     */
    public SourceRead source(Path file, String display, Function<Path, FileRead> read) {
        Path abs = file.toAbsolutePath().normalize();
        if (!remembers) {
            return new SourceRead(display, Fingerprint.NONE, () -> read.apply(abs), false);
        }
        Known before = reads.get(abs);
        if (before != null && before.read() == null) {
            before = new Known(before.stamp(), new SourceRead(before.path(), before.fingerprint(),
                    later(abs, before.path(), before.fingerprint(), read), true));
        }
        Set<Path> changes = changedThisBuild();
        if (before != null && changes != null && !changes.contains(abs) && !belowChangedFolder(abs)) {
            readsNow.put(abs, before);
            return before.read();
        }
        Optional<Stamp> stamp = Stamp.of(abs);
        if (before != null && stamp.isPresent() && before.stamp().equals(stamp.get())
                && stamp.get().settled(Instant.now())) {
            readsNow.put(abs, before);
            return before.read();
        }
        SourceRead now = fresh(display, read.apply(abs));
        if (before != null && before.fingerprint().equals(now.fingerprint())) {
            now = before.read(); // the same text: the same read, so what was made from it is found by identity too
        }
        if (stamp.isPresent()) {
            readsNow.put(abs, new Known(stamp.get(), now));
        }
        return now;
    }

    /**
     * What reading a file gave: its text, or nothing and the problems why; for a file that is not
     * text (an image to copy), no text and the fingerprint of its bytes.
     */
    public record FileRead(Optional<SourceFile> file, List<Diagnostic> problems, Fingerprint bytes) {
        public FileRead(Optional<SourceFile> file, List<Diagnostic> problems) {
            this(file, problems, null);
        }

        /**
         * A file read as bytes alone, known by their fingerprint: read in pieces, never held whole
         * (a site's video may be larger than the heap).
         */
        public static FileRead bytes(Path file) throws java.io.IOException {
            return new FileRead(Optional.empty(), List.of(), Fingerprint.of(file));
        }
    }

    private SourceRead fresh(String display, FileRead r) {
        Hasher h = new Hasher().put(display);
        if (r.bytes() != null) {
            h.put(r.bytes());
        }
        r.file().ifPresentOrElse(f -> h.put(f.text()), () -> h.tag(1));
        for (Diagnostic d : r.problems()) {
            h.put(d.format());
        }
        return new SourceRead(display, h.finish(), r);
    }

    /**
     * The text of a file known from the cache folder, read when a step needs it; it must still
     * be the text the cache knew (the file was not written between its stamp and now).
     */
    private Supplier<FileRead> later(Path file, String display, Fingerprint expected, Function<Path, FileRead> read) {
        return () -> {
            SourceRead now = fresh(display, read.apply(file));
            if (!now.fingerprint().equals(expected)) {
                throw new BuildFailure(Diagnostic.error(display, 0, 0,
                        "this file changed while it was being built; build again"));
            }
            return now.read();
        };
    }
}
