package io.orbitpress.image;

/**
 * Why an image file cannot be published, as the end of a sentence that names the file first
 * ("is empty (0 bytes); export the picture again").
 */
public final class ImageProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageProblem(String message) {
        super(message, null, false, false);
    }
}
