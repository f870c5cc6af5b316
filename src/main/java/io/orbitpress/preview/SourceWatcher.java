package io.orbitpress.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.orbitpress.source.ContentFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively and reports the files that changed, once per burst: after the
 * first event it waits until {@code quiet} passes without another (at most {@code maxWait}),
 * so an editor's save (write, rename, touch) is one change. Folders created later are watched
 * too. The callback runs on the watcher's thread, so changes are handled one at a time; the
 * events of a burst that arrives meanwhile wait in the queue for the next round. Each root is
 * also watched for in its parent folder: one that does not exist yet (a site without
 * {@code templates/}), or that is deleted or moved away and made again, is a change, and once
 * there is watched like the others.
 */
final class SourceWatcher implements AutoCloseable {

    private static final Duration MAX_WAIT = Duration.ofSeconds(1);
    /**
     * How long a burst that leaves a file empty waits for more: an editor that writes in place
     * (VS Code) truncates the file, then writes it, and on a busy machine the two can be further
     * apart than {@code quiet}; built between them, the empty story was an error for a moment.
     */
    static final Duration EMPTY_WAIT = Duration.ofMillis(500);

    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** The paths of the watched folders ({@link #folders}' values), to tell a folder's deletion from a file's at once. */
    private final Set<Path> watched = ConcurrentHashMap.newKeySet();
    /** Roots that did not exist when watching began, each awaited in its parent folder. */
    private final Set<Path> awaited = ConcurrentHashMap.newKeySet();
    /**
     * The files that links in the roots point to (a story linked from elsewhere in the site
     * folder), by their real paths, each with the links to it: an edit of the file is a change of
     * each link. Their folders are watched too, for these files only.
     */
    private final Map<Path, Set<Path>> linksByTarget = new ConcurrentHashMap<>();
    /**
     * The folders that links in the roots lead to (a desk's shared folder linked into the
     * articles' folder, read by the build as if it were there), by their real paths, each with the
     * links to it: a change below one is a change at the same place below each link.
     */
    private final Map<Path, Set<Path>> folderLinks = new ConcurrentHashMap<>();
    /**
     * The folders the system would not watch (its limit of inotify watches reached), each with what
     * it held when last looked at: they are looked at every {@link #POLL} instead.
     */
    private final Map<Path, Map<Path, List<Object>>> polled = new ConcurrentHashMap<>();
    /** How often the folders the system does not watch are looked at. */
    static final Duration POLL = Duration.ofSeconds(1);
    private final java.io.PrintWriter err;
    /** The first reason a folder could not be watched, told once. */
    private volatile String unwatchedReason;
    private boolean told;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange, java.io.PrintWriter err)
            throws IOException {
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.onChange = onChange;
        this.err = err;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : this.roots) {
            registerTree(root);
            // the root itself is watched for in its parent folder too: one that does not exist yet,
            // or is deleted, moved away and made again, is a change, and is watched once there
            if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                awaited.add(root);
                register(root.getParent());
            }
        }
        this.thread = new Thread(this::run, "orbitpress-watch");
        this.thread.setDaemon(true);
        tellUnwatched();
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey first = polled.isEmpty() ? service.take() : service.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    collect(first, changed);
                }
                look(changed);
                tellUnwatched();
                if (first == null && changed.isEmpty()) {
                    continue;
                }
                long deadline = System.nanoTime() + MAX_WAIT.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (changed.stream().anyMatch(SourceWatcher::empty)
                        && (next = service.poll(EMPTY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed); // written at last: the rest of the burst, as above
                    deadline = System.nanoTime() + MAX_WAIT.toNanos();
                    while (System.nanoTime() < deadline
                            && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                        collect(next, changed);
                    }
                }
                if (!changed.isEmpty()) {
                    try {
                        onChange.accept(Set.copyOf(changed));
                    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                        // a rebuild that fails this way must not stop the watching: the next save rebuilds
                        failed(e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** What the watcher does with a change that failed outside the build's own reporting: says so, and goes on. */
    private static void failed(Throwable e) {
        System.err.println("orbitpress: a rebuild failed (" + e + "); watching goes on, save again to rebuild");
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                // Events were lost: look for new folders, and count the folder itself as changed.
                roots.forEach(this::registerTree);
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Set<Path> links = linksTo(path);
            if (links != null) {
                changed.addAll(links); // the file a story links to: the story changed
            }
            List<Path> throughLinks = throughFolderLinks(path);
            if (!throughLinks.isEmpty() && !ignored(path)) {
                changed.addAll(throughLinks); // below a folder a link leads to: changed below the link
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !below(path)) {
                    registerTree(path);
                }
            }
            if (ignored(path) || !below(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isSymbolicLink(path)) {
                followLink(path);
            }
            changed.add(path);
            if (event.kind() == ENTRY_DELETE && watched.contains(path)) {
                forget(path);
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder was deleted or renamed
        }
    }

    /** Whether {@code path} is a file with nothing in it (yet). */
    private static boolean empty(Path path) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    /** Whether {@code path} is in a watched root, or is an awaited root (its parent's other files are not). */
    private boolean below(Path path) {
        if (awaited.contains(path)) {
            return true;
        }
        for (Path root : roots) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** Editor back-up, swap and temporary files, as the build skips them: .x.swp, x.md~, #x.md#, x.md___jb_tmp___. */
    static boolean ignored(Path path) {
        return ContentFolder.skipped(path.getFileName().toString());
    }

    /**
     * Stops watching the folder {@code gone} and those below it. A folder moved away is still watched
     * where it went (the system follows the folder, not its name), and its edits there were told as
     * changes under its old name, each a rebuild and a reload for nothing; moved within the site, it
     * is watched again under its new name when that name's creation comes.
     */
    private void forget(Path gone) {
        folders.entrySet().removeIf(e -> {
            if (!e.getValue().startsWith(gone)) {
                return false;
            }
            e.getKey().cancel();
            watched.remove(e.getValue());
            return true;
        });
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.equals(root) || !ignored(p)).forEach(p -> {
                if (Files.isSymbolicLink(p)) {
                    followLink(p);
                } else if (Files.isDirectory(p)) {
                    register(p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A folder vanished while walking; its parent's events report the change.
        }
    }

    /**
     * Watches the file the link {@code link} points to, when it is a file: the system tells an
     * edit of a file in the folder it is in, not at the link's place, so a story that is a link to
     * a file elsewhere in the site folder stayed as it was until the link itself was touched.
     */
    private void followLink(Path link) {
        try {
            if (Files.isDirectory(link)) {
                followFolderLink(link);
                return;
            }
            if (!Files.isRegularFile(link)) {
                return; // broken: the build says what it makes of it
            }
            Path target = link.toRealPath();
            linksByTarget.computeIfAbsent(target, t -> ConcurrentHashMap.newKeySet()).add(link);
            if (target.getParent() != null && !watched.contains(target.getParent())) {
                register(target.getParent());
            }
        } catch (IOException e) {
            // gone meanwhile: its folder's events tell
        }
    }

    /**
     * Watches the folder the link {@code link} leads to, and those below it, when it is in the site
     * folder (the build refuses one outside it): the system tells a change there at the folder's
     * real path, never at the link's. A folder reached again (a link back up) is not walked again.
     */
    private void followFolderLink(Path link) throws IOException {
        Path target = link.toRealPath();
        boolean inSite = false;
        for (Path root : roots) {
            Path site = root.toAbsolutePath().getParent();
            if (site != null && Files.isDirectory(site) && target.startsWith(site.toRealPath())) {
                inSite = true;
            }
        }
        if (!inSite) {
            return;
        }
        boolean walked = folderLinks.containsKey(target);
        folderLinks.computeIfAbsent(target, t -> ConcurrentHashMap.newKeySet()).add(link);
        if (!walked) {
            registerTree(target);
        }
    }

    /**
     * The paths below the links to folders that {@code path} (as the system tells it) is at: none
     * when no such folder holds it.
     */
    private List<Path> throughFolderLinks(Path path) {
        if (folderLinks.isEmpty() || path.getParent() == null) {
            return List.of();
        }
        Path real;
        try {
            real = path.getParent().toRealPath().resolve(path.getFileName());
        } catch (IOException e) {
            return List.of(); // its folder gone meanwhile: the folder's own events tell
        }
        List<Path> out = new java.util.ArrayList<>();
        folderLinks.forEach((target, links) -> {
            if (real.startsWith(target) && !real.equals(target)) {
                links.forEach(link -> out.add(link.resolve(target.relativize(real))));
            }
        });
        return out;
    }

    /**
     * The links to the file at {@code path}, null for none: {@link #linksByTarget} knows the files
     * by their real paths, and a folder of the site reached through a link is watched by its path there.
     */
    private Set<Path> linksTo(Path path) {
        if (linksByTarget.isEmpty()) {
            return null;
        }
        Set<Path> links = linksByTarget.get(path);
        if (links == null && path.getParent() != null) {
            try {
                links = linksByTarget.get(path.getParent().toRealPath().resolve(path.getFileName()));
            } catch (IOException e) {
                return null; // its folder gone meanwhile: the folder's own events tell
            }
        }
        return links;
    }

    private void register(Path folder) {
        try { // registering a watched folder again returns its key, which keeps the path it was first known by
            // (a link's target folder, by its real path, may be a folder of a root reached through a link)
            folders.putIfAbsent(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            watched.add(folder);
            polled.remove(folder); // watched at last (the limit raised, or watches freed)
        } catch (IOException e) {
            if (Files.isDirectory(folder) && !polled.containsKey(folder)) {
                // there, but not watched: on Linux, the limit of inotify watches reached
                polled.put(folder, contents(folder));
                if (unwatchedReason == null) {
                    unwatchedReason = String.valueOf(e.getMessage());
                }
            } // else gone already; nothing to watch
        }
    }

    /**
     * Says once that some folders are not watched, why, and what to do: without it, saves in
     * them were missed without a word.
     */
    private synchronized void tellUnwatched() {
        String reason = unwatchedReason;
        if (told || reason == null) {
            return;
        }
        told = true;
        int n = polled.size();
        String folders = n == 1 ? "1 folder of the site is" : n + " folders of the site are";
        if (reason.contains("inotify watches")) {
            err.println("orbitpress: the system's limit of inotify watches is reached (" + watchLimit() + " here): "
                    + folders + " not watched, and looked at every " + POLL.toSeconds() + " s for changes instead."
                    + " To watch them all, raise fs.inotify.max_user_watches (sudo sysctl"
                    + " fs.inotify.max_user_watches=524288, and the same line in /etc/sysctl.d/ to keep it), then"
                    + " start serve again");
        } else {
            err.println("orbitpress: " + folders + " not watched (" + reason + "), and looked at every "
                    + POLL.toSeconds() + " s for changes instead");
        }
        err.flush();
    }

    /** The system's limit of inotify watches, as this process is held to it, or "unknown". */
    private static String watchLimit() {
        long limit = Long.MAX_VALUE;
        for (String file : List.of("/proc/sys/fs/inotify/max_user_watches", "/proc/sys/user/max_inotify_watches")) {
            // read as a stream: a file of /proc says it has no size, and Files.readString then reads one byte
            try (java.io.BufferedReader r = Files.newBufferedReader(Path.of(file))) {
                limit = Math.min(limit, Long.parseLong(String.valueOf(r.readLine()).trim()));
            } catch (IOException | NumberFormatException e) {
                // not this system's
            }
        }
        return limit == Long.MAX_VALUE ? "unknown" : Long.toString(limit);
    }

    /**
     * Looks at the folders the system does not watch, adding to {@code changed} each entry made,
     * deleted or changed (size or time) since the last look; a folder made in one is watched (or
     * looked at) too, and one deleted is forgotten.
     */
    private void look(Set<Path> changed) {
        for (Map.Entry<Path, Map<Path, List<Object>>> e : List.copyOf(polled.entrySet())) {
            Path folder = e.getKey();
            if (!Files.isDirectory(folder)) {
                polled.remove(folder);
                seen(folder, changed);
                continue;
            }
            Map<Path, List<Object>> before = e.getValue();
            Map<Path, List<Object>> now = contents(folder);
            polled.put(folder, now);
            now.forEach((path, stamp) -> {
                if (!stamp.equals(before.get(path))) {
                    seen(path, changed);
                    if (!before.containsKey(path) && Boolean.TRUE.equals(stamp.get(0)) && below(path)) {
                        registerTree(path);
                    }
                }
            });
            before.keySet().stream().filter(p -> !now.containsKey(p)).forEach(p -> seen(p, changed));
        }
    }

    /**
     * Adds what a change of {@code path} found by looking means, as {@link #collect} does for an
     * event: the links to it, and itself when it is in a root (the site folder, looked at for the
     * roots in it, has other files).
     */
    private void seen(Path path, Set<Path> changed) {
        Set<Path> links = linksTo(path);
        if (links != null) {
            changed.addAll(links);
        }
        if (!ignored(path) && below(path)) {
            changed.add(path);
        }
    }

    /** The entries of {@code folder} the build reads, each with whether it is a folder, its size and time. */
    private static Map<Path, List<Object>> contents(Path folder) {
        Map<Path, List<Object>> out = new java.util.HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> !ignored(p)).forEach(p -> {
                try {
                    var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                    // a folder's own time changes with what is in it, which is looked at (or watched) itself
                    out.put(p, a.isDirectory() ? List.of(true, 0L, 0L)
                            : List.of(false, a.size(), a.lastModifiedTime().toMillis()));
                } catch (IOException x) {
                    // gone meanwhile: not there
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // gone meanwhile: the next look forgets it
        }
        return out;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
