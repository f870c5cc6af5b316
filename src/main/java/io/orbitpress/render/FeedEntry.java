package io.orbitpress.render;

/** One Atom entry; every URL absolute, dates in RFC 3339, content HTML with absolute links. */
public record FeedEntry(String title, String url, String published, String updated, String summary, String author,
        String content) {
}
