package io.orbitpress.build;

import io.orbitpress.config.Language;
import io.orbitpress.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A registered entity as a language shows it: values written per language in its file
 * ({@code name: {en: Oleg Platonov, ru: Олег Платонов}}, {@code aliases: {ru: [...]}}, {@code role},
 * {@code bio}, any fact) read in that language, its page and the pages its facts link to in the
 * language's folder.
 */
final class LocalNames {

    private LocalNames() {
    }

    /** {@code value} in {@code l}: the language's text of a map written per language, else {@code fallback}. */
    static String text(Object value, Language l, String fallback) {
        return io.orbitpress.config.Values.inLanguage(value, l.code(), fallback);
    }

    /**
     * {@code e} in {@code l}; {@code names} gives each entity's name in {@code l} by its
     * default-language URL; {@code defaultCode} is the default language's code, which a bio not
     * written in {@code l} is marked with.
     */
    static Entity entity(Entity e, Language l, Map<String, String> names, String defaultCode) {
        String name = text(e.raw().get("name"), l, e.name());
        Set<String> aliases = new LinkedHashSet<>();
        Object written = e.raw().get("aliases");
        List<String> own = new ArrayList<>();
        if (written instanceof Map<?, ?> m && m.get(l.code()) instanceof List<?> list) {
            list.forEach(x -> own.add(String.valueOf(x).strip()));
        } else if (written instanceof Map<?, ?> m && m.get(l.code()) instanceof String one) {
            own.add(one.strip());
        }
        aliases.addAll(own);
        // the default language's name and aliases (a plain list, or its entry of a map): the
        // default language's own, and in another one still that entity ("NASA" in a Russian story)
        aliases.add(e.name());
        aliases.addAll(e.aliases());
        // and so is the name as any other language writes it ("Yuri Gagarin" in a Russian story)
        if (e.raw().get("name") instanceof Map<?, ?> byLanguage) {
            byLanguage.values().forEach(v -> {
                if (v instanceof String other && !other.isBlank()) {
                    aliases.add(other.strip());
                }
            });
        }
        aliases.remove(name);
        List<Entity.Fact> facts = new ArrayList<>();
        for (Entity.Fact f : e.facts()) {
            Object raw = e.raw().get(f.key());
            if (raw instanceof Map<?, ?> m && m.get(l.code()) != null && !(m.get(l.code()) instanceof Map<?, ?>)) {
                Object v = m.get(l.code());
                List<Entity.FactValue> values = new ArrayList<>();
                for (Object x : v instanceof List<?> list ? list : List.of(v)) {
                    values.add(new Entity.FactValue(String.valueOf(x), null));
                }
                facts.add(new Entity.Fact(f.key(), f.label(), values));
                continue;
            }
            List<Entity.FactValue> values = new ArrayList<>();
            for (Entity.FactValue v : f.values()) {
                boolean page = v.url() != null && v.url().startsWith("/");
                values.add(page ? new Entity.FactValue(names.getOrDefault(v.url(), v.text()), l.url(v.url())) : v);
            }
            facts.add(new Entity.Fact(f.key(), f.label(), values));
        }
        String bio = text(e.raw().get("bio"), l, null);
        // the default language's bio, where the language has none: said to be in its language, so
        // that a screen reader reads it in that voice and a browser hyphenates it as such
        String html = bio != null ? paragraphs(bio) : l.isDefault() || e.html().isBlank() ? e.html()
                : "<div lang=\"" + defaultCode + "\"" + direction(defaultCode, l.code()) + ">\n" + e.html() + "</div>\n";
        String role = text(e.raw().get("role"), l, e.role());
        // without a bio in this language, the page is described by its name and role in it
        String summary = bio != null ? bio.strip().split("\n\\s*\n", 2)[0].replaceAll("\\s+", " ")
                : l.isDefault() ? e.summary() : name + (role.isEmpty() ? "" : " — " + role) + ".";
        return new Entity(e.kind(), e.id(), name, List.copyOf(aliases), l.url(e.url()), e.path(), e.described(),
                role, facts, html, summary, e.image(), text(e.raw().get("image_alt"), l, e.imageAlt()), e.links(),
                e.refs(), e.raw());
    }

    /** A {@code dir} attribute for text in {@code code} on a page in {@code page}, when the two are written in different directions. */
    private static String direction(String code, String page) {
        boolean rtl = Language.rightToLeft(code);
        return rtl == Language.rightToLeft(page) ? "" : rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
    }

    /** Plain text as HTML paragraphs, escaped. */
    private static String paragraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.strip().split("\n\\s*\n")) {
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(p.strip().replaceAll("\\s+", " "))).append("</p>\n");
        }
        return sb.toString();
    }
}
