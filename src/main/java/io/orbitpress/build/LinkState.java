package io.orbitpress.build;

import io.orbitpress.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a link check found: every output path there was, the problems of each page that had any
 * (warnings, under {@code migration.skipInvalid}; a build with errors publishes nothing), and per
 * page the other pages its links name with a {@code #fragment}.
 */
record LinkState(Set<String> paths, Map<String, List<Diagnostic>> problems, Map<String, List<String>> fragmentTargets) {

    LinkState {
        paths = Set.copyOf(paths);
        problems = Map.copyOf(problems);
        fragmentTargets = Map.copyOf(fragmentTargets);
    }
}
