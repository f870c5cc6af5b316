package io.orbitpress.render;

/**
 * One Atom entry; every URL absolute, dates in RFC 3339, content HTML with absolute links.
 *
 * @param contentXml {@code content} escaped as {@code th:text} escapes it in an XML template,
 *                   once per article: a story shown in many people's and missions' feeds is
 *                   escaped once, not once per feed ({@code th:utext="${e.contentXml}"})
 */
public record FeedEntry(String title, String url, String published, String updated, String summary, String author,
        String content, Escaped contentXml) {

    public FeedEntry(String title, String url, String published, String updated, String summary, String author,
            String content) {
        this(title, url, published, updated, summary, author, content, new Escaped(content));
    }

    /**
     * A text escaped for XML when it is first shown, by whichever render thread gets there
     * first, so the work is spread over the render instead of the single-threaded plan.
     */
    public static final class Escaped {
        private final String text;
        private volatile String escaped;

        Escaped(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            String e = escaped;
            if (e == null) {
                e = org.unbescape.xml.XmlEscape.escapeXml10(text);
                escaped = e;
            }
            return e;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Escaped other && text.equals(other.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }
}
