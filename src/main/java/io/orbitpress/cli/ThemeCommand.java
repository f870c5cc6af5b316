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

        @Option(names = "--source", paramLabel = "DIR", description = "the site folder (default: .); eject makes it"
                + " when it is not there, to copy the theme into an empty folder")
        void source(Path dir) {
            source = dir;
        }

        /** The site's templates/ folder; a usage error when the site folder is not there (and {@code make} is false). */
        Path templates(boolean make) throws IOException {
            if (make && !Files.exists(source)) {
                Files.createDirectories(source);
            }
            return SiteOptions.existingFolder(command.commandLine(), source).toAbsolutePath().normalize()
                    .resolve("templates");
        }
    }

    /**
     * The file in {@code templates/} where {@code eject} notes what it copied: each file's SHA-256
     * as the built-in theme had it, as {@code sha256sum} writes them, so that {@code list} can tell
     * a copy whose built-in file has changed since (a newer Orbitpress). Hidden: a build does not read it.
     */
    static final String COPIED = ".orbitpress-theme";

    private static final String COPIED_HEAD = "# The built-in theme's files that orbitpress theme eject copied here, each with the\n"
            + "# SHA-256 of the built-in file it copied (sha256sum's format): orbitpress theme list tells\n"
            + "# which built-in files have changed since. Keep it with the templates.\n";

    /** A line of {@link #COPIED}: a SHA-256 and a file's name, as sha256sum writes them. */
    private static final java.util.regex.Pattern COPIED_LINE = java.util.regex.Pattern.compile("([0-9a-f]{64}) [ *](\\S.*)");

    /** What {@link #COPIED} says: the SHA-256 of each file's built-in version when it was copied, by name. */
    static java.util.Map<String, String> copied(Path templates) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try {
            for (String line : Files.readAllLines(templates.resolve(COPIED))) {
                java.util.regex.Matcher m = COPIED_LINE.matcher(line);
                if (m.matches()) {
                    out.put(m.group(2), m.group(1));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // none (copied by hand, or by an Orbitpress that kept no note): nothing to compare with
        }
        return out;
    }

    /** Whether the message file {@code file} writes no text (every line a comment, as eject writes it). */
    private static boolean writesNoKey(Path file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (java.nio.charset.MalformedInputException e) {
            return false; // told by the build's check of the site's message files
        }
        return p.isEmpty();
    }

    /**
     * A message file of the theme with each text commented out, under a line that says why: a site's
     * message file replaces the texts it writes, key by key, so a copy of every text would keep the
     * wording of the version it was copied from, and miss a newer one's changes, for every key.
     */
    static byte[] commented(byte[] messages) {
        StringBuilder out = new StringBuilder("# Copied by orbitpress theme eject, every text commented out: uncomment a line and"
                + " change its\n# text to replace the built-in one; the keys left commented follow the built-in theme,"
                + "\n# and its changes in newer versions of Orbitpress.\n");
        String text = new String(messages, java.nio.charset.StandardCharsets.UTF_8);
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            out.append(t.isEmpty() || t.startsWith("#") || t.startsWith("!") ? line : "# " + line).append('\n');
        }
        // as many line ends as the file had
        out.setLength(out.length() - 1);
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path templates = folder.templates(false);
            Theme theme = Theme.builtIn();
            java.util.Map<String, String> copied = copied(templates);
            for (String name : theme.names()) {
                Path own = templates.resolve(name);
                if (!Files.isRegularFile(own)) {
                    out.println(name);
                    continue;
                }
                byte[] builtIn = theme.bytes(name).orElseThrow();
                // a message file of the site's changes the keys it writes; the others come from the theme's
                String said = name.endsWith(".properties") ? "its keys that templates/" + name + " writes are replaced"
                        : "replaced by templates/" + name;
                String was = copied.get(name);
                if (was != null && !was.equals(sha256(builtIn))) {
                    said += "; the built-in one has changed since it was copied: to compare, theme eject " + name
                            + " --source NEW-FOLDER";
                } else if (name.endsWith(".properties") && writesNoKey(own)) {
                    said = "templates/" + name + " writes none of its keys yet: every text is the built-in one";
                } else if (!name.endsWith(".properties") && java.util.Arrays.equals(Files.readAllBytes(own), builtIn)) {
                    said += ", the same as the built-in one: delete it to follow the theme";
                }
                out.println(name + "  (" + said + ")");
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

        /**
         * The file of the theme {@code name} was meant to be: a template named as templates call it
         * ({@code layout}), an asset by its name alone ({@code style.css}), or a name a letter or two off.
         */
        private static java.util.Optional<String> meant(Theme theme, String name) {
            for (String whole : List.of(name + ".html", "assets/" + name)) {
                if (theme.has(whole)) {
                    return java.util.Optional.of(whole);
                }
            }
            return io.orbitpress.diag.Spelling.closest(name, theme.names());
        }

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
                        + meant(theme, n).map(c -> "did you mean " + c + "? ").orElse("")
                        + "orbitpress theme list shows its files"));
                err.println("nothing was copied");
                err.flush();
                return spec.exitCodeOnInvalidInput();
            }
            Path templates = folder.templates(true);
            List<String> copied = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            java.util.Map<String, String> noted = copied(templates);
            for (String n : names) {
                Path target = templates.resolve(n);
                byte[] builtIn = theme.bytes(n).orElseThrow();
                if (Files.exists(target) || !NewFile.write(target, n.endsWith(".properties") ? commented(builtIn) : builtIn)) {
                    kept.add(n);
                } else {
                    copied.add(n);
                    noted.put(n, sha256(builtIn));
                }
            }
            if (!copied.isEmpty()) {
                StringBuilder note = new StringBuilder(COPIED_HEAD);
                noted.forEach((n, sha) -> note.append(sha).append("  ").append(n).append('\n'));
                Files.writeString(templates.resolve(COPIED), note);
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
