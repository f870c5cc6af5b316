package io.orbitpress.frontmatter;

import io.orbitpress.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Characters a value can only get by an escape ({@code "\u0000"} in JSON or TOML, {@code "\0"}
 * or {@code "\a"} in YAML): the file's bytes cannot hold them as they are (a NUL byte makes it a
 * binary file, the parsers refuse a raw control character). A NUL or half of a UTF-16 pair
 * ({@code "\ud800"}) has no place in a page (it was written as {@code &#0;}, a broken
 * character): an error at the escape. Another control character is left out of the pages, as
 * the body's are: a warning at the escape.
 */
final class EscapedCharacters {

    private EscapedCharacters() {
    }

    /** Tells each such escape in the values of {@code fields} (at {@code places}, file lines; the block starts after {@code offset} lines). */
    static void check(Map<String, JsonNode> fields, Map<String, FrontMatter.Place> places, String block, int offset,
            String path, Diagnostics d) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            if (places.containsKey(e.getKey()) && (odd(e.getKey()) || odd(e.getValue()))) {
                keys.add(e.getKey());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        int[] lineStarts = lineStarts(block);
        // each key's value runs to the next key written after it
        List<Integer> starts = new ArrayList<>();
        for (FrontMatter.Place p : places.values()) {
            starts.add(index(lineStarts, block, p, offset));
        }
        starts.sort(Comparator.naturalOrder());
        for (String key : keys) {
            int from = index(lineStarts, block, places.get(key), offset);
            int to = block.length();
            for (int s : starts) {
                if (s > from) {
                    to = s;
                    break;
                }
            }
            tell(key, block, from, to, lineStarts, offset, path, d);
        }
    }

    /** Whether {@code n}, a key or any text in it, has a character {@link #tell} finds fault with. */
    private static boolean odd(JsonNode n) {
        if (n.isString()) {
            return odd(n.asString());
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (odd(e.getKey()) || odd(e.getValue())) {
                    return true;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode item : n) {
                if (odd(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean odd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (io.orbitpress.diag.ControlCharacters.control(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Tells the escapes between {@code from} and {@code to} of {@code block} that write such a character. */
    private static void tell(String key, String block, int from, int to, int[] lineStarts, int offset, String path,
            Diagnostics d) {
        for (int i = from; i < to; i++) {
            if (block.charAt(i) != '\\' || i + 1 >= to) {
                continue;
            }
            char e = block.charAt(i + 1);
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
            int c;
            int end = i + 2 + digits;
            if (digits > 0) {
                if (end > to) {
                    i++;
                    continue;
                }
                try {
                    c = Integer.parseInt(block.substring(i + 2, end), 16);
                } catch (NumberFormatException x) {
                    i++;
                    continue;
                }
            } else {
                c = switch (e) {
                    case '0' -> 0;
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'v' -> 0x0b;
                    case 'e' -> 0x1b;
                    case 'N' -> 0x85;
                    default -> -1;
                };
            }
            String escape = block.substring(i, end);
            int line = line(lineStarts, i);
            int column = i - lineStarts[line - 1] + 1;
            if (c >= 0xd800 && c <= 0xdbff && block.startsWith("\\u", end) && end + 6 <= to
                    && lowHalf(block.substring(end + 2, end + 6))) {
                i = end + 5; // a pair: one character
                continue;
            }
            if (c == 0) {
                d.error(path, offset + line, column, "\"" + escape + "\" in " + key + " is a NUL character (U+0000),"
                        + " which no page can show; remove it");
            } else if (c >= 0xd800 && c <= 0xdfff) {
                d.error(path, offset + line, column, "\"" + escape + "\" in " + key + " is half of a character"
                        + " (a UTF-16 surrogate) without its other half, which no page can show; write the character"
                        + " itself, or remove the escape");
            } else if (c > 0 && io.orbitpress.diag.ControlCharacters.control(c)) {
                d.warning(path, offset + line, column, "\"" + escape + "\" in " + key + " is a control character ("
                        + io.orbitpress.diag.ControlCharacters.name(c) + "), which pages leave out (HTML does not allow it); remove it");
            }
            i = digits > 0 ? end - 1 : i + 1;
        }
    }

    private static boolean lowHalf(String hex) {
        try {
            int c = Integer.parseInt(hex, 16);
            return c >= 0xdc00 && c <= 0xdfff;
        } catch (NumberFormatException x) {
            return false;
        }
    }

    private static int[] lineStarts(String block) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = block.indexOf('\n'); i >= 0; i = block.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The block index of file place {@code p}. */
    private static int index(int[] lineStarts, String block, FrontMatter.Place p, int offset) {
        int line = Math.min(Math.max(1, p.line() - offset), lineStarts.length);
        return Math.min(block.length(), lineStarts[line - 1] + p.column() - 1);
    }

    /** The 1-based block line of index {@code i}. */
    private static int line(int[] lineStarts, int i) {
        int at = java.util.Arrays.binarySearch(lineStarts, i);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
