package io.orbitpress.media;

import java.nio.charset.StandardCharsets;

/** Escaping for text and attribute values, and percent-encoding of addresses, as CommonMark's renderer does them. */
public final class Html {

    private Html() {
    }

    /** {@code s} escaped for the text of an element or a double-quoted attribute value. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final String KEEP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789;/?:@&=+$,-_.!~*'()#";

    /** An address with every character outside the URL-safe set percent-encoded as UTF-8; existing {@code %XX} kept. */
    public static String encodeUrl(String url) {
        StringBuilder sb = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (KEEP.indexOf(c) >= 0) {
                sb.append(c);
            } else if (c == '%' && i + 2 < url.length() && hex(url.charAt(i + 1)) && hex(url.charAt(i + 2))) {
                sb.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
                for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
                i = end - 1;
            }
        }
        return sb.toString();
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
