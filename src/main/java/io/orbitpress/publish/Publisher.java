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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only writer of the output folder. Files go to a staging folder beside it; when all are
 * written the staging folder replaces the output folder by two renames, so readers see the
 * old site or the new one. Leftovers of a build killed half-way are cleaned up by the next.
 * One build at a time writes an output folder: {@link #prepare} takes a lock file beside it
 * (see {@link OutputLock}) that {@link #close} lets go.
 */
public final class Publisher implements AutoCloseable {

    /** How long a build waits for another build of the same output folder to finish. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path out;
    private final Path parent;
    private final String name;
    private final boolean force;
    private final Duration wait;
    private OutputLock lock;

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
        this.out = outputFolder.toAbsolutePath().normalize();
        this.parent = out.getParent();
        this.name = out.getFileName() == null ? "" : out.getFileName().toString();
        this.force = force;
        this.wait = wait;
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
        OutputFolder.check(out, protectedFolders, force);
        try {
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0,
                        "cannot write beside the output folder (" + parent + " is not writable); choose another --out"));
            }
            if (lock == null) {
                lock = OutputLock.take(parent.resolve("." + name + ".lock"), out, wait);
            }
            recover();
        } catch (IOException e) {
            throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "cannot prepare the output folder: " + e.getMessage()));
        }
    }

    /** Lets another build write the output folder. */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** Writes every file to a new staging folder and swaps it in; returns the number of files written. */
    public int publish(List<OutputFile> files) {
        Staging staging = stage();
        try {
            files.parallelStream().forEach(staging::write);
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
        Path staging = parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "cannot write the site: " + e.getMessage()));
        }
        Staging s = new Staging(staging);
        s.write(OutputFile.rendered(OutputFolder.MARKER, OutputFolder.MARKER_TEXT, ""));
        return s;
    }

    /** Files being written for one build; safe to write from several threads. */
    public final class Staging {
        private final Path root;
        /** Folders made so far: a file whose folder is known is written without asking for it again. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** What was written from where, for the message when two files cannot both be written. */
        private final Claims claims = new Claims();

        private Staging(Path root) {
            this.root = root;
            folders.add(root);
        }

        /**
         * Writes one file into the staging folder; a failure is a {@link BuildFailure}, naming both
         * files when another file of the site needs its name as a folder, or the other way round.
         */
        public void write(OutputFile f) {
            claims.claim(f.path(), f.source());
            try {
                Publisher.write(root, f, folders);
            } catch (UncheckedIOException e) {
                throw new BuildFailure(claims.clash(f.path(), f.source()).orElseGet(() ->
                        Diagnostic.error(out.toString(), 0, 0, "cannot write the site: " + e.getMessage())));
            }
        }

        /** Replaces the output folder with what was written. */
        public void publish() {
            try {
                swap(root);
            } catch (IOException | UncheckedIOException e) {
                discard();
                throw new BuildFailure(Diagnostic.error(out.toString(), 0, 0, "cannot write the site: " + e.getMessage()));
            }
        }

        /** Removes what was written; the output folder stays as it was. */
        public void discard() {
            deleteQuietly(root);
        }
    }

    /**
     * Writes {@code f} under {@code root}. On a disk where each file system call is dear, a page
     * costs one call per folder made, one to open, one to write and one to close: a folder made
     * before is not asked for again, and the bytes go in one write (Files.write takes 8 KB a call).
     */
    private static void write(Path root, OutputFile f, Set<Path> folders) {
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

    private void swap(Path staging) throws IOException {
        Path old = parent.resolve("." + name + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        if (Files.exists(out)) {
            move(out, old);
        }
        move(staging, out);
        deleteQuietly(old);
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
                    deleteQuietly(p);
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

    static void deleteQuietly(Path root) {
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
