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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbitpress serve}: the site built in memory, served and rebuilt as files change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the site on a local address, rebuild on every change and reload the browser. "
                + "Writes nothing (--out is ignored); drafts are shown unless --no-drafts.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", description = "the port; the next free one when busy (default: 8080)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default: 127.0.0.1)")
    String host = "127.0.0.1";

    @Option(names = "--no-drafts", description = "hide articles marked draft, as the published site does")
    boolean noDrafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = site.options().withDrafts(!noDrafts).withPreview(true);
        PreviewServer server;
        try {
            server = PreviewServer.start(options, host, port, out, err);
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
        out.println("Serving at " + server.url() + (noDrafts ? "" : " (drafts shown)") + "; press Ctrl-C to stop");
        out.flush();
        stopped.await();
        return 0;
    }
}
