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
 */
public record BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean preview) {

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, "", false);
    }

    public BuildOptions withOut(Path o) {
        return new BuildOptions(source, o, drafts, baseUrl, preview);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(source, out, d, baseUrl, preview);
    }

    public BuildOptions withBaseUrl(String b) {
        return new BuildOptions(source, out, drafts, b, preview);
    }

    public BuildOptions withPreview(boolean p) {
        return new BuildOptions(source, out, drafts, baseUrl, p);
    }
}
