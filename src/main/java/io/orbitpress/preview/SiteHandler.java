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
 * ({@code ru/404.html} under {@code /ru/}, else the site's), ETags and 304 for unchanged files.
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

    SiteHandler(Supplier<Snapshot> site) {
        this.site = site;
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
        send(exchange, 200, MediaTypes.of(path), body.bytes());
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
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
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
