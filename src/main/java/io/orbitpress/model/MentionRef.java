package io.orbitpress.model;

/**
 * A mention of an entity at a file line, with the sentence it stands in ({@code row}: the whole row
 * of a table, the mention in one of its cells).
 */
public record MentionRef(int line, int column, String text, String sentence, boolean row) {
}
