package io.orbitpress.publish;

import io.orbitpress.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a site's style sheets name with {@code url(...)} (a font, a background picture) that the
 * site does not have: the page's links are checked, a style sheet's were not, and a misspelt font
 * did not load on the published site. Each is a warning at its place in the sheet; addresses with
 * a scheme ({@code https:}, {@code data:}) or of the whole site ({@code //cdn...}) are not checked.
 */
public final class StyleSheetLinks {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    private StyleSheetLinks() {
    }

    /** The problems of the style sheets among {@code files} (copies, by their output paths), against {@code paths}. */
    public static List<Diagnostic> problems(List<OutputFile> files, Set<String> paths) {
        return problems(files, paths, Set.of(), Set.of());
    }

    /**
     * As {@link #problems(List, Set)}; {@code originals} are the pictures the site publishes as
     * resized copies only, whose own address a sheet cannot load; {@code absent}, the pictures of
     * {@code paths} told missing where a story shows them, never offered as the address a sheet
     * meant.
     */
    public static List<Diagnostic> problems(List<OutputFile> files, Set<String> paths, Set<String> originals,
            Set<String> absent) {
        Set<String> offered = LinkChecker.without(paths, absent);
        List<Diagnostic> out = new ArrayList<>();
        for (OutputFile f : files) {
            if (!f.path().endsWith(".css")) {
                continue;
            }
            String text;
            try {
                text = f.copyFrom() != null ? Files.readString(f.copyFrom(), StandardCharsets.UTF_8)
                        : new String(f.bytes(), StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // copied as bytes all the same; a sheet that is not text names nothing
            }
            // comments keep their places, their text blanked
            StringBuilder read = new StringBuilder(text);
            Matcher c = COMMENT.matcher(text);
            while (c.find()) {
                for (int i = c.start(); i < c.end(); i++) {
                    if (read.charAt(i) != '\n') {
                        read.setCharAt(i, ' ');
                    }
                }
            }
            Matcher m = URL.matcher(read);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                String address = m.group(group).strip();
                if (address.isEmpty() || address.startsWith("#") || address.startsWith("//") || address.contains(":")) {
                    continue;
                }
                String target = LinkChecker.decode(address.replaceFirst("[?#].*$", ""));
                String resolved = LinkChecker.resolve(f.path(), target);
                if (resolved == null || paths.contains(resolved)
                        || paths.contains(resolved.endsWith("/") ? resolved + "index.html" : resolved + "/index.html")) {
                    continue;
                }
                if (originals.contains(resolved)) {
                    out.add(Diagnostic.at(f.source(), text, m.start(group), io.orbitpress.diag.Severity.WARNING, "url("
                            + address + ") names /" + resolved + ", a picture a story shows, which the site publishes as"
                            + " resized copies only (its original, with what it may say of the camera and the place, is"
                            + " not published); for the style sheet, put a copy of it under another name in"
                            + " content/static/ (a picture no page shows is published as it is, without its metadata):"
                            + " the published page would not load it"));
                    continue;
                }
                out.add(Diagnostic.at(f.source(), text, m.start(group), io.orbitpress.diag.Severity.WARNING, "url("
                        + address + ") names no file the site publishes (/" + resolved + ")"
                        + LinkChecker.meant(resolved, offered).map(p -> "; did you mean /" + p
                                + "? Otherwise fix the address or publish the file")
                                .orElse("; fix the address or publish the file")
                        + ": the published page would not load it"));
            }
        }
        return out;
    }
}
