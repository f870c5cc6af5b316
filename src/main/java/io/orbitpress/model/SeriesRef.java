package io.orbitpress.model;

/**
 * The series an article belongs to ({@code series:} in its front matter).
 *
 * @param name the series' name as written
 * @param slug its URL segment
 * @param url  its page ("/series/slug/")
 * @param part the part number the article gives ({@code part:}), or 0: then its date places it
 */
public record SeriesRef(String name, String slug, String url, int part) {
}
