package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.publish.LinkChecker;
import io.orbitpress.publish.OutputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link check: every internal link of every page leads to a file of the build, and every
 * {@code #fragment} to an id on its page. The pages rendered by this build are checked; a page
 * kept from the last build was checked then, and its links still lead where they did when no
 * path went away since: then it is checked only for what can have changed (its links into the
 * fragments of pages rendered again). When paths went away, a folder came at the top of the
 * site (links written with the site's address are checked in the site's folders), or there was no
 * last check, every page is checked.
 */
final class LinkCheck {

    private final Set<String> paths;
    private final LinkChecker.Sources sourceText;
    private final LinkChecker.Held withheld;
    private final LinkChecker.TopNames tops;

    /**
     * @param withheld per output file of an article the clock holds back, why a link to it leads nowhere
     */
    LinkCheck(Set<String> paths, LinkChecker.Sources sourceText, LinkChecker.Held withheld) {
        this.paths = paths;
        this.sourceText = sourceText;
        this.withheld = withheld;
        this.tops = new LinkChecker.TopNames(paths);
    }

    /**
     * @param fresh the scans of the pages rendered by this build, by path
     * @param last  what the last check of the pages kept from it found, or null
     */
    LinkState check(List<PageResult> pages, Map<String, LinkChecker.Scan> fresh, Target target, LinkState last) {
        boolean whole = last == null || !paths.containsAll(last.paths())
                || tops.newBeside(last.paths()) // links with the site's address checked there now
                || !last.notices().equals(withheld.notices().keySet()); // a story withdrawn, or put back
        Map<String, LinkChecker.Scan> scans = new HashMap<>(fresh);
        List<PageResult> kept = new ArrayList<>();
        for (PageResult p : pages) {
            if (p.file().isHtml() && !fresh.containsKey(p.path())) {
                kept.add(p);
            }
        }
        Set<String> again = new HashSet<>();
        for (PageResult p : kept) {
            if (whole || last.problems().containsKey(p.path()) || linksIntoFresh(p.path(), last, fresh)) {
                again.add(p.path());
            }
        }
        for (PageResult p : kept) {
            if (again.contains(p.path())) {
                LinkChecker.Scan scan = scan(p, target);
                if (scan != null) {
                    scans.put(p.path(), scan);
                }
            }
        }
        // the ids of the pages the checked links name with a fragment
        java.util.function.Function<String, PageResult> page = byPath(pages);
        Map<String, Set<String>> ids = new HashMap<>();
        scans.forEach((path, s) -> ids.put(path, s.ids()));
        for (LinkChecker.Scan s : scans.values()) {
            for (String link : s.links()) {
                String to = LinkChecker.fragmentTarget(s.path(), link, withheld, tops);
                if (to != null && !ids.containsKey(to)) {
                    PageResult target0 = page.apply(to);
                    LinkChecker.Scan t = target0 == null ? null : scan(target0, target);
                    if (t != null) {
                        ids.put(to, t.ids());
                    }
                }
            }
        }
        List<LinkChecker.Scan> checked = new ArrayList<>(scans.values());
        checked.sort(java.util.Comparator.comparing(LinkChecker.Scan::path));
        Map<String, List<Diagnostic>> problems = new HashMap<>(
                LinkChecker.problemsByPage(paths, checked, ids, sourceText, withheld));
        if (!whole) {
            last.problems().forEach((path, list) -> {
                if (!again.contains(path) && page.apply(path) != null && !fresh.containsKey(path)) {
                    problems.put(path, list);
                }
            });
        }
        // the same paths as the last check's: its set, which a cache then need not write again
        Set<String> now = !whole && paths.size() == last.paths().size() ? last.paths() : paths;
        return new LinkState(now, problems, crossFragments(checked, last, kept, again), withheld.notices().keySet());
    }

    /** The page of {@code pages} at an output path, null for none: the pages are looked up by path when first asked. */
    static java.util.function.Function<String, PageResult> byPath(List<PageResult> pages) {
        Map<String, PageResult> byPath = new HashMap<>();
        return path -> {
            if (byPath.isEmpty()) {
                pages.forEach(p -> byPath.put(p.path(), p));
            }
            return byPath.get(path);
        };
    }

    /** Whether the kept page at {@code path} links to a fragment of a page rendered again. */
    private static boolean linksIntoFresh(String path, LinkState last, Map<String, LinkChecker.Scan> fresh) {
        for (String target : last.fragmentTargets().getOrDefault(path, List.of())) {
            if (fresh.containsKey(target)) {
                return true;
            }
        }
        return false;
    }

    /** Per page, the other pages its links name with a fragment: of pages checked now, and of pages kept as they were. */
    private Map<String, List<String>> crossFragments(List<LinkChecker.Scan> checked, LinkState last,
            List<PageResult> kept, Set<String> again) {
        Map<String, List<String>> out = new HashMap<>();
        for (LinkChecker.Scan s : checked) {
            Set<String> targets = new java.util.TreeSet<>();
            for (String link : s.links()) {
                String to = LinkChecker.fragmentTarget(s.path(), link, withheld, tops);
                if (to != null && !to.equals(s.path())) {
                    targets.add(to);
                }
            }
            if (!targets.isEmpty()) {
                out.put(s.path(), List.copyOf(targets));
            }
        }
        if (last != null) {
            for (PageResult p : kept) {
                List<String> before = last.fragmentTargets().get(p.path());
                if (before != null && !again.contains(p.path())) {
                    out.put(p.path(), before);
                }
            }
        }
        return out;
    }

    private static LinkChecker.Scan scan(PageResult p, Target target) {
        byte[] bytes = target.bytes(p);
        return bytes == null ? null : LinkChecker.scan(OutputFile.rendered(p.path(), bytes, p.file().source()));
    }

}
