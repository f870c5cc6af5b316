package io.orbitpress.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * A syntax error or broken limit in a front matter block, as a place in the block and a
 * sentence. SnakeYAML's message names up to two marks ("while parsing a flow sequence in
 * reader, line 3, column 11: ... expected ',' or ']' ... in reader, line 4, column 9: ..."),
 * each followed by the line and a caret: the problem mark becomes the place, the other mark
 * is kept as a file line, and the snippets are dropped. A mistake people often make (a quote
 * not closed, a key without its colon: see {@link Mistake}) is told in its own words instead, at
 * the place to fix, which is often lines above where SnakeYAML stopped.
 *
 * @param line   1-based line in the block
 * @param column 1-based column
 * @param parts  the message's sentences, with the block line of each context mark
 * @param format  the block's language
 * @param mistake the common mistake recognised, whose sentence replaces the parser's
 */
record SyntaxProblem(int line, int column, List<Part> parts, Split.Format format, Optional<Mistake> mistake) {

    /** A piece of the message; {@code markLine} is 0 when it names no place. */
    record Part(String text, int markLine, int markColumn) {
    }

    private static final Pattern MARK = Pattern.compile(
            "\\s*in (?:'reader'|reader|\\S+), line (\\d+), column (\\d+):?(?:\\n[^\\n]*\\n[^\\n]*\\^)?\\n?");

    /** A TOML escape of half of a UTF-16 pair, {@code \\ud800}. */
    private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\(?:u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})");

    /** The escape of the second half of a UTF-16 pair, {@code \\ude80}. */
    private static final Pattern LOW_ESCAPE = Pattern.compile("\\\\u[dD][c-fC-F][0-9a-fA-F]{2}");

    /** SnakeYAML's "found unknown escape character d(100)": the character after the backslash. */
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("unknown escape character (\\S)\\(\\d+\\)");

    /** The problem of {@code e}, thrown where {@code at} is, parsing {@code block}. */
    static SyntaxProblem of(JacksonException e, TokenStreamLocation at, Split.Format format, String block) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = m.indexOf("\n at [Source");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        List<Part> parts = new ArrayList<>();
        Matcher marks = MARK.matcher(m);
        int from = 0;
        while (marks.find()) {
            parts.add(new Part(oneLine(m.substring(from, marks.start())), Integer.parseInt(marks.group(1)),
                    Integer.parseInt(marks.group(2))));
            from = marks.end();
        }
        if (from < m.length()) {
            parts.add(new Part(oneLine(m.substring(from)), 0, 0));
        }
        parts.removeIf(p -> p.text().isEmpty());
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        // The last mark is where SnakeYAML found the problem. When something was left open (a
        // list, a map, quotes), the place to fix is where it opened, so that mark is the place.
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.markLine() > 0) {
            boolean opened = parts.size() > 1 && parts.get(0).markLine() > 0
                    && (last.text().contains("end of stream") || parts.get(0).text().matches(
                            "while (parsing a flow (sequence|mapping)|scanning a (quoted|double-quoted|single-quoted) scalar).*"));
            Part place = opened ? parts.get(0) : last;
            line = place.markLine();
            column = place.markColumn();
        }
        String lower = m.toLowerCase(Locale.ROOT);
        if (format == Split.Format.TOML && lower.contains("premature end")) {
            // the parser stops at the block's end: the place to fix is what was opened and never closed
            Part open = unclosedInToml(block);
            if (open != null) {
                return new SyntaxProblem(open.markLine(), open.markColumn(), List.of(new Part(open.text(), 0, 0)),
                        format, Optional.empty());
            }
        }
        if (lower.contains("special characters are not allowed") || lower.contains("ctrl-char")
                || lower.contains("illegal control character")) {
            // the parser names no character, and SnakeYAML places it at the start of its line
            int[] bad = firstControl(block, format);
            if (bad != null) {
                return new SyntaxProblem(bad[0], bad[1], List.copyOf(parts), format,
                        Optional.of(new Mistake.Control(bad[2])));
            }
        }
        if (format == Split.Format.TOML && lower.contains("invalid code point")) {
            // "\ud800": half of a UTF-16 pair, which TOML refuses; the parser names the code point in hex
            String[] lines = block.split("\n", -1);
            String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
            Matcher escape = SURROGATE_ESCAPE.matcher(text);
            if (escape.find(Math.max(0, Math.min(column - 1, text.length())))) {
                String escapes = escape.group();
                String instead = "";
                Matcher low = LOW_ESCAPE.matcher(text).region(escape.end(), text.length());
                if (escape.group().startsWith("\\u") && low.lookingAt()) {
                    // a pair, as JSON writes one: TOML writes the character as one \U escape
                    escapes += low.group();
                    instead = String.format("\\U%08X", Character.toCodePoint(
                            (char) Integer.parseInt(escape.group().substring(2), 16), (char) Integer.parseInt(low.group().substring(2), 16)));
                }
                return new SyntaxProblem(line, escape.start() + 1, List.copyOf(parts), format,
                        Optional.of(new Mistake.HalfCharacter(escapes, instead)));
            }
        }
        if (format == Split.Format.TOML && lower.contains("duplicate key")) {
            // the parser says where it stopped, not which key: the place is the key's second line
            Optional<Mistake.Located> twice = Mistake.KeyTwice.in(block);
            if (twice.isPresent()) {
                return new SyntaxProblem(twice.get().line(), twice.get().column(), List.copyOf(parts), format,
                        Optional.of(twice.get().mistake()));
            }
        }
        if (format == Split.Format.YAML && lower.contains("(tab)")) {
            // "date:<tab>2025-07-30": the tab is not an indent but the space after a key's colon
            String[] lines = block.split("\n", -1);
            String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
            int tab = text.indexOf('\t');
            int colon = text.indexOf(':');
            if (tab > 0 && colon > 0 && colon < tab && text.substring(0, colon).strip().length() > 0
                    && text.substring(colon + 1, tab).isBlank()) {
                return new SyntaxProblem(line, tab + 1, List.of(new Part("a tab stands between \""
                        + text.substring(0, colon).strip() + ":\" and its value, where YAML takes spaces; replace it with"
                        + " a space", 0, 0)), format, Optional.empty());
            }
        }
        if (format == Split.Format.YAML && lower.contains("while parsing a flow node") && lower.contains("stream end")) {
            // "bad: [" with nothing after: the parser names the block's end; the place is the bracket
            Part open = unclosedFlowInYaml(block);
            if (open != null) {
                return new SyntaxProblem(open.markLine(), open.markColumn(), List.of(new Part(open.text(), 0, 0)),
                        format, Optional.empty());
            }
        }
        if (format == Split.Format.YAML && !lower.contains("alias") && !lower.contains("nesting depth")) {
            int stopLine = last != null && last.markLine() > 0 ? last.markLine() : line;
            int stopColumn = last != null && last.markLine() > 0 ? last.markColumn() : column;
            Optional<Mistake.Located> known = mistake(parts, block);
            if (known.isEmpty()) {
                known = Mistake.runawayQuote(block, stopLine, stopColumn);
            }
            if (known.isPresent()) {
                return new SyntaxProblem(known.get().line(), known.get().column(), List.copyOf(parts), format,
                        Optional.of(known.get().mistake()));
            }
        }
        return new SyntaxProblem(line, column, List.copyOf(parts), format, Optional.empty());
    }

    /**
     * The mistake SnakeYAML's own words point to: a key without its colon ("while scanning a simple
     * key: could not find expected ':'"), a quote never closed, a backslash escape YAML does not know.
     */
    private static Optional<Mistake.Located> mistake(List<Part> parts, String block) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Part problem = parts.get(parts.size() - 1);
        List<String> lines = block.lines().toList();
        if ((problem.text().contains("mapping values are not allowed here")
                || problem.text().contains("expected <block end>, but found '<block mapping start>'"))
                && problem.markLine() > 0) {
            // a key indented under a value (a plain one, or a list written on its line: tags: [moon])
            Optional<Mistake.Located> indented = Mistake.indentedKey(lines, problem.markLine() - 1)
                    .or(() -> Mistake.outdentedKey(lines, problem.markLine() - 1));
            if (indented.isPresent()) {
                return indented;
            }
        }
        if (problem.text().contains("expected <block end>, but found '<block sequence start>'") && problem.markLine() > 0) {
            Optional<Mistake.Located> item = Mistake.indentedItem(lines, problem.markLine() - 1);
            if (item.isPresent()) {
                return item;
            }
        }
        if (parts.size() < 2 || parts.get(0).markLine() < 1) {
            return Optional.empty();
        }
        Part context = parts.get(0);
        int index = context.markLine() - 1;
        if (problem.text().contains("expected <block end>, but found '<scalar>'") && problem.markLine() > 0) {
            Optional<Mistake> after = Mistake.textAfterQuote(lines, problem.markLine() - 1, problem.markColumn() - 1);
            if (after.isPresent()) {
                return Optional.of(new Mistake.Located(problem.markLine(), problem.markColumn(), after.get()));
            }
        }
        if (context.text().startsWith("while scanning a simple key") && problem.text().contains("could not find expected ':'")) {
            return Optional.of(new Mistake.Located(context.markLine(), context.markColumn(),
                    new Mistake.MissingColon(Mistake.keyValue(lines, index))));
        }
        if (!context.text().matches("while scanning a (quoted|double-quoted|single-quoted) scalar")
                || index >= lines.size() || context.markColumn() > lines.get(index).length()) {
            return Optional.empty();
        }
        char quote = lines.get(index).charAt(context.markColumn() - 1);
        if (problem.text().contains("end of stream") && (quote == '"' || quote == '\'')) {
            return Optional.of(new Mistake.Located(context.markLine(), context.markColumn(),
                    new Mistake.UnclosedQuote(quote, 0, Mistake.example(lines, index, context.markColumn() - 1, quote))));
        }
        Matcher escape = UNKNOWN_ESCAPE.matcher(problem.text());
        if (escape.find() && problem.markLine() > 0 && problem.markLine() <= lines.size()) {
            // SnakeYAML marks the character after the backslash; the backslash is the place
            String at = lines.get(problem.markLine() - 1);
            int column = problem.markColumn() >= 2 && problem.markColumn() - 2 < at.length()
                    && at.charAt(problem.markColumn() - 2) == '\\' ? problem.markColumn() - 1 : problem.markColumn();
            return Optional.of(new Mistake.Located(problem.markLine(), column,
                    new Mistake.UnknownEscape("\\" + escape.group(1),
                            Mistake.singleQuoted(lines, index, context.markColumn() - 1))));
        }
        return Optional.empty();
    }

    /** A value that opens a list or map in brackets ({@code tags: [}, {@code - {}). */
    private static final Pattern FLOW_START = Pattern.compile("\\s*(?:-\\s+|[^\\s#\\-][^:#]*:\\s+)([\\[{])");

    /**
     * The first list or map in brackets that {@code block} opens as a value and never closes, as a
     * part whose words the message reads ("while parsing a flow sequence"); null when none.
     */
    static Part unclosedFlowInYaml(String block) {
        List<String> lines = block.lines().toList();
        for (int l = 0; l < lines.size(); l++) {
            Matcher m = FLOW_START.matcher(lines.get(l));
            if (!m.lookingAt()) {
                continue;
            }
            int depth = 0;
            boolean closed = false;
            for (int k = l; k < lines.size() && !closed; k++) {
                String line = lines.get(k);
                for (int i = k == l ? m.start(1) : 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '#' && i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
                        break;
                    } else if ((c == '"' || c == '\'') && (i == 0 || "[{, \t".indexOf(line.charAt(i - 1)) >= 0)) {
                        int end = line.indexOf(c, i + 1);
                        i = end < 0 ? line.length() : end;
                    } else if (c == '[' || c == '{') {
                        depth++;
                    } else if (c == ']' || c == '}') {
                        depth--;
                        if (depth == 0) {
                            closed = true;
                            break;
                        }
                    }
                }
            }
            if (!closed) {
                return new Part(lines.get(l).charAt(m.start(1)) == '[' ? "while parsing a flow sequence"
                        : "while parsing a flow mapping", l + 1, m.start(1) + 1);
            }
        }
        return null;
    }

    /**
     * The first thing a TOML block opens and never closes, what it is and where: a quote left
     * open on its line, or the last {@code [} or <code>{</code> with no partner. Null when nothing is.
     */
    static Part unclosedInToml(String block) {
        List<int[]> open = new ArrayList<>(); // line, column, bracket
        List<String> lines = block.lines().toList();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '#') {
                    break;
                } else if (c == '"' || c == '\'') {
                    if (line.startsWith(String.valueOf(c).repeat(3), i)) {
                        return null; // a string of several lines: left to the parser's words
                    }
                    int end = i + 1;
                    while (end < line.length() && line.charAt(end) != c) {
                        end += c == '"' && line.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (end >= line.length()) {
                        return new Part("the " + c + " opened here is not closed on its line; close the text with "
                                + c, l + 1, i + 1);
                    }
                    i = end;
                } else if (c == '[' || c == '{') {
                    open.add(new int[] {l + 1, i + 1, c});
                } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int[] last = open.get(open.size() - 1);
        char bracket = (char) last[2];
        return new Part("the " + bracket + " opened here is never closed; close it with " + (bracket == '[' ? "]" : "}"),
                last[0], last[1]);
    }

    /**
     * Line, column and code point of the first character of {@code block} that {@code format} does
     * not allow as it is (YAML takes tab, line ends, printable text and U+0085; JSON and TOML refuse
     * C0 controls but tab and line ends, TOML DEL too); null when none.
     */
    static int[] firstControl(String block, Split.Format format) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < block.length(); i++) {
            int c = block.codePointAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            boolean refused = format == Split.Format.YAML
                    ? !(c == '\t' || c == '\r' || c >= 0x20 && c <= 0x7e || c == 0x85 || c >= 0xa0 && c <= 0xd7ff
                            || c >= 0xe000 && c <= 0xfffd || c >= 0x10000)
                    : c < 0x20 && c != '\t' && c != '\r' || format == Split.Format.TOML && c == 0x7f;
            if (refused) {
                return new int[] {line, block.codePointCount(lineStart, i) + 1, c};
            }
            if (c >= 0x10000) {
                i++;
            }
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * The sentence, with other marks shown as file lines ({@code offset} lines before the block);
     * {@code what} names the text ("front matter", "site.yaml").
     */
    String message(int offset, String what) {
        StringBuilder text = new StringBuilder();
        for (Part p : parts) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(p.text());
            if (p.markLine() > 0 && (p.markLine() != line || p.markColumn() != column)
                    && !p.text().contains("end of stream")) {
                text.append(" (line ").append(offset + p.markLine()).append(", column ").append(p.markColumn())
                        .append(')');
            }
        }
        String m = text.toString();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("alias")) {
            return what + " uses too many YAML aliases (at most " + FrontMatterParser.MAX_ALIASES
                    + "); write the values out";
        }
        if (lower.contains("nesting depth")) {
            return what + " is nested too deeply (at most " + FrontMatterParser.MAX_DEPTH
                    + " levels); flatten it";
        }
        if (mistake.isPresent() && mistake.get() instanceof Mistake.Control) {
            return "invalid " + format.name() + ": " + mistake.get().sentence(offset, what);
        }
        if (format == Split.Format.TOML && mistake.isPresent()) {
            return "invalid TOML: " + mistake.get().sentence(offset, what);
        }
        if (format == Split.Format.JSON) {
            return "invalid JSON: " + m + "; write each key as \"key\": value, with a comma between two, inside"
                    + " the { } at the top of the file";
        }
        if (format == Split.Format.TOML) {
            return "invalid TOML: " + m + "; write each key as key = \"value\" on a line of its own, lists as"
                    + " [\"a\", \"b\"], between the +++ lines";
        }
        if (mistake.isPresent()) {
            return "invalid YAML: " + mistake.get().sentence(offset, what);
        }
        if (lower.contains("(tab)")) {
            return "invalid YAML: a tab cannot indent YAML; indent with spaces";
        }
        // a list or map in brackets not closed: the parser's words name what it met instead ("but got
        // : (line 5, column 7)", at another place); the writer needs only where the list began
        if (lower.contains("while parsing a flow sequence")) {
            return "invalid YAML: the list opened here with [ is not closed; close it with ] where it ends, like"
                    + " tags: [launch, crew]";
        }
        if (lower.contains("while parsing a flow mapping")) {
            return "invalid YAML: the map opened here with { is not closed; close it with } where it ends, like"
                    + " name: {en: Oleg Platonov, ru: Олег Платонов}";
        }
        String advice = "";
        if (lower.contains("mapping values are not allowed")) {
            advice = "; a value containing \": \" must be quoted, like " + (what.equals("front matter") ? "summary" : "description")
                    + ": \"docked at: 2:27 a.m.\"";
        } else if (lower.contains("flow sequence")) {
            advice = "; close the list with ], like tags: [launch, crew]";
        } else if (lower.contains("flow mapping")) {
            advice = "; close the map with }";
        } else if (lower.contains("quoted scalar")) {
            advice = "; close the quotes";
        }
        return "invalid YAML: " + m + advice;
    }
}
