package io.orbitpress.scaffold;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of new content files: an article with its front matter filled in, and registry
 * entries (person, mission, organization) whose facts are empty keys to fill. An empty key is
 * YAML null, which Orbitpress reads as absent, so a fresh file builds as it is.
 */
public final class Scaffold {

    /** The facts a new registry file offers, per kind key; other kinds get name and aliases. */
    private static final Map<String, List<String>> FACTS = Map.of(
            "people", List.of("role", "organization", "nationality", "image", "image_alt"),
            "missions", List.of("organization", "vehicle", "spacecraft", "launch", "launch_site", "status", "crew", "end"),
            "organizations", List.of("country", "founded", "website"));

    private static final Map<String, String> HINTS = Map.of(
            "role", "NASA astronaut, Crew-11 commander",
            "organization", "an organization id, like nasa",
            "nationality", "United States",
            "launch", "a date, like 2025-08-01",
            "status", "planned, active or completed",
            "crew", "person ids, like [zena-cardman, michael-fincke]",
            "end", "a date, like 2026-02-14",
            "website", "https://...",
            "image", "a path below content/static, like /images/portrait.jpg");

    private static final Map<String, String> RUSSIAN_HINTS = Map.of(
            "role", "астронавт NASA, командир Crew-11",
            "organization", "id организации, например nasa",
            "nationality", "Россия",
            "launch", "дата, например 2025-08-01",
            "status", "planned, active или completed",
            "crew", "id людей, например [zena-cardman, michael-fincke]",
            "end", "дата, например 2026-02-14",
            "website", "https://...",
            "image", "путь в content/static, например /images/portrait.jpg");

    /** The examples that differ for a person named in Cyrillic: a cosmonaut's, not a NASA astronaut's. */
    private static final Map<String, String> COSMONAUT_HINTS = Map.of(
            "role", "Roscosmos cosmonaut, Soyuz MS-27 commander",
            "organization", "an organization id, like roscosmos",
            "nationality", "Russia");

    private static final Map<String, String> RUSSIAN_COSMONAUT_HINTS = Map.of(
            "role", "космонавт Роскосмоса, командир «Союза МС-27»",
            "organization", "id организации, например roscosmos",
            "nationality", "Россия");

    /** The introduction a new registry file starts with, in English: "A short introduction to NAME, shown on ...". */
    private static final java.util.regex.Pattern ENTRY_PLACEHOLDER = java.util.regex.Pattern.compile(
            "A short introduction to .+, shown on the [a-z ]+'s page\\.|Краткая справка для страницы «.+» пишется здесь\\.");

    private Scaffold() {
    }

    private static boolean russian(String language) {
        return language.equals("ru") || language.startsWith("ru-");
    }

    /** The hints of a new article, in English and, for a site whose language is Russian, in Russian. */
    private record Hints(String draft, String summary, String dateline, String body) {
    }

    private static final Hints ENGLISH = new Hints("left out of the site until you remove this line",
            "one or two sentences; the first paragraph when left empty", "the place line, like WASHINGTON",
            "Write the article here, in Markdown. People and missions named in the text are found and linked.");
    private static final Hints RUSSIAN = new Hints("не публикуется, пока вы не удалите эту строку",
            "одно-два предложения; если пусто, берётся первый абзац", "место, откуда пишется материал, например МОСКВА",
            "Текст материала пишется здесь, в Markdown. Люди и миссии, названные в тексте, будут найдены, и на них"
                    + " появятся ссылки.");

    /**
     * A follow-up's line that links back to the story it follows, by that story's file from the new
     * one's folder ({@code Earlier: [Crew-11 lifts off](crew-11-lifts-off.md)}), in {@code language}:
     * Russian, else English.
     */
    public static String earlier(String title, String file, String language) {
        String text = title.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        String target = file.contains(" ") || file.contains("(") || file.contains(")") ? "<" + file + ">" : file;
        return (russian(language) ? "Ранее: [" : "Earlier: [") + text + "](" + target + ")";
    }

    /**
     * The line of {@code body} (from 1) that is still the placeholder text of a new article, in
     * either language; 0 when none is.
     */
    public static int placeholderLine(String body) {
        if (!body.contains(ENGLISH.body()) && !body.contains(RUSSIAN.body())) {
            return 0;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(ENGLISH.body()) || line.equals(RUSSIAN.body())) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Who signs a new article.
     *
     * @param ids  per kind of authors, the ids its byline key lists ({@code authors: [mira-castell]})
     * @param text its byline text ({@code author:}): guests with no file beside those ids, or names; "" for none
     */
    public record Signed(Map<EntityKind, List<String>> ids, String text) {

        public Signed {
            ids = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ids));
        }
    }

    /**
     * A new article, marked as a draft: its placeholder text is not published until someone removes
     * the draft line. Its hints are in the site's {@code language} when that is Russian, else in English.
     *
     * @param date as it is to be written: a day, or a date-time
     * @param ids  per entity kind, the ids it is about (empty lists are written as [] to fill)
     * @param signed who signs it
     * @param translationKey what links it to the story it translates ({@code translationKey:}), or ""
     */
    public static String article(String title, String date, List<String> tags, Map<EntityKind, List<String>> ids,
            Signed signed, String language, String translationKey) {
        Hints hints = russian(language) ? RUSSIAN : ENGLISH;
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quoted(title)).append('\n');
        sb.append("date: ").append(date).append('\n');
        if (!translationKey.isEmpty()) {
            sb.append("translationKey: ").append(quoted(translationKey)).append('\n');
        }
        // a draft until someone says otherwise: the next build must not publish placeholder text
        sb.append("draft: true       # ").append(hints.draft()).append('\n');
        sb.append("summary:          # ").append(hints.summary()).append('\n');
        sb.append("dateline:         # ").append(hints.dateline()).append('\n');
        if (!signed.text().isEmpty()) {
            sb.append("author: ").append(quoted(signed.text())).append('\n');
        }
        sb.append("tags: ").append(list(tags)).append('\n');
        ids.forEach((kind, list) -> {
            // a kind of authors only under its byline key alone ([] to fill), as the build reads it
            if (!kind.bylinesOnly()) {
                sb.append(!kind.frontMatterKeys().isEmpty() ? kind.frontMatterKeys().get(0) : kind.key()).append(": ")
                        .append(list(list)).append('\n');
            }
            List<String> authors = signed.ids().getOrDefault(kind, List.of());
            if (kind.bylinesOnly() || kind.bylines() && !authors.isEmpty()) {
                sb.append(kind.bylineKeys().get(0)).append(": ").append(list(authors)).append('\n');
            }
        });
        sb.append("---\n");
        sb.append(hints.body()).append('\n');
        return sb.toString();
    }

    /** A new registry file of {@code kind} for {@code name} in a site of one language, {@code language}. */
    public static String entity(EntityKind kind, String name, String language) {
        return entity(kind, name, language, List.of(language));
    }

    /**
     * A new registry file of {@code kind} for {@code name}, its hints and introduction in the site's
     * {@code language} when that is Russian, else in English. A person named in Cyrillic on a site
     * of Russian and other languages ({@code languages}) gets a name per language, the others' spelt
     * in Latin letters from the Russian one ({@code {en: "Oleg Artemyev", ru: "Олег Артемьев"}}), to be
     * checked: else the English pages would show the name in Cyrillic.
     */
    public static String entity(EntityKind kind, String name, String language, List<String> languages) {
        boolean ru = russian(language);
        boolean cyrillic = kind.person()
                && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        // the name the page shows in the site's language: in Latin letters on a site in English and Russian
        String shown = name;
        StringBuilder sb = new StringBuilder("---\n");
        if (cyrillic && languages.size() > 1 && languages.stream().anyMatch(Scaffold::russian)) {
            String latin = io.orbitpress.content.Slugs.ascii(name);
            shown = ru ? name : latin;
            sb.append("name: {");
            for (int i = 0; i < languages.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(languages.get(i)).append(": ")
                        .append(quoted(russian(languages.get(i)) ? name : latin));
            }
            sb.append("}   # ").append(ru ? "латинское написание имени сделано по русскому: проверьте его (Yuri, а не Yuriy?)"
                    : "the name in Latin letters is spelt from the Russian: check it (Yuri, not Yuriy?)").append('\n');
        } else {
            sb.append("name: ").append(quoted(name)).append('\n');
        }
        // possessives and a surname alone are found without an alias: the example is another form
        String[] words = name.strip().split("\\s+");
        sb.append("aliases: []       # ").append(ru ? "другие имена, которые встречаются в статьях"
                : "other names the articles use").append(!kind.person() || words.length < 2 ? ""
                : (ru ? ", например [" : ", like [") + words[0].charAt(0) + ". " + words[words.length - 1] + "]")
                .append('\n');
        for (String key : FACTS.getOrDefault(kind.key(), List.of())) {
            String hint = cyrillic && COSMONAUT_HINTS.containsKey(key)
                    ? (ru ? RUSSIAN_COSMONAUT_HINTS : COSMONAUT_HINTS).get(key) : (ru ? RUSSIAN_HINTS : HINTS).get(key);
            sb.append(key).append(':');
            if (hint != null) {
                sb.append(" ".repeat(Math.max(1, 17 - key.length() - 1))).append("# ").append(hint);
            }
            sb.append('\n');
        }
        sb.append("---\n");
        if (ru) {
            sb.append("Краткая справка для страницы «").append(name).append("» пишется здесь.\n");
        } else {
            sb.append("A short introduction to ").append(shown).append(", shown on the ")
                    .append(kind.singular().toLowerCase(java.util.Locale.ROOT)).append("'s page.\n");
        }
        return sb.toString();
    }

    /** The line of {@code body} (from 1) that is still the introduction a new registry file starts with; 0 when none is. */
    public static int entryPlaceholderLine(String body) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (ENTRY_PLACEHOLDER.matcher(lines[i].strip()).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A YAML double-quoted scalar (the JSON escapes are valid YAML). */
    public static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String list(List<String> items) {
        return items.stream().map(s -> s.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*") ? s : quoted(s))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
