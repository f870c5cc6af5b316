package io.orbitpress.render;

import java.util.LinkedHashMap;
import java.util.Map;
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

    /** JSON text in which no {@code </script>} or HTML comment can break out. */
    static String write(Map<String, Object> value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
