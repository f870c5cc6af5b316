package io.orbitpress.frontmatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a TOML block writes each key and list item, found in its text: the TOML parser tells the
 * place of none, so a message about {@code slug} or a list's second item had no line. Keys are
 * known by their keys from the top ({@code [slug]}, {@code [taxonomies, tags]} for a table's
 * key), items by their key and index ({@code [people, 1]}), for lists written on the key's line or
 * the lines below it until their {@code ]}. A key written twice keeps its first place (and is found by
 * {@link #firstTwice}: TOML refuses it).
 */
final class TomlPlaces {

    /** A table's header alone on its line: {@code [extra]}, {@code [[extra.people]]} (a list item {@code ["a"],} is not). */
    private static final Pattern TABLE = Pattern.compile(
            "\\s*(\\[\\[?)\\s*([A-Za-z0-9_.-]+|\"[^\"]*\")\\s*\\]\\]?\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("\\s*(\"([^\"]*)\"|'([^']*)'|[A-Za-z0-9_-]+)\\s*=\\s*");
    /** A dotted key, {@code source.url = ...}: its parts, bare or quoted, and the "=" after them. */
    private static final Pattern DOTTED = Pattern.compile(
            "\\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))+)\\s*=\\s*");

    private TomlPlaces() {
    }

    /** A key written twice in one table: its name, the line of its first place, and its second place. */
    record Twice(String key, int firstLine, FrontMatter.Place again) {
    }

    /**
     * The places of a block's keys and items, by their keys from the top, and where the value of
     * each key above the first table starts ({@code 2026-02-30} of {@code date = 2026-02-30}).
     */
    record Places(Map<List<String>, FrontMatter.Place> keys, Map<String, FrontMatter.Place> values) {
    }

    /** The places in {@code block}, as lines of its file ({@code offset} lines before the block). */
    static Places of(String block, int offset) {
        Map<String, FrontMatter.Place> values = new HashMap<>();
        return new Places(walk(block, offset, new Twice[1], values), values);
    }

    /** The first key {@code block} writes twice in one table, at block lines; null when none. */
    static Twice firstTwice(String block) {
        Twice[] twice = new Twice[1];
        walk(block, 0, twice, new HashMap<>());
        return twice[0];
    }

    private static Map<List<String>, FrontMatter.Place> walk(String block, int offset, Twice[] twice,
            Map<String, FrontMatter.Place> values) {
        Map<List<String>, FrontMatter.Place> out = new HashMap<>();
        String[] lines = block.split("\n", -1);
        List<String> table = List.of();
        Map<List<String>, Integer> items = new HashMap<>(); // per [[x]], how many of its tables came before
        boolean inText = false; // within a """ or ''' text of several lines
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int quotes = count(line, "\"\"\"") + count(line, "'''");
            if (inText) {
                inText = quotes % 2 == 0;
                continue;
            }
            Matcher t = TABLE.matcher(line);
            Matcher k = KEY.matcher(line);
            Matcher dotted = DOTTED.matcher(line);
            if (t.matches()) {
                String name = unquoted(t.group(2));
                table = List.of(name.split("\\.", -1));
                out.putIfAbsent(table, new FrontMatter.Place(offset + i + 1, t.start(2) + 1));
                if (t.group(1).equals("[[")) {
                    // each [[x]] is a table of its own, an item of the list x: its keys are not the previous one's
                    int index = items.merge(table, 1, Integer::sum) - 1;
                    List<String> item = new ArrayList<>(table);
                    item.add(String.valueOf(index));
                    table = List.copyOf(item);
                    out.putIfAbsent(table, new FrontMatter.Place(offset + i + 1, t.start(2) + 1));
                }
            } else if (dotted.lookingAt()) {
                // source.url = ...: each part is a key, placed at the line's first
                List<String> key = new ArrayList<>(table);
                for (String part : dotted.group(1).split("\\s*\\.\\s*(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
                    key.add(unquoted(part.strip()));
                    out.putIfAbsent(List.copyOf(key), new FrontMatter.Place(offset + i + 1, dotted.start(1) + 1));
                }
            } else if (k.lookingAt()) {
                String name = k.group(2) != null ? k.group(2) : k.group(3) != null ? k.group(3) : k.group(1);
                List<String> key = new ArrayList<>(table);
                key.add(name);
                FrontMatter.Place here = new FrontMatter.Place(offset + i + 1, k.start(1) + 1);
                FrontMatter.Place first = out.putIfAbsent(List.copyOf(key), here);
                if (first != null && twice[0] == null) {
                    twice[0] = new Twice(name, first.line(), here);
                }
                if (table.isEmpty()) {
                    values.putIfAbsent(name, new FrontMatter.Place(offset + i + 1, k.end() + 1));
                }
                if (k.end() < line.length() && line.charAt(k.end()) == '[') {
                    i = items(lines, i, k.end() + 1, key, offset, out);
                    continue;
                }
            }
            inText = quotes % 2 == 1;
        }
        return out;
    }

    /**
     * Reads the items of a list that opens at {@code column} of line {@code i}, placing each under
     * {@code key} and its index; returns the line where the list ends.
     */
    private static int items(String[] lines, int i, int column, List<String> key, int offset,
            Map<List<String>, FrontMatter.Place> out) {
        int index = 0;
        boolean atItem = true; // before an item: after "[" or ","
        for (int line = i; line < lines.length; line++) {
            String text = lines[line];
            for (int c = line == i ? column : 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == ']') {
                    return line;
                } else if (ch == '#') {
                    break; // a comment, to the end of the line
                } else if (ch == ',') {
                    atItem = true;
                } else if (!Character.isWhitespace(ch)) {
                    if (atItem) {
                        List<String> item = new ArrayList<>(key);
                        item.add(String.valueOf(index++));
                        out.putIfAbsent(List.copyOf(item), new FrontMatter.Place(offset + line + 1, c + 1));
                        atItem = false;
                    }
                    if (ch == '"' || ch == '\'') {
                        int end = text.indexOf(ch, c + 1);
                        while (ch == '"' && end > 0 && text.charAt(end - 1) == '\\') {
                            end = text.indexOf(ch, end + 1);
                        }
                        if (end < 0) {
                            return line;
                        }
                        c = end;
                    } else if (ch == '[' || ch == '{') {
                        return line; // a list of lists or tables: its items are not placed
                    }
                }
            }
        }
        return lines.length - 1;
    }

    private static String unquoted(String name) {
        return name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("'") && name.endsWith("'"))
                ? name.substring(1, name.length() - 1) : name;
    }

    private static int count(String line, String of) {
        int n = 0;
        for (int at = line.indexOf(of); at >= 0; at = line.indexOf(of, at + of.length())) {
            n++;
        }
        return n;
    }
}
