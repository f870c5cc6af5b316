package io.orbitpress.build;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.publish.OutputFile;
import io.orbitpress.session.Step;

/** Where a build's files go: a staging folder to publish, or memory (for {@code serve} and {@code check}). */
interface Target {

    /** Whether pages keep their bytes here (then no one needs their fingerprints). */
    boolean keepsBytes();

    /** How a page rendered for this target is remembered. */
    Step<PageResult> pageStep();

    /** How the resized copies of a picture made for this target are remembered. */
    Step<ImageResult> imageStep();

    /** Whether a page remembered from an earlier build can be had here (its bytes kept, or in the published site). */
    boolean usable(PageResult page);

    /** A page rendered now, with its bytes: written (or kept); what to remember of it is returned. */
    PageResult rendered(OutputFile file, Fingerprint contents);

    /** A page remembered from an earlier build, as it is. */
    void reused(PageResult page);

    /** Takes back a file written before (by {@link #rendered}): it is not published after all. */
    default void withdraw(String path) {
    }

    /** A file copied as it is (an asset, a static file). */
    void copy(OutputFile file, Fingerprint contents);

    /** Every page of the build, in plan order, once rendered. */
    default void pages(java.util.List<PageResult> results) {
    }

    /** Every resized copy of a picture this build publishes (made now or remembered), once rendering is done. */
    default void copies(java.util.List<PageResult> results) {
    }

    /** The bytes of a page of this build that was not rendered now (to read its links again), or null. */
    byte[] bytes(PageResult page);
}
