package io.orbitpress.build;

import java.nio.file.Path;

/**
 * How to build.
 *
 * @param source  the site folder holding content/ and templates/
 * @param out     the output folder
 * @param drafts  include articles marked draft
 * @param baseUrl overrides site.yaml's baseUrl when not empty (staging versus production)
 * @param preview built for the preview server (drafts marked, reload script allowed)
 * @param force   replace an output folder that holds files Orbitpress did not write
 */
public record BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean preview, boolean force) {

    public BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean preview) {
        this(source, out, drafts, baseUrl, preview, false);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, "", false);
    }

    public BuildOptions withOut(Path o) {
        return new BuildOptions(source, o, drafts, baseUrl, preview, force);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(source, out, d, baseUrl, preview, force);
    }

    public BuildOptions withBaseUrl(String b) {
        return new BuildOptions(source, out, drafts, b, preview, force);
    }

    public BuildOptions withPreview(boolean p) {
        return new BuildOptions(source, out, drafts, baseUrl, p, force);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, f);
    }
}
