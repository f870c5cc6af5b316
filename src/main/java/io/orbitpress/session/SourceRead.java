package io.orbitpress.session;

import io.orbitpress.hash.Fingerprint;
import java.util.function.Supplier;

/**
 * A file of the site as a build sees it: the fingerprint of its contents, and the contents
 * themselves ({@link #read()}), read when a step needs them. A session that knows the file from
 * an earlier build (its stamp or the watcher says it did not change) hands out the fingerprint
 * without reading; a step remembered under that fingerprint then never reads the file at all.
 * A cold session keeps no text: each {@link #read()} reads the file again, so that a large
 * build does not hold every article's text to its end.
 */
public final class SourceRead {

    private final String path;
    private final Fingerprint fingerprint;
    private final Supplier<Session.FileRead> reader;
    private final boolean keep;
    private volatile Session.FileRead read;

    SourceRead(String path, Fingerprint fingerprint, Session.FileRead read) {
        this.path = path;
        this.fingerprint = fingerprint;
        this.read = read;
        this.reader = null;
        this.keep = true;
    }

    /** A file read when asked; kept once read when {@code keep}. */
    SourceRead(String path, Fingerprint fingerprint, Supplier<Session.FileRead> reader, boolean keep) {
        this.path = path;
        this.fingerprint = fingerprint;
        this.reader = reader;
        this.keep = keep;
    }

    /** The file relative to the site folder ("content/articles/x.md"). */
    public String path() {
        return path;
    }

    /** The fingerprint of the contents; {@link Fingerprint#NONE} in a cold session, which needs none. */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** The text (or bytes' fingerprint) and the problems reading gave. */
    public Session.FileRead read() {
        Session.FileRead r = read;
        if (r != null) {
            return r;
        }
        if (!keep) {
            return reader.get();
        }
        synchronized (this) {
            if (read == null) {
                read = reader.get();
            }
            return read;
        }
    }
}
