package io.orbitpress.frontmatter;

/**
 * A content file cut in two.
 *
 * @param format     the front matter's language, NONE when the file has none (JSON: Hugo's object at the top)
 * @param block      the front matter text without its delimiters
 * @param blockLine  the file line (1-based) of the block's first line
 * @param body       the Markdown after the closing delimiter
 * @param bodyLine   the file line (1-based) of the body's first line
 * @param unclosedAt the line of an opening delimiter that never closes, or 0
 */
public record Split(Format format, String block, int blockLine, String body, int bodyLine, int unclosedAt) {

    /**
     * HEADER: Pelican's and MultiMarkdown's {@code Key: value} lines, without delimiters; JBAKE:
     * JBake's {@code key=value} lines, closed by {@code ~~~~~~}.
     */
    public enum Format { YAML, TOML, JSON, HEADER, JBAKE, NONE }

    static Split none(String text) {
        return new Split(Format.NONE, "", 0, text, 1, 0);
    }

    static Split unclosed(Format format, int line, String text) {
        return new Split(format, "", 0, text, 1, line);
    }

    public boolean hasFrontMatter() {
        return format != Format.NONE && unclosedAt == 0;
    }
}
