package io.orbitpress.frontmatter;

import java.util.regex.Pattern;

/**
 * Separates the front matter block of a content file from its Markdown body: YAML between
 * {@code ---} lines, TOML between {@code +++} lines, or a JSON object at the top, as Hugo reads
 * it (the body after its closing brace), Pelican's {@code Key: value} header ({@link #header}), or
 * JBake's {@code key=value} lines closed by {@code ~~~~~~} ({@link #jbake});
 * blank lines before the block allowed.
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
        if (opener.strip().startsWith("{")) {
            return json(text, lines, first);
        }
        Split.Format format;
        if (opener.equals("---")) {
            format = Split.Format.YAML;
        } else if (opener.equals("+++")) {
            format = Split.Format.TOML;
        } else {
            int top = first;
            return header(lines, top).or(() -> jbake(lines, top)).orElseGet(() -> Split.none(text));
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
        return new Split(format, block.toString(), first + 2, linesFrom(lines, close + 1), close + 2, 0);
    }

    /** The file's text from line {@code from} (0-based) on, as it is written. */
    private static String linesFrom(String[] lines, int from) {
        return from >= lines.length ? "" : String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    /** A line of a metadata header: a key of letters, digits, {@code _} and {@code -}, a colon, the value. */
    static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*?)|)[ \t]*$");

    /**
     * Pelican's and MultiMarkdown's metadata header: {@code Key: value} lines at the top of the
     * file without delimiters, ending at the first blank line (a line indented under one goes on
     * its value, as MultiMarkdown reads it). Read only when its title is written as those tools
     * write it, {@code Title:}: a file that opens with {@code title: x} without {@code ---} lines is
     * more likely YAML front matter that lost them, and is told so.
     */
    private static java.util.Optional<Split> header(String[] lines, int first) {
        int end = first;
        boolean titled = false;
        while (end < lines.length && !lines[end].isBlank()) {
            String line = lines[end].endsWith("\r") ? lines[end].substring(0, lines[end].length() - 1) : lines[end];
            java.util.regex.Matcher m = HEADER_LINE.matcher(line);
            if (m.matches()) {
                String key = m.group(1);
                titled |= key.equalsIgnoreCase("title") && !key.equals("title");
            } else if (end == first || !(line.startsWith(" ") || line.startsWith("\t"))) {
                return java.util.Optional.empty();
            }
            end++;
        }
        if (!titled) {
            return java.util.Optional.empty();
        }
        StringBuilder block = new StringBuilder();
        for (int i = first; i < end; i++) {
            block.append(lines[i]).append('\n');
        }
        // the body from the line after the blank one that ends the header
        return java.util.Optional.of(new Split(Split.Format.HEADER, block.toString(), first + 1,
                linesFrom(lines, end + 1), end + 2, 0));
    }

    /** A line of JBake's header: a key, {@code =}, the value. */
    static final Pattern JBAKE_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$");

    /**
     * JBake's header: {@code key=value} lines (blank ones between them allowed), then a line of
     * six tildes, {@code ~~~~~~}, then the body.
     */
    private static java.util.Optional<Split> jbake(String[] lines, int first) {
        StringBuilder block = new StringBuilder();
        for (int i = first; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.stripTrailing().equals("~~~~~~") && i > first) {
                return java.util.Optional.of(new Split(Split.Format.JBAKE, block.toString(), first + 1,
                        linesFrom(lines, i + 1), i + 2, 0));
            }
            if (!line.isBlank() && !JBAKE_LINE.matcher(line).matches()) {
                return java.util.Optional.empty();
            }
            block.append(lines[i]).append('\n');
        }
        return java.util.Optional.empty();
    }

    /**
     * Hugo's JSON front matter: an object opening the file ({@code {} then a key in quotation marks,
     * or {@code }}), to its closing brace, found by reading the object through (a brace in a string is
     * text); the body is what follows it. A file opening with a Liquid tag or shortcode ({@code {%},
     * {@code {{}) or a kramdown attribute ({@code {:}) is Markdown.
     */
    private static Split json(String text, String[] lines, int first) {
        int lineStart = 0;
        for (int i = 0; i < first; i++) {
            lineStart += lines[i].length() + 1;
        }
        int open = text.indexOf('{', lineStart);
        int next = open + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) != '"' && text.charAt(next) != '}') {
            return Split.none(text);
        }
        int depth = 0;
        boolean inString = false;
        int close = -1;
        for (int i = open; i < text.length() && close < 0; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                close = depth == 0 && c == '}' ? i : -1;
            }
        }
        if (close < 0) {
            return Split.unclosed(Split.Format.JSON, first + 1, text);
        }
        int closeLine = first;
        for (int i = lineStart; i < close; i++) {
            closeLine += text.charAt(i) == '\n' ? 1 : 0;
        }
        String block = text.substring(lineStart, close + 1) + "\n";
        int end = text.indexOf('\n', close);
        String rest = text.substring(close + 1, end < 0 ? text.length() : end);
        if (!rest.isBlank()) {
            return new Split(Split.Format.JSON, block, first + 1, text.substring(close + 1), closeLine + 1, 0);
        }
        return new Split(Split.Format.JSON, block, first + 1, end < 0 ? "" : text.substring(end + 1), closeLine + 2, 0);
    }
}
