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
        boolean samePaths = samePaths(files, cache.pathList);
        Set<String> paths = samePaths ? cache.paths : new HashSet<>();
        List<String> pathList = samePaths ? cache.pathList : new ArrayList<>(files.size());
        if (!samePaths) {
            files.forEach(f -> {
                paths.add(f.path());
                pathList.add(f.path());
            });
        }
        boolean full = !cache.linksOk || !samePaths && !paths.containsAll(cache.paths) || lostIds(files, cache);
        List<Diagnostic> problems = LinkChecker.check(paths, full ? files : scope(files, cache), sourceText);
        cache.paths = paths;
        cache.pathList = pathList;
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

    /** Whether the files have the paths of the last check, in the same order: then its path set still holds. */
    private static boolean samePaths(List<OutputFile> files, List<String> last) {
        if (files.size() != last.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).path().equals(last.get(i))) {
                return false;
            }
        }
        return true;
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
