package io.orbitpress.preview;

import io.orbitpress.publish.OutputFile;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server answers with at one moment: the files of the last good build, and the
 * problems of the last build when it failed. Replaced as a whole after each rebuild, never
 * changed, so a request sees one build from start to end.
 *
 * <p>A rebuild after an edit changes a few dozen of thousands of files, so a snapshot made from
 * the previous one shares its map of files and keeps only the changes beside it (paths replaced
 * or gone); the changes are folded into a new shared map when they grow past {@link #MAX_CHANGES}.
 */
final class Snapshot {

    /** Changes kept beside the shared map before they are folded into a new one. */
    static final int MAX_CHANGES = 2_048;
    /** Marks a path of the shared map that this snapshot no longer has. */
    private static final Resource GONE = Resource.gone();

    /** Shared between snapshots; never changed once made. */
    private final Map<String, Resource> base;
    /** The paths that differ from {@code base}: a new resource, or {@link #GONE}. */
    private final Map<String, Resource> changes;
    /** The output files this snapshot was made from, in build order; empty when not from a build. */
    private final List<OutputFile> outputs;
    private final List<String> errors;
    private final Map<String, List<String>> warnings;
    private final long generation;

    private Snapshot(Map<String, Resource> base, Map<String, Resource> changes, List<OutputFile> outputs,
            List<String> errors, Map<String, List<String>> warnings, long generation) {
        this.base = base;
        this.changes = changes;
        this.outputs = outputs;
        this.errors = List.copyOf(errors);
        this.warnings = warnings;
        this.generation = generation;
    }

    static Snapshot empty() {
        return new Snapshot(Map.of(), Map.of(), List.of(), List.of(), Map.of(), 0);
    }

    static Snapshot of(List<OutputFile> outputs, long generation) {
        return of(outputs, generation, empty());
    }

    /**
     * The snapshot of {@code outputs}. When {@code before} was made from a list of the same length,
     * only the positions holding another {@link OutputFile} instance are looked at (a rebuild keeps
     * the instances of the files it did not make again), and their resources are kept beside the
     * shared map of {@code before}; otherwise the resources of files that are the very ones
     * {@code before} was made from are reused.
     */
    static Snapshot of(List<OutputFile> outputs, long generation, Snapshot before) {
        List<OutputFile> now = List.copyOf(outputs);
        List<OutputFile> last = before.outputs;
        if (last.size() == now.size() && !last.isEmpty()) {
            Map<String, Resource> changes = new HashMap<>(before.changes);
            int differing = 0;
            for (int i = 0; i < now.size() && differing <= MAX_CHANGES; i++) {
                if (now.get(i) != last.get(i)) {
                    differing++;
                    String gone = last.get(i).path();
                    changes.put(gone, before.base.containsKey(gone) ? GONE : null);
                }
            }
            if (differing <= MAX_CHANGES) {
                for (int i = 0; i < now.size(); i++) {
                    OutputFile f = now.get(i);
                    if (f != last.get(i)) {
                        changes.put(f.path(), Resource.of(f));
                    }
                }
                changes.values().removeIf(java.util.Objects::isNull);
                if (changes.size() <= MAX_CHANGES) {
                    return new Snapshot(before.base, Collections.unmodifiableMap(changes), now, List.of(), Map.of(), generation);
                }
                return new Snapshot(folded(before.base, changes), Map.of(), now, List.of(), Map.of(), generation);
            }
        }
        Map<String, OutputFile> lastByPath = new HashMap<>();
        last.forEach(f -> lastByPath.put(f.path(), f));
        Map<String, Resource> files = new HashMap<>();
        for (OutputFile f : now) {
            Resource same = lastByPath.get(f.path()) == f ? before.get(f.path()).orElse(null) : null;
            files.put(f.path(), same != null ? same : Resource.of(f));
        }
        return new Snapshot(Collections.unmodifiableMap(files), Map.of(), now, List.of(), Map.of(), generation);
    }

    /** Whether it holds a build's files: false before the first good build. */
    boolean built() {
        return !base.isEmpty() || !changes.isEmpty();
    }

    /** The same files, with the problems of a failed build (and the warnings of the last good one). */
    Snapshot failed(List<String> problems, long nextGeneration) {
        return new Snapshot(base, changes, outputs, problems, warnings, nextGeneration);
    }

    /** The same files, with the build's warnings, formatted, by the file they are about. */
    Snapshot withWarnings(Map<String, List<String>> bySource) {
        return new Snapshot(base, changes, outputs, errors, Map.copyOf(bySource), generation);
    }

    Optional<Resource> get(String path) {
        Resource r = changes.get(path);
        if (r == null) {
            r = base.get(path);
        }
        return r == GONE ? Optional.empty() : Optional.ofNullable(r);
    }

    /** Every file by path ("articles/x/index.html"), as one map. */
    Map<String, Resource> files() {
        return folded(base, changes);
    }

    /** {@code base} with {@code changes} made: a new map, unmodifiable. */
    private static Map<String, Resource> folded(Map<String, Resource> base, Map<String, Resource> changes) {
        Map<String, Resource> all = new HashMap<>(base);
        changes.forEach((path, r) -> {
            if (r == GONE) {
                all.remove(path);
            } else {
                all.put(path, r);
            }
        });
        return Collections.unmodifiableMap(all);
    }

    /** The formatted diagnostics of the last build, empty when it succeeded. */
    List<String> errors() {
        return errors;
    }

    /**
     * The warnings of the last good build about the file {@code path} was made from
     * ("content/articles/x.md" for "articles/x/index.html"), formatted; empty for other files.
     */
    List<String> warningsFor(String path) {
        return get(path).map(r -> warnings.getOrDefault(r.source(), List.of())).orElse(List.of());
    }

    /** Counts the builds, successful or not. */
    long generation() {
        return generation;
    }

    boolean failing() {
        return !errors.isEmpty();
    }
}
