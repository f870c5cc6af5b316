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

    /** The bytes of an ASCII text. */
    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
