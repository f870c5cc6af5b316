package io.orbitpress.cli;

import io.orbitpress.scaffold.NewFile;
import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code orbitpress theme}: the built-in theme's files, and which of them the site replaces
 * ({@code list}); copies of them in the site's {@code templates/}, to change there ({@code eject}).
 */
@Command(name = "theme", mixinStandardHelpOptions = true,
        description = {"The built-in theme. A template or asset is looked up in the site's templates/ first, then in"
                + " the theme built into Orbitpress: templates/ holds only the files a site changes."},
        subcommands = {ThemeCommand.ListFiles.class, ThemeCommand.Eject.class})
final class ThemeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: list or eject");
    }

    /** The site folder option of both subcommands. */
    static final class Folder {
        @Spec(Spec.Target.MIXEE)
        CommandSpec command;

        Path source = Path.of(".");

        @Option(names = "--source", paramLabel = "DIR", description = "the site folder (default: .)")
        void source(Path dir) {
            source = SiteOptions.existingFolder(command.commandLine(), dir);
        }

        Path templates() {
            return source.toAbsolutePath().normalize().resolve("templates");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the built-in theme's files, marking those the site's templates/ replaces.")
    static final class ListFiles implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        Folder folder;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path templates = folder.templates();
            for (String name : Theme.builtIn().names()) {
                // a message file of the site's changes the keys it writes; the others come from the theme's
                out.println(!Files.isRegularFile(templates.resolve(name)) ? name : name.endsWith(".properties")
                        ? name + "  (its keys that templates/" + name + " writes are replaced)"
                        : name + "  (replaced by templates/" + name + ")");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "eject", mixinStandardHelpOptions = true,
            description = {"Copy the built-in theme's files into templates/ to change them there: the FILEs named"
                    + " (as theme list shows them), or all. A file already in templates/ is left as it is."})
    static final class Eject implements Callable<Integer> {

        @picocli.CommandLine.Mixin
        Folder folder;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "the files to copy, like article.html"
                + " or assets/style.css (default: every file)")
        List<String> files = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            Theme theme = Theme.builtIn();
            PrintWriter err = spec.commandLine().getErr();
            // a file named as it will stand in the site (templates/home.html, as messages name it) too
            List<String> names = files.isEmpty() ? theme.names() : files.stream().map(f -> f.replace('\\', '/'))
                    .map(f -> theme.has(f) ? f : f.replaceFirst("^(\\./)?templates/", "")).toList();
            List<String> unknown = names.stream().filter(n -> !theme.has(n)).toList();
            if (!unknown.isEmpty()) {
                unknown.forEach(n -> err.println("orbitpress theme eject: the built-in theme has no file \"" + n + "\"; "
                        + io.orbitpress.diag.Spelling.closest(n, theme.names()).map(c -> "did you mean " + c + "? ")
                                .orElse("") + "orbitpress theme list shows its files"));
                err.println("nothing was copied");
                err.flush();
                return spec.exitCodeOnInvalidInput();
            }
            Path templates = folder.templates();
            List<String> copied = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String n : names) {
                Path target = templates.resolve(n);
                if (Files.exists(target) || !NewFile.write(target, theme.bytes(n).orElseThrow())) {
                    kept.add(n);
                } else {
                    copied.add(n);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Copied " + copied.size() + (copied.size() == 1 ? " file" : " files") + " of the built-in theme"
                    + " into templates/" + (copied.isEmpty() ? "" : ": " + String.join(", ", copied)));
            if (!kept.isEmpty()) {
                out.println("Left as they were (already in templates/): " + String.join(", ", kept));
            }
            out.flush();
            return 0;
        }
    }
}
