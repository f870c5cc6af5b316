package io.orbitpress.model;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;

/**
 * A registered person, mission, organization (or any configured kind), or one found by a
 * pattern in article text and not described yet.
 *
 * @param path      registry file relative to the site folder; "" for one found by a pattern
 * @param described false for entities found by a pattern and not registered yet
 * @param facts     the fact box: label, text and (for references to other entities) a URL
 * @param html      the rendered introduction ("" when none)
 * @param summary   the first paragraph of the introduction, for descriptions and lists
 * @param links     external links from the registry file
 * @param refs      per fact key, the ids of other entities it references ("crew" -> people ids)
 * @param raw       the registry front matter as plain values, for templates
 */
public record Entity(EntityKind kind, String id, String name, List<String> aliases, String url, String path,
        boolean described, String role, List<Fact> facts, String html, String summary, String image, String imageAlt,
        List<SourceLink> links, Map<String, List<String>> refs, Map<String, Object> raw) {

    public Entity {
        aliases = List.copyOf(aliases);
        facts = List.copyOf(facts);
        links = List.copyOf(links);
        refs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refs));
        raw = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
    }

    /**
     * The old addresses of its page, root-relative ("/people/christina-koch/"), as its registry file
     * writes them ({@code redirect_from:}, one or a list) and the registry checked them (a path
     * that is not safe stops the build, and is left out here).
     */
    public List<String> redirectFrom() {
        Object written = raw.get("redirect_from");
        List<String> out = new java.util.ArrayList<>();
        for (Object v : written instanceof List<?> list ? list : written == null ? List.of() : List.of(written)) {
            String from = String.valueOf(v).strip();
            if (io.orbitpress.config.SafePath.isRoute(from)) {
                String path = from.startsWith("/") ? from : "/" + from;
                if (!out.contains(path)) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    /** Its kind and id, "people/oleg-platonov": what tells it from every other entity of the site. */
    public String key() {
        return kind.key() + "/" + id;
    }

    /**
     * Its schema.org type: {@code type: Organization} (or {@code Person}) in its file says which an
     * author is (a newsroom signs stories too); otherwise its kind's.
     */
    public String schemaType() {
        Object t = raw.get("type");
        if (t instanceof String s) {
            if (s.equalsIgnoreCase("person")) {
                return "Person";
            }
            if (s.equalsIgnoreCase("organization")) {
                return "Organization";
            }
        }
        return kind.schemaType();
    }

    /**
     * The name as an alphabetical list files it on a page in language {@code lang} (a code like
     * {@code ru}, in any case): the registry file's {@code sort_as} for that language
     * ({@code sort_as: {en: "De Winne Frank"}}), or written once when it is in the name's script
     * (so that "De Winne Frank" does not file "Франк Де Винне" among the Latin names); else, for a
     * person, the surname first ("McClain Anne"): the last word of the name, as the mention finder
     * takes a surname; else the name.
     */
    public String sortName(String lang) {
        Object written = raw.get("sort_as");
        if (written instanceof Map<?, ?> byLanguage) {
            written = null;
            for (Map.Entry<?, ?> e : byLanguage.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(lang)) {
                    written = e.getValue();
                }
            }
        } else if (written instanceof String once && script(once) != script(name)) {
            written = null;
        }
        if (written instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        int space = name.lastIndexOf(' ');
        return space > 0 && schemaType().equals("Person") ? name.substring(space + 1) + " " + name.substring(0, space) : name;
    }

    /** The script of the first letter of {@code text} (Latin, Cyrillic, ...), or COMMON when it has none. */
    private static Character.UnicodeScript script(String text) {
        return text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of).findFirst()
                .orElse(Character.UnicodeScript.COMMON);
    }

    /**
     * The aliases as a page lists them: each once, whatever its case (a file may write "госкорпорация
     * «Роскосмос»" as well as "Госкорпорация «Роскосмос»" for the text's sake), and not the name itself.
     */
    public List<String> shownAliases() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(name.toLowerCase(java.util.Locale.ROOT));
        List<String> out = new java.util.ArrayList<>(aliases.size());
        for (String a : aliases) {
            if (seen.add(a.toLowerCase(java.util.Locale.ROOT))) {
                out.add(a);
            }
        }
        return out;
    }

    /** One line of a fact box; {@code url} is null for plain facts. */
    public record Fact(String key, String label, List<FactValue> values) {
        public Fact {
            values = List.copyOf(values);
        }
    }

    /**
     * One value of a fact, linked when it names another entity or a web page. {@code text} is
     * how an English page shows it; a value written as a day ({@code 2025-08-01}) is also that
     * {@code date}, and one written like a key ({@code active}, {@code in_flight}) that {@code word},
     * so that a page in another language can show them in its own ({@code date.long},
     * {@code value.<word>} in the theme's texts). Both are null otherwise.
     */
    public record FactValue(String text, String url, java.time.LocalDate date, String word) {

        public FactValue(String text, String url) {
            this(text, url, null, null);
        }
    }
}
