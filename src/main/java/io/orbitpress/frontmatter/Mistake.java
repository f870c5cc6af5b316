package io.orbitpress.frontmatter;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * A YAML mistake people often make, recognised behind the parser's message, whose sentence says
 * what is likely wrong and how to write it instead of what the parser expected.
 */
sealed interface Mistake {

    /** The sentence; {@code offset} is the number of file lines before the block, {@code what} names it. */
    String sentence(int offset, String what);

    /**
     * A control character written as it is ({@code U+0007} pasted into a title): the parsers refuse
     * it with words that name neither the character nor its place (SnakeYAML: "special characters
     * are not allowed", at the start of the line).
     *
     * @param codePoint the character
     */
    record Control(int codePoint) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "a control character (" + io.orbitpress.diag.ControlCharacters.name(codePoint) + ") stands here, which " + what
                    + " cannot hold as it is; remove it";
        }
    }

    /**
     * An escape of half of a UTF-16 pair ({@code "\\ud800"}), which TOML refuses as "Invalid code
     * point d800" (and YAML and JSON, which take it, are told of by {@link EscapedCharacters}).
     *
     * @param escape  the escape as written (both, for a pair)
     * @param instead the one escape TOML takes for a pair written as two ({@code \\U0001F680}), or ""
     */
    record HalfCharacter(String escape, String instead) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            if (!instead.isEmpty()) {
                return "TOML does not take a character as two halves (\"" + escape + "\", UTF-16 surrogates); write it"
                        + " as " + instead + ", or as the character itself";
            }
            return "\"" + escape + "\" is half of a character (a UTF-16 surrogate) without its other half, which no"
                    + " page can show; write the character itself, or remove the escape";
        }
    }

    /**
     * A quote that is not closed where its value ends ({@code title: "Apollo 11 lands}): the value
     * runs on through the lines below, to the next quote of the block or to its end.
     *
     * @param quote    the quote character
     * @param closedAt the block line (1-based) where a later quote closes it; 0 when none does
     * @param example  the line as it should likely read, or "" when that cannot be told
     */
    record UnclosedQuote(char quote, int closedAt, String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            String runs = closedAt > 0 ? "to line " + (offset + closedAt) + ", taking in the lines between as its text"
                    : "to the end of " + (what.equals("front matter") ? "the front matter" : what);
            String fix = example.isEmpty() ? "close it with " + quote + " where the value ends"
                    : "close it where the value ends, like " + example;
            return "a quoted value is not closed: the " + quote + " opened here runs on " + runs + "; " + fix;
        }
    }

    /**
     * A TOML key set twice in one table, here and on block line {@code first}: TOML refuses it, and
     * its parser says only "Duplicate key" where it stopped.
     */
    record KeyTwice(String key, int first) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "\"" + key + "\" is set twice, on line " + (offset + first) + " and here; TOML takes each key"
                    + " once: keep the one you mean";
        }

        /** The first key {@code block} sets twice in one table, where it does so the second time; none when none. */
        static Optional<Located> in(String block) {
            TomlPlaces.Twice twice = TomlPlaces.firstTwice(block);
            return twice == null ? Optional.empty() : Optional.of(new Located(twice.again().line(),
                    twice.again().column(), new KeyTwice(twice.key(), twice.firstLine())));
        }
    }

    /**
     * A line with no colon after its key ({@code dateline HOUSTON}), or a value's continuation that
     * is not indented.
     *
     * @param example the line as it should likely read ({@code dateline: HOUSTON}), or "" when that cannot be told
     */
    record MissingColon(String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "this line has no \":\" after its key; write it as " + (example.isEmpty() ? "key: value" : example)
                    + ", or indent it if it continues the value above";
        }
    }

    /**
     * A backslash in double quotes that starts no escape YAML knows ({@code "Crew-\d+"}).
     *
     * @param escape  the backslash and the character after it
     * @param example the line with the value in single quotes, or "" when that cannot be told
     */
    record UnknownEscape(String escape, String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "\"" + escape + "\" is not an escape YAML knows (in double quotes a backslash starts one); write"
                    + " a backslash as \\\\, or put the value in single quotes" + (example.isEmpty() ? "" : ", like "
                    + example);
        }
    }

    /**
     * Text after the quote that closed a value: {@code title: "Apollo" lands}, or an apostrophe
     * that closed a single-quoted one, {@code title: 'It's here'}.
     *
     * @param apostrophe whether the quote was an apostrophe inside single quotes
     * @param example    the line with the whole value quoted, or "" when that cannot be told
     */
    record TextAfterQuote(boolean apostrophe, String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            String fix = example.isEmpty() ? "" : ", like " + example;
            return apostrophe ? "the apostrophe closes the single-quoted value and the rest is left over; write it twice"
                    + " ('') or put the value in double quotes" + fix
                    : "the value goes on after its closing quote; quote the whole value" + fix;
        }
    }

    /**
     * The {@link TextAfterQuote} of line {@code index} (0-based), where the parser found more
     * text at {@code column} (0-based) after a quoted value: empty unless a quote ends what comes before.
     */
    static Optional<Mistake> textAfterQuote(List<String> lines, int index, int column) {
        if (index >= lines.size() || column > lines.get(index).length()) {
            return Optional.empty();
        }
        String line = lines.get(index).stripTrailing();
        String before = line.substring(0, column).stripTrailing();
        if (before.isEmpty() || before.charAt(before.length() - 1) != '"' && before.charAt(before.length() - 1) != '\'') {
            return Optional.empty();
        }
        char quote = before.charAt(before.length() - 1);
        Matcher start = VALUE_START.matcher(line);
        start.lookingAt();
        int open = start.end();
        if (open >= line.length() || line.charAt(open) != quote || open == before.length() - 1) {
            return Optional.empty();
        }
        boolean apostrophe = quote == '\'' && before.length() == column; // no space: a letter follows the quote
        String value = line.substring(open);
        String example = "";
        if (line.length() <= 80) {
            if (apostrophe && value.endsWith("'") && value.indexOf('"') < 0) {
                example = line.substring(0, open) + "\"" + value.substring(1, value.length() - 1) + "\"";
            } else if (!apostrophe && value.indexOf('\'') < 0) {
                example = line.substring(0, open) + "'" + unquoted(value, quote) + "'";
            }
        }
        return Optional.of(new TextAfterQuote(apostrophe, example.strip()));
    }

    /**
     * {@code value} without its outer quotes when they quote a value with quotes inside, as in {@code
     * "Crew-11 "docks" today"} (the first quote inside opens a word); else as it is: in {@code
     * "Apollo 11" lands "soon"} the first quote closes the value.
     */
    private static String unquoted(String value, char quote) {
        if (value.length() < 3 || value.charAt(value.length() - 1) != quote) {
            return value;
        }
        String inner = value.substring(1, value.length() - 1);
        int first = inner.indexOf(quote);
        return first > 0 && inner.charAt(first - 1) == ' ' ? inner : value;
    }

    /**
     * A key indented under a value ({@code title: Apollo} then {@code   date: 2025-07-30}): YAML
     * reads the line as more of that value, and its colon as a mistake.
     *
     * @param example the line where the keys above start
     */
    record IndentedKey(String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "this line is indented under the value above, so YAML reads it as more of that value; start it"
                    + " where the keys above start, like " + example + " (or, if it does continue the value, put the"
                    + " whole value in quotes)";
        }
    }

    /**
     * The {@link IndentedKey} at line {@code index} (0-based) where the parser found a colon it did
     * not expect: when the line is a key, indented deeper than the line above, which is a key with
     * a value of its own.
     */
    static Optional<Located> indentedKey(List<String> lines, int index) {
        if (index < 1 || index >= lines.size() || !KEY_LINE.matcher(lines.get(index)).matches()
                || lines.get(index).stripLeading().startsWith("-")) {
            return Optional.empty();
        }
        Matcher key = keyAbove(lines, index);
        if (key == null) {
            return Optional.empty();
        }
        String line = lines.get(index);
        return Optional.of(new Located(index + 1, indent(line) + 1,
                new IndentedKey((key.group(1) + line.strip()).strip())));
    }

    /**
     * The {@link #KEY_WITH_VALUE} match of the nearest line above line {@code index} (0-based) that
     * is not blank, when it is a key with a value of its own and line {@code index} is indented
     * deeper than it; null otherwise.
     */
    private static Matcher keyAbove(List<String> lines, int index) {
        int above = index - 1;
        while (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        Matcher key = above < 0 ? null : KEY_WITH_VALUE.matcher(lines.get(above));
        return key != null && key.matches() && indent(lines.get(index)) > key.group(1).length() ? key : null;
    }

    /**
     * A key of a nested map indented less than the key above it and more than the key that holds
     * them ({@code bio:}, {@code    en: ...}, then {@code   ru: ...}): YAML cannot tell which map it
     * belongs to, and says only that it expected the block's end.
     *
     * @param above   the block line (1-based) of the key above
     * @param column  the column (1-based) where the key above starts
     * @param example the line started in that column
     * @param outer   the line started where the key that holds them starts, or "" for a list item's key
     */
    record OutdentedKey(int above, int column, String example, String outer) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "this key starts left of the key above it (line " + (offset + above) + ", column " + column
                    + ") and right of the key that holds them, so YAML cannot tell which map it belongs to; start the"
                    + " keys of one map in the same column, like " + example + (outer.isEmpty() ? ""
                            : " (or, if it is no key of that map, where the key that holds them starts, like " + outer
                                    + ")");
        }
    }

    /**
     * The {@link OutdentedKey} at line {@code index} (0-based) where the parser found a map it did
     * not expect: when the line is a key, the line above is a key (or a list item's) that starts
     * further right, and a line above that starts further left than it.
     */
    static Optional<Located> outdentedKey(List<String> lines, int index) {
        if (index < 1 || index >= lines.size() || !KEY_LINE.matcher(lines.get(index)).matches()
                || lines.get(index).stripLeading().startsWith("-")) {
            return Optional.empty();
        }
        int above = index - 1;
        while (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        if (above < 0 || !KEY_LINE.matcher(lines.get(above)).matches()) {
            return Optional.empty();
        }
        String line = lines.get(index);
        Matcher item = Pattern.compile("\\s*(?:-\\s+)?").matcher(lines.get(above));
        item.lookingAt();
        int column = item.end(); // where the key above starts, past a list item's dash
        if (indent(line) >= column) {
            return Optional.empty();
        }
        for (int i = above; i >= 0; i--) {
            String owner = lines.get(i);
            if (!owner.isBlank() && indent(owner) < indent(line)) {
                String outer = owner.stripLeading().startsWith("-") ? "" : " ".repeat(indent(owner)) + line.strip();
                return Optional.of(new Located(index + 1, indent(line) + 1,
                        new OutdentedKey(above + 1, column + 1, " ".repeat(column) + line.strip(), outer)));
            }
        }
        return Optional.empty();
    }

    /**
     * A list item indented under a key whose value is already on its line ({@code people:
     * [neil-armstrong]}, then {@code   - buzz-aldrin}): YAML has no place for it.
     *
     * @param key     the key above
     * @param example the key with the item added to its list ({@code people: [neil-armstrong,
     *                buzz-aldrin]}), or "" when its value is not a list
     */
    record IndentedItem(String key, String example) implements Mistake {
        @Override
        public String sentence(int offset, String what) {
            return "this list item is indented under " + key + ":, whose value is already written on its line; write"
                    + " the list one way: " + (example.isEmpty() ? key + ": [a, b]" : example) + ", or every item on a"
                    + " line of its own under " + key + ":";
        }
    }

    /**
     * The {@link IndentedItem} at line {@code index} (0-based) where the parser found a list it did
     * not expect: when the line is a list item indented deeper than the line above, a key with a
     * value of its own.
     */
    static Optional<Located> indentedItem(List<String> lines, int index) {
        if (index < 1 || index >= lines.size() || !lines.get(index).stripLeading().startsWith("- ")) {
            return Optional.empty();
        }
        Matcher key = keyAbove(lines, index);
        if (key == null) {
            return Optional.empty();
        }
        String name = key.group(2);
        String value = key.group(3).strip();
        String item = lines.get(index).strip().substring(2).strip();
        String example = value.startsWith("[") && value.endsWith("]") ? name + ": [" + value.substring(1,
                value.length() - 1).strip() + (value.length() > 2 ? ", " : "") + item + "]" : "";
        return Optional.of(new Located(index + 1, indent(lines.get(index)) + 1, new IndentedItem(name, example)));
    }

    /** A key and a value on one line, its indent, key and value the groups: {@code   name: NASA}. */
    Pattern KEY_WITH_VALUE = Pattern.compile("(\\s*)([A-Za-z_][\\w.-]*):\\s+(\\S.*)");
    /** A key at the start of a line: {@code  date:}, {@code - name:}. */
    Pattern KEY_LINE = Pattern.compile("\\s*(?:-\\s+)?[A-Za-z_][\\w.-]*:(?:\\s.*)?");
    /** What stands before a quote that opens a key's value: {@code title: }, {@code - }. */
    Pattern VALUE_START = Pattern.compile("\\s*(?:-\\s+)?(?:[A-Za-z_][\\w.-]*:\\s+)?");
    /** A line that reads as a key and its value but for the colon. */
    Pattern KEY_WITHOUT_COLON = Pattern.compile("\\s*([A-Za-z_][\\w-]*)(?:\\s+(\\S.*?))?\\s*");

    /**
     * A quote in {@code block} that opens before {@code line}:{@code column} (where the parser
     * stopped, 1-based) and closes on a later line that is, or after a line that is, a key no deeper
     * than the quote's own: the quoted value took in keys that were meant to follow it.
     */
    static Optional<Located> runawayQuote(String block, int line, int column) {
        if (block.indexOf('"') < 0 && block.indexOf('\'') < 0) {
            return Optional.empty();
        }
        List<String> lines = block.lines().toList();
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(10_000_000).build();
        ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, block));
        try {
            while (scanner.hasNext()) {
                Token t = scanner.next();
                if (!(t instanceof ScalarToken s) || s.getStartMark().isEmpty() || s.getEndMark().isEmpty()
                        || s.getStyle() != ScalarStyle.DOUBLE_QUOTED && s.getStyle() != ScalarStyle.SINGLE_QUOTED) {
                    continue;
                }
                Mark start = s.getStartMark().get();
                Mark end = s.getEndMark().get();
                if (start.getLine() + 1 > line || start.getLine() + 1 == line && start.getColumn() + 1 >= column) {
                    break; // past where the parser stopped
                }
                if (end.getLine() > start.getLine() && takesInAKey(lines, start.getLine(), end.getLine())) {
                    char quote = s.getStyle() == ScalarStyle.DOUBLE_QUOTED ? '"' : '\'';
                    return Optional.of(new Located(start.getLine() + 1, start.getColumn() + 1,
                            new UnclosedQuote(quote, end.getLine() + 1, example(lines, start.getLine(), start.getColumn(),
                                    quote))));
                }
            }
        } catch (YamlEngineException e) {
            // the rest of the block does not scan: what was scanned held no runaway quote
        }
        return Optional.empty();
    }

    /** Whether a line after {@code from} up to {@code to} (0-based) is a key no deeper than line {@code from}. */
    private static boolean takesInAKey(List<String> lines, int from, int to) {
        int depth = indent(lines.get(from));
        for (int i = from + 1; i <= to && i < lines.size(); i++) {
            if (indent(lines.get(i)) <= depth && KEY_LINE.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Line {@code index} (0-based) closed with {@code quote}, when the quote at {@code column}
     * (0-based) opens a key's value or a list item and the line is short enough to quote; else "".
     */
    static String example(List<String> lines, int index, int column, char quote) {
        if (index >= lines.size()) {
            return "";
        }
        String line = lines.get(index).stripTrailing();
        if (line.length() > 80 || column > line.length() || !VALUE_START.matcher(line.substring(0, column)).matches()) {
            return "";
        }
        return line.strip() + quote;
    }

    /**
     * Line {@code index} (0-based) with the double-quoted value that opens at {@code column}
     * (0-based) put in single quotes, when it closes on that line and the line holds no single
     * quote and the value no escaped quote; else "".
     */
    static String singleQuoted(List<String> lines, int index, int column) {
        if (index >= lines.size()) {
            return "";
        }
        String line = lines.get(index).stripTrailing();
        int close = line.indexOf('"', column + 1);
        if (line.length() > 80 || column >= line.length() || line.charAt(column) != '"' || close < 0
                || line.charAt(close - 1) == '\\' || line.indexOf('\'') >= 0) {
            return "";
        }
        return (line.substring(0, column) + "'" + line.substring(column + 1, close) + "'" + line.substring(close + 1))
                .strip();
    }

    /** Line {@code index} (0-based) written as {@code key: value}, when it reads as a key and a value; else "". */
    static String keyValue(List<String> lines, int index) {
        if (index >= lines.size() || lines.get(index).strip().length() > 80) {
            return "";
        }
        Matcher m = KEY_WITHOUT_COLON.matcher(lines.get(index));
        if (!m.matches()) {
            return "";
        }
        return m.group(1) + ":" + (m.group(2) == null ? " followed by its value" : " " + m.group(2));
    }

    /** A mistake and where it is (1-based block line and column). */
    record Located(int line, int column, Mistake mistake) {
    }
}
