package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** @param linksWereOk whether the last build that rendered checked its pages and found every link good */
    static List<Diagnostic> check(List<OutputFile> files, BuildCache cache, boolean linksWereOk,
            Function<String, String> sourceText) {
        boolean samePaths = samePaths(files, cache.checked);
        Map<String, Integer> positions = cache.positions;
        if (!samePaths) {
            positions = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                positions.put(files.get(i).path(), i);
            }
        }
        boolean full = !linksWereOk || !samePaths && !positions.keySet().containsAll(cache.positions.keySet())
                || lostIds(cache);
        List<Diagnostic> problems = LinkChecker.check(positions.keySet(),
                full ? files : scope(files, positions, cache), sourceText);
        cache.checked = files;
        cache.positions = positions;
        cache.linksOk = problems.isEmpty();
        cache.fullCheck = full;
        return problems;
    }

    /** The pages rendered anew and the pages their fragment links name, in the order of the files. */
    private static List<OutputFile> scope(List<OutputFile> files, Map<String, Integer> positions, BuildCache cache) {
        java.util.SortedSet<Integer> at = new java.util.TreeSet<>();
        for (OutputFile f : cache.fresh.values()) {
            Integer own = positions.get(f.path());
            if (own != null) {
                at.add(own);
            }
            if (f.isHtml() && f.bytes() != null) {
                for (String target : LinkChecker.fragmentTargets(f)) {
                    Integer named = positions.get(target);
                    if (named != null) {
                        at.add(named);
                    }
                }
            }
        }
        List<OutputFile> out = new ArrayList<>(at.size());
        at.forEach(i -> out.add(files.get(i)));
        return out;
    }

    /**
     * Whether the files have the paths of the last check, in the same order: then its positions
     * still hold. Files kept from the last build are the same instances, so most are not looked into.
     */
    private static boolean samePaths(List<OutputFile> files, List<OutputFile> last) {
        if (files.size() != last.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != last.get(i) && !files.get(i).path().equals(last.get(i).path())) {
                return false;
            }
        }
        return true;
    }

    private static boolean lostIds(BuildCache cache) {
        for (OutputFile old : cache.replaced.values()) {
            OutputFile f = cache.fresh.get(old.path());
            if (f != null && f.isHtml() && f.bytes() != null && old.bytes() != null
                    && !LinkChecker.ids(f.bytes()).containsAll(LinkChecker.ids(old.bytes()))) {
                return true;
            }
        }
        return false;
    }
}
