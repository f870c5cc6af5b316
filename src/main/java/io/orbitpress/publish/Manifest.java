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
 */
public record Manifest(String generation, Map<String, Fingerprint> files, Map<String, Long> stamps) {

    /** The stamp of a file that is not there, or not a file: no published file has it. */
    public static final long MISSING = Long.MIN_VALUE;

    public Manifest {
        files = Map.copyOf(files);
        stamps = Map.copyOf(stamps);
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
