package io.orbitpress.publish;

import io.orbitpress.hash.Fingerprint;
import java.util.Map;

/**
 * What one build published into an output folder: a name for that version of the site (also
 * written into the folder, in {@link Publisher#MARKER}) and the fingerprint of each file's bytes
 * by its path. With it, the next build writes only the files that differ and links the others
 * (see {@link Publisher#stage(Manifest, Manifest)}).
 */
public record Manifest(String generation, Map<String, Fingerprint> files) {

    public Manifest {
        files = Map.copyOf(files);
    }

    public boolean has(String path, Fingerprint f) {
        return f != null && f.equals(files.get(path));
    }
}
