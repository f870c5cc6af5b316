package io.orbitpress.frontmatter;

import java.util.regex.Pattern;

/**
 * Separates the front matter block of a content file from its Markdown body: YAML between
 * {@code ---} lines, TOML between {@code +++} lines, blank lines before the block allowed.
 * A file whose first line is {@code ---} followed by a blank line and no key is read as
 * Markdown that opens with a horizontal rule.
 */
public final class FrontMatterSplitter {

    private static final Pattern KEY_LINE = Pattern.compile("^\\s*(#|[\\w\"'-][^:=]*\\s*[:=])");

    private FrontMatterSplitter() {
    }

    public static Split split(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            return Split.none(text);
        }
        String opener = lines[first].stripTrailing();
        Split.Format format;
        if (opener.equals("---")) {
            format = Split.Format.YAML;
        } else if (opener.equals("+++")) {
            format = Split.Format.TOML;
        } else {
            return Split.none(text);
        }
        int close = -1;
        for (int i = first + 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals(opener) || (format == Split.Format.YAML && l.equals("..."))) {
                close = i;
                break;
            }
        }
        boolean blankAfterOpener = first + 1 >= lines.length || lines[first + 1].isBlank();
        if (close < 0) {
            return blankAfterOpener ? Split.none(text) : Split.unclosed(format, first + 1, text);
        }
        StringBuilder block = new StringBuilder();
        boolean hasKey = false;
        for (int i = first + 1; i < close; i++) {
            block.append(lines[i]).append('\n');
            hasKey |= KEY_LINE.matcher(lines[i]).find();
        }
        if (blankAfterOpener && !hasKey && close > first + 1) {
            return Split.none(text);
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new Split(format, block.toString(), first + 2, body.toString(), close + 2, 0);
    }
}
