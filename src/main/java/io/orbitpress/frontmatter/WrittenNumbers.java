package io.orbitpress.frontmatter;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a front matter value as a tree whose numbers keep the text they are written as: the
 * parsers read {@code title: 2.10} as the number 2.1 and {@code tags: [1.50]} as 1.5, so a
 * headline lost its zero and a topic became /tags/1-5/. A number is still a number to what reads
 * it as one ({@code part: 2}); as text ({@code asString()}) it is what the file says.
 */
final class WrittenNumbers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WrittenNumbers() {
    }

    /** The value the parser is at (its first token read), to its end. */
    static JsonNode read(JsonParser p, ObjectMapper mapper) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode map = NODES.objectNode();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.set(key, read(p, mapper));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode list = NODES.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p, mapper));
            }
            return list;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String written = p.getString();
            JsonNode n = mapper.readTree(p);
            if (written == null || written.equals(n.asString())) {
                return n;
            }
            if (t == JsonToken.VALUE_NUMBER_FLOAT && n.isDouble()) {
                return new Double(n.asDouble(), written);
            }
            if (t == JsonToken.VALUE_NUMBER_INT && (n.isInt() || n.isLong())) {
                return new Long(n.asLong(), written);
            }
            return n;
        }
        return mapper.readTree(p);
    }

    /** A floating-point number with the text it is written as. */
    private static final class Double extends DoubleNode {
        private static final long serialVersionUID = 1L;
        private final String written;

        Double(double v, String written) {
            super(v);
            this.written = written;
        }

        @Override
        protected String _asString() {
            return written;
        }
    }

    /** A whole number with the text it is written as ({@code 0x1F}, {@code +5}). */
    private static final class Long extends LongNode {
        private static final long serialVersionUID = 1L;
        private final String written;

        Long(long v, String written) {
            super(v);
            this.written = written;
        }

        @Override
        protected String _asString() {
            return written;
        }
    }
}
