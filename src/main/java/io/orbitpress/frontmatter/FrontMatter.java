package io.orbitpress.frontmatter;

import io.orbitpress.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The parsed front matter of one file: its top-level keys, each with the file line and
 * column where it stands, and typed readers that report a wrong type as a diagnostic at
 * that place.
 */
public final class FrontMatter {

    /** Where a key stands in its file (1-based). */
    public record Place(int line, int column) {
    }

    private final String path;
    private final Map<String, JsonNode> fields;
    private final Map<String, Place> places;
    private final Place whole;
    private final boolean intact;
    /** The top-level keys whose value is a YAML scalar written without quotation marks. */
    private final java.util.Set<String> plain;
    /** Finds where a nested key stands (null when it does not); read on demand, as only messages need it. */
    private final Function<List<String>, Place> nested;
    /** Where the value of each top-level key written as one value (a text, a date, a number) starts. */
    private final Map<String, Place> values;

    FrontMatter(String path, Map<String, JsonNode> fields, Map<String, Place> places, Place whole) {
        this(path, fields, places, whole, true);
    }

    FrontMatter(String path, Map<String, JsonNode> fields, Map<String, Place> places, Place whole, boolean intact) {
        this(path, fields, places, whole, intact, keys -> null);
    }

    FrontMatter(String path, Map<String, JsonNode> fields, Map<String, Place> places, Place whole, boolean intact,
            Function<List<String>, Place> nested) {
        this(path, fields, places, whole, intact, nested, java.util.Set.of());
    }

    FrontMatter(String path, Map<String, JsonNode> fields, Map<String, Place> places, Place whole, boolean intact,
            Function<List<String>, Place> nested, java.util.Set<String> plain) {
        this(path, fields, places, whole, intact, nested, plain, Map.of());
    }

    FrontMatter(String path, Map<String, JsonNode> fields, Map<String, Place> places, Place whole, boolean intact,
            Function<List<String>, Place> nested, java.util.Set<String> plain, Map<String, Place> values) {
        this.values = Map.copyOf(values);
        this.plain = java.util.Set.copyOf(plain);
        this.path = path;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.places = Map.copyOf(places);
        this.whole = whole;
        this.intact = intact;
        this.nested = nested;
    }

    /**
     * This front matter with the value of each key of {@code aliases} it has also under the key
     * that alias stands for ({@code embargoUntil} under {@code publishDate}, at the alias's place),
     * unless it has that key itself.
     */
    public FrontMatter withAliases(Map<String, String> aliases) {
        Map<String, JsonNode> f = null;
        Map<String, Place> p = null;
        Map<String, Place> v = new java.util.HashMap<>(values);
        java.util.Set<String> unquoted = new java.util.HashSet<>(plain);
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (has(e.getKey()) && !fields.containsKey(e.getValue())) {
                if (f == null) {
                    f = new LinkedHashMap<>(fields);
                    p = new java.util.HashMap<>(places);
                }
                f.put(e.getValue(), fields.get(e.getKey()));
                p.put(e.getValue(), place(e.getKey()));
                v.put(e.getValue(), valuePlace(e.getKey()));
                if (plain.contains(e.getKey())) {
                    unquoted.add(e.getValue());
                }
            }
        }
        return f == null ? this : new FrontMatter(path, f, p, whole, intact, nested, unquoted, v);
    }

    /** A block that could not be read at all (never closed): no keys, not {@link #intact()}. */
    public static FrontMatter empty(String path) {
        return new FrontMatter(path, Map.of(), Map.of(), new Place(1, 1), false);
    }

    /**
     * False when the block could not be read to its end (a syntax error, an alias, too deep):
     * a key that seems missing may only be unread, so "missing title" would mislead.
     */
    public boolean intact() {
        return intact;
    }

    public String path() {
        return path;
    }

    public Map<String, JsonNode> fields() {
        return fields;
    }

    public boolean has(String key) {
        JsonNode n = fields.get(key);
        return n != null && !n.isNull();
    }

    /**
     * Whether {@code key}'s value is a YAML scalar written without quotation marks ({@code date:
     * 2019-03-09 03:00:00}, which YAML reads as a timestamp, not {@code date: "2019-03-09 03:00:00"},
     * which it reads as text). False in TOML.
     */
    public boolean plain(String key) {
        return plain.contains(key);
    }

    /** Where {@code key} stands; where the block starts when the key is absent. */
    public Place place(String key) {
        return places.getOrDefault(key, whole);
    }

    /**
     * Where {@code key}'s value starts, when it is written as one value ({@code 2026-02-30} of
     * {@code date: 2026-02-30}, at its quotation mark when quoted): what a message about the value
     * as written points at. Where the key stands otherwise (a list, a map).
     */
    public Place valuePlace(String key) {
        return values.getOrDefault(key, place(key));
    }

    /**
     * Where a key inside {@code key}'s value stands: {@code place("entities", "pageSize")}, a list
     * item by its index ({@code place("entities", "kinds", "0", "key")}). The deepest of them that
     * is written is the place; {@code key}'s when none is.
     */
    public Place place(String key, String... inside) {
        List<String> keys = new ArrayList<>(List.of(key));
        keys.addAll(List.of(inside));
        while (keys.size() > 1) {
            Place p = nested.apply(List.copyOf(keys));
            if (p != null) {
                return p;
            }
            keys.remove(keys.size() - 1);
        }
        return place(key);
    }

    /**
     * Where {@code item} is written in {@code key}'s value: at the list item that is it (as text,
     * stripped), else at the key (a value that is not a list, or a list without it).
     */
    public Place placeOfItem(String key, String item) {
        JsonNode v = fields.get(key);
        for (int i = 0; v != null && v.isArray() && i < v.size(); i++) {
            if (v.get(i).isValueNode() && v.get(i).asString().strip().equals(item)) {
                return place(key, String.valueOf(i));
            }
        }
        return place(key);
    }

    public Optional<JsonNode> node(String key) {
        JsonNode n = fields.get(key);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    /** A text value; numbers and booleans are taken as their text. A list or map is a diagnostic. */
    public Optional<String> text(String key, Diagnostics d) {
        Optional<JsonNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        JsonNode v = n.get();
        if (v.isValueNode()) {
            String s = v.asString();
            return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }
        error(d, key, "expected text for \"" + key + "\", got " + describe(v)
                + "; write it as " + key + ": some text");
        return Optional.empty();
    }

    /**
     * A list of texts. With {@code lenient}, a single text is split on commas (or spaces
     * when it has no comma), as Jekyll does for tags; otherwise it is a diagnostic.
     */
    public List<String> textList(String key, boolean lenient, Diagnostics d) {
        Optional<JsonNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        JsonNode v = n.get();
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            int index = 0;
            for (JsonNode item : v) {
                if (item.isValueNode() && !item.isNull()) {
                    String s = item.asString().strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                } else if (!item.isNull()) {
                    errorAt(d, "expected a list of texts for \"" + key + "\", but an item is " + describe(item), key,
                            String.valueOf(index));
                }
                index++;
            }
            return List.copyOf(out);
        }
        if (v.isValueNode() && lenient) {
            String s = v.asString();
            for (String part : s.split(s.contains(",") ? "," : "\\s+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return List.copyOf(out);
        }
        error(d, key, "expected a list for \"" + key + "\", got " + describe(v) + "; write it as "
                + key + ": [" + (v.isValueNode() ? v.asString() : "a, b") + "]");
        return List.of();
    }

    public boolean flag(String key, Diagnostics d) {
        Optional<JsonNode> n = node(key);
        if (n.isEmpty()) {
            return false;
        }
        JsonNode v = n.get();
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("false"))) {
            return Boolean.parseBoolean(v.asString());
        }
        error(d, key, "expected true or false for \"" + key + "\", got " + describe(v));
        return false;
    }

    public void error(Diagnostics d, String key, String message) {
        Place p = place(key);
        d.error(path, p.line(), p.column(), message);
    }

    /** An error at a key inside {@code key}'s value (see {@link #place(String, String...)}). */
    public void errorAt(Diagnostics d, String message, String key, String... inside) {
        Place p = place(key, inside);
        d.error(path, p.line(), p.column(), message);
    }

    /** A warning at a key inside {@code key}'s value (see {@link #place(String, String...)}). */
    public void warningAt(Diagnostics d, String message, String key, String... inside) {
        Place p = place(key, inside);
        d.warning(path, p.line(), p.column(), message);
    }

    public void warning(Diagnostics d, String key, String message) {
        Place p = place(key);
        d.warning(path, p.line(), p.column(), message);
    }

    /** An error about {@code key}'s value as written, at the value ({@link #valuePlace}). */
    public void valueError(Diagnostics d, String key, String message) {
        Place p = valuePlace(key);
        d.error(path, p.line(), p.column(), message);
    }

    /** The last step of a nested value's place ({@link #valueErrorAt}): no key is written so. */
    static final String VALUE = "\u0000value";

    /**
     * An error about the value of a key inside {@code key}'s value, as written ({@code Dec 2, 2026}
     * of a correction's {@code date: Dec 2, 2026}), at that value when its place is known, else at
     * its key ({@link #errorAt}).
     */
    public void valueErrorAt(Diagnostics d, String message, String key, String... inside) {
        Place p = valuePlace(key, inside);
        d.error(path, p.line(), p.column(), message);
    }

    /** A warning about a nested value as written, at it ({@link #valueErrorAt}). */
    public void valueWarningAt(Diagnostics d, String message, String key, String... inside) {
        Place p = valuePlace(key, inside);
        d.warning(path, p.line(), p.column(), message);
    }

    /**
     * Where the value of a key inside {@code key}'s value starts, when it is written as one value
     * ({@code 2025-02-30} of {@code launch: {ru: 2025-02-30}}); where that key stands otherwise.
     */
    public Place valuePlace(String key, String... inside) {
        if (inside.length == 0) {
            return valuePlace(key);
        }
        List<String> keys = new ArrayList<>(List.of(key));
        keys.addAll(List.of(inside));
        keys.add(VALUE);
        Place p = nested.apply(List.copyOf(keys));
        return p != null ? p : place(key, inside);
    }

    /** A warning about {@code key}'s value as written, at the value ({@link #valuePlace}). */
    public void valueWarning(Diagnostics d, String key, String message) {
        Place p = valuePlace(key);
        d.warning(path, p.line(), p.column(), message);
    }

    static String describe(JsonNode v) {
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a map of keys";
        }
        if (v.isNumber()) {
            return "the number " + v.asString();
        }
        if (v.isBoolean()) {
            return v.asString();
        }
        return "\"" + v.asString() + "\"";
    }
}
