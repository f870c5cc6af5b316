package io.orbitpress.build;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.hash.Fingerprint;
import io.orbitpress.image.PublishedMetadata;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.session.Session;
import io.orbitpress.session.SourceRead;
import io.orbitpress.session.Step;
import io.orbitpress.source.ContentFolder;
import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files copied as they are: {@code templates/assets/**} under {@code assets/}, then the
 * built-in theme's assets the site does not replace, then {@code content/static/**} at the root.
 * A copy may not take a page's place, nor another copy's.
 */
final class StaticFiles {

    private static final Step<OutputFile> COPY = Step.inMemory("copy");
    /**
     * A picture's copy and the warning to give of it, if any: copied without its metadata, and why it
     * could not be, when it could not; or copied as written, and that it keeps the camera's data.
     */
    private record Stripped(OutputFile file, String problem) {
    }

    private static final Step<Stripped> STRIPPED = Step.inMemory("copy-without-metadata");
    private static final Fingerprint WITHOUT_METADATA = Fingerprint.of("published without its metadata");

    /** A file to copy and the fingerprint of its bytes ({@link Fingerprint#NONE} in a cold build). */
    record Copy(OutputFile file, Fingerprint contents) {
    }

    private final Path root;
    private final ContentFolder folder;
    private final Session session;
    private final Diagnostics diagnostics;

    StaticFiles(Path root, ContentFolder folder, Session session, Diagnostics diagnostics) {
        this.root = root;
        this.folder = folder;
        this.session = session;
        this.diagnostics = diagnostics;
    }

    /**
     * The copies, in order; {@code pageFiles} are the output paths the pages claim, {@code pictures}
     * the paths below the site root of the pictures published as resized copies (their originals
     * are not copied), {@code pictureCopies} those copies; {@code told}, the paths of the pictures
     * whose problem was told where a page shows them (the file's own warning would say again, and
     * wrongly, that it is published); {@code resources}, the files of the published stories' page
     * bundles, copied after {@code content/static/}'s at their stories' addresses.
     */
    List<Copy> copies(Set<String> pageFiles, Set<String> pictures, List<PageResult> pictureCopies, Set<String> told,
            java.util.Collection<Bundles.Resource> resources, Set<String> published) {
        Map<String, String> taken = new HashMap<>();
        Map<String, Bundles.Resource> bundled = new HashMap<>();
        resources.forEach(r -> bundled.put(r.path(), r));
        for (PageResult c : pictureCopies) {
            if (pageFiles.contains(c.path())) {
                diagnostics.error(c.file().source(), 0, 0, "a resized copy of this picture would replace the page /"
                        + c.path() + "; rename the picture");
            }
            taken.put(c.path(), c.file().source());
        }
        List<Copy> out = new ArrayList<>();
        Path assets = root.resolve("templates/assets");
        Path stat = root.resolve("content/static");
        for (Path base : List.of(assets, stat)) {
            String prefix = base == assets ? "assets/" : "";
            for (Path f : SiteBuild.listed(session, folder, base, false, diagnostics)) {
                String path = prefix + rel(base, f);
                Bundles.Resource r = base == stat ? bundled.remove(path) : null;
                if (r != null) {
                    // told whether the story is out or not: the next build would meet it at its time
                    clash(r, folder.display(f) + " is published");
                }
                if (base == stat && pictures.contains(path)) {
                    continue; // published as its resized copies, without its metadata
                }
                String display = folder.display(f);
                String other = taken.get(path);
                if (base == stat && other != null && other.startsWith(Theme.DISPLAY)) {
                    diagnostics.error(display, 0, 0, "this file is published at /" + path + ", where the built-in"
                            + " theme's file is; to replace the theme's file, put yours at templates/" + path
                            + "; to publish both, rename this one or move it to another folder");
                    continue;
                }
                if (base == stat && other != null && other.startsWith("templates/")) {
                    diagnostics.error(display, 0, 0, "this file is published at /" + path + ", as " + other
                            + " is; keep one of them, or rename this one or move it to another folder");
                    continue;
                }
                if (pageFiles.contains(path) || other != null) {
                    diagnostics.error(display, 0, 0, "this file would replace the page /" + path
                            + "; rename it or move it to another folder");
                    continue;
                }
                taken.put(path, display);
                Copy c = copy(path, f, display, base == stat, told);
                if (c != null) {
                    out.add(c);
                }
            }
            if (base == assets) {
                builtInAssets(pageFiles, taken, out);
            }
        }
        for (Bundles.Resource r : new java.util.TreeMap<>(bundled).values()) {
            if (!published.contains(r.story()) || pictures.contains(r.path())) {
                continue; // a picture its story shows: published as its resized copies
            }
            String other = taken.get(r.path());
            if (pageFiles.contains(r.path()) || other != null) {
                clash(r, other != null ? other + " is published" : "a page of the site is");
                continue;
            }
            taken.put(r.path(), r.display());
            Copy c = copy(r.path(), r.file(), r.display(), true, told);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Tells that the bundle's file {@code r} would be published where {@code what} (is published) already. */
    private void clash(Bundles.Resource r, String what) {
        diagnostics.error(r.display(), 0, 0, "this file of the page bundle of " + r.story() + " would be published"
                + " at /" + r.path() + ", where " + what + "; rename or move one of them");
    }

    /**
     * The copy of {@code f} at {@code path}; {@code content} for a file people put in the site (of
     * content/static/, or a story's bundle), whose pictures lose their metadata and whose SVG drawings
     * are looked through for scripts, as opposed to the theme's assets.
     */
    private Copy copy(String path, Path f, String display, boolean content, Set<String> told) {
        if (!Files.isReadable(f)) {
            // told now, at the file, rather than by the step that writes the site (a cold build reads it then);
            // a picture a page shows was told where it shows it, with the file's name
            if (!told.contains(path)) {
                diagnostics.add(ContentFolder.unreadable(display,
                        new java.nio.file.AccessDeniedException(f.toString())));
            }
            return null;
        }
        SourceRead read;
        try {
            read = session.source(f, display, file -> {
                try {
                    return Session.FileRead.bytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            if (!told.contains(path)) {
                diagnostics.add(ContentFolder.unreadable(display, e.getCause()));
            }
            return null;
        }
        if (content && path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            scripts(f, display);
        }
        boolean picture = content && PublishedMetadata.applies(path);
        // a picture no page shows is still published without where and with what it was taken
        Fingerprint contents = picture && read.fingerprint() != Fingerprint.NONE
                ? Fingerprint.of(read.fingerprint(), WITHOUT_METADATA) : read.fingerprint();
        // the same instance while unchanged: what serves it can tell at a glance
        Fingerprint key = Fingerprint.of(Fingerprint.of(path), contents);
        OutputFile file;
        boolean asWritten = content && PublishedMetadata.keptAsWritten(path);
        if (picture || asWritten) {
            Stripped stripped = session.remember(STRIPPED, () -> key, () -> picture
                    ? withoutMetadata(path, f, display) : withCameraData(path, f, display));
            // said at every build, remembered or not; not of a picture a page shows, told there as an error
            if (stripped.problem() != null && !told.contains(path)) {
                diagnostics.warning(display, 0, 0, stripped.problem());
            }
            file = stripped.file();
        } else {
            file = session.remember(COPY, () -> key, () -> OutputFile.copy(path, f, display));
        }
        return new Copy(file, contents);
    }

    /**
     * A picture published as it is (GIF, WebP, AVIF, HEIC), with a warning when it holds what the camera
     * recorded (EXIF, XMP: where it was taken, with what), which the build takes out of JPEG and PNG
     * files only; one that is a JPEG or PNG under another name loses it as they do, with a warning.
     */
    private static Stripped withCameraData(String path, Path f, String display) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            String format = PublishedMetadata.format(bytes);
            byte[] clean = format == null ? null : PublishedMetadata.strip(bytes);
            if (clean != null) {
                // a JPEG or PNG under another picture's name (a phone's photo saved as .gif): browsers show it
                // by its bytes, so its camera data would be published with it
                String name = path.substring(path.lastIndexOf('/') + 1);
                String ending = name.substring(name.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
                String proper = format.equals("JPEG") ? ".jpg" : ".png";
                return new Stripped(clean == bytes ? OutputFile.copy(path, f, display)
                        : OutputFile.rendered(path, clean, display), "this file's name ends in " + ending + ", but it"
                        + " holds a " + format + " picture: what it says of the camera and the place it was taken is"
                        + " taken out, as from a " + proper + ", but pages show it as it is, not resized; rename it to"
                        + " end in " + proper);
            }
            return new Stripped(OutputFile.copy(path, f, display), PublishedMetadata.hasCameraData(bytes)
                    ? "this picture holds what the camera recorded (EXIF or XMP: it may say where it was taken), and"
                    + " a picture in this format is published as it is; take it out (exiftool -all= FILE), or export"
                    + " the picture as JPEG or PNG, from which the build takes it out" : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest SVG read for scripts. */
    private static final long SVG_READ = 16L << 20;

    /** What in an SVG runs as a script: an element, an event attribute ({@code onload=}), a javascript: link. */
    private static final java.util.regex.Pattern SCRIPT = java.util.regex.Pattern.compile(
            "(?i)<script\\b|\\son[a-z]+\\s*=|javascript\\s*:");

    /**
     * Warns of a script in the SVG {@code f}: it is published as written, and a browser runs its
     * scripts when the file is opened on its own, from the site's own address.
     */
    private void scripts(Path f, String display) {
        String text;
        try {
            if (Files.size(f) > SVG_READ) {
                return; // no drawing a newsroom publishes; not read whole to look
            }
            text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // copying it says what is wrong with the file
        }
        java.util.regex.Matcher m = SCRIPT.matcher(text);
        if (m.find()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = m.start() - lineStart + (Character.isWhitespace(text.charAt(m.start())) ? 2 : 1);
            diagnostics.warning(display, line, column, "this SVG holds a script (" + m.group().strip() + "...): it is"
                    + " published as written, and a browser runs it when the file is opened on its own, from this"
                    + " site's address; remove it (\"plain SVG\" export does), or publish the picture as PNG");
        }
    }

    private static Stripped withoutMetadata(String path, Path f, String display) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length == 0) {
                return new Stripped(OutputFile.copy(path, f, display), "this picture file is empty (0 bytes); it is"
                        + " published as it is: export the picture again, or remove the file");
            }
            byte[] clean = PublishedMetadata.strip(bytes);
            if (clean == null) {
                return new Stripped(OutputFile.copy(path, f, display), "this file is named as a JPEG or PNG picture but"
                        + " is not laid out as one, so what it may say of the camera and the place it was taken (EXIF,"
                        + " GPS) could not be taken out: it is published as written; export it again as JPEG or PNG,"
                        + " or remove it");
            }
            OutputFile out = clean == bytes ? OutputFile.copy(path, f, display) : OutputFile.rendered(path, clean, display);
            boolean jpeg = clean.length >= 2 && (clean[0] & 0xFF) == 0xFF && (clean[1] & 0xFF) == 0xD8;
            if (jpeg && (clean.length < 4 || (clean[clean.length - 2] & 0xFF) != 0xFF
                    || (clean[clean.length - 1] & 0xFF) != 0xD9)) {
                // its data runs to the end of the file with no end marker: a copy cut short
                return new Stripped(out, "this JPEG is cut short (it has no end marker), so browsers show part of it"
                        + " or none; it is published as written: export it again, or remove it");
            }
            return new Stripped(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in theme's assets the site's {@code templates/assets/} does not replace (a file of the same path). */
    private void builtInAssets(Set<String> pageFiles, Map<String, String> taken, List<Copy> out) {
        Theme theme = Theme.builtIn();
        for (String name : theme.assets()) {
            String display = Theme.DISPLAY + name;
            if (taken.containsKey(name)) {
                continue;
            }
            if (pageFiles.contains(name)) {
                diagnostics.error(display, 0, 0, "this file would replace the page /" + name
                        + "; change the url or alias that leads there");
                continue;
            }
            taken.put(name, display);
            byte[] bytes = theme.bytes(name).orElseThrow();
            Fingerprint contents = session.contents(bytes);
            OutputFile file = session.remember(COPY, () -> Fingerprint.of(Fingerprint.of(name), contents),
                    () -> OutputFile.rendered(name, bytes, display));
            out.add(new Copy(file, contents));
        }
    }

    private static String rel(Path base, Path f) {
        try {
            return base.toRealPath().relativize(f).toString().replace('\\', '/');
        } catch (IOException e) {
            return f.getFileName().toString();
        }
    }
}
