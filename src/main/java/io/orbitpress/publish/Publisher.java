package io.orbitpress.publish;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import io.orbitpress.hash.Fingerprint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only writer of the output folder. Files go to a staging folder beside it; when all are
 * written the staging folder replaces the output folder by two renames, so readers see the
 * old site or the new one. Leftovers of a build killed half-way are cleaned up by the next.
 *
 * <p>A build that knows what the last two builds published ({@link Manifest}s) stages into the
 * site before last, kept beside the output as {@code .<name>.spare}: it writes only the files
 * that differ from it, links the files that are the same as in the current site (hard links:
 * the same bytes and modification time, so {@code rsync} and {@code aws s3 sync} upload only
 * what changed), and removes the files no longer published. A file of either folder that was
 * changed or deleted after it was published (its stamp differs from the manifest's) is written
 * again. The output folder it replaces becomes the next spare; a build that replaced no known
 * version makes the spare from links to the files it published.
 *
 * <p>One build at a time writes an output folder: {@link #prepare} takes a lock file beside it
 * (see {@link OutputLock}) that {@link #close} lets go.
 */
public final class Publisher implements AutoCloseable {

    /** A file in every published site that says Orbitpress wrote it, naming its generation (a {@link Manifest}'s). */
    public static final String MARKER = OutputFolder.MARKER;

    /** How long a build waits for another build of the same output folder to finish. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path out;
    /** The output folder as given: {@link #out} unless it is a symbolic link. */
    private final Path given;
    private final Path parent;
    private final String name;
    private final boolean force;
    private final Duration wait;
    private OutputLock lock;
    /**
     * Folders being deleted while the build goes on (renamed to a staging name first), and the
     * spare being linked; {@link #close} waits for them, and a build killed before they are done
     * leaves folders the next one's {@link #recover} removes.
     */
    private final List<Thread> background = new java.util.ArrayList<>();

    public Publisher(Path outputFolder) {
        this(outputFolder, false);
    }

    /** @param force replace an output folder that holds files Orbitpress did not write */
    public Publisher(Path outputFolder, boolean force) {
        this(outputFolder, force, WAIT);
    }

    /**
     * @param force replace an output folder that holds files Orbitpress did not write
     * @param wait  how long to wait for another build writing the same output folder
     */
    public Publisher(Path outputFolder, boolean force, Duration wait) {
        this.given = outputFolder.toAbsolutePath().normalize();
        this.out = followed(given);
        this.parent = out.getParent();
        this.name = out.getFileName() == null ? "" : out.getFileName().toString();
        this.force = force;
        this.wait = wait;
    }

    /**
     * The folder {@code out} leads to when it is a symbolic link ({@code site/} linked to a web
     * server's folder): the site is published there, beside it, as the swap renames folders and
     * would otherwise put a folder in the link's place and leave the folder it leads to as it was.
     * A link that leads nowhere yet leads to the folder the build is to make.
     */
    static Path followed(Path out) {
        Path p = out;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                Path parentOfLink = p.getParent();
                p = parentOfLink == null ? p : parentOfLink.resolve(Files.readSymbolicLink(p)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return out;
            }
        }
        return p.equals(out) ? out : OutputFolder.real(p);
    }

    /**
     * Refuses an output folder that would overwrite what people wrote (see {@link OutputFolder}),
     * waits for any other build writing it, and recovers from a build that was killed while
     * publishing. The output folder is this publisher's until {@link #close}.
     *
     * @param protectedFolders the site folder, content/ and templates/: the output may be none of
     *                         them, nor contain any of them
     */
    public void prepare(List<Path> protectedFolders) {
        OutputFolder.check(given, protectedFolders, force);
        try {
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                String folder = given.equals(out) ? "the output folder" : out + ", the folder this link leads to";
                throw new BuildFailure(Diagnostic.error(given.toString(), 0, 0, "cannot write beside " + folder + " ("
                        + parent + " is not writable); choose another --out"));
            }
            String taken = ownedByAnother(out, System.getProperty("user.name"));
            if (taken != null) {
                throw new BuildFailure(Diagnostic.error(given.toString(), 0, 0, taken));
            }
            if (lock == null) {
                lock = OutputLock.take(parent.resolve("." + name + ".lock"), out, wait);
            }
            recover();
        } catch (IOException e) {
            throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "cannot prepare the output folder ("
                    + (e instanceof java.nio.file.FileAlreadyExistsException f ? f.getFile() + " is a file where a"
                            + " folder is needed" : e instanceof java.nio.file.AccessDeniedException
                                    ? "permission denied" : e.getMessage()) + "); choose another --out"));
        }
    }

    /** Lets another build write the output folder, once the folders it removes are gone and its spare made. */
    @Override
    public void close() {
        finish();
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /**
     * Waits for the work this publisher does on threads of its own: folders it removes, the spare
     * it links (begun by {@link Staging#publish}, so that a build writes its cache meanwhile).
     */
    public void finish() {
        while (true) { // a thread may start another (the spare's linking removes a spare)
            List<Thread> running;
            synchronized (background) {
                if (background.isEmpty()) {
                    break;
                }
                running = List.copyOf(background);
                background.clear();
            }
            running.forEach(Publisher::joinUninterruptibly);
        }
    }

    /** Writes every file to a new staging folder and swaps it in; returns the number of files written. */
    public int publish(List<OutputFile> files) {
        Staging staging = stage();
        try {
            files.parallelStream().forEach(f -> staging.write(f));
        } catch (RuntimeException e) {
            staging.discard();
            throw e;
        }
        staging.publish();
        return files.size();
    }

    /**
     * A new staging folder beside the output folder, for files written as they are made; the
     * output folder is untouched until {@link Staging#publish()}. A staging folder that is
     * neither published nor discarded (the build was killed) is removed by the next build.
     */
    public Staging stage() {
        return stage(null, null);
    }

    /**
     * A staging folder for a site whose current version is {@code live} and whose version before
     * is {@code spare} (either may be null when unknown). When the folders beside the output
     * are those versions (their markers say so), staging starts from the spare and
     * {@link Staging#keep} links files of the current site; otherwise it starts empty, and
     * {@code keep} still links files of the current site when that one is known.
     */
    public Staging stage(Manifest live, Manifest spare) {
        Path staging = stagingFolder();
        Manifest current = live != null && live.generation().equals(generationOf(out)) ? live : null;
        Manifest base = null;
        try {
            Path spareFolder = spareFolder();
            if (current != null && spare != null && spare.generation().equals(generationOf(spareFolder))) {
                move(spareFolder, staging);
                base = spare;
                Files.deleteIfExists(staging.resolve(MARKER));
            } else {
                remove(spareFolder);
                Files.createDirectories(staging);
            }
        } catch (IOException e) {
            throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, cannotWrite(e)));
        }
        return new Staging(staging, current, base);
    }

    /** Whether the output folder is the version {@code live} describes, so that its files can be kept. */
    public boolean holds(Manifest live) {
        return live != null && live.generation().equals(generationOf(out));
    }

    /**
     * A new folder beside the output for files on their way there; the next build removes it if
     * this one is killed before it is put in place.
     */
    private Path stagingFolder() {
        return parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    private Path spareFolder() {
        return parent.resolve("." + name + ".spare");
    }

    /** The generation a published folder's marker names, or "" when it has none. */
    private static String generationOf(Path folder) {
        try {
            String text = Files.readString(folder.resolve(MARKER), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("generation: ")) {
                    return line.substring("generation: ".length()).trim();
                }
            }
            return "";
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Where a file to keep is: the spare's file in the staging folder, or the current site's. */
    private enum From {
        SPARE, SITE
    }

    /** Files being written for one build; safe to write from several threads. */
    public final class Staging {
        private final Path root;
        /** The site in the output folder now, when known; the version the staging folder started from, or null. */
        private final Manifest live;
        private final Manifest base;
        /** Folders made so far: a file whose folder is known is written without asking for it again. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** What is staged: each path and its fingerprint (null when not given). */
        private final Map<String, Fingerprint> staged = new ConcurrentHashMap<>();
        /** What was written from where, for the message when two files cannot both be written. */
        private final Claims claims = new Claims();
        private final Fingerprint unknown = new Fingerprint(0, 0);
        /** The version of the site kept as the spare once published (see {@link #replaced()}). */
        private Manifest spare;
        /** The stamp of each file staged other than as the spare's (see {@link Manifest#stampOf}). */
        private final Map<String, Long> stamps = new ConcurrentHashMap<>();
        /** Files of the current site found intact, by path: asked for by {@link #canKeep}, then by {@link #keep}. */
        private final Map<String, Fingerprint> inSite = new ConcurrentHashMap<>();
        /** Files of the current site found intact by their bytes, their stamps changed (see {@link #find}). */
        private final Set<String> restamped = ConcurrentHashMap.newKeySet();

        /**
         * The spare's files that are as it published them, and its folders, found while the build
         * reads its sources (see {@link #tidy}); waited for before anything is written into the
         * staging folder.
         */
        private final CompletableFuture<Tidy> tidied;
        /**
         * The folders of the staging folder whose entries this build changed (a file written,
         * linked or removed in them or below), by path: the others are as {@link #tidy} found them.
         */
        private final Set<String> touched = ConcurrentHashMap.newKeySet();

        /** Whether anything was put into or taken from the staging folder beyond tidying the spare it started from. */
        private volatile boolean changed;
        /** Whether {@link #publish} began: the staging folder may be in place of the output by now. */
        private volatile boolean publishing;
        /**
         * Whether the output folder holds a site whose version is not known (a cold build's, or one
         * the cache does not describe): each file made is compared with the one there by its bytes.
         */
        private final boolean unknownSite;

        private Staging(Path root, Manifest live, Manifest base) {
            this.root = root;
            this.live = live;
            this.base = base;
            this.unknownSite = live == null && Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
            folders.add(root);
            tidied = base == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> tidy(root, base));
        }

        /**
         * Waits for the staging folder to be ready for writing: when it started from the spare, for
         * {@link #tidy} to be done with it.
         */
        private Tidy ready() {
            try {
                return tidied.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, cannotWrite(e.getCause() == null ? e : e.getCause())));
            }
        }

        /**
         * Writes one file into the staging folder; a failure is a {@link BuildFailure}, naming both
         * files when another file of the site needs its name as a folder, or the other way round.
         */
        public void write(OutputFile f) {
            write(f, null);
        }

        /**
         * Writes one file whose bytes have fingerprint {@code contents} (null when not known);
         * a file the staging folder already holds with those bytes is left as it is.
         */
        public void write(OutputFile f, Fingerprint contents) {
            ready();
            From from = find(f.path(), contents);
            if (from == null && unknownSite && sameAsSite(f)) {
                // a site whose version is not known: a file with the same bytes as the one there
                // stays as it is (its time too: what rsync and aws s3 sync compare)
                from = From.SITE;
            }
            if (from != null) {
                keep(f.path(), contents, from, f.source()); // made again, the same bytes: the file stays as it is
                return;
            }
            changed = true;
            claims.claim(f.path(), f.source());
            staged.put(f.path(), contents == null ? unknown : contents);
            touch(f.path());
            try {
                Publisher.write(root, f, folders, base != null);
            } catch (UncheckedIOException e) {
                throw new BuildFailure(claims.clash(f.path(), f.source()).orElseGet(() ->
                        Diagnostic.error(out.toString(), 0, 0, cannotWrite(e))));
            }
            if (contents != null) {
                stamps.put(f.path(), Manifest.stampOf(file(f.path())));
            }
        }

        /** Marks the folders of the file at {@code path} as changed by this build. */
        private void touch(String path) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!touched.add(path.substring(0, slash))) {
                    return; // and the folders it is in
                }
            }
        }

        /**
         * Whether the file at {@code path} with fingerprint {@code contents} can be kept instead of
         * being written ({@link #keep}): the spare or the current site holds it, as it was published.
         */
        public boolean canKeep(String path, Fingerprint contents) {
            return find(path, contents) != null;
        }

        /** Stages the file at {@code path} that {@link #canKeep} found, from the spare or the current site. */
        public void keep(String path, Fingerprint contents) {
            From from = find(path, contents);
            if (from == null) {
                throw new BuildFailure(Diagnostic.error(out.resolve(path).toString(), 0, 0,
                        "this file of the published site changed while the site was being built; build again"));
            }
            keep(path, contents, from, "");
        }

        /**
         * Takes back the file staged at {@code path}, with the folders it leaves empty: it is not
         * published after all. Nothing else may be written meanwhile.
         */
        public void withdraw(String path) {
            ready();
            changed = true;
            if (staged.remove(path) == null) {
                return;
            }
            stamps.remove(path);
            touch(path);
            try {
                removeWithEmptyFolders(root, file(path), folders::remove); // a folder gone is made again when asked for
            } catch (IOException e) {
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, cannotWrite(e)));
            }
        }

        /** The file staged at {@code path}: where a kept file's bytes can be read. */
        public Path file(String path) {
            return root.resolve(path).normalize();
        }

        /**
         * Where the file at {@code path} with fingerprint {@code contents} is, as it was published:
         * in the staging folder (the spare's file, when staging started from the spare) or in the
         * current site; null when in neither, or changed since (its stamp differs).
         */
        private From find(String path, Fingerprint contents) {
            if (contents == null) {
                return null;
            }
            if (base != null && base.has(path, contents) && ready().intact.contains(path) && (live == null
                    || !live.files().containsKey(path)
                    || java.util.Objects.equals(live.stamps().get(path), base.stamps().get(path)))) {
                // the spare's file only where the current site has none at that path or the same
                // file: one that changed back since the site before last would go out with that
                // site's older time, and aws s3 sync does not upload a file of the same size that is
                // older than the bucket's copy (the version in between would stay published)
                return From.SPARE;
            }
            Fingerprint known = inSite.get(path);
            if (contents.equals(known)) {
                return From.SITE;
            }
            if (live != null && live.has(path, contents)) {
                if (live.intact(out, path)) {
                    inSite.put(path, contents);
                    return From.SITE;
                }
                if (sameBytes(out.resolve(path), contents)) {
                    // the same bytes under another stamp: the site put back by a copy (a CI cache
                    // restores files as new ones), not changed since it was published
                    restamped.add(path);
                    inSite.put(path, contents);
                    return From.SITE;
                }
            }
            return null;
        }

        /** Whether the regular file {@code file} holds the bytes whose fingerprint is {@code contents}. */
        private static boolean sameBytes(Path file, Fingerprint contents) {
            try {
                return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Fingerprint.of(file).equals(contents);
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }

        /** Whether the output folder's file at {@code f}'s path has {@code f}'s bytes (compared when the sizes are equal). */
        private boolean sameAsSite(OutputFile f) {
            Path there = out.resolve(f.path());
            try {
                BasicFileAttributes a = Files.readAttributes(there, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) {
                    return false;
                }
                if (f.bytes() != null) {
                    return a.size() == f.bytes().length && java.util.Arrays.equals(Files.readAllBytes(there), f.bytes());
                }
                return a.size() == Files.size(f.copyFrom()) && Files.mismatch(f.copyFrom(), there) == -1;
            } catch (IOException | UncheckedIOException e) {
                return false;
            }
        }

        private void keep(String path, Fingerprint contents, From from, String source) {
            ready();
            claims.claim(path, source);
            staged.put(path, contents == null ? unknown : contents);
            if (from == From.SPARE) {
                return; // the spare has them already, as the same file, with the stamp its manifest names
            }
            changed = true;
            touch(path);
            Path target = file(path);
            try {
                Path folder = target.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                Files.deleteIfExists(target);
                Files.createLink(target, out.resolve(path));
                // a link: the same file, the same stamp (read again for a file found by its bytes)
                stamps.put(path, live == null || restamped.contains(path) ? Manifest.stampOf(target) : live.stamps().get(path));
            } catch (IOException | UnsupportedOperationException e) {
                try {
                    Files.copy(out.resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                    stamps.put(path, Manifest.stampOf(target));
                } catch (IOException copy) {
                    throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, cannotWrite(copy)));
                }
            }
        }

        /**
         * The version of the site kept beside the output as the spare after {@link #publish()},
         * or null: the site it replaced when that one was known; otherwise, when the new site is,
         * links to the new site's own files (made until the publisher closes), so that the next
         * build too starts from a spare instead of linking every file that stays.
         */
        public Manifest replaced() {
            return spare;
        }

        /**
         * Replaces the output folder with what was staged, and returns what is published: when
         * every file was staged with its fingerprint, a {@link Manifest} named by the fingerprint
         * of them all (the same site, the same name), which the marker file in the folder repeats;
         * otherwise none (null), and the marker names no generation.
         */
        @SuppressWarnings("unchecked")
        public Manifest publish() {
            ready();
            changed = true;
            publishing = true;
            // the files in path order, read straight into the immutable maps the manifest keeps
            Map.Entry<String, Fingerprint>[] files = staged.entrySet().toArray(new Map.Entry[0]);
            boolean known = true;
            for (Map.Entry<String, Fingerprint> e : files) {
                known &= e.getValue() != unknown;
            }
            Manifest now = null;
            if (known) {
                java.util.Arrays.sort(files, Map.Entry.comparingByKey());
                io.orbitpress.hash.Hasher h = new io.orbitpress.hash.Hasher();
                Map.Entry<String, Long>[] published = new Map.Entry[files.length];
                for (int i = 0; i < files.length; i++) {
                    String p = files[i].getKey();
                    h.put(p).put(files[i].getValue());
                    Long stamp = stamps.get(p);
                    if (stamp == null && base != null) {
                        stamp = base.stamps().get(p); // kept as the spare's file
                    }
                    published[i] = Map.entry(p, stamp == null ? Manifest.MISSING : stamp);
                }
                now = new Manifest(h.finish().hex(), Map.ofEntries(files), Map.ofEntries(published));
            }
            try {
                if (base != null) {
                    for (String p : base.files().keySet()) {
                        if (!staged.containsKey(p)) {
                            touch(p);
                            removeWithEmptyFolders(root, root.resolve(p), dir -> { });
                        }
                    }
                }
                writeMarker(marker(now));
                boolean keepOld = live != null && now != null;
                swap(root, keepOld, now == null);
                if (now != null) {
                    // its folders as published, for the build that starts from them (see tidy): a
                    // folder of the spare this build left as it found it has the stamp it had
                    Tidy found = ready();
                    now = now.withFoldersIn(out, folder -> found == null || touched.contains(folder) ? null
                            : found.unchanged.get(folder));
                }
                if (keepOld) {
                    spare = restamped.isEmpty() ? live : restamped(live);
                } else if (now != null) {
                    // linked while the build writes its cache; a spare that is not there (the file
                    // system cannot link) or not whole (the build was killed) is none to the next
                    // build, which finds no marker naming this version
                    Manifest site = now;
                    later(() -> linkSpare(site));
                    spare = now;
                }
            } catch (IOException | UncheckedIOException e) {
                discard();
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, cannotWrite(e)));
            }
            return now;
        }

        /**
         * Writes the marker file into the staging folder; the same bytes as the published site's
         * keep that one's time, so that rsync and aws s3 sync see no change when there is none.
         */
        private void writeMarker(byte[] text) throws IOException {
            Path marker = root.resolve(MARKER);
            Files.write(marker, text);
            Path there = out.resolve(MARKER);
            try {
                if (Files.isRegularFile(there, LinkOption.NOFOLLOW_LINKS) && Files.size(there) == text.length
                        && java.util.Arrays.equals(Files.readAllBytes(there), text)) {
                    Files.setLastModifiedTime(marker, Files.getLastModifiedTime(there));
                }
            } catch (IOException unread) {
                // a new time on the same text: one more file to sync, no harm
            }
        }

        /**
         * {@code site} (the replaced site, now the spare) with the stamps its files found by their
         * bytes have now: they are the same files as the new site's, linked.
         */
        private Manifest restamped(Manifest site) {
            Map<String, Long> now = new java.util.HashMap<>(site.stamps());
            for (String path : restamped) {
                Long stamp = stamps.get(path);
                if (stamp != null) {
                    now.put(path, stamp);
                }
            }
            return new Manifest(site.generation(), site.files(), now, site.folders());
        }

        /**
         * Removes what was written; the output folder stays as it was. A build that fails before
         * it publishes (bad input, most often) puts the spare it started from back instead, so that
         * the next build starts from it too rather than linking every file that stays: what this
         * one wrote or linked into it has other stamps than its manifest names, so the next build
         * takes none of it for the spare's own (see {@link #tidy}).
         */
        public void discard() {
            if (base == null || publishing || !putBackSpare()) {
                deleteQuietly(root);
            }
        }

        private boolean putBackSpare() {
            try {
                ready();
                Path spare = spareFolder();
                if (Files.exists(spare)) {
                    return false;
                }
                Files.write(root.resolve(MARKER), marker(base));
                move(root, spare);
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /** The marker file of a folder that holds {@code site}, or a site of unknown version (null). */
    private static byte[] marker(Manifest site) {
        return (new String(OutputFolder.MARKER_TEXT, java.nio.charset.StandardCharsets.UTF_8)
                + (site == null ? "" : "generation: " + site.generation() + "\n"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Makes the spare, moved to {@code root} to be staged into, hold only what {@code base} (the
     * version it is) published: a file the manifest does not name was put there by someone else
     * (into the output folder, which became the spare when it was replaced) and is deleted, with
     * the folders left empty, as a cold build would not make it. Returns the files of the manifest
     * that still have the stamps it names, and the folders found with the stamps it names.
     *
     * <p>A folder whose stamp is the one it was published with holds what it held then: its files'
     * stamps are read without listing it (on a site of 10,000 stories, opening and reading its
     * folders was most of this walk). A folder changed since, and the site's own, is listed.
     */
    private static Tidy tidy(Path root, Manifest base) {
        Tidy tidy = new Tidy(base);
        try {
            tidy.folder(root, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tidy;
    }

    /** The walk of {@link #tidy}. */
    private static final class Tidy {
        private final Manifest base;
        /** The files of {@code base} that have the stamps it names. */
        final Set<String> intact;
        /** The folders of {@code base} that have the stamps it names, with them. */
        final Map<String, Long> unchanged = new java.util.HashMap<>();
        /**
         * The names of the files and folders in each folder of {@code base}, by its path (when its
         * folders' stamps are known).
         */
        private final Map<String, List<String>> names = new java.util.HashMap<>();

        Tidy(Manifest base) {
            this.base = base;
            this.intact = new java.util.HashSet<>(base.files().size() * 2);
            if (!base.folders().isEmpty()) {
                for (String path : base.files().keySet()) {
                    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                        String folder = path.substring(0, slash);
                        int end = path.indexOf('/', slash + 1);
                        String name = path.substring(slash + 1, end < 0 ? path.length() : end);
                        List<String> in = names.get(folder);
                        boolean seen = in != null;
                        if (!seen) {
                            in = new java.util.ArrayList<>();
                            names.put(folder, in);
                        }
                        in.add(name); // a file, or a folder the first time a file in it is seen
                        if (seen) {
                            break; // its own folders were seen with it
                        }
                    }
                }
            }
        }

        /**
         * Tidies the folder {@code dir}, whose path in the site is {@code path} ("" for the site's
         * own); returns how many entries it keeps.
         */
        int folder(Path dir, String path) throws IOException {
            Long published = path.isEmpty() ? null : base.folders().get(path);
            List<String> known = names.get(path);
            if (published != null && known != null && published == Manifest.folderStampOf(dir)) {
                unchanged.put(path, published);
                for (String name : known) {
                    String p = path + "/" + name;
                    Long stamp = base.stamps().get(p);
                    if (stamp == null) {
                        folder(dir.resolve(name), p);
                    } else if (stamp == Manifest.stampOf(dir.resolve(name))) {
                        intact.add(p);
                    }
                }
                return known.size();
            }
            int kept = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String p = path.isEmpty() ? name : path + "/" + name;
                    BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory()) {
                        if (folder(entry, p) == 0) {
                            Files.delete(entry);
                        } else {
                            kept++;
                        }
                        continue;
                    }
                    Long stamp = base.stamps().get(p);
                    if (stamp == null && !p.equals(MARKER)) {
                        Files.delete(entry);
                        continue;
                    }
                    if (stamp != null && stamp == Manifest.stampOf(a)) {
                        intact.add(p);
                    }
                    kept++;
                }
            }
            return kept;
        }
    }

    /**
     * Writes {@code f} under {@code root}. On a disk where each file system call is dear, a page
     * costs one call per folder made, one to open, one to write and one to close: a folder made
     * before is not asked for again, and the bytes go in one write (Files.write takes 8 KB a call).
     */
    private static void write(Path root, OutputFile f, Set<Path> folders, boolean replace) {
        Path target = root.resolve(f.path()).normalize();
        if (!target.startsWith(root)) {
            throw new UncheckedIOException(new IOException("refusing to write outside the output folder: " + f.path()));
        }
        try {
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            if (replace) {
                // a file of the spare may be a link to the current site's: never written into
                Files.deleteIfExists(target);
            }
            if (f.bytes() != null) {
                try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(f.bytes());
                    while (bytes.hasRemaining()) {
                        out.write(bytes);
                    }
                }
            } else {
                Files.copy(f.copyFrom(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts {@code staging} in place of the output folder. The old one is kept as the spare when it
     * is a known version; or, with {@code park}, when it is a site Orbitpress wrote: a build that
     * does not know what it published (a cold one) makes no spare of its own, and a spare of
     * unknown version costs nothing now, while the next build, which has no use for it, deletes it
     * on threads of its own as it builds (a site of 27,000 files took 5–6 s to delete on a virtual
     * disk).
     */
    private void swap(Path staging, boolean keepOld, boolean park) throws IOException {
        Path old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        if (Files.exists(out)) {
            move(out, old);
        }
        move(staging, out);
        if ((keepOld || park && Files.exists(old.resolve(MARKER))) && Files.exists(old)) {
            remove(spareFolder());
            move(old, spareFolder());
        } else {
            remove(old); // not put back by a later recovery, half deleted, should this build be killed now
        }
    }

    /**
     * Makes the spare a copy of the output folder, which holds {@code site}, by hard links (no
     * bytes copied); false, and no spare, when the file system cannot link. On a disk where
     * each call is dear this is the cost of linking every file once: paid here, by a build that
     * wrote every file anyway, instead of by the next one.
     */
    private boolean linkSpare(Manifest site) {
        Path spare = spareFolder();
        Path making = stagingFolder();
        try {
            Set<Path> folders = new java.util.HashSet<>();
            for (String path : site.files().keySet()) {
                link(making, path, folders);
            }
            link(making, MARKER, folders);
            remove(spare);
            move(making, spare);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            deleteQuietly(making);
            return false;
        }
    }

    private void link(Path root, String path, Set<Path> folders) throws IOException {
        Path target = root.resolve(path);
        Path folder = target.getParent();
        if (folders.add(folder)) {
            Files.createDirectories(folder);
        }
        Files.createLink(target, out.resolve(path));
    }

    /** Removes {@code file} and the folders it leaves empty, up to {@code root}, telling each to {@code removed}. */
    private static void removeWithEmptyFolders(Path root, Path file, java.util.function.Consumer<Path> removed)
            throws IOException {
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root);
                dir = dir.getParent()) {
            try (DirectoryStream<Path> in = Files.newDirectoryStream(dir)) {
                if (in.iterator().hasNext()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue; // removed with its files, by hand from the published site: its parent may be left empty
            }
            Files.delete(dir);
            removed.accept(dir);
        }
    }

    /**
     * Why {@code user} cannot replace the folder {@code out}: another user's folder in a folder with the
     * sticky bit ({@code /tmp}), which lets only its owner (or root) rename it, as the swap does; null
     * when nothing stands in the way that this can tell (a folder not there yet, a system without
     * owners and modes).
     */
    static String ownedByAnother(Path out, String user) {
        Path parent = out.getParent();
        if (parent == null || user == null || user.equals("root") || !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            String owner = Files.getOwner(out, LinkOption.NOFOLLOW_LINKS).getName();
            if (owner.equals(user) || ((Integer) Files.getAttribute(parent, "unix:mode") & 01000) == 0) {
                return null;
            }
            return "cannot replace " + out + ": it belongs to " + owner + ", and " + parent + " lets only the owner of a"
                    + " folder in it rename or remove it (its sticky bit, which /tmp has); choose another --out, a folder"
                    + " of your own such as " + out + "-" + user + ", or ask " + owner + " to remove " + out;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    /** The message of a site that could not be written, saying what went wrong where the exception says it. */
    static String cannotWrite(Throwable e) {
        String why;
        if (e instanceof java.nio.file.AccessDeniedException a) {
            why = "permission denied on " + a.getFile() + "; let the user who builds write there";
        } else if (e instanceof NoSuchFileException n) {
            why = n.getFile() + " is not there (was it removed while the build ran?); build again";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            why = f.getFile() + ": " + f.getReason();
        } else {
            why = String.valueOf(e.getMessage());
        }
        return "cannot write the site: " + why;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Removes staging folders of killed builds; puts back an old site a killed swap had moved aside.
     * Runs under the lock, so a folder of this process is a leftover too; one of a live process is
     * left alone (a build of an Orbitpress that took no lock, or a pid the system gave again).
     */
    private void recover() throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                boolean old = n.startsWith("." + name + ".old-");
                if (!old && !n.startsWith("." + name + ".staging-") || !Files.isDirectory(p) || ownerAlive(n)) {
                    continue;
                }
                if (old && !Files.exists(out)) {
                    move(p, out);
                } else {
                    removeLater(p);
                }
            }
        }
    }

    /** Whether the process that named a staging or old folder ({@code .site.staging-<pid>-<time>}) is another live one. */
    private static boolean ownerAlive(String folderName) {
        String rest = folderName.substring(folderName.lastIndexOf('.') + 1);
        String[] parts = rest.split("-");
        if (parts.length < 3) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            return pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Removes a folder that a later build could take for a published site (the spare, or the old
     * site a recovery puts back): renamed first to a name the next build's {@link #recover}
     * removes, so that a build killed while deleting it never leaves part of it, marker and all,
     * under its own name. Where the rename fails, its marker goes first.
     */
    private void remove(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Path gone = stagingFolder();
            move(folder, gone);
            removeLater(gone);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(folder.resolve(MARKER));
            } catch (IOException markerStays) {
                // deleteQuietly tries again below
            }
            deleteQuietly(folder);
        }
    }

    /**
     * Deletes {@code folder}, which no build takes for a site (a staging name), on threads of its
     * own: deleting a site's files waits on the disk, while the build has pages to make or its
     * cache to write. {@link #close} waits for it.
     */
    private void removeLater(Path folder) {
        later(() -> deleteQuietly(folder));
    }

    /** Runs {@code work} on a thread of its own, which {@link #close} waits for. */
    private void later(Runnable work) {
        Thread t = new Thread(work, "orbitpress-publish");
        t.start();
        synchronized (background) {
            background.add(t);
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Threads deleting one folder's files: each deletion mostly waits on the disk, not on a core. */
    private static final int DELETERS = 8;

    /**
     * Deletes {@code root} and everything in it, quietly: what is left (a file held open, say) is
     * removed by the next build's recovery. The files are deleted on {@link #DELETERS} threads,
     * then the folders, deepest first (a site of 27,000 files on a virtual disk, its folders not
     * in the page cache: 3.9–4.0 s against 5.1–5.8 s on one thread).
     */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files = new java.util.ArrayList<>();
        List<List<Path>> folders = new java.util.ArrayList<>(); // by depth below root
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                private int depth;

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (folders.size() == depth) {
                        folders.add(new java.util.ArrayList<>());
                    }
                    folders.get(depth++).add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    depth--;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what was found is deleted below; the rest by the walk after
        }
        deleteAll(files);
        for (int d = folders.size() - 1; d >= 0; d--) {
            deleteAll(folders.get(d));
        }
        deleteWalking(root); // what the lists missed: files made meanwhile, or a walk cut short
    }

    /** Deletes {@code paths} (none inside another) on up to {@link #DELETERS} threads, quietly. */
    private static void deleteAll(List<Path> paths) {
        int threads = Math.min(DELETERS, paths.size() / 64 + 1);
        Runnable[] parts = new Runnable[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts[t] = () -> {
                for (int i = first; i < paths.size(); i += threads) {
                    try {
                        Files.deleteIfExists(paths.get(i));
                    } catch (IOException e) {
                        // left for the walk after, or for the next build
                    }
                }
            };
        }
        List<Thread> started = new java.util.ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(parts[t], "orbitpress-delete");
            thread.start();
            started.add(thread);
        }
        parts[0].run();
        started.forEach(Publisher::joinUninterruptibly);
    }

    private static void deleteWalking(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover is removed by the next build's recovery
        }
    }
}
