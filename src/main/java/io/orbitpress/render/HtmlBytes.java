package io.orbitpress.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reading a rendered page as its UTF-8 bytes: the attribute syntax is ASCII, and no byte of a
 * multi-byte character is, so names and quotes are found without decoding the page. Used by
 * {@link PlainTags}, which reads the links and anchors of a page for {@link Urls} and the link
 * checker.
 */
public final class HtmlBytes {

    private HtmlBytes() {
    }

    /** Where {@code b} is first found in {@code a} from {@code from} on; -1 when it is not. */
    public static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one of {@code names}, preceded by white space (regex {@code \\s}), ends just before {@code at}. */
    public static boolean nameBefore(byte[] html, int at, byte[][] names) {
        for (byte[] name : names) {
            int start = at - name.length;
            if (start >= 1 && isSpace(html[start - 1]) && Arrays.equals(html, start, at, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code html} without the control characters HTML does not allow in a document (U+0000 to
     * U+001F but for tab, line feed, form feed and carriage return; U+007F to U+009F), which a
     * story can carry in from pasted text (a vertical tab from a word processor) or a YAML escape
     * ({@code "\a"}); the same array when it has none. Feeds leave them out as XML does.
     */
    public static byte[] withoutControls(byte[] html) {
        int first = nextControl(html, 0);
        if (first < 0) {
            return html;
        }
        byte[] out = new byte[html.length];
        int size = 0;
        int from = 0;
        for (int at = first; at >= 0; at = nextControl(html, from)) {
            System.arraycopy(html, from, out, size, at - from);
            size += at - from;
            from = at + (html[at] == (byte) 0xc2 ? 2 : 1);
        }
        System.arraycopy(html, from, out, size, html.length - from);
        return Arrays.copyOf(out, size + html.length - from);
    }

    /** Where the next control character {@link #withoutControls} removes starts, from {@code from} on; -1 when none. */
    private static int nextControl(byte[] h, int from) {
        for (int i = from; i < h.length; i++) {
            int b = h[i];
            if (b >= 0x20 && b < 0x7f) {
                continue;
            }
            if (b >= 0 && b < 0x20 ? b != '\t' && b != '\n' && b != '\f' && b != '\r'
                    : b == 0x7f || b == (byte) 0xc2 && i + 1 < h.length && (h[i + 1] & 0xff) >= 0x80
                            && (h[i + 1] & 0xff) <= 0x9f) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of an ASCII text. */
    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
