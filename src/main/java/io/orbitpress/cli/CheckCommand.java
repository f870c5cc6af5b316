package io.orbitpress.cli;

import io.orbitpress.build.SiteBuild;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbitpress check}: everything a build checks, links included, without writing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check content, templates and links without writing site/.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Mixin
    ReportOptions report;

    @picocli.CommandLine.Option(names = "--strict", description = "fail on warnings too, as build --strict does")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuild.Rendered r = new SiteBuild(site.options()).render();
        PrintWriter err = spec.commandLine().getErr();
        if (strict && !r.warnings().isEmpty()) {
            Failures.print(err, r.warnings(), report.all, "--strict fails the check on warnings");
            err.flush();
            return Failures.CONTENT;
        }
        Failures.print(err, r.warnings(), report.all, "");
        err.flush();
        spec.commandLine().getOut().println("OK: " + r.files().size() + " files would be written, "
                + r.warnings().size() + (r.warnings().size() == 1 ? " warning; " : " warnings; ")
                + AltTextCount.of(r.site()).line());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
