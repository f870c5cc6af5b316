package io.orbitpress.preview;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.orbitpress.build.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The preview server: builds the site in memory, serves it over HTTP, watches content/ and
 * templates/, rebuilds on change and reloads the open pages. Nothing is written to disk.
 */
public final class PreviewServer implements AutoCloseable {

    /** Ports tried from the one asked for when it is busy. */
    static final int PORT_TRIES = 20;
    /** An editor's save (truncate and write, or write and rename) is a burst of a few milliseconds. */
    static final Duration QUIET = Duration.ofMillis(20);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** Threads reading and answering requests; event streams hold none once open. */
    static final int THREADS = 16;
    /** How long a connection may take to send its request line and headers. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(5);
    /** How long an answer may take to be written (a client that stops reading holds a thread meanwhile). */
    static final Duration RESPONSE_TIME = Duration.ofSeconds(60);

    private final HttpServer http;
    private final Workers threads;
    private final EventHub events;
    private final LiveSite site;
    private final SourceWatcher watcher;
    private final URI url;
    private final boolean exposed;

    private PreviewServer(HttpServer http, Workers threads, EventHub events, LiveSite site,
            SourceWatcher watcher, URI url, boolean exposed) {
        this.http = http;
        this.threads = threads;
        this.events = events;
        this.site = site;
        this.watcher = watcher;
        this.url = url;
        this.exposed = exposed;
    }

    /**
     * Binds {@code host:port} (the next free port when it is busy; 0 for any), builds the site
     * and starts serving and watching. Build problems do not stop it: they are shown in the page.
     *
     * @throws BindException when no port in the range is free
     */
    public static PreviewServer start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err)
            throws IOException {
        return start(options, host, port, out, err, REQUEST_TIME);
    }

    /** As {@link #start(BuildOptions, String, int, PrintWriter, PrintWriter)}, a request's line and headers given {@code requestTime}. */
    static PreviewServer start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err,
            Duration requestTime) throws IOException {
        HttpServer http = bind(host, port, err);
        HostNames names = HostNames.of(host, http.getAddress());
        URI url = URI.create("http://" + names.urlHost() + ":" + http.getAddress().getPort() + "/");
        // Absolute links (404 page, feed) point at this server unless --base-url says otherwise.
        BuildOptions preview = options.baseUrl().isEmpty() ? options.withBaseUrl(url.toString()) : options;
        EventHub events = new EventHub(KEEP_ALIVE);
        LiveSite site = new LiveSite(preview, events, out, err);
        Path root = preview.source().toAbsolutePath().normalize();
        // Watching starts before the first build, so an edit made during it rebuilds once started.
        SourceWatcher watcher = new SourceWatcher(List.of(root.resolve("content"), root.resolve("templates")), QUIET,
                site::rebuild, err);
        site.watching();
        site.buildFirst();
        Workers threads = new Workers(THREADS, requestTime, RESPONSE_TIME);
        http.setExecutor(threads);
        // tells a page served by an earlier run on the same port (stopped and started again) from this one's
        String run = Long.toString(System.currentTimeMillis(), 36);
        HttpContext pages = http.createContext("/", new SiteHandler(site::snapshot, run));
        HttpContext own = http.createContext(PreviewEndpoints.PREFIX,
                new PreviewEndpoints(site::snapshot, events, site::movedTo, run));
        for (HttpContext c : List.of(pages, own)) {
            c.getFilters().add(threads.handling());
            c.getFilters().add(names);
        }
        http.start();
        watcher.start();
        return new PreviewServer(http, threads, events, site, watcher, url, names.exposed());
    }

    private static HttpServer bind(String host, int port, PrintWriter err) throws IOException {
        java.net.InetAddress address = java.net.InetAddress.getByName(host);
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                && java.net.NetworkInterface.getByInetAddress(address) == null) {
            // no port is free there: told as such, not as twenty busy ports
            throw new BindException(host + " is no address of this machine; leave --host out to serve on 127.0.0.1,"
                    + " or give one of this machine's addresses");
        }
        if (port == 0) {
            return HttpServer.create(new InetSocketAddress(host, 0), 0);
        }
        int last = Math.min(65535, port + PORT_TRIES - 1);
        for (int p = port; p <= last; p++) {
            try {
                return HttpServer.create(new InetSocketAddress(host, p), 0);
            } catch (BindException e) {
                if (p < last) {
                    err.println("Port " + p + " is in use; trying " + (p + 1));
                    err.flush();
                }
            }
        }
        throw new BindException("ports " + port + " to " + last + " on " + host
                + " are all in use; pass --port with a free one");
    }

    /**
     * The address the site is served at, ending with a slash. When the server listens on every
     * address, one of this machine's network addresses (so the URL works from other machines too).
     */
    public URI url() {
        return url;
    }

    /** Whether other machines can reach the preview, drafts included: it listens on more than loopback. */
    public boolean exposed() {
        return exposed;
    }

    /** The files and errors being served now. */
    Snapshot snapshot() {
        return site.snapshot();
    }

    int listeners() {
        return events.size();
    }

    long listenersOpened() {
        return events.opened();
    }

    /** Stops watching, closes the event streams, then the server. */
    @Override
    public void close() {
        watcher.close();
        site.close();
        events.close();
        http.stop(0);
        threads.close();
    }
}
