package io.orbitpress.frontmatter;

import io.orbitpress.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML and TOML front matter with Jackson into a {@link FrontMatter}, keeping the file
 * position of every top-level key (and finding that of a nested key when a message needs it).
 * Syntax errors become diagnostics at the file's own line and column. Alias bombs and deep
 * nesting are refused before they cost memory.
 */
public final class FrontMatterParser {

    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;

    private final ObjectMapper yaml;
    private final ObjectMapper toml;
    private final ObjectMapper json;
    /** What messages call the text parsed: "front matter", or "site.yaml" for the site's settings. */
    private final String what;
    /** The keys set twice that are an error, not a warning that the last value is used ({@link #settingOnce}). */
    private final java.util.function.Predicate<String> once;

    /** A parser for the front matter of content files. */
    public FrontMatterParser() {
        this("front matter");
    }

    /** A parser for a whole YAML file of settings, which messages call by its name ("site.yaml"). */
    public static FrontMatterParser forFile(String name) {
        return new FrontMatterParser(name);
    }

    private FrontMatterParser(FrontMatterParser p, java.util.function.Predicate<String> once) {
        this.what = p.what;
        this.yaml = p.yaml;
        this.toml = p.toml;
        this.json = p.json;
        this.once = once;
    }

    /**
     * This parser, for which a key {@code keys} accepts set twice is an error: one whose last value
     * cannot be taken on trust (what holds a story back: a slip publishes it).
     */
    public FrontMatterParser settingOnce(java.util.function.Predicate<String> keys) {
        return new FrontMatterParser(this, keys);
    }

    private FrontMatterParser(String what) {
        this.what = what;
        this.once = k -> false;
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(5_000_000)
                .build();
        LoadSettings load = LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true)
                .setCodePointLimit(10_000_000)
                .build();
        this.yaml = YAMLMapper.builder(YAMLFactory.builder()
                .loadSettings(load)
                .streamReadConstraints(limits)
                .build()).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.toml = TomlMapper.builder(TomlFactory.builder()
                .streamReadConstraints(limits)
                .build()).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.json = tools.jackson.databind.json.JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .streamReadConstraints(limits)
                .build()).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /**
     * Whether the string the parser is at is one of YAML's other ways to write null ({@code ~},
     * {@code Null}, {@code NULL}), unquoted: the YAML parser gives them as text, so that
     * {@code publishDate: ~} was an error where {@code publishDate: null} means none.
     */
    private static boolean isYamlNull(String block, JsonParser p) {
        String text = p.getString();
        if (!text.equals("~") && !text.equals("Null") && !text.equals("NULL")) {
            return false;
        }
        int at = tokenStart(block, p);
        return at >= 0 && block.startsWith(text, at);
    }

    /** Whether the scalar the parser is at is written in quotation marks (YAML reads it as text, never a timestamp). */
    private static boolean quoted(String block, JsonParser p) {
        int at = tokenStart(block, p);
        return at >= 0 && at < block.length() && (block.charAt(at) == '"' || block.charAt(at) == '\'');
    }

    /** Where in {@code block} file place {@code at} is, or -1 when it is not in it. */
    private static int tokenStart(String block, FrontMatter.Place at, int offset) {
        int start = 0;
        for (int i = 1; i < at.line() - offset; i++) {
            int end = block.indexOf('\n', start);
            if (end < 0) {
                return -1;
            }
            start = end + 1;
        }
        return start + at.column() - 1;
    }

    /** Where in {@code block} the token the parser is at starts, or -1 when its place is not in it. */
    private static int tokenStart(String block, JsonParser p) {
        TokenStreamLocation at = p.currentTokenLocation();
        if (at.getLineNr() < 1 || at.getColumnNr() < 1) {
            return -1;
        }
        int start = 0;
        for (int i = 1; i < at.getLineNr(); i++) {
            int end = block.indexOf('\n', start);
            if (end < 0) {
                return -1;
            }
            start = end + 1;
        }
        return start + at.getColumnNr() - 1;
    }

    /** Parses the front matter of {@code split}; problems go to {@code d} and leave the keys read so far. */
    public FrontMatter parse(Split split, String path, Diagnostics d) {
        if (split.unclosedAt() > 0) {
            String delim = split.format() == Split.Format.TOML ? "+++" : "---";
            d.error(path, split.unclosedAt(), 1, split.format() == Split.Format.JSON
                    ? what + " opened here with { is never closed; close the JSON object with } after its last key"
                    : what + " opened here is never closed; add a line " + delim + " after its last key");
            return FrontMatter.empty(path);
        }
        if (!split.hasFrontMatter() || split.block().isBlank()) {
            return new FrontMatter(path, Map.of(), Map.of(), new FrontMatter.Place(Math.max(1, split.blockLine()), 1));
        }
        if (split.format() == Split.Format.HEADER || split.format() == Split.Format.JBAKE) {
            return header(split, path, d);
        }
        ObjectMapper mapper = split.format() == Split.Format.TOML ? toml : split.format() == Split.Format.JSON ? json : yaml;
        int offset = split.blockLine() - 1;
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Map<String, FrontMatter.Place> places = new HashMap<>();
        Map<String, FrontMatter.Place> values = new HashMap<>();
        java.util.Set<String> plain = new java.util.HashSet<>();
        FrontMatter.Place whole = new FrontMatter.Place(split.blockLine(), 1);
        if (split.format() == Split.Format.YAML) {
            FrontMatter.Place alias = firstAlias(split.block());
            if (alias != null) {
                d.error(path, offset + alias.line(), alias.column(), "YAML aliases (*name) are not supported in "
                        + what + "; write the value out in full");
                return new FrontMatter(path, fields, places, whole, false);
            }
        }
        JsonParser p = null;
        try {
            p = mapper.createParser(split.block());
            JsonToken t = p.nextToken();
            if (t == null) {
                return new FrontMatter(path, fields, places, whole);
            }
            if (t != JsonToken.START_OBJECT) {
                TokenStreamLocation at = p.currentTokenLocation();
                d.error(path, offset + Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                        what + " must be a set of \"key: value\" lines");
                return new FrontMatter(path, fields, places, whole, false);
            }
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                TokenStreamLocation at = p.currentTokenLocation();
                FrontMatter.Place place = new FrontMatter.Place(offset + at.getLineNr(), Math.max(1, at.getColumnNr()));
                JsonToken v = p.nextToken();
                TokenStreamLocation valueAt = v.isScalarValue() ? p.currentTokenLocation() : null;
                boolean plainScalar = v == JsonToken.VALUE_STRING && split.format() == Split.Format.YAML
                        && !quoted(split.block(), p);
                JsonNode value = v == JsonToken.VALUE_STRING && split.format() == Split.Format.YAML
                        && isYamlNull(split.block(), p) ? tools.jackson.databind.node.NullNode.getInstance()
                        : WrittenNumbers.read(p, mapper);
                int keyAt = key.equals("<<") && split.format() == Split.Format.YAML
                        ? tokenStart(split.block(), place, offset) : -1;
                if (keyAt >= 0 && split.block().startsWith("<<", keyAt)) {
                    // YAML 1.1's merge key, which the YAML 1.2 parser reads as a key named "<<"
                    List<String> brought = new ArrayList<>();
                    value.propertyNames().forEach(brought::add);
                    // an error, not a warning: a key it brings may hold the story back (publishDate)
                    d.error(path, place.line(), place.column(), "\"<<\" is a YAML merge key, which Orbitpress does"
                            + " not read in " + what + ": " + (brought.isEmpty() ? "its value would be" : "the keys it"
                            + " brings (" + String.join(", ", brought) + ") would be") + " lost; write them out in"
                            + " this map");
                    continue;
                }
                if (fields.containsKey(key)) {
                    setTwice(d, path, key, key, places.get(key), place);
                }
                fields.put(key, value);
                places.put(key, place);
                if (valueAt != null && valueAt.getLineNr() > 0) {
                    values.put(key, new FrontMatter.Place(offset + valueAt.getLineNr(), Math.max(1, valueAt.getColumnNr())));
                } else {
                    values.remove(key);
                }
                if (plainScalar) {
                    plain.add(key);
                } else {
                    plain.remove(key);
                }
            }
        } catch (JacksonException e) {
            // Limits (nesting depth) are thrown without a location: use where the parser stopped.
            TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
                    : p == null ? null : p.currentLocation();
            SyntaxProblem problem = SyntaxProblem.of(e, at, split.format(), split.block());
            d.error(path, offset + problem.line(), problem.column(), problem.message(offset, what));
            return new FrontMatter(path, fields, places, whole, false);
        } finally {
            if (p != null) {
                p.close();
            }
        }
        // the TOML parser tells no place of a key or item: they are found in the text
        TomlPlaces.Places tomlPlaces = split.format() == Split.Format.TOML ? TomlPlaces.of(split.block(), offset) : null;
        Map<List<String>, FrontMatter.Place> toml = tomlPlaces == null ? null : tomlPlaces.keys();
        if (toml != null) {
            for (String key : fields.keySet()) {
                FrontMatter.Place at = toml.get(List.of(key));
                if (at != null) {
                    places.put(key, at);
                }
                values.remove(key);
                FrontMatter.Place value = tomlPlaces.values().get(key);
                if (value != null && fields.get(key).isValueNode()) {
                    values.put(key, value);
                }
            }
        }
        EscapedCharacters.check(fields, places, split.block(), offset, path, d);
        if (toml != null) {
            return new FrontMatter(path, fields, places, whole, true, toml::get, java.util.Set.of(), values);
        }
        if (split.format() == Split.Format.YAML) {
            commentsInText(split.block(), offset, path, d);
            foldedItems(split.block(), offset, path, d);
            return new FrontMatter(path, fields, places, whole, true, nestedPlaces(mapper, split.block(), offset), plain,
                    values);
        }
        return new FrontMatter(path, fields, places, whole, true, nestedPlaces(mapper, split.block(), offset),
                java.util.Set.of(), values);
    }

    /**
     * A key set again at {@code place}, set before at {@code earlier}, and written
     * {@code written} here: an error for a key that holds a story back, whose values are then
     * neither taken on trust; else a warning that the last value is used.
     */
    private void setTwice(Diagnostics d, String path, String key, String written, FrontMatter.Place earlier,
            FrontMatter.Place place) {
        if (once.test(key)) {
            d.error(path, place.line(), place.column(), "\"" + written + "\" is set twice, on line " + earlier.line()
                    + " and here; it holds the story back, so neither value is taken on trust: keep the one you mean");
        } else {
            d.warning(path, place.line(), place.column(), "\"" + written + "\" is set twice; the last value is used");
        }
    }

    /**
     * Pelican's and MultiMarkdown's header, read as Pelican reads it: keys in any case are the
     * lower-case key ({@code Title:} is {@code title}), every value is text (a line indented under
     * a key goes on its value), {@code Tags:} and {@code Authors:} are lists separated by commas (or
     * by semicolons, when there is one), {@code Modified:} is {@code updated} and {@code Status: draft}
     * is {@code draft: true}. JBake's {@code key=value} header alike, where {@code type=post} says
     * nothing more.
     */
    private FrontMatter header(Split split, String path, Diagnostics d) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Map<String, FrontMatter.Place> places = new HashMap<>();
        Map<String, FrontMatter.Place> values = new HashMap<>(); // where each key's value starts
        boolean jbake = split.format() == Split.Format.JBAKE;
        String[] lines = split.block().split("\n");
        String key = null;
        StringBuilder value = new StringBuilder();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].stripTrailing() : null;
            if (jbake && line != null && line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = line == null ? null
                    : (jbake ? FrontMatterSplitter.JBAKE_LINE : FrontMatterSplitter.HEADER_LINE).matcher(line);
            if (line != null && !m.matches()) {
                value.append(value.length() == 0 ? "" : " ").append(line.strip()); // a value's next line
                continue;
            }
            if (key != null) {
                headerField(fields, key, value.toString());
            }
            if (line == null) {
                break;
            }
            key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            value.setLength(0);
            value.append(m.group(2) == null ? "" : m.group(2));
            FrontMatter.Place place = new FrontMatter.Place(split.blockLine() + i, 1);
            if (places.containsKey(key)) {
                setTwice(d, path, key, m.group(1), places.get(key), place);
            }
            places.put(key, place);
            if (m.group(2) != null) {
                values.put(key, new FrontMatter.Place(place.line(), m.start(2) + 1));
            } else {
                values.remove(key);
            }
        }
        if (fields.containsKey("modified") && !fields.containsKey("updated")) {
            headerKey(fields, places, "modified", "updated", fields.get("modified"));
            if (values.containsKey("modified")) {
                values.put("updated", values.remove("modified"));
            }
        }
        String status = fields.containsKey("status") ? fields.get("status").asString().strip() : "";
        if (status.equalsIgnoreCase("draft") && !fields.containsKey("draft")) {
            headerKey(fields, places, "status", "draft", tools.jackson.databind.node.BooleanNode.TRUE);
        } else if (status.equalsIgnoreCase("published")) {
            fields.remove("status");
        }
        if (jbake && fields.containsKey("type") && fields.get("type").asString().strip().equals("post")) {
            fields.remove("type");
        }
        return new FrontMatter(path, fields, places, new FrontMatter.Place(split.blockLine(), 1), true, keys -> null,
                java.util.Set.of(), values);
    }

    /** Reads a header's key {@code from} as {@code to}, at its place among the others. */
    private static void headerKey(Map<String, JsonNode> fields, Map<String, FrontMatter.Place> places, String from,
            String to, JsonNode value) {
        Map<String, JsonNode> in = new LinkedHashMap<>(fields);
        fields.clear();
        in.forEach((k, v) -> fields.put(k.equals(from) ? to : k, k.equals(from) ? value : v));
        places.put(to, places.remove(from));
    }

    private static void headerField(Map<String, JsonNode> fields, String key, String value) {
        if (!key.equals("tags") && !key.equals("authors")) {
            fields.put(key, tools.jackson.databind.node.StringNode.valueOf(value));
            return;
        }
        tools.jackson.databind.node.ArrayNode items = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (String item : value.split(value.contains(";") ? ";" : ",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        fields.put(key, items);
    }

    /** A line whose value is a block of the lines below it ({@code summary: >}, {@code - |}). */
    private static final java.util.regex.Pattern BLOCK_VALUE = java.util.regex.Pattern.compile(
            ".*(:|^ *-) +[|>][-+0-9]*\\s*(#.*)?");

    /** A list item of plain text: "- a", not a quoted, bracketed, block or map item. */
    private static final java.util.regex.Pattern PLAIN_ITEM = java.util.regex.Pattern.compile(
            "( *)- +([^\"'\\[{|>&*!#\\s][^#]*)");

    /**
     * Warns of a "- b" line indented deeper than the list item above it: YAML reads it as the rest of
     * that item's text ("a - b", a topic no one meant), not as an item of its own.
     */
    private static void foldedItems(String block, int offset, String path, Diagnostics d) {
        String[] lines = block.split("\n", -1);
        int blockIndent = -1; // the indent of the key whose block value (summary: >) the lines below it are
        for (int i = 0; i < lines.length; i++) {
            int indent = lines[i].length() - lines[i].stripLeading().length();
            if (blockIndent >= 0 && (lines[i].isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = BLOCK_VALUE.matcher(lines[i]).matches() ? indent : -1;
            java.util.regex.Matcher item = PLAIN_ITEM.matcher(lines[i]);
            if (!item.matches() || item.group(2).contains(": ")) {
                continue;
            }
            int dash = item.group(1).length();
            StringBuilder text = new StringBuilder(item.group(2).strip());
            for (int j = i + 1; j < lines.length && !lines[j].isBlank(); j++) {
                String next = lines[j];
                int deeper = next.length() - next.stripLeading().length();
                if (deeper <= dash || next.stripLeading().startsWith("#")) {
                    break;
                }
                text.append(' ').append(next.strip());
                if (next.stripLeading().startsWith("- ")) {
                    d.warning(path, offset + j + 1, deeper + 1, "this line is read as the rest of the item above,"
                            + " which becomes \"" + text + "\"; to make it an item of its own, put its \"-\" under the"
                            + " one above (column " + (dash + 1) + ")");
                    break;
                }
            }
        }
    }

    /** Where the first "#" after a space or tab at or after {@code from} is in {@code text}; -1 for none. */
    private static int firstComment(String text, int from) {
        for (int i = Math.max(1, from); i < text.length(); i++) {
            if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("([A-Za-z0-9_][\\w.-]*)\\s*:(?:\\s+|$)");

    /**
     * Warns of each unquoted value in which {@code #} after a space, with text right after it, starts
     * a comment ({@code title: Docking #2 of 3} is "Docking" to YAML): a comment is written "# ...",
     * so "#2" was meant as text. Lines of a block value ({@code summary: |}) are text, not read.
     */
    private static void commentsInText(String block, int offset, String path, Diagnostics d) {
        String[] lines = block.split("\n", -1);
        int blockIndent = -1; // the indent of the key whose block value the lines below it are
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                blockIndent = -1;
            }
            String rest = line.substring(indent);
            int at = indent;
            boolean item = rest.startsWith("- ");
            if (item) {
                int skip = 2;
                while (skip < rest.length() && rest.charAt(skip) == ' ') {
                    skip++;
                }
                rest = rest.substring(skip);
                at += skip;
            }
            java.util.regex.Matcher key = KEY.matcher(rest);
            String name = null;
            int keyAt = at; // where the key starts: a block value's lines are indented further
            if (key.lookingAt()) {
                name = key.group(1);
                at += key.end();
                rest = rest.substring(key.end());
            } else if (!item) {
                continue;
            }
            if (rest.startsWith("|") || rest.startsWith(">")) {
                blockIndent = keyAt;
                continue;
            }
            if (rest.isEmpty() || "'\"[{&*!".indexOf(rest.charAt(0)) >= 0) {
                continue;
            }
            int hash = rest.startsWith("#") ? 0 : firstComment(rest, 0);
            if (hash < 0) {
                continue;
            }
            if (hash + 1 >= rest.length() || Character.isWhitespace(rest.charAt(hash + 1))) {
                continue; // "# a comment", as meant
            }
            // what was meant runs to a comment written as one ("Docking #2 # to check"), if any
            int comment = firstComment(rest, hash + 1);
            while (comment >= 0 && comment + 1 < rest.length() && !Character.isWhitespace(rest.charAt(comment + 1))) {
                comment = firstComment(rest, comment + 1);
            }
            String meant = (comment < 0 ? rest : rest.substring(0, comment)).strip();
            String read = rest.substring(0, hash).strip();
            String quoted = meant.indexOf('"') < 0 ? "\"" + meant + "\"" : "'" + meant.replace("'", "''") + "'";
            String label = name == null ? "this item" : name;
            d.warning(path, offset + i + 1, at + hash + 1, "\"#\" after a space starts a comment in YAML, so "
                    + (read.isEmpty() ? label + " is read as empty" : label + " is read as \"" + read + "\"")
                    + "; to keep \"" + meant.substring(read.length()).strip() + "\", quote the value, like "
                    + (name == null ? "- " : name + ": ") + quoted);
        }
    }

    /**
     * Where the key (or list item) at a list of keys stands, keys below the top level included
     * ({@code ["entities", "kinds", "0", "key"]}; a list item by its index); null when there is
     * none. Read again from the block when first asked (only messages and the places of topics
     * need it), every key and item at once: an article's topics are each asked for.
     */
    private static Function<List<String>, FrontMatter.Place> nestedPlaces(ObjectMapper mapper, String block,
            int offset) {
        java.util.concurrent.atomic.AtomicReference<Map<List<String>, FrontMatter.Place>> read =
                new java.util.concurrent.atomic.AtomicReference<>();
        return keys -> {
            Map<List<String>, FrontMatter.Place> all = read.get();
            if (all == null) {
                read.compareAndSet(null, allPlaces(mapper, block, offset));
                all = read.get();
            }
            return all.get(keys);
        };
    }

    /** The place of every key and list item of {@code block}, by its keys; the first, when one is written twice. */
    private static Map<List<String>, FrontMatter.Place> allPlaces(ObjectMapper mapper, String block, int offset) {
        Map<List<String>, FrontMatter.Place> out = new HashMap<>();
        // per open map or list: the key or item index last read in it
        List<String[]> open = new ArrayList<>();
        try (JsonParser p = mapper.createParser(block)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    open.remove(open.size() - 1);
                    continue;
                }
                String[] top = open.isEmpty() ? null : open.get(open.size() - 1);
                boolean item = top != null && top[0].equals("list");
                if (t == JsonToken.PROPERTY_NAME) {
                    top[1] = p.currentName();
                } else if (item) {
                    top[1] = String.valueOf(top[1] == null ? 0 : Integer.parseInt(top[1]) + 1);
                }
                if (t == JsonToken.PROPERTY_NAME || item) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    out.putIfAbsent(open.stream().map(f -> f[1]).toList(),
                            new FrontMatter.Place(offset + Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
                } else if (top != null && t.isScalarValue()) {
                    // a map's value written as one value: where it starts, for a message about it as written
                    TokenStreamLocation at = p.currentTokenLocation();
                    List<String> keys = new ArrayList<>(open.stream().map(f -> f[1]).toList());
                    keys.add(FrontMatter.VALUE);
                    out.putIfAbsent(keys, new FrontMatter.Place(offset + Math.max(1, at.getLineNr()),
                            Math.max(1, at.getColumnNr())));
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    open.add(new String[] {t == JsonToken.START_ARRAY ? "list" : "map", null});
                }
            }
        } catch (JacksonException e) {
            // the block was read once already: a key past a syntax error has no place
        }
        return out;
    }

    /**
     * Where the first alias ({@code *name}) of a YAML block stands, or null. Jackson reads an
     * alias as the text of its name rather than the value it stands for, so a value would be
     * silently wrong; an alias bomb is refused by the same rule.
     */
    private FrontMatter.Place firstAlias(String block) {
        if (block.indexOf('*') < 0) {
            // an alias is written *name: without a star there is none, and no second parse is needed
            return null;
        }
        try (JsonParser scan = yaml.createParser(block)) {
            while (scan.nextToken() != null) {
                if (scan instanceof YAMLParser y && y.isCurrentAlias()) {
                    TokenStreamLocation at = scan.currentTokenLocation();
                    return new FrontMatter.Place(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
                }
            }
        } catch (JacksonException e) {
            // a syntax error: the parse that follows reports it
        }
        return null;
    }
}
