package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the links of a rebuild as far as they can have changed. When the last check found every
 * link good, no file went away and no page rendered anew lost an id, the links of the pages that
 * were not rendered again still lead where they did; then only the pages rendered anew are
 * checked, against every path and against the ids of the pages their {@code #fragment} links
 * name (those pages' own links are checked again too). Otherwise every page is checked.
 */
final class LinkScope {

    private LinkScope() {
    }

    static List<Diagnostic> check(List<OutputFile> files, BuildCache cache, Function<String, String> sourceText) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        boolean full = !cache.linksOk || !paths.containsAll(cache.paths) || lostIds(files, cache);
        List<Diagnostic> problems = LinkChecker.check(paths, full ? files : scope(files, cache), sourceText);
        cache.paths = paths;
        cache.linksOk = problems.isEmpty();
        cache.fullCheck = full;
        return problems;
    }

    /** The pages rendered anew and the pages their fragment links name. */
    private static List<OutputFile> scope(List<OutputFile> files, BuildCache cache) {
        Set<String> targets = new HashSet<>();
        for (OutputFile f : files) {
            if (cache.fresh.contains(f.path()) && f.isHtml() && f.bytes() != null) {
                targets.addAll(LinkChecker.fragmentTargets(f));
            }
        }
        List<OutputFile> out = new ArrayList<>();
        for (OutputFile f : files) {
            if (cache.fresh.contains(f.path()) || targets.contains(f.path())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean lostIds(List<OutputFile> files, BuildCache cache) {
        for (OutputFile f : files) {
            OutputFile old = cache.replaced.get(f.path());
            if (old != null && f.isHtml() && f.bytes() != null && old.bytes() != null
                    && !LinkChecker.ids(f.bytes()).containsAll(LinkChecker.ids(old.bytes()))) {
                return true;
            }
        }
        return false;
    }
}
