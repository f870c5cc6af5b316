package io.orbitpress.model;

/** A mention of an entity at a file line, with the sentence it stands in. */
public record MentionRef(int line, int column, String text, String sentence) {
}
