package io.orbitpress.cli;

import io.orbitpress.build.BuildResult;
import io.orbitpress.build.Builder;
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

    @Option(names = "--strict", description = "fail on warnings too")
    boolean strict;

    @Option(names = "--quiet", description = "no progress line, even on a terminal")
    boolean quiet;

    @Option(names = "--progress", description = "plain progress lines on stderr when not on a terminal (CI logs);"
            + " stderr otherwise holds only diagnostics")
    boolean progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Builder builder = new Builder(site.options());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult result;
        try (Progress shown = quiet || (System.console() == null && !progress) ? null : Progress.start(err)) {
            result = builder.build();
        }
        boolean failing = strict && !result.warnings().isEmpty();
        Failures.print(err, result.warnings(), report.all,
                failing ? "--strict fails the build on warnings (the site was written)" : "");
        err.flush();
        out.println(Summary.line(result));
        if (timings) {
            out.println(Summary.timings(result.timings()));
        }
        out.flush();
        return failing ? Failures.CONTENT : 0;
    }
}
