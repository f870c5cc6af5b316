package io.orbitpress.build;

import io.orbitpress.publish.OutputFile;
import io.orbitpress.render.Page;
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

    /** The output files of {@code pages}, in plan order; null results (template problems) are left out. */
    static List<OutputFile> render(List<Page> pages, BuildCache cache, Function<Page, OutputFile> render) {
        Map<String, BuildCache.Rendered> before = cache.pages;
        Equality same = new Equality();
        OutputFile[] out = new OutputFile[pages.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            BuildCache.Rendered old = before.get(p.route());
            if (old != null && same.pages(old.page(), p)) {
                out[i] = old.file();
            } else {
                todo.add(i);
            }
        }
        todo.parallelStream().forEach(i -> out[i] = render.apply(pages.get(i)));
        Map<String, BuildCache.Rendered> after = new HashMap<>();
        Map<String, OutputFile> replaced = new HashMap<>();
        Set<String> fresh = new HashSet<>();
        List<OutputFile> files = new ArrayList<>(pages.size() + 64);
        for (int i = 0; i < out.length; i++) {
            if (out[i] != null) {
                after.put(pages.get(i).route(), new BuildCache.Rendered(pages.get(i), out[i]));
                files.add(out[i]);
            }
        }
        for (int i : todo) {
            if (out[i] != null) {
                fresh.add(out[i].path());
                BuildCache.Rendered old = before.get(pages.get(i).route());
                if (old != null) {
                    replaced.put(old.file().path(), old.file());
                }
            }
        }
        cache.pages = after;
        cache.fresh = fresh;
        cache.replaced = replaced;
        cache.renderedRoutes = todo.stream().map(i -> pages.get(i).route()).collect(java.util.stream.Collectors.toSet());
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
