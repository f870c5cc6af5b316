package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the links of a rebuild as far as they can have changed. When the last check found every
 * link good, no file went away and no page rendered anew lost an id, the links of the pages that
 * were not rendered again still lead where they did; then only the pages rendered anew are
 * checked, against every path and against the ids of the pages their {@code #fragment} links
 * name. Otherwise every page is checked.
 */
final class LinkScope {

    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\s(?:id|name)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkScope() {
    }

    static List<Diagnostic> check(List<OutputFile> files, BuildCache cache, Function<String, String> sourceText) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        boolean full = !cache.linksOk || !paths.containsAll(cache.paths) || lostIds(files, cache);
        List<Diagnostic> problems = full ? LinkChecker.check(files, sourceText) : LinkChecker.check(scope(files, cache),
                sourceText);
        cache.paths = paths;
        cache.linksOk = problems.isEmpty();
        cache.fullCheck = full;
        return problems;
    }

    /** The pages rendered anew and their fragment targets as they are; every other file by its path only. */
    private static List<OutputFile> scope(List<OutputFile> files, BuildCache cache) {
        Set<String> targets = new HashSet<>();
        for (OutputFile f : files) {
            if (cache.fresh.contains(f.path()) && f.isHtml() && f.bytes() != null) {
                targets.addAll(fragmentTargets(f));
            }
        }
        List<OutputFile> out = new ArrayList<>(files.size());
        for (OutputFile f : files) {
            boolean whole = cache.fresh.contains(f.path()) || targets.contains(f.path());
            out.add(whole || !f.isHtml() ? f : OutputFile.copy(f.path(), null, f.source()));
        }
        return out;
    }

    private static boolean lostIds(List<OutputFile> files, BuildCache cache) {
        for (OutputFile f : files) {
            OutputFile old = cache.replaced.get(f.path());
            if (old != null && f.isHtml() && f.bytes() != null && old.bytes() != null
                    && !ids(f.bytes()).containsAll(ids(old.bytes()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(byte[] html) {
        Set<String> out = new HashSet<>();
        Matcher m = ID.matcher(new String(html, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The output paths that links with a fragment on this page point into. */
    private static Set<String> fragmentTargets(OutputFile page) {
        Set<String> out = new HashSet<>();
        Matcher m = LINK.matcher(new String(page.bytes(), StandardCharsets.UTF_8));
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            int hash = link.indexOf('#');
            if (hash <= 0 || link.startsWith("//") || SCHEME.matcher(link).find()) {
                continue;
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
        }
        return out;
    }

    /** A link relative to {@code page}'s folder as a path from the output root; null above the root. */
    static String resolve(String page, String link) {
        List<String> parts = new ArrayList<>();
        if (!link.startsWith("/")) {
            for (String s : page.substring(0, page.lastIndexOf('/') + 1).split("/")) {
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
        }
        for (String s : link.split("/", -1)) {
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

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
