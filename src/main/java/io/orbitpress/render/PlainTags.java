package io.orbitpress.render;

/**
 * Reads the start tags of a page on its UTF-8 bytes as a browser's tokenizer does (WHATWG HTML,
 * section 13.2.5), for the forms Orbitpress's templates and Markdown write, and says when a page
 * holds any other form, so that {@link PageLinks} hands it to jsoup instead.
 *
 * <p>What it reads: start and end tags, comments, the doctype, the text of {@code script},
 * {@code style}, {@code textarea}, {@code title} and the other raw-text elements (skipped to their
 * end tag), attributes in any quoting and with white space or a slash between them. The link and
 * anchor attributes it reports ({@code href src action poster}, {@code id}, and {@code name} on
 * {@code <a>}) must be double-quoted and lower case, appear once in their tag, hold no character
 * reference but {@code &amp; &quot; &#39; &lt; &gt;} and, for links, no white space the URL
 * parser would drop. Anything else makes the page not plain: a {@code srcset}, single-quoted or
 * unquoted link values, other references, {@code <svg>} and {@code <math>} (foreign content),
 * {@code <plaintext>}, a comment in a script, a bogus comment, attributes in an end tag, a NUL.
 * {@code PageLinksPropertiesTest} checks it against jsoup on generated pages.
 */
final class PlainTags {

    static final int HREF = 0;
    static final int SRC = 1;
    static final int ACTION = 2;
    static final int POSTER = 3;
    static final int ID = 4;
    static final int NAME = 5;
    private static final byte[][] NAMES = {HtmlBytes.ascii("href"), HtmlBytes.ascii("src"), HtmlBytes.ascii("action"),
            HtmlBytes.ascii("poster"), HtmlBytes.ascii("id"), HtmlBytes.ascii("name")};
    private static final byte[] SRCSET = HtmlBytes.ascii("srcset");

    /** A tracked attribute's name, or one of these. */
    private static final int OTHER = -1;
    private static final int NOT_PLAIN = -2;

    private static final int TAG_OTHER = 0;
    private static final int TAG_A = 1;
    private static final int TAG_SCRIPT = 2;
    private static final int TAG_RAW = 3;
    private static final int TAG_NOT_PLAIN = 4;
    private static final String[] RAW = {"style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"};
    private static final String[] NOT_PLAIN_TAGS = {"svg", "math", "plaintext"};
    private static final byte[][] SIMPLE_REFERENCES = {HtmlBytes.ascii("&amp;"), HtmlBytes.ascii("&quot;"),
            HtmlBytes.ascii("&#39;"), HtmlBytes.ascii("&lt;"), HtmlBytes.ascii("&gt;")};

    private PlainTags() {
    }

    /** Receives the link and anchor attributes of a page, in order. */
    interface Visitor {
        /**
         * One attribute: {@code name} is {@link #HREF} to {@link #NAME} ({@code NAME} only on
         * {@code <a>}); its value is {@code html[start, end)}, still holding simple references.
         */
        void attribute(int name, int start, int end);
    }

    /**
     * Visits the link and anchor attributes of {@code html} in order; false when the page is not
     * plain, in which case the visitor may have seen some of them.
     */
    static boolean scan(byte[] html, Visitor visitor) {
        int n = html.length;
        int i = 0;
        while (true) {
            int lt = HtmlBytes.indexOf(html, (byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                return true;
            }
            byte c = html[lt + 1];
            if (isLetter(c)) {
                i = startTag(html, lt + 1, visitor);
            } else if (c == '/') {
                i = endTag(html, lt + 2);
            } else if (c == '!') {
                i = markup(html, lt + 2);
            } else if (c == '?') {
                return false; // a bogus comment
            } else {
                i = lt + 1; // a "<" in text
            }
            if (i < 0) {
                return false;
            }
        }
    }

    /** Reads a start tag from its name at {@code at}; where the page goes on after it (and after its text when raw), or -1. */
    private static int startTag(byte[] h, int at, Visitor visitor) {
        int n = h.length;
        int j = at;
        while (j < n && !isSpace(h[j]) && h[j] != '/' && h[j] != '>') {
            if (h[j] == 0) {
                return -1;
            }
            j++;
        }
        int tag = tagKind(h, at, j);
        if (tag == TAG_NOT_PLAIN) {
            return -1;
        }
        int nameEnd = j;
        int seen = 0;
        while (true) {
            // before attribute name: white space, and a slash not followed by ">", are skipped
            while (j < n && (isSpace(h[j]) || h[j] == '/' && j + 1 < n && h[j + 1] != '>')) {
                j++;
            }
            if (j >= n || h[j] == '=') {
                return -1;
            }
            if (h[j] == '>') {
                j++;
                break;
            }
            if (h[j] == '/') {
                if (j + 1 >= n) {
                    return -1;
                }
                j += 2; // "/>": a slash not followed by ">" was skipped above
                break;
            }
            int nameStart = j;
            while (j < n && !isSpace(h[j]) && h[j] != '/' && h[j] != '>' && h[j] != '=') {
                if (h[j] == 0) {
                    return -1;
                }
                j++;
            }
            if (j >= n) {
                return -1;
            }
            int name = attributeName(h, nameStart, j);
            if (name == NOT_PLAIN) {
                return -1;
            }
            boolean reported = name != OTHER && (name != NAME || tag == TAG_A);
            if (name != OTHER) {
                if ((seen & 1 << name) != 0) {
                    return -1; // a browser keeps the first of two; not worth following here
                }
                seen |= 1 << name;
            }
            int k = j;
            while (k < n && isSpace(h[k])) {
                k++;
            }
            if (k >= n) {
                return -1;
            }
            if (h[k] != '=') {
                if (reported) {
                    visitor.attribute(name, j, j); // no value: the empty string
                }
                j = k;
                continue;
            }
            if (k > j) {
                return -1; // white space before "="
            }
            j++;
            while (j < n && isSpace(h[j])) {
                j++;
            }
            if (j >= n || h[j] == '>') {
                return -1;
            }
            byte quote = h[j];
            if (quote == '"' || quote == '\'') {
                int close = HtmlBytes.indexOf(h, quote, j + 1);
                if (close < 0) {
                    return -1;
                }
                if (reported) {
                    if (quote != '"' || !plainValue(h, j + 1, close, name != ID && name != NAME)) {
                        return -1;
                    }
                    visitor.attribute(name, j + 1, close);
                }
                j = close + 1;
            } else {
                if (reported) {
                    return -1;
                }
                while (j < n && !isSpace(h[j]) && h[j] != '>') {
                    if (h[j] == 0) {
                        return -1;
                    }
                    j++;
                }
            }
        }
        if (tag == TAG_SCRIPT || tag == TAG_RAW) {
            // the text runs to the element's end tag; a self-closing slash changes nothing
            int end = rawTextEnd(h, j, at, nameEnd);
            if (end < 0 || tag == TAG_SCRIPT && indexOf(h, COMMENT_OPEN, j, end) >= 0) {
                return -1; // a comment in a script changes where it ends
            }
            return end;
        }
        return j;
    }

    private static final byte[] COMMENT_OPEN = HtmlBytes.ascii("<!--");
    private static final byte[] COMMENT_CLOSE = HtmlBytes.ascii("-->");
    private static final byte[] COMMENT_CLOSE_BANG = HtmlBytes.ascii("--!>");

    /** Reads an end tag from after its "</"; where the page goes on after it, or -1 when it is not a plain one. */
    private static int endTag(byte[] h, int at) {
        int n = h.length;
        if (at >= n || !isLetter(h[at])) {
            return -1;
        }
        int j = at;
        while (j < n && !isSpace(h[j]) && h[j] != '/' && h[j] != '>') {
            if (h[j] == 0) {
                return -1;
            }
            j++;
        }
        while (j < n && isSpace(h[j])) {
            j++;
        }
        return j < n && h[j] == '>' ? j + 1 : -1;
    }

    /** Reads a comment or the doctype from after its "<!"; where the page goes on after it, or -1. */
    private static int markup(byte[] h, int at) {
        int n = h.length;
        if (at + 1 < n && h[at] == '-' && h[at + 1] == '-') {
            int body = at + 2;
            if (body < n && h[body] == '>' || body + 1 < n && h[body] == '-' && h[body + 1] == '>') {
                return -1; // "<!-->" and "<!--->" end at once
            }
            int end = indexOf(h, COMMENT_CLOSE, body, n);
            if (end < 0 || indexOf(h, COMMENT_CLOSE_BANG, body, end + 3) >= 0) {
                return -1;
            }
            return end + 3;
        }
        if (equalsIgnoreCase(h, at, Math.min(n, at + 7), "doctype")) {
            for (int j = at + 7; j < n; j++) {
                if (h[j] == '>') {
                    return j + 1;
                }
                if (h[j] == '"' || h[j] == '\'' || h[j] == 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Where the end tag of the raw-text element named {@code h[nameStart, nameEnd)} starts, from {@code from} on; -1 when none. */
    private static int rawTextEnd(byte[] h, int from, int nameStart, int nameEnd) {
        int len = nameEnd - nameStart;
        for (int i = HtmlBytes.indexOf(h, (byte) '<', from); i >= 0; i = HtmlBytes.indexOf(h, (byte) '<', i + 1)) {
            int after = i + 2 + len;
            if (after < h.length && h[i + 1] == '/' && equalsIgnoreCase(h, i + 2, after, h, nameStart)
                    && (isSpace(h[after]) || h[after] == '/' || h[after] == '>')) {
                return i;
            }
        }
        return -1;
    }

    private static int tagKind(byte[] h, int start, int end) {
        if (end - start == 1 && (h[start] | 0x20) == 'a') {
            return TAG_A;
        }
        if (equalsIgnoreCase(h, start, end, "script")) {
            return TAG_SCRIPT;
        }
        for (String raw : RAW) {
            if (equalsIgnoreCase(h, start, end, raw)) {
                return TAG_RAW;
            }
        }
        for (String other : NOT_PLAIN_TAGS) {
            if (equalsIgnoreCase(h, start, end, other)) {
                return TAG_NOT_PLAIN;
            }
        }
        return TAG_OTHER;
    }

    /** The tracked attribute {@code h[start, end)} names, {@link #OTHER}, or {@link #NOT_PLAIN} for srcset and upper case. */
    private static int attributeName(byte[] h, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 6) {
            return OTHER;
        }
        for (int name = 0; name < NAMES.length; name++) {
            byte[] known = NAMES[name];
            if (known.length == len && equalsIgnoreCase(h, start, end, known, 0)) {
                return java.util.Arrays.equals(h, start, end, known, 0, len) ? name : NOT_PLAIN;
            }
        }
        return len == SRCSET.length && equalsIgnoreCase(h, start, end, SRCSET, 0) ? NOT_PLAIN : OTHER;
    }

    /**
     * Whether a double-quoted value reads the same when only the simple references are decoded:
     * no NUL or carriage return, every "&amp;" one of them or followed by what starts no reference;
     * for a URL also no white space the URL parser would drop (tabs and line feeds anywhere, spaces
     * at either end).
     */
    private static boolean plainValue(byte[] h, int start, int end, boolean url) {
        for (int i = start; i < end; i++) {
            byte c = h[i];
            if (c == 0 || c == '\r' || url && (c == '\t' || c == '\n' || (i == start || i == end - 1) && c <= ' ' && c >= 0)) {
                return false;
            }
            if (c == '&' && i + 1 < end && (isLetter(h[i + 1]) || isDigit(h[i + 1]) || h[i + 1] == '#')) {
                boolean simple = false;
                for (byte[] ref : SIMPLE_REFERENCES) {
                    if (i + ref.length <= end && java.util.Arrays.equals(h, i, i + ref.length, ref, 0, ref.length)) {
                        simple = true;
                        break;
                    }
                }
                if (!simple) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The value {@code h[start, end)} with its simple references decoded, in one pass. */
    static String decode(byte[] h, int start, int end) {
        int amp = -1;
        for (int i = start; i < end; i++) {
            if (h[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(h, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(end - start);
        out.write(h, start, amp - start);
        String[] decoded = {"&", "\"", "'", "<", ">"};
        for (int i = amp; i < end; ) {
            int ref = -1;
            if (h[i] == '&') {
                for (int r = 0; r < SIMPLE_REFERENCES.length; r++) {
                    byte[] s = SIMPLE_REFERENCES[r];
                    if (i + s.length <= end && java.util.Arrays.equals(h, i, i + s.length, s, 0, s.length)) {
                        ref = r;
                        break;
                    }
                }
            }
            if (ref >= 0) {
                out.write(decoded[ref].charAt(0));
                i += SIMPLE_REFERENCES[ref].length;
            } else {
                out.write(h[i++]);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean equalsIgnoreCase(byte[] h, int start, int end, String lower) {
        if (end - start != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if ((h[start + i] | 0x20) != lower.charAt(i) || !isLetter(h[start + i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code h[start, end)} equals the letters of {@code other} from {@code otherStart}, ignoring ASCII case. */
    private static boolean equalsIgnoreCase(byte[] h, int start, int end, byte[] other, int otherStart) {
        for (int i = start, o = otherStart; i < end; i++, o++) {
            byte a = h[i];
            byte b = other[o];
            if (a != b && !(isLetter(a) && isLetter(b) && (a | 0x20) == (b | 0x20))) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code needle} first starts in {@code h[from, to)}; -1 when it does not. */
    private static int indexOf(byte[] h, byte[] needle, int from, int to) {
        for (int i = HtmlBytes.indexOf(h, needle[0], from); i >= 0 && i + needle.length <= to;
                i = HtmlBytes.indexOf(h, needle[0], i + 1)) {
            if (java.util.Arrays.equals(h, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
