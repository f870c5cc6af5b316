package io.orbitpress.image;

/**
 * What an image file's header says, read without decoding its pixels.
 *
 * @param format      "jpeg" or "png"
 * @param width       the width as the picture is shown: with its EXIF orientation applied
 * @param height      the height as shown
 * @param orientation the EXIF orientation, 1 (as stored) to 8
 * @param rawWidth    the width of the pixels as stored
 * @param rawHeight   the height as stored
 * @param credit      who made the picture, as the file says (its IPTC credit line or by-line, XMP, EXIF
 *                    artist), or ""
 * @param copyright   its copyright notice, as the file says, or ""
 */
public record ImageHeader(String format, int width, int height, int orientation, int rawWidth, int rawHeight,
        String credit, String copyright) {

    /** A header whose file names neither who made it nor its copyright. */
    public ImageHeader(String format, int width, int height, int orientation, int rawWidth, int rawHeight) {
        this(format, width, height, orientation, rawWidth, rawHeight, "", "");
    }

    /** The file extension of copies in this format. */
    public String extension() {
        return format.equals("png") ? "png" : "jpg";
    }
}
