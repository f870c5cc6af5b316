package io.orbitpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Template variables" reference against the model a theme reads. Templates read
 * Orbitpress's view types through their record components and public no-argument methods
 * ({@code render.PathEvaluator}); this test takes the types a page's model holds (the values
 * PagePlanner, EntityPages and Feeds put in it), follows every field to the types it leads to,
 * and holds the README's table of types to them: every type and field listed exists, and every
 * type and field there is listed. A field added to a view type fails here until it is documented.
 * It also holds the table of templates to the files of the built-in theme.
 */
class ReadmeTemplateVariablesTest {

    /** The types of the values a page's model holds, besides plain texts, numbers and maps. */
    private static final List<String> MODEL_TYPES = List.of(
            "io.orbitpress.render.SiteView", // site
            "io.orbitpress.render.Meta", // page
            "io.orbitpress.model.Article", // article, articles, redirect's article
            "io.orbitpress.model.Site$ArticleLinks", // links
            "io.orbitpress.render.PagePlanner$EntityGroup", // entityGroups, related
            "io.orbitpress.render.ChipLine", // chipLine
            "io.orbitpress.render.Pagination", // pagination
            "io.orbitpress.model.Tag", // tag
            "io.orbitpress.model.Site$TagIndex", // tags
            "io.orbitpress.config.EntityKind", // kind
            "io.orbitpress.render.EntityCard", // entities
            "io.orbitpress.model.Entity", // entity
            "io.orbitpress.render.EntityPages$IndexSummary", // index
            "io.orbitpress.render.WaitingPage", // waiting
            "io.orbitpress.render.Elsewhere", // elsewhere
            "io.orbitpress.model.Site$Appearance", // appearances
            "io.orbitpress.media.Picture", // portrait
            "io.orbitpress.model.Site$SeriesIndex", // series
            "io.orbitpress.render.PagePlanner$CorrectionEntry", // corrections
            "io.orbitpress.render.FeedEntry", // entries
            "io.orbitpress.render.InlineAssets"); // inline (404)

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(io\\.orbitpress\\.[A-Za-z0-9_.]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern ITEM = Pattern.compile("^`([A-Za-z_][A-Za-z0-9_]*(?:\\(\\))?)`(?:\\s.*)?$");

    private static List<String> section;

    @BeforeAll
    static void readSection() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Template variables");
        assertThat(start).as("README.md has a section \"### Template variables\"").isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ") && !lines.get(end).startsWith("### ")) {
            end++;
        }
        section = lines.subList(start + 1, end);
    }

    @Test
    void everyViewTypeAndFieldIsDocumentedAndExists() throws Exception {
        Map<Class<?>, Set<String>> documented = documented();
        Map<Class<?>, Set<String>> actual = reachable();

        Set<String> undocumentedTypes = names(actual.keySet().stream().filter(c -> !documented.containsKey(c)));
        Set<String> strayTypes = names(documented.keySet().stream().filter(c -> !actual.containsKey(c)));
        List<String> problems = new ArrayList<>();
        undocumentedTypes.forEach(t -> problems.add("type " + t + " is reachable from a page's model but has no row"));
        strayTypes.forEach(t -> problems.add("type " + t + " has a row but no template can reach it"));
        for (Map.Entry<Class<?>, Set<String>> e : actual.entrySet()) {
            Set<String> listed = documented.get(e.getKey());
            if (listed == null) {
                continue;
            }
            String type = name(e.getKey());
            for (String f : e.getValue()) {
                if (!listed.contains(f)) {
                    problems.add(type + ": field `" + f + "` is not documented");
                }
            }
            for (String f : listed) {
                if (!e.getValue().contains(f)) {
                    problems.add(type + ": `" + f + "` is documented but " + type + " has no such field");
                }
            }
        }
        assertThat(problems).as("README.md \"Template variables\" against the view types"
                + " (fields as `name`, methods as `name()`)").isEmpty();
    }

    @Test
    void everyTemplateOfTheThemeHasItsVariablesListed() throws IOException {
        Set<String> listed = new TreeSet<>();
        Pattern file = Pattern.compile("`([a-z0-9-]+(?:<layout>)?[a-z0-9-]*\\.(?:html|xml|json|js|txt))`");
        for (String line : section) {
            if (line.startsWith("| `") && !line.startsWith("| `io.orbitpress.")) {
                Matcher m = file.matcher(line.substring(0, line.indexOf('|', 1)));
                while (m.find()) {
                    listed.add(m.group(1));
                }
            }
        }
        Set<String> theme;
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            // the theme's message files (messages_en.properties) are texts, not templates: README's "Languages" has them
            theme = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".properties"))
                    .map(n -> n.startsWith("article-") ? "article-<layout>.html" : n)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(listed).as("templates named in README.md's table of template variables")
                .containsExactlyInAnyOrderElementsOf(theme);
    }

    /** The README's rows of types: class to the fields listed, methods written with "()". */
    private static Map<Class<?>, Set<String>> documented() throws ClassNotFoundException {
        Map<Class<?>, Set<String>> out = new LinkedHashMap<>();
        for (String line : section) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Class<?> type = resolve(row.group(1));
            String cell = row.group(2).strip();
            Set<String> fields = new LinkedHashSet<>();
            if (!cell.startsWith("(none")) {
                for (String item : cell.split(" · ")) {
                    Matcher m = ITEM.matcher(item.strip());
                    assertThat(m.matches()).as("an item of %s's row starts with its field in backquotes: %s",
                            row.group(1), item).isTrue();
                    assertThat(fields.add(m.group(1))).as("%s lists %s twice", row.group(1), m.group(1)).isTrue();
                }
            }
            assertThat(out.put(type, fields)).as("%s has two rows", row.group(1)).isNull();
        }
        assertThat(out).as("rows of view types in README.md's Template variables").isNotEmpty();
        return out;
    }

    /** A class written with dots for nesting: io.orbitpress.model.Site.TagIndex. */
    private static Class<?> resolve(String dotted) throws ClassNotFoundException {
        String name = dotted;
        while (true) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0 || name.substring(0, dot).equals("io.orbitpress")) {
                    throw new ClassNotFoundException("README.md names " + dotted + ", which is no class");
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }

    /** Every Orbitpress type a template can reach from a page's model, with its fields. */
    private static Map<Class<?>, Set<String>> reachable() throws ClassNotFoundException {
        Map<Class<?>, Set<String>> out = new LinkedHashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (String n : MODEL_TYPES) {
            todo.add(Class.forName(n));
        }
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (out.containsKey(c)) {
                continue;
            }
            Map<String, Type> fields = fields(c);
            out.put(c, fields.keySet());
            for (Type t : fields.values()) {
                ownTypes(t, todo);
            }
        }
        return out;
    }

    /** What a template reads of {@code c}: record components, getters as properties, other methods with "()". */
    private static Map<String, Type> fields(Class<?> c) {
        Map<String, Type> out = new LinkedHashMap<>();
        if (c.isEnum()) {
            for (Object constant : c.getEnumConstants()) {
                out.put(((Enum<?>) constant).name(), c);
            }
            return out;
        }
        Set<String> components = new LinkedHashSet<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                components.add(rc.getName());
                out.put(rc.getName(), rc.getGenericType());
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (!Modifier.isPublic(mod) || Modifier.isStatic(mod) || m.getParameterCount() != 0 || m.isSynthetic()
                    || m.isBridge() || m.getReturnType() == void.class || components.contains(m.getName())
                    || Set.of("toString", "hashCode").contains(m.getName())) {
                continue;
            }
            String property = c.isRecord() ? null : property(m.getName());
            out.put(property != null ? property : m.getName() + "()", m.getGenericReturnType());
        }
        return out;
    }

    /** getTitle to title, isMeasured to measured; null for any other name. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return null;
    }

    /** The Orbitpress classes a type names, type arguments included (List<Article> gives Article). */
    private static void ownTypes(Type t, Deque<Class<?>> into) {
        if (t instanceof Class<?> c) {
            if (c.isArray()) {
                ownTypes(c.getComponentType(), into);
            } else if (c.getName().startsWith("io.orbitpress.")) {
                into.add(c);
            }
        } else if (t instanceof ParameterizedType p) {
            ownTypes(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                ownTypes(a, into);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                ownTypes(b, into);
            }
        } else if (t instanceof GenericArrayType g) {
            ownTypes(g.getGenericComponentType(), into);
        }
    }

    private static String name(Class<?> c) {
        return c.getName().replace('$', '.');
    }

    private static Set<String> names(Stream<Class<?>> classes) {
        return classes.map(ReadmeTemplateVariablesTest::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
