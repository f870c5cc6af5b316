package io.orbitpress.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file's header: its format, size and EXIF orientation (and who made it, as the
 * file says), without decoding a pixel,
 * so that a file too large to decode (a "decompression bomb" of 30,000 × 30,000 pixels in a few
 * kilobytes) is refused before it costs any memory.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /** The header of {@code file}; a problem when it is not a JPEG or PNG picture of at most {@code maxPixels}. */
    public static ImageHeader read(Path file, long maxPixels) throws ImageProblem {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImageProblem("cannot be read (" + e.getMessage() + ")");
        }
        if (size == 0) {
            throw new ImageProblem("is empty (0 bytes); export the picture again");
        }
        if (!Files.isReadable(file)) {
            // not damaged: the file is whole, and the user who builds may not read it
            throw new ImageProblem("cannot be read: permission denied; let the user who builds read it (chmod)");
        }
        String format;
        int w;
        int h;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new ImageProblem("is a " + format.toUpperCase(Locale.ROOT) + " image; only JPEG and PNG"
                            + " pictures are resized: export it as JPEG or PNG");
                }
                reader.setInput(in, true, true);
                w = reader.getWidth(0);
                h = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageProblem("is damaged: its header cannot be read (" + reason(e) + "); export it again");
        }
        if (w <= 0 || h <= 0) {
            throw new ImageProblem("is damaged: its header gives a size of " + w + " × " + h + " pixels");
        }
        long pixels = (long) w * h;
        if (pixels > maxPixels) {
            throw new ImageProblem("is " + w + " × " + h + " pixels (" + megapixels(pixels) + " megapixels), more than"
                    + " images.maxPixels allows (" + megapixels(maxPixels) + " megapixels); make it smaller before"
                    + " adding it");
        }
        Metadata m = metadata(file);
        if (format.equals("jpeg") && components(m) == 4) {
            // Java reads a CMYK (or YCCK) JPEG without a word, in the wrong colours
            throw new ImageProblem("uses CMYK colours, which browsers show wrongly; export it as an RGB JPEG");
        }
        int orientation = orientation(m);
        boolean turned = orientation >= 5;
        return new ImageHeader(format, turned ? h : w, turned ? w : h, orientation, w, h, credit(m), copyright(m));
    }

    /** The longest credit or copyright notice taken from a file; a longer one is not a credit. */
    private static final int CREDIT_MAX = 200;

    /**
     * Who made the picture, as its file says: the IPTC credit line (what the supplier asks to be
     * printed), else its by-line, else XMP's (photoshop:Credit, dc:creator), else the EXIF artist; "".
     */
    static String credit(Metadata m) {
        return first(iptc(m, com.drew.metadata.iptc.IptcDirectory.TAG_CREDIT),
                iptc(m, com.drew.metadata.iptc.IptcDirectory.TAG_BY_LINE), xmp(m, "photoshop:Credit"),
                xmp(m, "dc:creator[1]"), exif(m, ExifIFD0Directory.TAG_ARTIST));
    }

    /** The picture's copyright notice, as its file says: IPTC's, else XMP's dc:rights, else EXIF's; "". */
    static String copyright(Metadata m) {
        return first(iptc(m, com.drew.metadata.iptc.IptcDirectory.TAG_COPYRIGHT_NOTICE), xmp(m, "dc:rights[1]"),
                exif(m, ExifIFD0Directory.TAG_COPYRIGHT));
    }

    private static String first(String... values) {
        for (String v : values) {
            String clean = v == null ? "" : v.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
            if (!clean.isEmpty() && clean.length() <= CREDIT_MAX) {
                return clean;
            }
        }
        return "";
    }

    private static String iptc(Metadata m, int tag) {
        com.drew.metadata.iptc.IptcDirectory d = m.getFirstDirectoryOfType(com.drew.metadata.iptc.IptcDirectory.class);
        return d == null ? null : d.getString(tag);
    }

    private static String xmp(Metadata m, String property) {
        com.drew.metadata.xmp.XmpDirectory d = m.getFirstDirectoryOfType(com.drew.metadata.xmp.XmpDirectory.class);
        return d == null ? null : d.getXmpProperties().get(property);
    }

    private static String exif(Metadata m, int tag) {
        ExifIFD0Directory d = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
        return d == null ? null : d.getString(tag);
    }

    /** The first reader that knows the stream's format by its first bytes. */
    static ImageReader reader(ImageInputStream in) throws ImageProblem {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new ImageProblem("is not a JPEG or PNG picture (its first bytes are not an image's); export it"
                    + " again as JPEG or PNG");
        }
        return readers.next();
    }

    /** The file's metadata; none when it cannot be read. */
    private static Metadata metadata(Path file) {
        try {
            return ImageMetadataReader.readMetadata(file.toFile());
        } catch (Exception e) {
            return new Metadata(); // unreadable metadata: the pixels are shown as they are stored
        }
    }

    /** The EXIF orientation (1 to 8); 1 when the file has none or it cannot be read. */
    static int orientation(Path file) {
        return orientation(metadata(file));
    }

    private static int orientation(Metadata m) {
        try {
            ExifIFD0Directory exif = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : 1;
            }
        } catch (Exception e) {
            // unreadable metadata: the pixels are shown as they are stored
        }
        return 1;
    }

    /** How many colour components a JPEG's frame has (3 for RGB, 1 for grey, 4 for CMYK); 0 when not known. */
    private static int components(Metadata m) {
        com.drew.metadata.jpeg.JpegDirectory jpeg = m.getFirstDirectoryOfType(com.drew.metadata.jpeg.JpegDirectory.class);
        try {
            return jpeg != null && jpeg.containsTag(com.drew.metadata.jpeg.JpegDirectory.TAG_NUMBER_OF_COMPONENTS)
                    ? jpeg.getInt(com.drew.metadata.jpeg.JpegDirectory.TAG_NUMBER_OF_COMPONENTS) : 0;
        } catch (com.drew.metadata.MetadataException e) {
            return 0;
        }
    }

    static String megapixels(long pixels) {
        double mp = pixels / 1_000_000.0;
        return mp == Math.rint(mp) ? String.valueOf((long) mp) : String.format(Locale.ROOT, "%.1f", mp);
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
