package io.orbitpress.build;

import io.orbitpress.content.Slugs;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.publish.Claims;
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
 * Output paths that cannot all be written. A path that one file needs as a file and another as
 * a folder ({@code tags} from content/static beside the page {@code tags/index.html}, an alias
 * {@code /feed.xml/} beside the feed) cannot be written anywhere. Paths that differ only in case
 * ({@code articles/alpha/} and {@code articles/Alpha/}, a folder {@code Img/} beside
 * {@code img/}) are one on Windows and macOS, where one page replaces the other or two folders
 * merge; and a part named as a Windows device ({@code con}, {@code aux.html}) cannot be written
 * there at all. All are refused before anything is rendered, naming the files they come from at
 * the front matter key that leads there, when there is one.
 *
 * <p>Names are compared as those disks compare them: case folded and Unicode-normalized. A site
 * whose paths are all lowercase ASCII, as made slugs are, is passed after one look at each path.
 */
final class OutputClashes {

    /**
     * One file to write: its path, the file it comes from ("" for a generated page), and the page
     * when it is one (null for a copied file).
     */
    record Output(String path, String source, PageSpec page) {
    }

    /** Where the key that gives a page its address stands in its file; 0:0 when nowhere (a generated page). */
    interface Places {
        MadeArticle.KeyPlace of(PageSpec page);
    }

    private OutputClashes() {
    }

    /**
     * Adds an error for each clash among the pages' files, the copied files and the pictures'
     * resized copies, then throws when there is any.
     *
     * @param copies the copied files
     * @param pictures the resized copies of the site's pictures, each from its picture's file
     * @param places where each page's address is written, asked for only when there is a clash
     */
    static void refuse(List<PageSpec> pages, List<StaticFiles.Copy> copies, List<PageResult> pictures, Places places,
            Diagnostics d) {
        List<Output> outputs = new ArrayList<>(pages.size() + copies.size() + pictures.size());
        for (PageSpec p : pages) {
            outputs.add(new Output(p.file(), p.source(), p));
        }
        for (StaticFiles.Copy c : copies) {
            outputs.add(new Output(c.file().path(), c.file().source(), null));
        }
        for (PageResult c : pictures) {
            outputs.add(new Output(c.path(), c.file().source(), null));
        }
        check(outputs, places, d);
        d.throwIfErrors();
    }

    /** The problems of {@code outputs}, added to {@code d}. */
    static void check(List<Output> outputs, Places places, Diagnostics d) {
        boolean folding = false;
        Set<String> named = new HashSet<>();
        for (Output o : outputs) {
            folding |= !plain(o.path());
            device(o, places, d, named);
        }
        folders(outputs, places, d);
        if (!folding) {
            return; // lowercase ASCII paths clash only when equal, which the plan already refuses
        }
        // every folder and file, by its folded form: the first output seen with that form
        Map<String, Part> seen = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Output o : outputs) {
            String path = o.path();
            for (int end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
                String part = end < 0 ? path : path.substring(0, end);
                String folded = fold(part);
                Part first = seen.putIfAbsent(folded, new Part(part, o));
                if (first != null && !first.part().equals(part)) {
                    // the shortest part that clashes says it all: one message per pair of parts
                    if (reported.add(folded)) {
                        clash(first, new Part(part, o), places, d);
                    }
                    break;
                }
                if (end < 0) {
                    break;
                }
            }
        }
    }

    /** A folder or file of an output's path ({@code part}, a prefix of the path), and the output. */
    private record Part(String part, Output output) {
    }

    /**
     * Each output below a path another output writes as a file: one message per such file, at
     * the file people wrote rather than a generated page (the theme is not theirs to rename).
     *
     * <p>Each folder of a path is first looked for by its hash code alone, made as the path is
     * read, among the hash codes of all the paths: no name is made for a folder unless its hash
     * code is one of a file's (at 27,000 paths this keeps the look within a few milliseconds).
     */
    private static void folders(List<Output> outputs, Places places, Diagnostics d) {
        int[] files = new int[Integer.highestOneBit(Math.max(outputs.size(), 1) * 4)];
        for (Output o : outputs) {
            add(files, o.path().hashCode());
        }
        Map<String, Output> byPath = null;
        Set<String> reported = new HashSet<>();
        for (Output o : outputs) {
            String path = o.path();
            int h = 0;
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '/' && i > 0 && has(files, h)) {
                    if (byPath == null) {
                        byPath = new HashMap<>(outputs.size() * 2);
                        for (Output each : outputs) {
                            byPath.putIfAbsent(each.path(), each);
                        }
                    }
                    Output file = byPath.get(path.substring(0, i));
                    if (file != null) {
                        if (reported.add(file.path())) {
                            folder(o, file, places, d);
                        }
                        break;
                    }
                }
                h = 31 * h + c;
            }
        }
    }

    /** The message for {@code below}, an output under the path that {@code file} writes as a file. */
    private static void folder(Output below, Output file, Places places, Diagnostics d) {
        boolean swap = Claims.blamesOther(below.path(), source(below), file.path(), source(file));
        Output blamed = swap ? file : below;
        Output other = swap ? below : file;
        error(d, blamed, places, Claims.text(blamed.path(), other.path(), source(other)));
    }

    /** Adds hash code {@code h} to an open-addressed table of hash codes (0 marks a free slot, so 0 is kept as 1). */
    private static void add(int[] table, int h) {
        int key = h == 0 ? 1 : h;
        int mask = table.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0 || table[i] == key) {
                table[i] = key;
                return;
            }
        }
    }

    private static boolean has(int[] table, int h) {
        int key = h == 0 ? 1 : h;
        int mask = table.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (table[i] == key) {
                return true;
            }
            if (table[i] == 0) {
                return false;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** The file an output comes from: its page's template for a generated page. */
    private static String source(Output o) {
        return !o.source().isEmpty() || o.page() == null ? o.source() : "templates/" + o.page().template();
    }

    /** An error about {@code o}, at the key of its file that leads to its address when it has one. */
    private static void error(Diagnostics d, Output o, Places places, String message) {
        MadeArticle.KeyPlace at = o.page() == null ? new MadeArticle.KeyPlace("", 0, 0) : places.of(o.page());
        d.error(o.source().isEmpty() ? "site/" + o.path() : o.source(), at.line(), at.column(), message);
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

    /**
     * Two outputs whose parts differ only in case: the message blames the one not in lowercase
     * ASCII, as made slugs are (of two such, the first by file name).
     */
    private static void clash(Part first, Part second, Places places, Diagnostics d) {
        boolean firstPlain = plain(first.part());
        Part a = firstPlain != plain(second.part()) ? (firstPlain ? second : first)
                : first.output().source().compareTo(second.output().source()) <= 0 ? first : second;
        Part b = a == first ? second : first;
        boolean articles = a.output().source().startsWith("content/articles/")
                && b.output().source().startsWith("content/articles/");
        boolean folders = !whole(a) || !whole(b);
        error(d, a.output(), places, describe(a) + " and " + describe(b) + " (from "
                + (b.output().source().isEmpty() ? "a generated page" : b.output().source()) + ") differ only in case:"
                + " on a case-insensitive disk (Windows, macOS) " + (folders ? "they would be one folder"
                : "one would replace the other") + "; "
                + (articles ? "give one of them another slug" : "rename one of them"));
    }

    /** Whether the part is the output itself: a file, or the folder of a folder page. */
    private static boolean whole(Part p) {
        String path = p.output().path();
        return p.part().equals(path) || path.equals(p.part() + "/index.html");
    }

    /** "/articles/x/" or "/logo.png" for a page or file, "the folder /img/" for a folder. */
    private static String describe(Part p) {
        return whole(p) ? "/" + shown(p.output().path()) : "the folder /" + p.part() + "/";
    }

    /** "articles/x/" for a folder page, the file otherwise. */
    private static String shown(String file) {
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /**
     * A part of {@code o}'s path named as a Windows device: one message per file and part
     * ({@code named} holds those said), so a picture's resized copies give one between them.
     */
    private static void device(Output o, Places places, Diagnostics d, Set<String> named) {
        String path = o.path();
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
            // every device name starts with one of c, p, a, n, l: other parts are passed at a glance
            if ((base - start == 3 || base - start == 4) && "cpanl".indexOf(path.charAt(start) | 0x20) >= 0
                    && Slugs.isWindowsDevice(path.substring(start, stop))) {
                if (named.add(o.source() + '\n' + path.substring(0, stop))) {
                    error(d, o, places, "\"" + path.substring(start, stop) + "\" in /" + shown(path) + " is "
                            + Slugs.WINDOWS_DEVICES + "; rename it");
                }
                return;
            }
            if (end < 0) {
                return;
            }
            start = end + 1;
        }
    }
}
