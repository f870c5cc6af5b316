package io.orbitpress.publish;

import io.orbitpress.diag.Diagnostic;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every internal {@code href} and {@code src} of every HTML page against the files of
 * the output, including {@code #fragment}s against the ids of the target page.
 */
public final class LinkChecker {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\s(?:id|name)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkChecker() {
    }

    /**
     * @param sourceText the text of a source file by its path, to find the line of a broken link
     */
    public static List<Diagnostic> check(List<OutputFile> files, Function<String, String> sourceText) {
        Set<String> paths = new HashSet<>();
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, String> html = new HashMap<>();
        for (OutputFile f : files) {
            paths.add(f.path());
            if (f.isHtml() && f.bytes() != null) {
                String text = new String(f.bytes(), StandardCharsets.UTF_8);
                html.put(f.path(), text);
                Set<String> set = new HashSet<>();
                Matcher m = ID.matcher(text);
                while (m.find()) {
                    set.add(unescape(m.group(1)));
                }
                ids.put(f.path(), set);
            }
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (OutputFile f : files) {
            String text = html.get(f.path());
            if (text == null) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = unescape(m.group(1));
                String problem = problem(f.path(), link, paths, ids);
                if (problem != null && reported.add(link)) {
                    problems.add(diagnostic(f, link, problem, sourceText));
                }
            }
        }
        return problems;
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

    private static Diagnostic diagnostic(OutputFile f, String link, String problem, Function<String, String> sourceText) {
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
