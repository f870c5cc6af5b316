package io.orbitpress.cli;

import io.orbitpress.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a site shares. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder holding content/ and templates/ (default: .)")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: site/ in the site folder)")
    Path out;

    @Option(names = "--drafts", description = "include articles marked draft")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "the published address, overriding site.yaml's baseUrl")
    String baseUrl = "";

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    BuildOptions options() {
        Path src = source.toAbsolutePath().normalize();
        return new BuildOptions(src, out == null ? src.resolve("site") : out.toAbsolutePath().normalize(), drafts, baseUrl,
                false);
    }
}
