package io.orbitpress.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Takes out of a JPEG or PNG published as it is what it says about where, when and with what it
 * was taken (EXIF with its GPS position and camera, XMP, IPTC, comments, text chunks), without
 * decoding or re-encoding a pixel. A JPEG keeps its colour profile and, when it is turned by its
 * EXIF orientation, a new EXIF block holding the orientation alone, so that browsers still show
 * it upright. What follows the end of the picture (a second picture, a phone's video clip, bytes
 * appended) is not shown by browsers, and is dropped too.
 */
public final class PublishedMetadata {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PublishedMetadata() {
    }

    /** Whether {@code name} is a picture whose metadata {@link #strip} takes out. */
    public static boolean applies(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".jfif")
                || n.endsWith(".jpe");
    }

    /**
     * Whether {@code name} is a picture published as it is, in a format that may carry camera data
     * (a GIF, its XMP), or be a JPEG or PNG under another name.
     */
    public static boolean keptAsWritten(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".webp") || n.endsWith(".avif") || n.endsWith(".heic") || n.endsWith(".heif")
                || n.endsWith(".gif");
    }

    /** "JPEG" or "PNG" when the first bytes of {@code bytes} say they are one, else null. */
    public static String format(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (bytes.length >= PNG.length && java.util.Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length)) {
            return "PNG";
        }
        return null;
    }

    /**
     * Whether {@code bytes} hold camera data: a WebP's EXIF or XMP chunk, an EXIF block or XMP
     * packet anywhere else (AVIF's and HEIC's boxes).
     */
    public static boolean hasCameraData(byte[] bytes) {
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            for (int at = 12; at + 8 <= bytes.length; ) {
                String id = new String(bytes, at, 4, StandardCharsets.US_ASCII);
                if (id.equals("EXIF") || id.equals("XMP ")) {
                    return true;
                }
                long size = (bytes[at + 4] & 0xFFL) | (bytes[at + 5] & 0xFFL) << 8 | (bytes[at + 6] & 0xFFL) << 16
                        | (bytes[at + 7] & 0xFFL) << 24;
                long next = at + 8 + size + (size & 1);
                if (next > bytes.length || next <= at) {
                    break;
                }
                at = (int) next;
            }
            return false;
        }
        return indexOf(bytes, EXIF) >= 0 || indexOf(bytes, "<x:xmpmeta".getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * {@code bytes} without their metadata, read as what their first bytes say they are (a PNG
     * named .jpg is a PNG); the same array when there is none to take out; null when they are
     * neither a JPEG nor a PNG laid out as its format says, so that nothing can be taken out
     * with certainty.
     */
    public static byte[] strip(byte[] bytes) {
        if (startsWith(bytes, 0, bytes.length, PNG)) {
            return png(bytes);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return jpeg(bytes);
        }
        return null;
    }

    static byte[] jpeg(byte[] b) {
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
                if (i + 1 >= b.length) {
                    return null; // cut short before its picture
                }
                if ((b[i] & 0xFF) != 0xFF) {
                    // bytes where a segment must begin, which decoders skip to the next one: dropped
                    int next = i;
                    while (next < b.length && (b[next] & 0xFF) != 0xFF) {
                        next++;
                    }
                    dropped = true;
                    i = next;
                    continue;
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
                if (marker == 0xD9) {
                    // the picture's end: what follows it (a second picture, a phone's clip) is not
                    // shown, and may say where and with what it was taken
                    dropped |= i + 2 < b.length;
                    if (out == null) {
                        break;
                    }
                    out.write(b, i, 2);
                    return out.toByteArray();
                }
                if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01 || marker == 0x00) {
                    if (out != null) {
                        out.write(b, i, 2);
                    }
                    i += 2;
                    continue;
                }
                if (i + 3 >= b.length) {
                    return null;
                }
                int length = (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
                if (length < 2 || i + 2 + length > b.length) {
                    return null;
                }
                if (marker == 0xDA) {
                    // a scan: its header and its data, to the next marker (more scans, the end)
                    int end = scanEnd(b, i + 2 + length);
                    if (out != null) {
                        out.write(b, i, end - i);
                    }
                    if (end >= b.length) { // no end marker: the data runs to the end of the file
                        if (out == null) {
                            break;
                        }
                        return out.toByteArray();
                    }
                    i = end;
                    continue;
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
            if (!dropped) {
                return b;
            }
        }
        return b;
    }

    /**
     * Where the entropy-coded data that starts at {@code from} ends: at the first marker that is
     * not a stuffed byte ({@code FF 00}) or a restart ({@code FF D0}-{@code FF D7}); the file's
     * length when none follows.
     */
    private static int scanEnd(byte[] b, int from) {
        for (int j = from; j + 1 < b.length; j++) {
            if ((b[j] & 0xFF) != 0xFF) {
                continue;
            }
            int m = b[j + 1] & 0xFF;
            if (m == 0xFF) {
                continue; // a fill byte before a marker
            }
            if (m == 0x00 || m >= 0xD0 && m <= 0xD7) {
                j++;
                continue;
            }
            return j;
        }
        return b.length;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, PNG.length);
        boolean dropped = false;
        int i = PNG.length;
        while (i < b.length) {
            if (i + 8 > b.length) {
                return null;
            }
            long length = u32(b, i, false);
            if (length > b.length - i - 12L) {
                return null;
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
        // what follows the end chunk is not shown, and may be anything
        dropped |= i < b.length;
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
