package io.orbitpress.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How to build.
 *
 * @param source  the site folder holding content/ and templates/
 * @param out     the output folder
 * @param drafts  include articles marked draft
 * @param baseUrl overrides site.yaml's baseUrl when not empty (staging versus production)
 * @param preview built for the preview server (drafts marked, reload script allowed)
 * @param force   replace an output folder that holds files Orbitpress did not write
 * @param now     the build's clock: articles whose publication time is after it wait, those whose expiry date is
 *                not after it are taken down; null for the time the build starts
 * @param future  show articles still waiting for their publication time, marked as embargoed
 * @param expired show articles past their expiry date, marked as expired
 * @param strict  a warning stops the build as an error does: nothing is published
 */
public record BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean preview, boolean force,
        Instant now, boolean future, boolean expired, boolean strict) {

    public BuildOptions(Path source, Path out, boolean drafts, String baseUrl, boolean preview) {
        this(source, out, drafts, baseUrl, preview, false, null, false, false, false);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, source.resolve("site"), false, "", false);
    }

    public BuildOptions withOut(Path o) {
        return new BuildOptions(source, o, drafts, baseUrl, preview, force, now, future, expired, strict);
    }

    public BuildOptions withDrafts(boolean d) {
        return new BuildOptions(source, out, d, baseUrl, preview, force, now, future, expired, strict);
    }

    public BuildOptions withBaseUrl(String b) {
        return new BuildOptions(source, out, drafts, b, preview, force, now, future, expired, strict);
    }

    public BuildOptions withPreview(boolean p) {
        return new BuildOptions(source, out, drafts, baseUrl, p, force, now, future, expired, strict);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, f, now, future, expired, strict);
    }

    /** The build's clock fixed at {@code t} (null: the time the build starts). */
    public BuildOptions withNow(Instant t) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, force, t, future, expired, strict);
    }

    public BuildOptions withFuture(boolean f) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, force, now, f, expired, strict);
    }

    public BuildOptions withExpired(boolean e) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, force, now, future, e, strict);
    }

    public BuildOptions withStrict(boolean s) {
        return new BuildOptions(source, out, drafts, baseUrl, preview, force, now, future, expired, s);
    }
}
