package io.orbitpress.entity;

/**
 * A mention of a registered entity.
 *
 * @param line     1-based line in the Markdown text handed to the parser
 * @param column   1-based column of the mention's first character
 * @param text     the mention as written (a line break inside it shows as a space)
 * @param sentence the sentence the mention stands in, whitespace collapsed
 * @param row      whether {@code sentence} is the whole row of a table the mention stands in
 */
public record Mention(String kind, String id, int line, int column, String text, String sentence, boolean row) {
}
