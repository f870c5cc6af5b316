package io.orbitpress.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a picture published as it is, not resized: a GIF, a WebP or an SVG. It is read from
 * the file's first bytes (the GIF and WebP headers, the attributes of the SVG's root element),
 * never by decoding the picture, so that its {@code <img>} gets a {@code width} and {@code height}
 * and the page does not move while it loads. Null when the first bytes do not say: the picture is
 * then shown as written.
 */
public final class AsWritten {

    /** How much of a file is read: an SVG's root element comes after its XML declaration and comments. */
    static final int HEAD = 64 * 1024;
    /** Larger than any screen by far: a size beyond this is a damaged or hostile header, not a picture's. */
    static final int MAX_SIDE = 65_535;

    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(?:px)?\\s*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private AsWritten() {
    }

    /** Whether a picture at {@code path} is published as it is rather than resized (by its extension). */
    public static boolean applies(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gif") || lower.endsWith(".webp") || lower.endsWith(".svg");
    }

    /** The width and height of the picture in {@code file}, in CSS pixels; null when its first bytes do not give them. */
    public static int[] size(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return null;
        }
        return size(head, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg"));
    }

    /** The size the first bytes {@code b} of a GIF, a WebP or (when {@code svg}) an SVG give. */
    static int[] size(byte[] b, boolean svg) {
        int[] size;
        if (starts(b, 0, "GIF87a") || starts(b, 0, "GIF89a")) {
            size = b.length < 10 ? null : new int[] {u16(b, 6), u16(b, 8)};
        } else if (starts(b, 0, "RIFF") && starts(b, 8, "WEBP")) {
            size = webp(b);
        } else {
            size = svg ? svg(new String(b, StandardCharsets.UTF_8)) : null;
        }
        return size != null && size[0] > 0 && size[1] > 0 && size[0] <= MAX_SIDE && size[1] <= MAX_SIDE ? size : null;
    }

    /** A WebP's canvas: of its extended header (VP8X), else of its lossless (VP8L) or lossy (VP8) picture. */
    private static int[] webp(byte[] b) {
        if (starts(b, 12, "VP8X") && b.length >= 30) {
            return new int[] {u24(b, 24) + 1, u24(b, 27) + 1};
        }
        if (starts(b, 12, "VP8L") && b.length >= 25 && (b[20] & 0xff) == 0x2f) {
            long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
            return new int[] {(int) (bits & 0x3fff) + 1, (int) (bits >> 14 & 0x3fff) + 1};
        }
        if (starts(b, 12, "VP8 ") && b.length >= 30 && (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01
                && (b[25] & 0xff) == 0x2a) {
            return new int[] {u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff};
        }
        return null;
    }

    /**
     * An SVG's size: its root's {@code width} and {@code height} when both are in pixels, else its
     * {@code viewBox}'s (scaled to the one side given in pixels, if one is).
     */
    static int[] svg(String text) {
        int start = rootStart(text);
        if (start < 0) {
            return null;
        }
        Matcher root = SVG_ROOT.matcher(text).region(start, text.length());
        if (!root.lookingAt()) {
            return null; // the first element is not an svg
        }
        Map<String, String> attributes = new HashMap<>();
        Matcher a = ATTRIBUTE.matcher(root.group(1));
        while (a.find()) {
            String value = a.group(2);
            attributes.putIfAbsent(a.group(1), value.substring(1, value.length() - 1));
        }
        double w = pixels(attributes.get("width"));
        double h = pixels(attributes.get("height"));
        if (w > 0 && h > 0) {
            return rounded(w, h);
        }
        double[] box = viewBox(attributes.get("viewBox"));
        if (box == null) {
            return null;
        }
        if (w > 0) {
            return rounded(w, w * box[1] / box[0]);
        }
        if (h > 0) {
            return rounded(h * box[0] / box[1], h);
        }
        return rounded(box[0], box[1]);
    }

    /**
     * Where the first element of an XML text starts, past its declaration, processing
     * instructions, comments and document type (with any internal subset); -1 when none is there,
     * or a comment or another of them does not end within the text read.
     */
    static int rootStart(String text) {
        int i = text.indexOf('<');
        while (i >= 0) {
            int end;
            if (text.startsWith("<!--", i)) {
                end = text.indexOf("-->", i + 4);
                end = end < 0 ? -1 : end + 3;
            } else if (text.startsWith("<?", i)) {
                end = text.indexOf("?>", i + 2);
                end = end < 0 ? -1 : end + 2;
            } else if (text.startsWith("<!", i)) {
                int close = text.indexOf('>', i);
                int subset = text.indexOf('[', i);
                if (subset >= 0 && (close < 0 || subset < close)) {
                    int bracket = text.indexOf(']', subset);
                    close = bracket < 0 ? -1 : text.indexOf('>', bracket);
                }
                end = close < 0 ? -1 : close + 1;
            } else {
                return i;
            }
            if (end < 0) {
                return -1;
            }
            i = text.indexOf('<', end);
        }
        return -1;
    }

    /** A length in pixels ("120", "120px", "120.5"); 0 for none, a percentage or another unit. */
    private static double pixels(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** The width and height of a {@code viewBox} ("0 0 120 80"), both above 0; null otherwise. */
    private static double[] viewBox(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value);
        double[] numbers = new double[4];
        int n = 0;
        while (m.find()) {
            if (n == 4) {
                return null;
            }
            numbers[n++] = Double.parseDouble(m.group());
        }
        return n == 4 && numbers[2] > 0 && numbers[3] > 0 && numbers[2] < 1e6 && numbers[3] < 1e6
                ? new double[] {numbers[2], numbers[3]} : null;
    }

    private static int[] rounded(double w, double h) {
        return new int[] {(int) Math.max(1, Math.round(Math.min(w, 1e6))), (int) Math.max(1, Math.round(Math.min(h, 1e6)))};
    }

    private static boolean starts(byte[] b, int at, String ascii) {
        if (b.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
