package io.orbitpress.preview;

import io.orbitpress.publish.OutputFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server answers with at one moment: the files of the last good build, and the
 * problems of the last build when it failed. Replaced as a whole after each rebuild, never
 * changed, so a request sees one build from start to end.
 *
 * @param files      output files by path ("articles/x/index.html")
 * @param errors     the formatted diagnostics of the last build, empty when it succeeded
 * @param generation counts the builds, successful or not
 */
record Snapshot(Map<String, Resource> files, List<String> errors, long generation) {

    Snapshot {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    static Snapshot empty() {
        return new Snapshot(Map.of(), List.of(), 0);
    }

    static Snapshot of(List<OutputFile> outputs, long generation) {
        return of(outputs, generation, Map.of(), empty());
    }

    /**
     * The snapshot of {@code outputs}, reusing the resources (reload script injected, ETag
     * computed) of files that are the very ones {@code before} was made from.
     *
     * @param beforeOutputs the output files {@code before} was made from, by path
     */
    static Snapshot of(List<OutputFile> outputs, long generation, Map<String, OutputFile> beforeOutputs,
            Snapshot before) {
        Map<String, Resource> files = new HashMap<>();
        for (OutputFile f : outputs) {
            Resource same = beforeOutputs.get(f.path()) == f ? before.files.get(f.path()) : null;
            files.put(f.path(), same != null ? same : Resource.of(f));
        }
        return new Snapshot(files, List.of(), generation);
    }

    /** The same files, with the problems of a failed build. */
    Snapshot failed(List<String> problems, long nextGeneration) {
        return new Snapshot(files, problems, nextGeneration);
    }

    Optional<Resource> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean failing() {
        return !errors.isEmpty();
    }
}
