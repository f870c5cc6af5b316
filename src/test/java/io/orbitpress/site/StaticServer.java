package io.orbitpress.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A static host for a built site on 127.0.0.1, as a plain web server would serve it: folders
 * answer with their index.html, unknown paths with 404.html, and every page with the
 * Content-Security-Policy the theme is written for.
 */
final class StaticServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png", "jpg", "image/jpeg",
            "svg", "image/svg+xml", "webp", "image/webp");

    private final Path root;
    private final HttpServer server;
    private final String folder;
    private final boolean csp;

    StaticServer(Path root) throws IOException {
        this(root, "/", true);
    }

    /**
     * A host that serves the site below {@code folder} ("/mirror/": the home page is
     * /mirror/, anything else answers with 404.html), with the theme's policy as a header or
     * without any.
     */
    StaticServer(Path root, String folder, boolean csp) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.folder = folder;
        this.csp = csp;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + folder);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            boolean inside = path.startsWith(folder);
            Path file = root.resolve(inside ? path.substring(folder.length()) : "404.html").normalize();
            int status = inside ? 200 : 404;
            if (!file.startsWith(root)) {
                file = root.resolve("404.html");
                status = 404;
            } else if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            if (csp) {
                ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            }
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "max-age=600");
            boolean head = "HEAD".equals(ex.getRequestMethod());
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
