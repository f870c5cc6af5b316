package io.orbitpress.source;

import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files below a folder of the site, following symbolic links only where they stay inside
 * the site folder. A link that leads out of it (content/static/etc -> /etc) would publish what
 * it points at, and a link back to a folder it is in would be walked forever: both are errors
 * naming the link, reported together once the walk is over, as are a folder that cannot be read and
 * a link that leads nowhere in place of a file the walk wants (one it does not want is skipped);
 * the walk goes on past each, so that the build tells them with the site's other problems. Where
 * each file is to be read once (stories, registry files), a link to a file or folder the walk
 * reaches by itself is an error too: what it leads to would be published twice.
 * Every file or folder whose name starts with '.' or '#' or ends with '~' is skipped.
 */
final class FolderWalk {

    private final Path siteReal;
    private final ContentFolder names;
    private final Predicate<Path> wanted;
    private final List<Path> found = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Real paths of the folders from the start of the walk down to the one being read. */
    private final Deque<Path> ancestors = new ArrayDeque<>();

    /** The real path of the folder walked, when a link into it is an error ({@code once}); else null. */
    private Path onceRoot;

    private FolderWalk(Path siteReal, ContentFolder names, Predicate<Path> wanted) {
        this.siteReal = siteReal;
        this.names = names;
        this.wanted = wanted;
    }

    /**
     * The regular files below {@code folder}, whose real path is {@code root}, that {@code wanted} accepts, each as
     * reached from {@code root} (through a link's name, not its target), in no particular order; and the links
     * it did not follow (out of {@code siteReal}, into a loop, to nothing) and folders it could not read.
     */
    static ContentFolder.Listing files(Path folder, Path root, Path siteReal, ContentFolder names,
            Predicate<Path> wanted, boolean once) {
        FolderWalk walk = new FolderWalk(siteReal, names, wanted);
        walk.onceRoot = once ? root : null;
        if (!root.startsWith(siteReal)) {
            walk.outside(folder, root); // the folder itself is a link, or in a folder that is
        } else {
            walk.folder(root, root);
        }
        walk.problems.sort(Diagnostic.ORDER); // in the order of the paths, not of the folder listing
        return new ContentFolder.Listing(walk.found, List.copyOf(walk.problems));
    }

    /** Walks the folder reached as {@code dir}, whose real path is {@code real}. */
    private void folder(Path dir, Path real) {
        ancestors.push(real);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (ContentFolder.skipped(name)) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue; // removed while the walk was under way
                }
                if (attrs.isSymbolicLink()) {
                    link(entry);
                } else if (attrs.isDirectory()) {
                    folder(entry, real.resolve(name));
                } else if (attrs.isRegularFile() && wanted.test(entry)) {
                    found.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            // removed while the walk was under way: nothing to list
        } catch (java.nio.file.AccessDeniedException e) {
            problems.add(Diagnostic.error(names.display(dir), 0, 0, "cannot read this folder: permission denied;"
                    + " let the user who builds read it (chmod), or move it out of the site folder"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(names.display(dir), 0, 0, "cannot read this folder (" + e.getMessage()
                    + "); fix it, or move it out of the site folder"));
        } finally {
            ancestors.pop();
        }
    }

    private void link(Path entry) {
        Path target;
        try {
            target = entry.toRealPath();
        } catch (NoSuchFileException e) {
            if (wanted.test(entry)) {
                // a story or file the site was to have, whose target went: told, not left out without a word
                problems.add(nowhere(names.display(entry), entry));
            }
            return;
        } catch (java.nio.file.AccessDeniedException e) {
            problems.add(Diagnostic.error(names.display(entry), 0, 0, "cannot follow this link: permission denied;"
                    + " let the user who builds read where it leads, or remove the link"));
            return;
        } catch (FileSystemException e) {
            // links that lead to each other ("Too many levels of symbolic links")
            problems.add(Diagnostic.error(names.display(entry), 0, 0, "this link leads round in a loop of links and"
                    + " never to a file; remove it, or point it at a file or folder in the site folder"));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!target.startsWith(siteReal)) {
            outside(entry, target);
        } else if (Files.isDirectory(target) && (ancestors.peek().startsWith(target) || ancestors.contains(target))) {
            problems.add(Diagnostic.error(names.display(entry), 0, 0, "this link leads back to "
                    + names.display(target) + ", a folder it is in, so the folder would hold itself for ever;"
                    + " remove the link, or point it at a folder beside it"));
        } else if (onceRoot != null && target.startsWith(onceRoot) && !ContentFolder.hidden(onceRoot.relativize(target))
                && (Files.isDirectory(target) || wanted.test(entry))) {
            // a story read twice, under two names: published twice, each with its own address
            problems.add(Diagnostic.error(names.display(entry), 0, 0, "this link leads to " + names.display(target)
                    + ", which the build reads by itself, so it would be published twice; remove the link (aliases:"
                    + " in front matter gives a page a second address)"));
        } else if (Files.isDirectory(target)) {
            folder(entry, target);
        } else if (Files.isRegularFile(target) && wanted.test(entry)) {
            found.add(entry);
        }
    }

    /** The error for a link shown as {@code display} whose target is gone. */
    static Diagnostic nowhere(String display, Path link) {
        return Diagnostic.error(display, 0, 0, "this link leads nowhere (its target " + linkTarget(link)
                + " is gone); restore the file it points at, or remove the link");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    private void outside(Path entry, Path target) {
        problems.add(outside(names.display(entry), target));
    }

    /** The error for a link shown as {@code display} that leads to {@code target}, out of the site folder. */
    static Diagnostic outside(String display, Path target) {
        return Diagnostic.error(display, 0, 0, "this is a link to " + target + ", outside the site"
                + " folder, and Orbitpress follows no link out of it (it would publish what the link points at);"
                + " copy the files you mean to publish into the site folder, or remove the link");
    }
}
