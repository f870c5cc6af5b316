package io.orbitpress.build;

import io.orbitpress.publish.Manifest;

/**
 * What a build published into an output folder, for the next build there: the site now in the
 * folder, the one kept beside it as the spare (null when none), and what its link check found.
 */
record Published(Manifest live, Manifest spare, LinkState links) {
}
