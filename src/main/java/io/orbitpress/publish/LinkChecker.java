package io.orbitpress.publish;

import io.orbitpress.diag.Diagnostic;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks every internal {@code href} and {@code src} of every HTML page against the files of
 * the output, including {@code #fragment}s against the ids of the target page.
 */
public final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final byte[][] LINK_NAMES = {ascii("href"), ascii("src")};
    private static final byte[][] ID_NAMES = {ascii("id"), ascii("name")};

    private LinkChecker() {
    }

    /**
     * @param sourceText the text of a source file by its path, to find the line of a broken link
     */
    public static List<Diagnostic> check(List<OutputFile> files, Function<String, String> sourceText) {
        return check(paths(files), files, sourceText);
    }

    /** The output paths of {@code files}: what a link may lead to. */
    public static Set<String> paths(List<OutputFile> files) {
        Set<String> paths = new HashSet<>();
        for (OutputFile f : files) {
            paths.add(f.path());
        }
        return paths;
    }

    /**
     * Checks the links of {@code files} against every output path in {@code paths}; a
     * {@code #fragment} is looked up in the ids of {@code files}, which must hold every page that
     * those links name with a fragment.
     */
    public static List<Diagnostic> check(Set<String> paths, List<OutputFile> files, Function<String, String> sourceText) {
        return checkScanned(paths, files.parallelStream().filter(LinkChecker::isPage).map(LinkChecker::scan).toList(),
                sourceText);
    }

    /**
     * What the check needs of one page, without its bytes: its distinct links in order of first
     * appearance and its ids, both unescaped.
     */
    public record Scan(String path, String source, List<String> links, Set<String> ids) {
    }

    /** The links and ids of a rendered HTML page. The page is scanned as UTF-8 bytes (the attribute syntax is ASCII); only values are decoded. */
    public static Scan scan(OutputFile page) {
        Set<String> links = new java.util.LinkedHashSet<>();
        values(page.bytes(), LINK_NAMES, raw -> links.add(unescape(raw)));
        return new Scan(page.path(), page.source(), List.copyOf(links), Set.copyOf(ids(page.bytes())));
    }

    /**
     * The scan of a page with only the links {@link #checkScanned} can find broken against
     * {@code paths} (every output path of the build): those with a {@code #fragment}, whose target
     * ids are known only when every page is rendered, and those already leading nowhere. Checked
     * against the same paths, it gives the same problems, in the same order, as the full scan,
     * and keeps a few links of a page instead of all.
     */
    public static Scan scan(OutputFile page, Set<String> paths) {
        Scan all = scan(page);
        List<String> kept = new ArrayList<>();
        for (String link : all.links()) {
            int hash = link.indexOf('#');
            if (hash >= 0 && hash < link.length() - 1 || problem(page.path(), link, paths, Map.of()) != null) {
                kept.add(link);
            }
        }
        return new Scan(all.path(), all.source(), List.copyOf(kept), all.ids());
    }

    /** {@link #check(Set, List, Function)} of pages scanned before, as they were rendered. */
    public static List<Diagnostic> checkScanned(Set<String> paths, List<Scan> pages, Function<String, String> sourceText) {
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach(p -> ids.put(p.path(), p.ids()));
        return pages.parallelStream().flatMap(p -> {
            List<Diagnostic> problems = new ArrayList<>();
            for (String link : p.links()) {
                String problem = problem(p.path(), link, paths, ids);
                if (problem != null) {
                    problems.add(diagnostic(p, link, problem, sourceText));
                }
            }
            return problems.stream();
        }).toList();
    }

    /** The ids (and names) on an HTML page: what a {@code #fragment} can reach. */
    public static Set<String> ids(byte[] html) {
        Set<String> out = new HashSet<>();
        values(html, ID_NAMES, v -> out.add(unescape(v)));
        return out;
    }

    /** The output paths this page's links with a {@code #fragment} point into; a folder as itself and as its index.html. */
    public static Set<String> fragmentTargets(OutputFile page) {
        Set<String> out = new HashSet<>();
        values(page.bytes(), LINK_NAMES, raw -> {
            String link = unescape(raw);
            int hash = link.indexOf('#');
            if (hash <= 0 || link.startsWith("//") || SCHEME.matcher(link).find()) {
                return;
            }
            String target = link.substring(0, hash);
            int q = target.indexOf('?');
            if (q >= 0) {
                target = target.substring(0, q);
            }
            String resolved = resolve(page.path(), decode(target));
            if (resolved != null) {
                out.add(resolved);
                out.add(resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved + "/index.html");
            }
        });
        return out;
    }

    private static boolean isPage(OutputFile f) {
        return f.isHtml() && f.bytes() != null;
    }

    /**
     * Every value of {@code <white space>name="value"} in {@code html}, in order, for the given
     * names: what the regex {@code \\s(?:name1|name2)="([^"]*)"} finds.
     */
    static void values(byte[] html, byte[][] names, Consumer<String> out) {
        int i = 0;
        int n = html.length;
        while (true) {
            int eq = indexOf(html, (byte) '=', i);
            if (eq < 0 || eq + 1 >= n) {
                return;
            }
            if (html[eq + 1] != '"' || !nameBefore(html, eq, names)) {
                i = eq + 1;
                continue;
            }
            int close = indexOf(html, (byte) '"', eq + 2);
            if (close < 0) {
                // the regex would keep looking for a later start, but none can close either
                return;
            }
            out.accept(new String(html, eq + 2, close - eq - 2, StandardCharsets.UTF_8));
            i = close + 1;
        }
    }

    private static boolean nameBefore(byte[] html, int eq, byte[][] names) {
        for (byte[] name : names) {
            int start = eq - name.length;
            if (start >= 1 && isSpace(html[start - 1]) && Arrays.equals(html, start, eq, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String problem(String page, String link, Set<String> paths, Map<String, Set<String>> ids) {
        if (link.isEmpty() || link.startsWith("//") || SCHEME.matcher(link).find()) {
            return null;
        }
        String fragment = null;
        String target = link;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash + 1);
            target = target.substring(0, hash);
        }
        int q = target.indexOf('?');
        if (q >= 0) {
            target = target.substring(0, q);
        }
        String file;
        if (target.isEmpty()) {
            file = page;
        } else {
            String resolved = resolve(page, decode(target));
            if (resolved == null) {
                return "it leads outside the site";
            }
            file = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved;
            if (!paths.contains(file) && paths.contains(file + "/index.html")) {
                file = file + "/index.html";
            }
            if (!paths.contains(file)) {
                return "no page or file /" + resolved;
            }
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(file)
                && !ids.get(file).contains(decode(fragment))) {
            return "no element with id \"" + fragment + "\" on /" + file.replaceFirst("index\\.html$", "");
        }
        return null;
    }

    /** Resolves a relative link against the folder of {@code page}; null when it climbs above the root. */
    static String resolve(String page, String link) {
        List<String> parts = new ArrayList<>();
        if (!link.startsWith("/")) {
            String dir = page.substring(0, page.lastIndexOf('/') + 1);
            for (String s : dir.split("/")) {
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
        }
        String[] segs = link.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!s.equals(".") && !s.isEmpty()) {
                parts.add(s);
            }
        }
        String joined = String.join("/", parts);
        boolean folder = link.endsWith("/") || link.endsWith("/.") || link.endsWith("/..") || link.equals(".")
                || link.equals("..");
        return folder && !joined.isEmpty() ? joined + "/" : joined;
    }

    private static Diagnostic diagnostic(Scan f, String link, String problem, Function<String, String> sourceText) {
        String page = "/" + f.path().replaceFirst("index\\.html$", "");
        String source = f.source() == null || f.source().isEmpty() ? "site" + page : f.source();
        int line = 0;
        String text = f.source() == null || f.source().isEmpty() ? null : sourceText.apply(f.source());
        if (text != null) {
            String needle = link.replaceFirst("^(\\.\\./)+", "").replaceFirst("^\\./", "");
            int at = needle.isEmpty() ? -1 : text.indexOf(needle);
            if (at >= 0) {
                line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
            }
        }
        return Diagnostic.error(source, line, 0, "broken link \"" + link + "\" on page " + page + ": " + problem
                + "; fix the link or add what it points to");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s
                : s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                        .replace("&gt;", ">");
    }
}
