package io.orbitpress.entity;

/**
 * A hit of a pattern for entities not registered yet, e.g. {@code "Crew-12"} with slug {@code "crew-12"}.
 * Line and column are 1-based in the Markdown text handed to the parser.
 */
public record PatternMention(String kind, String name, String slug, int line, int column, String sentence,
        boolean row) {
}
