package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a link check found: every output path there was, the problems of each page that had any
 * (warnings, under {@code migration.skipInvalid}; a build with errors publishes nothing), and per
 * page the other pages its links name with a {@code #fragment}, and the files that showed a notice
 * in place of a story (a withdrawn one's): a link to one of them is told, so a page kept from the
 * last check is checked again when they change.
 */
record LinkState(Set<String> paths, Map<String, List<Diagnostic>> problems, Map<String, List<String>> fragmentTargets,
        Set<String> notices) {

    /** Views of what the check made for this state alone (copying every path of a big site on each rebuild costs). */
    LinkState {
        paths = java.util.Collections.unmodifiableSet(paths);
        problems = java.util.Collections.unmodifiableMap(problems);
        fragmentTargets = java.util.Collections.unmodifiableMap(fragmentTargets);
        notices = Set.copyOf(notices);
    }

    LinkState(Set<String> paths, Map<String, List<Diagnostic>> problems, Map<String, List<String>> fragmentTargets) {
        this(paths, problems, fragmentTargets, Set.of());
    }
}
