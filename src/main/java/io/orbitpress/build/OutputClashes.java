package io.orbitpress.build;

import io.orbitpress.content.Slugs;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.render.PageSpec;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output paths that a disk other than the one building may not keep apart: two paths that differ
 * only in case ({@code articles/alpha/} and {@code articles/Alpha/}, a folder {@code Img/} beside
 * {@code img/}) are one on Windows and macOS, where one page replaces the other or two folders
 * merge; and a part named as a Windows device ({@code con}, {@code aux.html}) cannot be written
 * there at all. Both are refused before anything is rendered, naming the files they come from.
 *
 * <p>Names are compared as those disks compare them: case folded and Unicode-normalized. A site
 * whose paths are all lowercase ASCII, as made slugs are, is passed after one look at each path.
 */
final class OutputClashes {

    private OutputClashes() {
    }

    /**
     * Adds an error for each clash among the pages' files and the copied files, then throws when
     * there is any.
     *
     * @param copies the copied files
     */
    static void refuse(List<PageSpec> pages, List<StaticFiles.Copy> copies, Diagnostics d) {
        List<String[]> outputs = new ArrayList<>(pages.size() + copies.size()); // {path, source}
        for (PageSpec p : pages) {
            outputs.add(new String[] {p.file(), p.source()});
        }
        for (StaticFiles.Copy c : copies) {
            outputs.add(new String[] {c.file().path(), c.file().source()});
        }
        check(outputs, d);
        d.throwIfErrors();
    }

    /** The problems of {@code outputs} ({path, source} pairs), added to {@code d}. */
    static void check(List<String[]> outputs, Diagnostics d) {
        boolean folding = false;
        for (String[] o : outputs) {
            folding |= !plain(o[0]);
            device(o[0], o[1], d);
        }
        if (!folding) {
            return; // lowercase ASCII paths clash only when equal, which the plan already refuses
        }
        // every folder and file, by its folded form: the first output seen with that form
        Map<String, String[]> seen = new HashMap<>(); // {part, path, source}
        Set<String> reported = new HashSet<>();
        for (String[] o : outputs) {
            String path = o[0];
            for (int end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
                String part = end < 0 ? path : path.substring(0, end);
                String folded = fold(part);
                String[] first = seen.putIfAbsent(folded, new String[] {part, path, o[1]});
                if (first != null && !first[0].equals(part)) {
                    // the shortest part that clashes says it all: one message per pair of parts
                    if (reported.add(folded)) {
                        clash(first, new String[] {part, path, o[1]}, d);
                    }
                    break;
                }
                if (end < 0) {
                    break;
                }
            }
        }
    }

    /** Whether {@code path} has only characters that fold to themselves: lowercase ASCII, digits, marks. */
    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A path as a case-insensitive, normalization-insensitive disk compares it. */
    static String fold(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Two outputs, each {part, path, source}, whose parts differ only in case. */
    private static void clash(String[] first, String[] second, Diagnostics d) {
        String[] a = first[2].compareTo(second[2]) <= 0 ? first : second;
        String[] b = a == first ? second : first;
        boolean articles = a[2].startsWith("content/articles/") && b[2].startsWith("content/articles/");
        boolean folders = !whole(a) || !whole(b);
        d.error(a[2].isEmpty() ? "site/" + a[1] : a[2], 0, 0, describe(a) + " and " + describe(b) + " (from "
                + (b[2].isEmpty() ? "a generated page" : b[2]) + ") differ only in case: on a case-insensitive disk"
                + " (Windows, macOS) " + (folders ? "they would be one folder" : "one would replace the other") + "; "
                + (articles ? "give one of them another slug" : "rename one of them"));
    }

    /** Whether the part is the output itself: a file, or the folder of a folder page. */
    private static boolean whole(String[] output) {
        return output[0].equals(output[1]) || output[1].equals(output[0] + "/index.html");
    }

    /** "/articles/x/" or "/logo.png" for a page or file, "the folder /img/" for a folder. */
    private static String describe(String[] output) {
        return whole(output) ? "/" + shown(output[1]) : "the folder /" + output[0] + "/";
    }

    /** "articles/x/" for a folder page, the file otherwise. */
    private static String shown(String file) {
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static void device(String path, String source, Diagnostics d) {
        int start = 0;
        while (true) {
            int end = path.indexOf('/', start);
            int stop = end < 0 ? path.length() : end;
            // a device name is three or four characters before any dot (and trailing spaces)
            int base = start;
            while (base < stop && path.charAt(base) != '.') {
                base++;
            }
            while (base > start && path.charAt(base - 1) == ' ') {
                base--;
            }
            if ((base - start == 3 || base - start == 4) && Slugs.isWindowsDevice(path.substring(start, stop))) {
                d.error(source.isEmpty() ? "site/" + path : source, 0, 0, "\"" + path.substring(start, stop) + "\" in /"
                        + shown(path) + " is " + Slugs.WINDOWS_DEVICES + "; rename it");
                return;
            }
            if (end < 0) {
                return;
            }
            start = end + 1;
        }
    }
}
