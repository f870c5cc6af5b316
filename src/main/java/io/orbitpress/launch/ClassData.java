package io.orbitpress.launch;

import io.orbitpress.hash.Hasher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * The class-data archive of a build JVM (JDK CDS, {@code -XX:SharedArchiveFile}): the classes a
 * build loads (Thymeleaf, CommonMark, Jackson and Orbitpress's own, some 4,400), parsed and
 * verified once and mapped into every later JVM, which then starts a second or so sooner.
 * picocli's classes are not among them: they are compiled for Java 5, and JDK 17 leaves such
 * classes out of an archive recorded at exit (some 170, loaded from the jar at each start).
 *
 * <p>One archive per JVM and class path, kept in a folder of the user's ({@code ~/.cache/orbitpress}):
 * the first {@code build} or {@code check} run without one records it as it exits (it is put in
 * place only when that run succeeds), every later run uses it. A changed jar or class folder, or
 * another JVM, is another archive; the one it replaces is deleted, and so are archives of other
 * jar paths or JVMs not used for a month, or beyond the six used last. The JVM checks an archive
 * against the class path itself and ignores one that does not match; its messages about archives
 * are turned off, so a user never sees them.
 *
 * <p>The JVM archives classes from jars only: a class folder on the class path (Maven's
 * {@code target/classes}, under {@code exec:java}) is copied into a jar in the same cache folder,
 * made again when a file in the folder changes.
 */
final class ClassData {

    /** What a JVM is given for its archive, and what to do with a recorded one when it ends. */
    record Plan(List<Path> classpath, List<String> options, Path recording, Path archive) {

        /** Puts a recorded archive in place after a run that ended with {@code exit}; removes it otherwise. */
        void finish(int exit) {
            if (recording == null) {
                return;
            }
            try {
                if (exit == 0 && Files.isRegularFile(recording)) {
                    move(recording, archive);
                    removeOthers(archive);
                    removeUnused(archive, java.time.Instant.now());
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                // no archive this time; the next build records one again
                try {
                    Files.deleteIfExists(recording);
                } catch (IOException ignored) {
                    // left for the next run to replace
                }
            }
        }
    }

    /** Archive messages off: a stale or missing archive is not the user's business. */
    static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** Archives not used for this many days are deleted when another is made. */
    static final int UNUSED_DAYS = 30;
    /** The most archives of a kind kept (the one just made among them). */
    static final int KEPT = 6;

    private ClassData() {
    }

    /**
     * The archive options for a JVM at {@code javaHome} (version {@code vm}) on {@code classpath};
     * {@code record} when this run may record a missing archive. No archive (and the class path as
     * it is) when {@code cache} is null or cannot be written.
     */
    static Plan plan(Path cache, String javaHome, String vm, List<Path> classpath, boolean record) {
        if (cache == null) {
            return new Plan(classpath, List.of(), null, null);
        }
        try {
            Files.createDirectories(cache);
            List<Path> jars = new ArrayList<>();
            for (Path p : classpath) {
                jars.add(Files.isDirectory(p) ? folderJar(cache, p) : p);
            }
            Hasher which = new Hasher().put(javaHome).put(vm);
            Hasher stamp = new Hasher();
            for (Path p : jars) {
                which.put(p.toString());
                if (Files.isRegularFile(p)) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    stamp.put(a.size()).put(a.lastModifiedTime().toMillis());
                }
            }
            Path archive = cache.resolve("jvm-" + which.finish().hex().substring(0, 16) + "-"
                    + stamp.finish().hex().substring(0, 16) + ".jsa");
            List<String> options = new ArrayList<>(QUIET);
            if (Files.isRegularFile(archive)) {
                markUsed(archive, java.time.Instant.now());
                options.add("-XX:SharedArchiveFile=" + archive);
                return new Plan(jars, options, null, archive);
            }
            if (!record) {
                return new Plan(jars, List.of(), null, archive);
            }
            Path recording = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            options.add("-XX:ArchiveClassesAtExit=" + recording);
            return new Plan(jars, options, recording, archive);
        } catch (IOException | RuntimeException e) {
            return new Plan(classpath, List.of(), null, null);
        }
    }

    /**
     * A jar of the files of class folder {@code dir}, in {@code cache}: the same jar while no file
     * in the folder changed (names, sizes and times), a new one (the old deleted) when one did.
     */
    static Path folderJar(Path cache, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Hasher stamp = new Hasher();
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            stamp.put(dir.relativize(f).toString()).put(a.size()).put(a.lastModifiedTime().toMillis());
        }
        String folderKey = new Hasher().put(dir.toAbsolutePath().normalize().toString()).finish().hex().substring(0, 16);
        Path jar = cache.resolve("classes-" + folderKey + "-" + stamp.finish().hex().substring(0, 16) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar; // not marked used: its time is part of its archive's name, and the JVM checks it
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream zip = new JarOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (Path f : files) {
                JarEntry e = new JarEntry(dir.relativize(f).toString().replace('\\', '/'));
                e.setLastModifiedTime(Files.getLastModifiedTime(f));
                zip.putNextEntry(e);
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        move(tmp, jar);
        removeOthers(jar);
        removeUnused(jar, java.time.Instant.now());
        return jar;
    }

    /**
     * Marks {@code file} as used at {@code now} (its modification time, set at most once a day):
     * what {@link #removeUnused} goes by.
     */
    static void markUsed(Path file, java.time.Instant now) {
        try {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(java.time.Duration.ofDays(1)))) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(now));
            }
        } catch (IOException e) {
            // unmarked: at worst made again after it is removed
        }
    }

    /**
     * Deletes the archives (or class-folder jars) of the kind of {@code made} not used for
     * {@link #UNUSED_DAYS} days, and the least recently used beyond {@link #KEPT}: each other jar
     * path or JVM (a plugin version in the Maven repository, a clone of the project) has an
     * archive of its own, tens of megabytes, that nothing else would ever delete.
     */
    static void removeUnused(Path made, java.time.Instant now) {
        String name = made.getFileName().toString();
        String glob = name.substring(0, name.indexOf('-') + 1) + "*" + name.substring(name.lastIndexOf('.'));
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(made.getParent(), glob)) {
            for (Path p : all) {
                if (!p.equals(made)) {
                    others.add(p);
                }
            }
        } catch (IOException e) {
            return;
        }
        java.util.Map<Path, java.time.Instant> used = new java.util.HashMap<>();
        for (Path p : others) {
            try {
                used.put(p, Files.getLastModifiedTime(p).toInstant());
            } catch (IOException e) {
                used.put(p, java.time.Instant.EPOCH);
            }
        }
        others.sort(java.util.Comparator.comparing(used::get, java.util.Comparator.reverseOrder()));
        java.time.Instant oldest = now.minus(java.time.Duration.ofDays(UNUSED_DAYS));
        for (int i = 0; i < others.size(); i++) {
            Path p = others.get(i);
            if (i >= KEPT - 1 || used.get(p).isBefore(oldest)) {
                try {
                    Files.deleteIfExists(p); // a JVM using it keeps it open; it goes when that ends
                } catch (IOException e) {
                    // left for a later run
                }
            }
        }
    }

    /** Replaces {@code to} with {@code from}, in one step where the file system can. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the files {@code kept} replaces: same name up to its last part ({@code jvm-WHICH-*}), other stamp. */
    private static void removeOthers(Path kept) {
        String name = kept.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        String suffix = name.substring(dot);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(kept.getParent(), prefix + "*" + suffix)) {
            for (Path p : all) {
                if (!p.equals(kept)) {
                    Files.deleteIfExists(p); // a JVM using it keeps it open; it goes when that ends
                }
            }
        } catch (IOException e) {
            // left behind; harmless
        }
    }
}
