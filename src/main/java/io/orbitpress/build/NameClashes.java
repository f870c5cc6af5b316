package io.orbitpress.build;

import io.orbitpress.config.Language;
import io.orbitpress.content.RegistryEntry;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.entity.EntityName;
import io.orbitpress.entity.RussianNames;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Two registry files giving one name or alias: the mention extractor finds that name for the
 * entity it was given first (the registry's order: kind, then file), and never for the other, so
 * the other's stories are linked to the first's page and quoted on it. Told as a warning at the
 * later file's name or alias (a newsroom may write about two people of one name), naming the file
 * it clashes with. Names are compared as the extractor compares them ({@link EntityName#folded}:
 * accents and ё left out, the case kept), in each language's stories, with a Russian name's case
 * forms; a surname alone two people share is no clash, as the extractor counts it for neither.
 */
final class NameClashes {

    private NameClashes() {
    }

    /** A name or alias as a registry file writes it, where it stands. */
    private record Written(String text, boolean alias, FrontMatter.Place at) {
    }

    /** One clash: the later file's written name, the entity that takes the name first, in which languages. */
    private record Clash(Entity loser, Written written, String form, Entity winner, Written theirs,
            Set<String> languages) {
    }

    /** Warns in {@code d} of every name or alias of {@code entries} that an entity read before it has too. */
    static void warn(Registry registry, List<RegistryEntry> entries, Diagnostics d) {
        Map<String, RegistryEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        Map<String, Clash> found = new LinkedHashMap<>();
        List<Language> languages = registry.config().languages();
        for (Language l : languages) {
            Registry local = registry.in(l);
            List<Entity> order = local.entities().values().stream().filter(e -> !e.kind().bylinesOnly()).toList();
            List<EntityName> names = local.matcherNames(order);
            List<Set<String>> spellings = new ArrayList<>();
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Set<String> own = spellings(names.get(i));
                spellings.add(own);
                for (String s : own) {
                    first.putIfAbsent(s, i);
                }
            }
            for (int j = 0; j < order.size(); j++) {
                Entity loser = order.get(j);
                RegistryEntry entry = byKey.get(loser.key());
                if (entry == null) {
                    continue;
                }
                for (Written w : written(entry)) {
                    for (String form : forms(local, w.text(), loser.kind().person())) {
                        String folded = EntityName.folded(form);
                        Integer i = first.get(folded);
                        if (i == null || i == j || !spellings.get(j).contains(folded)) {
                            continue; // its own name again, or one this language's stories do not look for
                        }
                        Entity winner = order.get(i);
                        String key = loser.key() + " " + w.at() + " " + winner.key();
                        found.computeIfAbsent(key, k -> new Clash(loser, w, form, winner,
                                theirs(local, byKey.get(winner.key()), folded,
                                        winner.kind().person()), new LinkedHashSet<>())).languages().add(l.code());
                    }
                }
            }
        }
        for (Clash c : found.values()) {
            d.warning(c.loser().path(), c.written().at().line(), c.written().at().column(), message(registry, c,
                    languages.size()));
        }
    }

    private static String message(Registry registry, Clash c, int languages) {
        Entity winner = c.winner();
        Entity loser = c.loser();
        String name = c.written().text();
        String form = EntityName.folded(c.form()).equals(EntityName.folded(name)) ? "\"" + name + "\""
                : "\"" + c.form() + "\" (\"" + name + "\" as Russian declines it)";
        String where = c.languages().size() < languages ? " in the " + String.join(", ", c.languages()) + " stories" : "";
        String theirs = c.theirs() == null ? "a name" : c.theirs().alias() ? "an alias" : "the name";
        String at = winner.path() + (c.theirs() == null ? "" : ":" + c.theirs().at().line() + ":"
                + c.theirs().at().column());
        Registry.Hold hold = registry.holds().get(winner.key());
        return form + " is also " + theirs + " of the " + winner.kind().singular().toLowerCase(Locale.ROOT) + " "
                + winner.id() + " (" + at + "), which the registry reads first: every " + form + where
                + " goes to " + winner.id() + " (linked to its page, quoted there), none to " + loser.id()
                + (hold == null ? "" : " (to " + loser.id() + " while " + winner.id() + "'s page is held back)")
                + (c.written().alias() ? "; remove the alias from one of the two files, or make it longer, so that it"
                        + " names one of them" : "; write a longer name in one of the two files (with a middle name"
                        + " or initial), so that each is found");
    }

    /** Where {@code entry} (the entity first given the folded name {@code folded}) writes it; null if not found. */
    private static Written theirs(Registry local, RegistryEntry entry, String folded, boolean person) {
        if (entry == null) {
            return null;
        }
        for (Written w : written(entry)) {
            for (String form : forms(local, w.text(), person)) {
                if (EntityName.folded(form).equals(folded)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** What the extractor looks for of {@code name}: the name folded, and its aliases (in Russian, every case form). */
    private static Set<String> spellings(EntityName name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(EntityName.folded(name.name()));
        name.aliases().forEach(a -> out.add(EntityName.folded(a)));
        out.remove("");
        return out;
    }

    /** The forms of a written name the registry of a language looks for: its case forms in Russian. */
    private static List<String> forms(Registry local, String text, boolean person) {
        return local.russian() ? RussianNames.forms(text, person) : List.of(text);
    }

    /** The names and aliases a registry file writes, once or per language, each with its place. */
    private static List<Written> written(RegistryEntry entry) {
        FrontMatter fm = entry.frontMatter();
        List<Written> out = new ArrayList<>();
        String nameKey = fm.has("name") ? "name" : "title";
        JsonNode name = fm.node(nameKey).orElse(null);
        if (name != null && name.isObject()) {
            for (var e : name.properties()) {
                if (e.getValue().isValueNode()) {
                    out.add(new Written(e.getValue().asString().strip(), false, fm.place(nameKey, e.getKey())));
                }
            }
        } else if (name != null && name.isValueNode()) {
            out.add(new Written(entry.name(), false, fm.place(nameKey)));
        }
        JsonNode aliases = fm.node("aliases").orElse(null);
        if (aliases != null && aliases.isObject()) {
            for (var e : aliases.properties()) {
                items(fm, e.getValue(), out, "aliases", e.getKey());
            }
        } else if (aliases != null) {
            items(fm, aliases, out, "aliases");
        }
        out.removeIf(w -> w.text().isBlank());
        return out;
    }

    private static void items(FrontMatter fm, JsonNode n, List<Written> out, String... keys) {
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isValueNode()) {
                    String[] inside = java.util.Arrays.copyOfRange(keys, 1, keys.length + 1);
                    inside[inside.length - 1] = String.valueOf(i);
                    out.add(new Written(n.get(i).asString().strip(), true, fm.place(keys[0], inside)));
                }
            }
        } else if (n.isValueNode()) {
            out.add(new Written(n.asString().strip(), true, fm.place(keys[0],
                    java.util.Arrays.copyOfRange(keys, 1, keys.length))));
        }
    }
}
