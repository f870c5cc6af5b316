package io.orbitpress.build;

import io.orbitpress.hash.Fingerprint;
import io.orbitpress.publish.OutputFile;

/**
 * A rendered page: its output file, with its bytes when they are kept in memory (by
 * {@code serve}), and the fingerprint of its bytes. A page remembered from an earlier run has no
 * bytes: they are in the published site, from which they are kept.
 *
 * @param contents the fingerprint of the bytes; {@link Fingerprint#NONE} when no one needs it (a cold build)
 */
record PageResult(OutputFile file, Fingerprint contents) {

    String path() {
        return file.path();
    }

    byte[] bytes() {
        return file.bytes();
    }
}
