package io.orbitpress.cli;

import io.orbitpress.build.BuildOptions;
import io.orbitpress.preview.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbitpress serve}: the site built in memory, served and rebuilt as files change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the site on a local address, rebuild on every change and reload the browser. "
                + "Writes nothing (--out is ignored); drafts and embargoed articles are shown, marked, unless"
                + " --no-drafts and --no-future.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default: 127.0.0.1)")
    String host = "127.0.0.1";

    @Option(names = "--no-drafts", description = "hide articles marked draft, as the published site does")
    boolean noDrafts;

    @Option(names = "--no-future", description = "hide articles whose publication time has not come, as the published"
            + " site does (shown, marked as embargoed, by default)")
    boolean noFuture;

    @Spec
    CommandSpec spec;

    /** A usage error (exit 2) outside 0 (any free port) to 65535. */
    @Option(names = "--port", paramLabel = "PORT", description = "the port; the next free one when busy; 0 for any"
            + " (default: 8080)")
    void port(int p) {
        if (p < 0 || p > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be a number from 1 to 65535 (or 0 for any"
                    + " free port), not " + p);
        }
        port = p;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = start(out, err);
        } catch (IOException e) {
            err.println("orbitpress: cannot serve on " + host + ": " + e.getMessage());
            err.flush();
            return Failures.CONTENT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "orbitpress-stop"));
        stopped.await();
        return 0;
    }

    /**
     * Starts the server and says where it is: a warning first when other machines can reach it
     * (--host 0.0.0.0 or a network address), then the URL to open.
     */
    PreviewServer start(PrintWriter out, PrintWriter err) throws IOException {
        BuildOptions options = site.options().withDrafts(!noDrafts).withFuture(!noFuture).withPreview(true);
        PreviewServer server = PreviewServer.start(options, host, port, out, err);
        if (server.exposed()) {
            err.println("warning: --host " + host + " shows this preview" + (noDrafts && noFuture ? ""
                    : ", drafts and embargoed articles included,")
                    + " to every machine that can reach this one on the network; leave --host out to keep it on"
                    + " this machine");
            err.flush();
        }
        String shown = !noDrafts && !noFuture ? " (drafts and embargoed articles shown)" : !noDrafts ? " (drafts shown)"
                : !noFuture ? " (embargoed articles shown)" : "";
        out.println("Serving at " + server.url() + shown + "; press Ctrl-C to stop");
        out.flush();
        return server;
    }
}
