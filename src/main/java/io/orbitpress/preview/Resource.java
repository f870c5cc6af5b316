package io.orbitpress.preview;

import io.orbitpress.publish.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file the server can answer with: rendered bytes (HTML carrying the reload script, added
 * when the file is first asked for: a rebuild makes many files nobody asks for before the next),
 * or a file read from disk on each request.
 */
final class Resource {

    private final String path;
    private final byte[] rendered;
    private final Path file;
    private final String source;
    private volatile Body body;

    private Resource(String path, byte[] rendered, Path file, String source) {
        this.path = path;
        this.rendered = rendered;
        this.file = file;
        this.source = source;
    }

    static Resource of(OutputFile f) {
        String source = f.source() == null ? "" : f.source();
        return f.bytes() == null ? new Resource(f.path(), null, f.copyFrom(), source)
                : new Resource(f.path(), f.bytes(), null, source);
    }

    /** A resource that stands for none (a path a snapshot no longer has). */
    static Resource gone() {
        return new Resource("", new byte[0], null, "");
    }

    String path() {
        return path;
    }

    /** The file it was made from, as problems name it ("content/articles/x.md"); "" when none. */
    String source() {
        return source;
    }

    /** The bytes to send, with their ETag; files are read now, so an edit shows at once. */
    Body body() throws IOException {
        if (rendered != null) {
            Body b = body;
            if (b == null) {
                byte[] served = path.endsWith(".html") ? ReloadScript.inject(rendered) : rendered;
                b = new Body(served, etag(served));
                body = b;
            }
            return b;
        }
        byte[] read = Files.readAllBytes(file);
        if (path.endsWith(".html")) {
            read = ReloadScript.inject(read);
        }
        return new Body(read, etag(read));
    }

    record Body(byte[] bytes, String etag) {
    }

    static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
