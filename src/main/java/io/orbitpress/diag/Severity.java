package io.orbitpress.diag;

/** How bad a problem is: errors stop the build, warnings do not (unless the build is strict). */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
