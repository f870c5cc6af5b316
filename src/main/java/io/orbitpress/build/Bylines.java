package io.orbitpress.build;

import io.orbitpress.config.EntityKind;
import io.orbitpress.content.ArticleMeta;
import io.orbitpress.diag.Diagnostics;
import io.orbitpress.diag.Spelling;
import io.orbitpress.frontmatter.FrontMatter;
import io.orbitpress.model.Article;
import io.orbitpress.model.BylineName;
import io.orbitpress.model.Entity;
import io.orbitpress.model.EntityUse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed a story, as its byline shows them: the registered authors its byline keys list
 * ({@code authors: [mira-castell]}), then the names of its {@code author:} text that are not among
 * them; or, without byline keys, the names of that text (site.yaml's when the story has none).
 * Each name of the text that is a registered author (by id, name or alias, accents optional) is
 * linked to their page; any other is a guest's (a wire or freelance writer with no file), shown as
 * written. A text that names no registered author at all stays the plain-text byline it is.
 */
final class Bylines {

    /** The kinds of authors (those with byline keys), in the site's order. */
    private final List<EntityKind> kinds;
    private final Registry registry;

    /** @param kinds the site's kinds, of which those with byline keys are the kinds of authors */
    Bylines(List<EntityKind> kinds, Registry registry) {
        this.kinds = kinds.stream().filter(EntityKind::bylines).toList();
        this.registry = registry;
    }

    /**
     * A story's byline.
     *
     * @param authors the registered authors, in the order shown (source "byline")
     * @param names   every name in the order shown; empty for a plain-text byline
     */
    record Read(List<EntityUse> authors, List<BylineName> names) {

        static final Read PLAIN = new Read(List.of(), List.of());

        /** The names as a byline reads them in {@code locale} (see {@link Bylines#joined}). */
        String text(Locale locale) {
            return joined(names.stream().map(BylineName::name).toList(), locale);
        }
    }

    /** A name written as an id is: lower-case words joined by hyphens ({@code mira-castel}). */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");

    /** The byline of {@code m}; a name of its {@code author:} that reads as an id no author has warns in {@code d}. */
    Read read(ArticleMeta m, Diagnostics d) {
        List<BylineName> names = new ArrayList<>();
        Set<Entity> signed = Collections.newSetFromMap(new IdentityHashMap<>());
        m.desk().bylineIds().forEach((kind, ids) -> ids.forEach(id -> registry.get(kind, id)
                .filter(signed::add).ifPresent(e -> names.add(BylineName.of(e)))));
        // beside the byline keys, only the story's own author: is read (site.yaml's is no one's name there)
        boolean text = !m.author().isEmpty() && (names.isEmpty() || m.frontMatter().has("author"));
        if (text) {
            List<BylineName> written = named(m.author());
            if (m.frontMatter().has("author") && !kinds.isEmpty()) {
                written.stream().filter(n -> !n.registered() && ID.matcher(n.name()).matches())
                        .forEach(n -> notAnId(m, n.name(), d));
            }
            if (names.isEmpty() && written.stream().noneMatch(BylineName::registered)) {
                return Read.PLAIN;
            }
            Set<String> guests = new LinkedHashSet<>();
            for (BylineName n : written) {
                if (n.registered() ? signed.add(n.author()) : guests.add(n.name())) {
                    names.add(n);
                }
            }
        }
        List<EntityUse> authors = names.stream().filter(BylineName::registered)
                .map(n -> new EntityUse(n.author(), "byline", List.of())).toList();
        return authors.isEmpty() ? Read.PLAIN : new Read(authors, names);
    }

    /**
     * Tells that {@code id}, a name of {@code m}'s {@code author:} that reads as an id, is no
     * author's: the id meant, or how to write a guest's name.
     */
    private void notAnId(ArticleMeta m, String id, Diagnostics d) {
        List<String> known = new ArrayList<>();
        kinds.forEach(k -> known.addAll(registry.ids(k.key())));
        String folder = kinds.get(0).folder();
        String readable = java.util.Arrays.stream(id.split("-"))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
        FrontMatter.Place at = m.frontMatter().place("author");
        d.warning(m.path(), at.line(), at.column(), "author \"" + id + "\" is shown as a guest's name, as written:"
                + " no author has that id; " + Spelling.closest(id, known).map(near -> "did you mean \"" + near + "\"?")
                        .orElse("write the name as readers should see it, like author: \""
                                + m.author().replace(id, readable) + "\", or add content/" + folder + "/" + id + ".md"));
    }

    /**
     * The names a byline text gives, each a registered author or a guest: the whole text when it
     * names one author ("Orbit Newsroom"), else each of its names apart ("Jane Guest and Mira
     * Castell").
     */
    private List<BylineName> named(String text) {
        Optional<Entity> whole = author(text);
        if (whole.isPresent()) {
            return List.of(BylineName.of(whole.get()));
        }
        return Article.names(text).stream()
                .map(n -> author(n).map(BylineName::of).orElseGet(() -> new BylineName(n, null))).toList();
    }

    /**
     * The registered author {@code name} is the id, name or alias of, among the kinds of authors in
     * order; a name written with accents or without, as names in the text are found
     * ({@code Tomas Reyes} for {@code Tomás Reyes}).
     */
    private Optional<Entity> author(String name) {
        for (EntityKind kind : kinds) {
            Optional<Entity> named = registry.get(kind.key(), name).or(() -> registry.named(kind.key(), name));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * Names as a byline reads them in the article's language: "A", "A and B", "A, B and C"; in
     * another language as it joins a list ("А и Б", "А, Б и В").
     */
    static String joined(List<String> names, Locale locale) {
        if (!locale.getLanguage().equals("en")) {
            return com.ibm.icu.text.ListFormatter.getInstance(locale).format(names);
        }
        return names.size() <= 2 ? String.join(" and ", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
