package io.orbitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers GET and HEAD from the current {@link Snapshot}: {@code index.html} for folder URLs,
 * a 301 to the folder URL when a path names a folder, the nearest 404.html with status 404
 * ({@code ru/404.html} under {@code /ru/}, else the site's), ETags and 304 for unchanged files,
 * and a part of a file when one range is asked for (206; a video sought).
 */
final class SiteHandler implements HttpHandler {

    /** Served with 404 when the site has no 404.html (or no good build yet). */
    private static final String FALLBACK_404 = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>
            <body><h1>Not found</h1><p>No page here. <a href="/">Go to the home page</a>.</p></body>
            </html>
            """;

    /** Served before the first good build: the problems are shown over it, and it reloads when one builds. */
    private static final String NOT_BUILT = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not built yet</title></head>
            <body><h1>Not built yet</h1><p>The site has not built yet: its problems are shown over this page and in the
            terminal, and it shows the site once a build succeeds.</p></body>
            </html>
            """;

    private final Supplier<Snapshot> site;
    /** Tells this run of the server from another one on the same port ({@link #build}). */
    private final String run;

    SiteHandler(Supplier<Snapshot> site, String run) {
        this.site = site;
        this.run = run;
    }

    /**
     * The build a snapshot holds, as the status and every answer's {@code Server-Timing} header
     * name it ({@code orbitpress;desc="lq3x9.7"}): the run of the server and the build's number in it.
     * The reload script compares the two to find a page served before a rebuild whose event it missed.
     */
    static String build(String run, Snapshot snapshot) {
        return run + "." + snapshot.generation();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Snapshot snapshot = site.get();
            exchange.getResponseHeaders().set("Server-Timing", "orbitpress;desc=\"" + build(run, snapshot) + "\"");
            Optional<String> key = SitePath.parse(exchange.getRequestURI().getRawPath());
            if (key.isEmpty()) {
                notFound(exchange, snapshot, "");
                return;
            }
            String path = key.get();
            if (path.isEmpty() || path.endsWith("/")) {
                serve(exchange, snapshot, path + "index.html");
            } else if (snapshot.get(path).isEmpty() && snapshot.get(path + "/index.html").isPresent()) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location",
                        exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
                exchange.sendResponseHeaders(301, -1);
            } else {
                serve(exchange, snapshot, path);
            }
        }
    }

    private static void serve(HttpExchange exchange, Snapshot snapshot, String path) throws IOException {
        Optional<Resource> resource = snapshot.get(path);
        Resource.Body body;
        try {
            body = resource.isPresent() ? resource.get().body() : null;
        } catch (IOException e) {
            body = null; // a static file deleted since the last build
        }
        if (body == null) {
            notFound(exchange, snapshot, path);
            return;
        }
        exchange.getResponseHeaders().set("ETag", body.etag());
        if (matches(exchange.getRequestHeaders().getFirst("If-None-Match"), body.etag())) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        long[] range = range(exchange.getRequestHeaders().getFirst("Range"), body.length());
        if (range == null || !ifRangeMatches(exchange.getRequestHeaders().getFirst("If-Range"), body.etag())) {
            send(exchange, 200, MediaTypes.of(path), body, 0, body.length());
        } else if (range.length == 0) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length());
            exchange.sendResponseHeaders(416, -1);
        } else {
            // a part, as a video element asks for when it is sought
            exchange.getResponseHeaders().set("Content-Range", "bytes " + range[0] + "-" + (range[1] - 1) + "/"
                    + body.length());
            send(exchange, 206, MediaTypes.of(path), body, range[0], range[1] - range[0]);
        }
    }

    /**
     * The part {@code header} asks for of a file {@code length} long, as {@code [from, to)}: one range
     * ({@code bytes=0-99}, {@code bytes=100-}, {@code bytes=-500}); an empty array for a range outside
     * the file (416); null for no header, or one this server answers whole (several ranges, or
     * another unit), as a server may.
     */
    static long[] range(String header, long length) {
        if (header == null) {
            return null;
        }
        java.util.regex.Matcher m = RANGE.matcher(header.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                if (m.group(2).isEmpty()) {
                    return null;
                }
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || length == 0 ? new long[0] : new long[] {Math.max(0, length - suffix), length};
            }
            long from = Long.parseLong(m.group(1));
            long to = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            if (from >= length) {
                return new long[0];
            }
            return to < from ? null : new long[] {from, to + 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** {@code If-Range}: the part only while the file is the one whose tag it names; none asked: yes. */
    private static boolean ifRangeMatches(String ifRange, String etag) {
        return ifRange == null || ifRange.strip().equals(etag);
    }

    /**
     * Answers 404 for {@code path} (site-relative, "" when unknown) with the 404.html nearest to it
     * up its folders, as hosts that look for one do: a language's own under its folder.
     */
    static void notFound(HttpExchange exchange, Snapshot snapshot, String path) throws IOException {
        byte[] page = null;
        Optional<Resource> custom = Optional.empty();
        for (int slash = path.lastIndexOf('/'); slash > 0 && custom.isEmpty(); slash = path.lastIndexOf('/', slash - 1)) {
            custom = snapshot.get(path.substring(0, slash + 1) + "404.html");
        }
        if (custom.isEmpty()) {
            custom = snapshot.get("404.html");
        }
        if (custom.isPresent()) {
            try {
                page = custom.get().body().bytes();
            } catch (IOException e) {
                page = null;
            }
        }
        if (page == null) {
            page = ReloadScript.inject((snapshot.built() ? FALLBACK_404 : NOT_BUILT).getBytes(StandardCharsets.UTF_8));
        }
        send(exchange, 404, MediaTypes.of("404.html"), page);
    }

    static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        send(exchange, status, type, new Resource.Body(bytes, null, bytes.length, null), 0, bytes.length);
    }

    /** Sends {@code count} bytes of {@code body} from {@code from} on, a little at a time. */
    private static void send(HttpExchange exchange, int status, String type, Resource.Body body, long from, long count)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(count));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, count == 0 ? -1 : count);
        try (OutputStream out = exchange.getResponseBody()) {
            body.write(out, from, count);
        }
    }

    /** {@code If-None-Match: "a", "b"} or {@code *}; weak tags compare equal too. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
