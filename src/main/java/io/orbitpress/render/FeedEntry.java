package io.orbitpress.render;

import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One feed entry (Atom, RSS and JSON Feed); every URL absolute, dates in RFC 3339 (and RFC 822
 * for RSS), content HTML with absolute links.
 *
 * @param contentXml      {@code content} escaped as {@code th:text} escapes it in an XML template,
 *                        once per article: a story shown in many people's and missions' feeds is
 *                        escaped once, not once per feed ({@code th:utext="${e.contentXml}"}); for a
 *                        story with no body, its summary as HTML, what RSS's description shows
 * @param author          the byline as one text ("Mira Castell and Lev Orlov"), or the site's title
 * @param authors         each author, with the address of their page when they have one: the
 *                        registered authors who signed it, else the byline as written, else the site
 * @param publishedRfc822 {@code published} as RSS writes dates ("Fri, 1 Aug 2025 11:43:00 -0400")
 * @param tags            the article's topics
 * @param json            the texts written as JSON strings, quotes included, for the JSON Feed template
 * @param image           the absolute address of the lead picture's widest copy (a picture on another site: its
 *                        address as written), or "" when it has none
 */
public record FeedEntry(String title, String url, String published, String updated, String summary, String author,
        List<Author> authors, String content, Escaped contentXml, String publishedRfc822, List<String> tags, Json json,
        String image) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public FeedEntry(String title, String url, String published, String updated, String summary, String author,
            List<Author> authors, String content, String publishedRfc822, List<String> tags, String image) {
        this(title, url, published, updated, summary, author, List.copyOf(authors), content, new Escaped(
                content.isEmpty() ? org.unbescape.html.HtmlEscape.escapeHtml4Xml(summary) : content),
                publishedRfc822, List.copyOf(tags), new Json(title, url, published, updated, summary, author, authors,
                        content, tags, image), image);
    }

    /** One author of an entry: a name, and the absolute address of their page, or "" when they have none. */
    public record Author(String name, String url) {
    }

    /** A text as a JSON string, quotes included. */
    static String quote(String text) {
        return JSON.writeValueAsString(text);
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

    /**
     * The entry's texts as JSON strings (quotes included), for {@code [(${e.json.title})]} in the
     * JSON Feed template; each written when first read (only the site's JSON Feed reads them).
     */
    public static final class Json {
        private final String title;
        private final String url;
        private final String published;
        private final String updated;
        private final String summary;
        private final String author;
        private final List<Author> authors;
        private final String content;
        private final List<String> tags;
        private final String image;

        Json(String title, String url, String published, String updated, String summary, String author,
                List<Author> authors, String content, List<String> tags, String image) {
            this.title = title;
            this.url = url;
            this.published = published;
            this.updated = updated;
            this.summary = summary;
            this.author = author;
            this.authors = List.copyOf(authors);
            this.content = content;
            this.tags = List.copyOf(tags);
            this.image = image;
        }

        /** The lead picture's address as a JSON string (JSON Feed's {@code image}); null when there is none. */
        public String getImage() {
            return image.isEmpty() ? null : quote(image);
        }

        public String getTitle() {
            return quote(title);
        }

        public String getUrl() {
            return quote(url);
        }

        public String getPublished() {
            return quote(published);
        }

        public String getUpdated() {
            return quote(updated);
        }

        public String getSummary() {
            return quote(summary);
        }

        public String getAuthor() {
            return quote(author);
        }

        /** The authors as a JSON Feed {@code authors} array: each a name, and a url when they have a page. */
        public String getAuthors() {
            StringBuilder sb = new StringBuilder("[");
            for (Author a : authors) {
                sb.append(sb.length() == 1 ? "" : ", ").append("{\"name\": ").append(quote(a.name()));
                if (!a.url().isEmpty()) {
                    sb.append(", \"url\": ").append(quote(a.url()));
                }
                sb.append('}');
            }
            return sb.append(']').toString();
        }

        public String getContent() {
            return quote(content);
        }

        /**
         * The item's text as a JSON Feed member: {@code "content_html": ...}, or for a story with no
         * body (a dek and a link), {@code "content_text"} with its summary, rather than an empty
         * {@code content_html} that says the story has no text at all.
         */
        public String getBody() {
            return content.isEmpty() ? "\"content_text\": " + quote(summary) : "\"content_html\": " + quote(content);
        }

        /** The topics as a JSON array of strings. */
        public String getTags() {
            return JSON.writeValueAsString(tags);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Json other && content.equals(other.content) && title.equals(other.title)
                    && url.equals(other.url) && published.equals(other.published) && updated.equals(other.updated)
                    && summary.equals(other.summary) && author.equals(other.author) && authors.equals(other.authors)
                    && tags.equals(other.tags) && image.equals(other.image);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(title, url, updated, content);
        }
    }
}
