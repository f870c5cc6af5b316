package io.orbitpress.publish;

import io.orbitpress.hash.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What one build published into an output folder: a name for that version of the site (also
 * written into the folder, in {@link Publisher#MARKER}), the fingerprint of each file's bytes by
 * its path, and each file's stamp as published (its size, modification time and file key; see
 * {@link #stampOf}). With it, the next build writes only the files that differ and links the
 * others (see {@link Publisher#stage(Manifest, Manifest)}); a file whose stamp changed since (a
 * file edited or deleted in the output folder after the build) is written again.
 *
 * <p>It also keeps the stamp of each folder of the site as published ({@link #folderStampOf}):
 * a folder whose stamp is the same later holds no file put there since, and the next build that
 * starts from this version's folder reads its files' stamps without listing it (see
 * {@link Publisher}'s tidying of the spare).
 */
public record Manifest(String generation, Map<String, Fingerprint> files, Map<String, Long> stamps,
        Map<String, Long> folders) {

    /** The stamp of a file that is not there, or not a file: no published file has it. */
    public static final long MISSING = Long.MIN_VALUE;

    public Manifest {
        files = Map.copyOf(files);
        stamps = Map.copyOf(stamps);
        folders = Map.copyOf(folders);
    }

    /** A version whose folders' stamps are not known: the next build lists each of them. */
    public Manifest(String generation, Map<String, Fingerprint> files, Map<String, Long> stamps) {
        this(generation, files, stamps, Map.of());
    }

    /**
     * This version with the stamps of its folders in {@code site}, the folder it was published in:
     * the one {@code known} gives (a folder not changed since its stamp was read), else read now.
     */
    Manifest withFoldersIn(Path site, java.util.function.Function<String, Long> known) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<Map.Entry<String, Long>> stamped = new java.util.ArrayList<>();
        for (String path : files.keySet()) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String folder = path.substring(0, slash);
                if (!seen.add(folder)) {
                    break; // its own folders were seen with it
                }
                Long given = known.apply(folder);
                long stamp = given != null ? given : folderStampOf(site.resolve(folder));
                if (stamp != MISSING) {
                    stamped.add(Map.entry(folder, stamp));
                }
            }
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Long>[] entries = stamped.toArray(new Map.Entry[0]);
        return new Manifest(generation, files, stamps, Map.ofEntries(entries));
    }

    public boolean has(String path, Fingerprint f) {
        return f != null && f.equals(files.get(path));
    }

    /** Whether this version's file at {@code path} in {@code folder} still has the stamp it was published with. */
    public boolean intact(Path folder, String path) {
        Long stamp = stamps.get(path);
        return stamp != null && stamp == stampOf(folder.resolve(path));
    }

    /**
     * A file's size, modification time and file key (device and inode where there are such) in
     * one number; {@link #MISSING} when it is not a regular file. Writing a file changes it, and so
     * does replacing or deleting it; a hard link to the file has the same.
     */
    public static long stampOf(Path file) {
        try {
            return stampOf(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return MISSING;
        }
    }

    /**
     * A folder's modification time and file key in one number: adding, removing or renaming an
     * entry changes it. {@link #MISSING} when it is not a folder, or when its time is in whole
     * seconds: a file system that keeps no finer times gives a folder changed within the same
     * second the same time, so such a folder is listed at every build, as if its stamp were unknown.
     */
    public static long folderStampOf(Path folder) {
        try {
            return folderStampOf(Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return MISSING;
        }
    }

    /** {@link #folderStampOf(Path)} of a folder whose attributes were read without following a link. */
    public static long folderStampOf(BasicFileAttributes a) {
        long nanos = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (!a.isDirectory() || nanos % 1_000_000_000L == 0) {
            return MISSING;
        }
        Object key = a.fileKey();
        long s = nanos * 31 + (key == null ? 0 : key.hashCode());
        return s == MISSING ? MISSING + 1 : s;
    }

    /** {@link #stampOf(Path)} of a file whose attributes were read without following a link. */
    public static long stampOf(BasicFileAttributes a) {
        if (!a.isRegularFile()) {
            return MISSING;
        }
        Object key = a.fileKey();
        long s = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        s = s * 31 + a.size();
        s = s * 31 + (key == null ? 0 : key.hashCode());
        return s == MISSING ? MISSING + 1 : s;
    }
}
