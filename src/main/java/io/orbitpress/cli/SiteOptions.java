package io.orbitpress.cli;

import io.orbitpress.build.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command that reads a site shares. */
final class SiteOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: site/ in the site folder)")
    Path out;

    @Option(names = "--drafts", description = "include articles marked draft")
    boolean drafts;

    String baseUrl = "";

    /**
     * A usage error (exit 2) unless {@code url} is an absolute http(s) address: it is written into every page.
     * Empty ({@code --base-url=}, as a script or a Maven profile passes an unset value) leaves site.yaml's.
     */
    @Option(names = "--base-url", paramLabel = "URL", description = "the published address, overriding site.yaml's baseUrl")
    void baseUrl(String url) {
        if (url.isEmpty()) {
            baseUrl = "";
            return;
        }
        if (!io.orbitpress.config.SiteConfigParser.isBaseUrl(url)) {
            throw new ParameterException(command.commandLine(), "--base-url must be an absolute http(s) address like"
                    + " https://news.example.org/, not \"" + url + "\"");
        }
        baseUrl = url;
    }

    @Option(names = "--future", description = "include articles whose publication time (date, or publishDate) has not"
            + " come yet, marked as embargoed")
    boolean future;

    @Option(names = "--expired", description = "include articles past their expiryDate, marked as expired")
    boolean expired;

    java.time.Instant now;

    /** A usage error (exit 2) unless {@code text} is a date-time with an offset: the build's clock must be unambiguous. */
    @Option(names = "--now", paramLabel = "TIME", description = "build as if it were TIME, a date-time with an offset"
            + " (2025-07-30T10:00Z, 2025-07-30T06:00-04:00): what is embargoed or expired then (default: now)")
    void now(String text) {
        io.orbitpress.frontmatter.DateValue.Result r = io.orbitpress.frontmatter.DateValue.parse(text,
                java.time.ZoneOffset.UTC);
        if (!r.ok() || !text.strip().matches(".*[T ]\\d{1,2}:\\d{2}.*(Z|UTC|GMT|[+-]\\d{1,2}(:?\\d{2})?)")) {
            throw new ParameterException(command.commandLine(), "--now must be a date-time with an offset, like"
                    + " 2025-07-30T10:00Z or 2025-07-30T06:00-04:00, not \"" + text + "\""
                    // a zone's name or abbreviation (10:00 EDT): the offset it gives that day
                    + java.util.Optional.ofNullable(io.orbitpress.frontmatter.DateValue.withZoneName(text.strip(), false))
                            .map(z -> "; " + z).orElse(""));
        }
        now = r.value().toInstant();
    }

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder holding content/ and templates/ (default: .)")
    void source(Path dir) {
        source = existingFolder(command.commandLine(), dir);
    }

    BuildOptions options() {
        Path src = source.toAbsolutePath().normalize();
        return new BuildOptions(src, out == null ? src.resolve("site") : out.toAbsolutePath().normalize(), drafts, baseUrl,
                false).withNow(now).withFuture(future).withExpired(expired);
    }

    /**
     * {@code dir} when it is a folder; otherwise a usage error (exit 2), as for a misspelled option:
     * the command line names a folder that is not there, and nothing may be made in its place.
     */
    static Path existingFolder(CommandLine cli, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cli, "--source " + dir + ": no such folder"
                    + (Files.exists(dir) ? " (it is a file)" : "") + "; give the site folder, the one holding content/");
        }
        return dir;
    }
}
