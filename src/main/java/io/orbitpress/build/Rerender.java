package io.orbitpress.build;

import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Page;
import io.orbitpress.work.Batch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders the pages of a plan whose route, template, source or view model differ from the page
 * rendered last time at the same route; the others keep their output file. Views are immutable
 * values, so equal models render to equal bytes.
 */
final class Rerender {

    private Rerender() {
    }

    /**
     * The output files of {@code pages}, in plan order; null results (template problems) are left
     * out. A page is looked for in the last plan at the same position (a rebuild after an edit
     * plans the same routes in the same order, mostly as the very same instances), else by route.
     */
    static List<OutputFile> render(List<Page> pages, BuildCache cache, Function<Page, OutputFile> render) {
        List<Page> last = cache.plan;
        OutputFile[] lastOut = cache.planned;
        boolean aligned = last.size() == pages.size();
        Map<String, Integer> byRoute = null;
        Equality same = new Equality();
        OutputFile[] out = new OutputFile[pages.size()];
        int[] before = new int[pages.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            int j = -1;
            if (aligned && (last.get(i) == p || last.get(i).route().equals(p.route()))) {
                j = i;
            } else if (!last.isEmpty()) {
                if (byRoute == null) {
                    byRoute = new HashMap<>();
                    for (int k = 0; k < last.size(); k++) {
                        byRoute.put(last.get(k).route(), k);
                    }
                }
                j = byRoute.getOrDefault(p.route(), -1);
            }
            before[i] = j;
            if (j >= 0 && lastOut[j] != null && same.pages(last.get(j), p)) {
                out[i] = lastOut[j];
            } else {
                todo.add(i);
            }
        }
        // pages of very different cost (an article, a person's fifty stories): claimed a few at a time
        Batch.forEach(todo, i -> out[i] = render.apply(pages.get(i)));
        List<OutputFile> files = new ArrayList<>(pages.size() + 64);
        for (OutputFile f : out) {
            if (f != null) {
                files.add(f);
            }
        }
        Map<String, OutputFile> fresh = new HashMap<>();
        Map<String, OutputFile> replaced = new HashMap<>();
        Set<String> routes = new HashSet<>();
        for (int i : todo) {
            routes.add(pages.get(i).route());
            if (out[i] != null) {
                fresh.put(out[i].path(), out[i]);
                if (before[i] >= 0 && lastOut[before[i]] != null) {
                    replaced.put(lastOut[before[i]].path(), lastOut[before[i]]);
                }
            }
        }
        cache.plan = pages;
        cache.planned = out;
        cache.fresh = fresh;
        cache.replaced = replaced;
        cache.renderedRoutes = routes;
        return files;
    }

    /** Value equality of page models, remembering pairs of instances already found equal (shared lists, indexes). */
    static final class Equality {
        private final Map<Object, Object> equalTo = new IdentityHashMap<>();
        private final Map<Object, Object> differsFrom = new IdentityHashMap<>();

        boolean pages(Page old, Page now) {
            if (old == now) {
                return true;
            }
            if (!old.template().equals(now.template()) || !old.source().equals(now.source())
                    || !old.kind().equals(now.kind()) || !old.inputs().equals(now.inputs())
                    || old.model().size() != now.model().size()) {
                return false;
            }
            for (Map.Entry<String, Object> e : now.model().entrySet()) {
                if (!values(old.model().get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private boolean values(Object old, Object now) {
            if (old == now) {
                return true;
            }
            if (old == null || now == null) {
                return false;
            }
            if (equalTo.get(now) == old) {
                return true;
            }
            if (differsFrom.get(now) == old) {
                return false;
            }
            boolean equal = Objects.equals(old, now);
            (equal ? equalTo : differsFrom).put(now, old);
            return equal;
        }
    }
}
