package io.orbitpress.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Takes out of a JPEG or PNG published as it is what it says about where, when and with what it
 * was taken (EXIF with its GPS position and camera, XMP, IPTC, comments, text chunks), without
 * decoding or re-encoding a pixel. A JPEG keeps its colour profile and, when it is turned by its
 * EXIF orientation, a new EXIF block holding the orientation alone, so that browsers still show
 * it upright. A file that is not laid out as its format says is left as it is.
 */
public final class PublishedMetadata {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PublishedMetadata() {
    }

    /** Whether {@code name} is a picture whose metadata {@link #strip} takes out. */
    public static boolean applies(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }

    /** {@code bytes} without their metadata; the same array when there is none to take out. */
    public static byte[] strip(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) {
            return png(bytes);
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return jpeg(bytes);
        }
        return bytes;
    }

    static byte[] jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return b;
        }
        // first the orientation the browser would read (the first EXIF block's), then the copy
        int orientation = 0;
        for (int pass = 0; pass < 2; pass++) {
            ByteArrayOutputStream out = pass == 0 ? null : new ByteArrayOutputStream(b.length);
            if (out != null) {
                out.write(b, 0, 2);
            }
            boolean dropped = false;
            boolean turned = orientation <= 1; // an orientation block is written once, after JFIF's APP0
            int i = 2;
            while (true) {
                if (i + 1 >= b.length || (b[i] & 0xFF) != 0xFF) {
                    return b; // not a segment where one must be
                }
                int marker = b[i + 1] & 0xFF;
                if (marker == 0xFF) {
                    i++; // fill byte
                    continue;
                }
                if (out != null && !turned && marker != 0xE0) {
                    writeOrientation(out, orientation);
                    turned = true;
                }
                if (marker == 0xDA || marker == 0xD9) {
                    // the image data to its end: nothing more is metadata
                    if (out == null) {
                        if (!dropped) {
                            return b;
                        }
                        break;
                    }
                    out.write(b, i, b.length - i);
                    return out.toByteArray();
                }
                if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                    if (out != null) {
                        out.write(b, i, 2);
                    }
                    i += 2;
                    continue;
                }
                if (i + 3 >= b.length) {
                    return b;
                }
                int length = (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
                if (length < 2 || i + 2 + length > b.length) {
                    return b;
                }
                if (out == null && orientation == 0 && marker == 0xE1 && startsWith(b, i + 4, length - 2, EXIF)) {
                    orientation = orientation(b, i + 4 + EXIF.length, length - 2 - EXIF.length);
                }
                // APP1 (EXIF, XMP), APP13 (IPTC), COM: who, where, with what; APP0, ICC (APP2), Adobe (APP14) stay
                if (marker == 0xE1 || marker == 0xED || marker == 0xFE) {
                    dropped = true;
                } else if (out != null) {
                    out.write(b, i, 2 + length);
                }
                i += 2 + length;
            }
        }
        return b;
    }

    /** The orientation (tag 0x0112 of the first IFD) of the TIFF block at {@code at}; 1 when there is none. */
    private static int orientation(byte[] b, int at, int length) {
        if (length < 8) {
            return 1;
        }
        boolean little = b[at] == 'I' && b[at + 1] == 'I';
        if (!little && !(b[at] == 'M' && b[at + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, at + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 1;
        }
        int count = u16(b, at + (int) ifd, little);
        for (int e = 0; e < count; e++) {
            int entry = at + (int) ifd + 2 + e * 12;
            if (entry + 12 > at + length) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int v = u16(b, entry + 8, little);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    /** An APP1 EXIF block with one entry: the orientation. */
    private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, // header, first IFD at 8
            1, 0, // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, // orientation, SHORT, 1 value
            0, 0, 0, 0}; // no next IFD
        int length = 2 + EXIF.length + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(EXIF, 0, EXIF.length);
        out.write(tiff, 0, tiff.length);
    }

    static byte[] png(byte[] b) {
        if (b.length < PNG.length || !startsWith(b, 0, b.length, PNG)) {
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        boolean dropped = false;
        int i = PNG.length;
        while (i < b.length) {
            if (i + 8 > b.length) {
                return b;
            }
            long length = u32(b, i, false);
            if (length > b.length - i - 12L) {
                return b;
            }
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            int whole = 12 + (int) length;
            switch (type) {
                case "eXIf", "tEXt", "zTXt", "iTXt", "tIME" -> dropped = true;
                default -> out.write(b, i, whole);
            }
            i += whole;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (i < b.length) {
            out.write(b, i, b.length - i);
        }
        return dropped ? out.toByteArray() : b;
    }

    private static boolean startsWith(byte[] b, int at, int length, byte[] prefix) {
        if (length < prefix.length || at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            int x = b[at + (little ? 3 - k : k)] & 0xFF;
            v = v << 8 | x;
        }
        return v;
    }
}
