package io.orbitpress.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD, serialised safely for a {@code <script>} element. */
final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    static Map<String, Object> thing(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        return m;
    }

    /** A small JSON object whose keys keep the order given (Map.of's order changes from run to run). */
    static Map<String, Object> object(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static Map<String, Object> object(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = object(k1, v1, k2, v2);
        m.put(k3, v3);
        return m;
    }

    /** JSON text in which no {@code </script>} or HTML comment can break out. */
    static String write(Map<String, Object> value) {
        return JSON.writeValueAsString(ordered(value)).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * The same value with every map in a fixed key order: insertion order where the map keeps one,
     * otherwise sorted ({@code Map.of} iterates in an order that changes from one JVM to the next,
     * which made two builds of the same site differ).
     */
    private static Object ordered(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = map instanceof LinkedHashMap || map instanceof SortedMap
                    ? new LinkedHashMap<>() : new TreeMap<>();
            map.forEach((k, v) -> out.put(k, ordered(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonLd::ordered).toList();
        }
        return value;
    }
}
