package io.orbitpress.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/**
 * What identifies one version of a file on disk without reading it: modification time, size and
 * the file system's key (device and inode, as a hash). File systems advance modification times by clock
 * ticks, so a file rewritten with the same size within the tick it was read in keeps its stamp:
 * a stamp younger than {@link Session#SETTLED} is not trusted, and the file is read again.
 */
record Stamp(long modifiedNanos, long size, int fileKey) {

    boolean settled(Instant now) {
        return modifiedNanos + Session.SETTLED.toNanos() < now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static Optional<Stamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Instant t = a.lastModifiedTime().toInstant();
            // the file key (device and inode) as its hash: formatting it as text costs more than the call
            return Optional.of(new Stamp(t.getEpochSecond() * 1_000_000_000L + t.getNano(), a.size(),
                    java.util.Objects.hashCode(a.fileKey())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
