package io.orbitpress.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The server's own paths under {@code /_orbitpress/}: the event stream, the reload script
 * and the status of the last build (JSON, read by the script when a page loads: its errors, and
 * the warnings about the file the page named by {@code ?page=} was made from).
 */
final class PreviewEndpoints implements HttpHandler {

    static final String PREFIX = "/_orbitpress/";

    private final Supplier<Snapshot> site;
    private final EventHub events;
    /** Where a page the last build took away went, by its file ({@link LiveSite#movedTo}). */
    private final java.util.function.UnaryOperator<String> moved;

    /** This run of the server ({@link SiteHandler#build}). */
    private final String run;

    PreviewEndpoints(Supplier<Snapshot> site, EventHub events, java.util.function.UnaryOperator<String> moved,
            String run) {
        this.site = site;
        this.events = events;
        this.moved = moved;
        this.run = run;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        boolean get = exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD");
        if (exchange.getRequestMethod().equals("GET") && path.equals(PREFIX + "events")) {
            events.subscribe(exchange); // stays open
            return;
        }
        try (exchange) {
            Snapshot snapshot = site.get();
            if (get && path.equals(ReloadScript.PATH)) {
                SiteHandler.send(exchange, 200, MediaTypes.of("reload.js"),
                        ReloadScript.SOURCE.getBytes(StandardCharsets.UTF_8));
            } else if (get && path.equals(PREFIX + "status")) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("ok", !snapshot.failing());
                status.put("generation", snapshot.generation());
                status.put("build", SiteHandler.build(run, snapshot));
                status.put("errors", snapshot.errors());
                String page = page(exchange.getRequestURI().getRawQuery());
                status.put("warnings", page == null ? List.of() : snapshot.warningsFor(page));
                String to = page == null ? null : moved.apply(page);
                if (to != null) {
                    // the page is gone, made again elsewhere (its file renamed, its slug changed): the script goes there
                    status.put("moved", "/" + to.substring(0, to.length() - "index.html".length()));
                }
                SiteHandler.send(exchange, 200, MediaTypes.of("status.json"),
                        LiveSite.JSON.writeValueAsBytes(status));
            } else {
                SiteHandler.notFound(exchange, snapshot, "");
            }
        }
    }

    /**
     * The file of the page named by {@code page=} in the query (the page's path as the browser
     * has it, "/articles/x/"): "articles/x/index.html"; null when none is named or it is no path.
     */
    static String page(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("page=")) {
                String raw = java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                return SitePath.parse(raw).map(p -> p.isEmpty() || p.endsWith("/") ? p + "index.html" : p).orElse(null);
            }
        }
        return null;
    }
}
