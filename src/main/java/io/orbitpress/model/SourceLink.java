package io.orbitpress.model;

/** Where an article's facts come from: a publication and, when known, its URL. */
public record SourceLink(String name, String url) {
}
