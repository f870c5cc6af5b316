package io.orbitpress.publish;

import io.orbitpress.diag.BuildFailure;
import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What may be an output folder. A build replaces the whole folder, so it must not be, nor
 * contain, what people wrote (the site folder, content/, templates/), nor the root of the file
 * system; and a folder that already holds files is replaced only when Orbitpress wrote it: it
 * holds the {@link #MARKER} file every build writes ({@code site/} in the site folder too: files put
 * there by hand would go). {@code --force} replaces any other folder.
 */
public final class OutputFolder {

    /** The file in every published site that says Orbitpress wrote the folder. */
    static final String MARKER = ".orbitpress-site";

    static final byte[] MARKER_TEXT = ("This folder is a site built by Orbitpress; each build replaces everything in it.\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private OutputFolder() {
    }

    /**
     * Refuses {@code out} when a build may not replace it.
     *
     * @param out              the output folder, absolute and normalized
     * @param protectedFolders the site folder first, then content/ and templates/
     * @param force            replace a folder Orbitpress did not write
     */
    static void check(Path out, List<Path> protectedFolders, boolean force) {
        if (out.getParent() == null) {
            throw failure(out, "the output folder cannot be the root of the file system, as a build replaces the whole"
                    + " output folder; choose one like site/ in the site folder");
        }
        Path site = protectedFolders.get(0).toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw failure(site, "no such folder; pass --source the site folder, the one holding content/");
        }
        Path realOut = real(out);
        for (Path p : protectedFolders) {
            Path abs = p.toAbsolutePath().normalize();
            Path realP = real(abs);
            if (abs.startsWith(out) || realP.startsWith(realOut)) {
                String what = p == protectedFolders.get(0) ? "the site folder" : abs.getFileName() + "/";
                throw failure(out, "the output folder " + (abs.equals(out) || realP.equals(realOut) ? "is " : "contains ")
                        + what + ", and a build replaces the whole output folder; choose another --out, like site/ in"
                        + " the site folder");
            }
            for (String inside : List.of("content", "templates")) {
                if (out.startsWith(abs.resolve(inside)) || realOut.startsWith(realP.resolve(inside))) {
                    throw failure(out, "the output folder is inside content/ or templates/; choose one like site/");
                }
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw failure(out, "the output path is a file, not a folder; remove it or choose another --out");
        }
        if (!force && !ours(out)) {
            throw failure(out, "this folder holds files and no " + MARKER + " file, so Orbitpress did not build it;"
                    + " a build replaces everything in its output folder: choose a new or empty folder with --out, or"
                    + " pass --force to replace this one");
        }
    }

    /** Whether a build may replace {@code out}: absent, empty, or marked. */
    private static boolean ours(Path out) {
        if (!Files.isDirectory(out) || Files.exists(out.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Refuses {@code cache} as the cache folder of a build of {@code site} into {@code out} (all
     * absolute and normalized): the cache holds the text of every story, those the clock still
     * holds back too, so it may not be published (inside the output folder or content/static/);
     * nor be what the build reads as the site's own (content/, templates/, the site folder, which
     * its {@code .gitignore} of everything would hide from git). (A folder of other files is
     * refused by the cache itself, {@link io.orbitpress.session.Session#inFolder}; a file there is
     * a warning, and the build runs without the cache.)
     */
    public static void checkCache(Path cache, Path site, Path out) {
        Path realCache = real(cache);
        Path realSite = real(site);
        Path realOut = real(out);
        if (realSite.startsWith(realOut)) {
            return; // an output folder that holds the site is refused by the build, with its own message
        }
        if (realCache.startsWith(realOut)) {
            throw failure(cache, "the cache folder is inside the output folder, which is published, and the cache"
                    + " holds the text of every story, those not yet out too; choose one outside it, like"
                    + " .orbitpress-cache in the site folder (the default)");
        }
        for (String inside : List.of("content", "templates")) {
            if (realCache.startsWith(realSite.resolve(inside))) {
                throw failure(cache, "the cache folder is inside " + inside + "/, which the build reads"
                        + (inside.equals("content") ? " and whose static/ it publishes" : "")
                        + "; choose one outside it, like .orbitpress-cache in the site folder (the default)");
            }
        }
        if (realSite.startsWith(realCache)) {
            throw failure(cache, "the cache folder " + (realSite.equals(realCache) ? "is" : "contains")
                    + " the site folder; choose a folder of its own, like .orbitpress-cache in the site folder (the"
                    + " default)");
        }
    }

    /** The real path of {@code p}: of its longest existing part, and the rest as it is. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static BuildFailure failure(Path where, String message) {
        return new BuildFailure(Diagnostic.error(where.toString(), 0, 0, message));
    }
}
