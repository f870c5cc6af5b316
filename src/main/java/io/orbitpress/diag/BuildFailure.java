package io.orbitpress.diag;

import java.util.List;

/** A build stopped because of problems in what people wrote; carries all of them. */
public final class BuildFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public BuildFailure(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(s): "
                + (diagnostics.isEmpty() ? "" : diagnostics.get(0).format()));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public BuildFailure(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
