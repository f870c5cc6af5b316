package io.orbitpress.build;

import io.orbitpress.media.Picture;
import java.util.List;

/**
 * What the image step made of one picture file: its size as shown and its resized copies (the
 * output files, with their bytes when the target keeps them in memory), or why it could not.
 *
 * @param problem  why the picture cannot be published (the end of a sentence naming it), or null
 * @param width    its width as shown, EXIF orientation applied
 * @param height   its height as shown
 * @param variants the copies' URLs and sizes, narrowest first
 * @param files    the copies' output files, in the same order
 * @param credit   who made it, as its file says ("" when it does not)
 * @param copyright its copyright notice, as its file says, or ""
 */
record ImageResult(String problem, int width, int height, List<Picture.Variant> variants, List<PageResult> files,
        String credit, String copyright) {

    ImageResult {
        variants = List.copyOf(variants);
        files = List.copyOf(files);
    }

    /** A result whose file names no one. */
    ImageResult(String problem, int width, int height, List<Picture.Variant> variants, List<PageResult> files) {
        this(problem, width, height, variants, files, "", "");
    }

    static ImageResult failed(String problem) {
        return new ImageResult(problem, 0, 0, List.of(), List.of());
    }
}
