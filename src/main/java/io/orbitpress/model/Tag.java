package io.orbitpress.model;

/** A topic: its label as written, its URL segment, its page URL. */
public record Tag(String name, String slug, String url) {
}
