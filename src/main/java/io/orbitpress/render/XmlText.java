package io.orbitpress.render;

/**
 * XML written by the template engine, with its letters as letters. The engine writes every
 * character beyond ASCII in XML mode as a character reference ({@code &#x41e;} for "О"), which
 * made a Russian feed two and a half times its size and unreadable as source; the file is UTF-8,
 * so such a reference can be the character itself, with the same meaning to every XML reader.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * {@code xml} with each hexadecimal character reference to a character beyond ASCII that XML
     * allows written as the character; every other reference ({@code &#x26;}, {@code &amp;}) as it is.
     */
    public static String withLetters(String xml) {
        int at = xml.indexOf("&#x");
        if (at < 0) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length());
        int from = 0;
        while (at >= 0) {
            int end = at + 3;
            int cp = 0;
            while (end < xml.length() && end - at <= 9 && Character.digit(xml.charAt(end), 16) >= 0) {
                cp = cp * 16 + Character.digit(xml.charAt(end), 16);
                end++;
            }
            if (end < xml.length() && xml.charAt(end) == ';' && end > at + 3 && letter(cp)) {
                out.append(xml, from, at).appendCodePoint(cp);
                from = end + 1;
            }
            at = xml.indexOf("&#x", Math.max(at + 3, from));
        }
        return out.append(xml, from, xml.length()).toString();
    }

    /** Whether {@code cp} is beyond ASCII and a character XML 1.0 allows as it is. */
    private static boolean letter(int cp) {
        return cp > 0x7f && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp != 0xfffe && cp != 0xffff
                && !(cp >= 0x80 && cp <= 0x9f); // C1 controls stay references
    }
}
