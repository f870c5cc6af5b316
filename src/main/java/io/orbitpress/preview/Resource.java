package io.orbitpress.preview;

import io.orbitpress.publish.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file the server can answer with: rendered bytes (HTML already carrying the reload
 * script), or a file read from disk on each request.
 */
record Resource(String path, byte[] bytes, Path file, String etag) {

    static Resource of(OutputFile f) {
        if (f.bytes() == null) {
            return new Resource(f.path(), null, f.copyFrom(), "");
        }
        byte[] served = f.isHtml() ? ReloadScript.inject(f.bytes()) : f.bytes();
        return new Resource(f.path(), served, null, etag(served));
    }

    /** The bytes to send, with their ETag; files are read now, so an edit shows at once. */
    Body body() throws IOException {
        if (bytes != null) {
            return new Body(bytes, etag);
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
