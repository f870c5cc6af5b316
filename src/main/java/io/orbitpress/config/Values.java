package io.orbitpress.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns parsed YAML/TOML trees into plain Java values (maps, lists, strings, numbers) for templates. */
public final class Values {

    private Values() {
    }

    public static Object plain(JsonNode n) {
        return plain(n, false);
    }

    /**
     * {@code value} (a {@link #plain} one) in the language whose code is {@code code}: that
     * language's text of a map written per language ({@code {en: Oleg Platonov, ru: Олег
     * Платонов}}), else {@code fallback} (a value written once, or a map without that language).
     */
    public static String inLanguage(Object value, String code, String fallback) {
        Object v = value instanceof Map<?, ?> m ? m.get(code) : null;
        return v == null || v instanceof List<?> || v instanceof Map<?, ?> ? fallback : String.valueOf(v).strip();
    }

    /**
     * As {@link #plain(JsonNode)}, with each number the text it is written as ({@code 1.80}, not
     * 1.8): for values shown as text, a fact of a registry file.
     */
    public static Object written(JsonNode n) {
        return plain(n, true);
    }

    private static Object plain(JsonNode n, boolean written) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(plain(x, written)));
            return Collections.unmodifiableList(out);
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            n.properties().forEach(e -> out.put(e.getKey(), plain(e.getValue(), written)));
            return Collections.unmodifiableMap(out);
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (written && n.isNumber()) {
            return n.asString();
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return n.asString();
    }
}
