package io.orbitpress.source;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds and reads the files of one content folder. */
public final class ContentFolder {

    private final Path siteRoot;
    /** Real paths of the folders read from, resolved once: each component costs a system call. */
    private final java.util.Map<Path, Path> realFolders = new java.util.concurrent.ConcurrentHashMap<>();
    /** The folders {@link #display} has shown, and how: each the same for all its files. */
    private final java.util.Map<Path, String> folderNames = new java.util.concurrent.ConcurrentHashMap<>();

    public ContentFolder(Path siteRoot) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
    }

    /**
     * What a walk of a folder found: its files, in a stable order, and the links it did not follow
     * and folders it could not read, each told as an error (see {@link FolderWalk}).
     */
    public record Listing(List<Path> files, List<Diagnostic> problems) {
    }

    /** The Markdown files below {@code folder}, in a stable order; none when the folder is absent. */
    public List<Path> markdownFiles(Path folder) {
        return files(folder, true);
    }

    /** Every regular file below {@code folder}, in a stable order; none when the folder is absent. */
    public List<Path> allFiles(Path folder) {
        return files(folder, false);
    }

    private List<Path> files(Path folder, boolean markdownOnly) {
        Listing l = listing(folder, markdownOnly);
        if (!l.problems().isEmpty()) {
            throw new io.orbitpress.diag.BuildFailure(l.problems());
        }
        return l.files();
    }

    /**
     * The Markdown files below {@code folder} ({@code markdownOnly}), or every regular file, with the
     * links and folders the walk could not follow; none when the folder is absent.
     *
     * @throws io.orbitpress.diag.BuildFailure when {@code folder} is a file
     */
    public Listing listing(Path folder, boolean markdownOnly) {
        return listing(folder, markdownOnly, markdownOnly);
    }

    /**
     * Every file below the stories' folder, in one walk: its Markdown files are stories, read once
     * (a link to one beside it is an error, as in {@link #listing(Path, boolean)} of Markdown files
     * alone), the others the files of their page bundles.
     */
    public Listing storiesAndFiles(Path folder) {
        return listing(folder, false, true);
    }

    private Listing listing(Path folder, boolean markdownOnly, boolean once) {
        if (!Files.isDirectory(folder)) {
            if (Files.exists(folder)) {
                // content/articles as a file: the site would be built with none of what the folder holds
                throw new io.orbitpress.diag.BuildFailure(Diagnostic.error(display(folder), 0, 0, "this is a file where"
                        + " a folder belongs; make it a folder (with the files it is to hold), or remove it"));
            }
            return new Listing(List.of(), List.of());
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // links are followed only inside the site folder (see FolderWalk)
        // stories and registry files are read once: a link to one beside it would publish it twice
        Listing found = FolderWalk.files(folder, root, siteReal(), this, p -> !markdownOnly || isMarkdown(p), once);
        return new Listing(sorted(root, found.files()), found.problems());
    }

    private Path siteReal() {
        try {
            return realPath(siteRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files in the order of their paths relative to {@code root}, as text. The walk reaches
     * each file by names below {@code root}, so that path is the end of its own text: cut there,
     * it costs less than {@link Path#relativize} on every file.
     */
    private static List<Path> sorted(Path root, java.util.Collection<Path> files) {
        String prefix = root + root.getFileSystem().getSeparator();
        java.util.TreeMap<String, Path> byName = new java.util.TreeMap<>();
        for (Path f : files) {
            String path = f.toString();
            byName.put(path.startsWith(prefix) ? path.substring(prefix.length()) : root.relativize(f).toString(), f);
        }
        return List.copyOf(byName.values());
    }

    /**
     * Whether a file or folder of this name is left out of every walk: {@code .git}, {@code #draft#},
     * {@code notes.md~}, and what editors write beside a file while they save it: a swap file
     * ({@code .notes.md.swp}), and the copies of a JetBrains IDE's safe write
     * ({@code notes.md___jb_tmp___}, {@code notes.md___jb_old___}), the file vim writes and deletes
     * to learn whether it may write in the folder ({@code 4913}, or {@code 5036} and on when that
     * one is taken), and the lock file an Office program holds beside an open file
     * ({@code ~$notes.md}).
     */
    public static boolean skipped(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") || name.startsWith("~$")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || vimProbe(name);
    }

    /**
     * Vim's probe: {@code 4913}, or 4913 + 123 × n when a file of that name is there already
     * (vim's {@code buf_write}); four or five digits, which is as far as it goes in practice.
     */
    private static boolean vimProbe(String name) {
        int n = name.length();
        if (n < 4 || n > 5 || name.charAt(0) < '1' || name.charAt(0) > '9') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        int value = Integer.parseInt(name);
        return value >= 4913 && (value - 4913) % 123 == 0;
    }

    /** Whether a path below a walked folder has a part the walk skips ({@link #skipped}). */
    static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (skipped(part.toString())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isMarkdown(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * The error for a file shown as {@code display} that reading failed with {@code e}: a permission
     * the user who builds lacks, or the system's reason, and what to do.
     */
    public static Diagnostic unreadable(String display, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Diagnostic.error(display, 0, 0, "cannot read this file: permission denied; let the user who"
                    + " builds read it (chmod), or move it out of the site folder");
        }
        String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage();
        return Diagnostic.error(display, 0, 0, "cannot read this file (" + reason + "); fix it, or move it out of"
                + " the site folder");
    }

    /** Reads a file found below {@code folder}; a problem goes to {@code diagnostics} and gives nothing. */
    public java.util.Optional<SourceFile> read(Path folder, Path file, Diagnostics diagnostics) {
        String display = display(file);
        String relative;
        try {
            relative = realPath(folder).relativize(file).toString().replace('\\', '/');
        } catch (IOException | UncheckedIOException e) {
            relative = file.getFileName().toString();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(unreadable(display, e));
            return java.util.Optional.empty();
        }
        SourceText.Result decoded = SourceText.decode(bytes, display);
        decoded.problem().ifPresent(diagnostics::add);
        String rel = relative;
        return decoded.text().map(text -> new SourceFile(file, display, rel, text));
    }

    /**
     * Reads a file the build names itself ({@code content/site.yaml}) rather than finds by a walk:
     * as {@link #read}, but a link (the file's, or a folder's on its way) is followed only inside the
     * site folder, as a walk follows it; one that leads out of it, or nowhere, is an error and gives nothing.
     */
    public java.util.Optional<SourceFile> readNamed(Path folder, Path file, Diagnostics diagnostics) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            // a link whose target went: told, not read as a site without the file
            diagnostics.add(FolderWalk.nowhere(display(file), file));
            return java.util.Optional.empty();
        } catch (IOException e) {
            diagnostics.add(unreadable(display(file), e));
            return java.util.Optional.empty();
        }
        if (!real.startsWith(siteReal())) {
            diagnostics.add(FolderWalk.outside(display(file), real));
            return java.util.Optional.empty();
        }
        return read(folder, file, diagnostics);
    }

    private Path realPath(Path folder) throws IOException {
        Path real = realFolders.get(folder);
        if (real == null) {
            real = folder.toRealPath();
            realFolders.put(folder, real);
        }
        return real;
    }

    /**
     * The path shown to people: relative to the site folder when inside it. A file's folder is
     * worked out once (a build shows every story's path, and a folder's took most of the time).
     */
    public String display(Path file) {
        Path parent = file.getParent();
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().replace('\\', '/');
        if (parent == null || parent.getParent() == null || n.isEmpty() || n.equals(".") || n.equals("..")) {
            return shown(file);
        }
        String dir = folderNames.computeIfAbsent(parent, this::shown);
        return dir.isEmpty() ? n : dir.endsWith("/") ? dir + n : dir + "/" + n;
    }

    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(siteRoot)) {
            return siteRoot.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString().replace('\\', '/');
    }
}
