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

    /**
     * What to send, with its ETag; files are looked at now, so an edit shows at once. A file of the
     * site's own (a launch video in {@code content/static/}) is sent from the disk as it is read, its
     * tag made from its size and time: held whole, a file of 150 MB ran the server out of memory.
     */
    Body body() throws IOException {
        if (rendered != null) {
            Body b = body;
            if (b == null) {
                byte[] served = path.endsWith(".html") ? ReloadScript.inject(rendered) : rendered;
                b = new Body(served, null, served.length, etag(served));
                body = b;
            }
            return b;
        }
        if (path.endsWith(".html")) {
            byte[] read = ReloadScript.inject(Files.readAllBytes(file));
            return new Body(read, null, read.length, etag(read));
        }
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                java.nio.file.attribute.BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        String stamp = a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey();
        return new Body(null, file, a.size(), etag(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Bytes held ({@code held}) or a file read as it is sent ({@code file}), {@code length} long. */
    record Body(byte[] held, Path file, long length, String etag) {

        /** How much is written at a time: the HTTP server copies each write into a buffer of its size. */
        private static final int CHUNK = 64 << 10;

        /** Writes {@code count} bytes from {@code from} on to {@code out}. */
        void write(java.io.OutputStream out, long from, long count) throws IOException {
            if (held != null) {
                for (long at = from; at < from + count; at += CHUNK) {
                    out.write(held, (int) at, (int) Math.min(CHUNK, from + count - at));
                }
                return;
            }
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(CHUNK);
                long at = from;
                while (at < from + count) {
                    buffer.clear().limit((int) Math.min(CHUNK, from + count - at));
                    int n = in.read(buffer, at);
                    if (n < 0) {
                        throw new java.io.EOFException(file + " is shorter than when it was asked for");
                    }
                    out.write(buffer.array(), 0, n);
                    at += n;
                }
            }
        }

        /** All of it, as bytes (a page: small). */
        byte[] bytes() throws IOException {
            return held != null ? held : Files.readAllBytes(file);
        }
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
