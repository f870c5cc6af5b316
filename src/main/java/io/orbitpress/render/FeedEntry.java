package io.orbitpress.render;

/**
 * One Atom entry; every URL absolute, dates in RFC 3339, content HTML with absolute links.
 *
 * @param contentXml {@code content} escaped as {@code th:text} escapes it in an XML template,
 *                   made once per article: a story shown in many people's and missions' feeds
 *                   is escaped once, not once per feed ({@code th:utext="${e.contentXml}"})
 */
public record FeedEntry(String title, String url, String published, String updated, String summary, String author,
        String content, String contentXml) {

    public FeedEntry(String title, String url, String published, String updated, String summary, String author,
            String content) {
        this(title, url, published, updated, summary, author, content, org.unbescape.xml.XmlEscape.escapeXml10(content));
    }
}
