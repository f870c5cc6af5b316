package io.orbitpress.cli;

import io.orbitpress.build.BuildResult;
import io.orbitpress.build.SiteBuild;
import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import io.orbitpress.session.Session;
import io.orbitpress.session.Tool;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbitpress build}: content/ + templates/ into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {"Build the site into site/ (or --out).",
        "A build that takes over 2 s shows progress on a terminal (stderr); the summary goes to stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:problems in the content, templates or output folder (nothing written)",
                "2:wrong usage"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    ReportOptions report;

    @Option(names = "--timings", description = "print the time of each pipeline step")
    boolean timings;

    @Option(names = "--strict", description = "fail on warnings too: nothing is written")
    boolean strict;

    @Option(names = "--quiet", description = "no progress line, even on a terminal")
    boolean quiet;

    @Option(names = "--force", description = "replace the output folder even when it holds files and no"
            + " .orbitpress-site file (a folder Orbitpress did not build): everything in it is deleted")
    boolean force;

    @Option(names = "--progress", description = "plain progress lines on stderr when not on a terminal (CI logs);"
            + " stderr otherwise holds only diagnostics")
    boolean progress;

    @Option(names = "--cache", paramLabel = "DIR", description = "where to keep what this build learned for the next"
            + " one (default: .orbitpress-cache in the site folder)")
    java.nio.file.Path cache;

    @Option(names = "--no-cache", description = "a cold build: read, render and write everything, keep nothing")
    boolean noCache;

    @Spec
    CommandSpec spec;

    /** The session this build reuses and leaves for the next: kept in the cache folder unless --no-cache. */
    private Session session() {
        if (noCache) {
            return Session.cold();
        }
        java.nio.file.Path source = site.options().source();
        java.nio.file.Path dir = (cache == null ? source.resolve(".orbitpress-cache") : cache).toAbsolutePath().normalize();
        io.orbitpress.publish.OutputFolder.checkCache(dir, source.toAbsolutePath().normalize(),
                site.options().out().toAbsolutePath().normalize());
        String display = dir.startsWith(source) ? source.relativize(dir).toString() : dir.toString();
        return Session.inFolder(dir, display, Tool.fingerprint());
    }

    @Override
    public Integer call() {
        SiteBuild builder = new SiteBuild(site.options().withForce(force).withStrict(strict), session());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        try (Progress shown = quiet || (System.console() == null && !progress) ? null : Progress.start(err)) {
            result = builder.build();
        } catch (BuildFailure f) {
            if (!strict || f.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                throw f;
            }
            Failures.print(err, f.diagnostics(), report.all,
                    "--strict fails the build on warnings; nothing was written");
            err.flush();
            return Failures.CONTENT;
        }
        // warnings found after the site was published (the cache folder could not be written)
        // are told, but cannot fail it
        Failures.print(err, result.warnings(), report.all, "");
        err.flush();
        out.println(Summary.line(result));
        if (timings) {
            out.println(Summary.timings(result.timings()));
        }
        out.flush();
        return 0;
    }
}
