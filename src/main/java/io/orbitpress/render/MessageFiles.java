package io.orbitpress.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Checks a message file of the site's own ({@code templates/messages_ru.properties}) before
 * anything is rendered: a date pattern the dates cannot be written with, or a message the theme
 * puts numbers or names into that ICU cannot read, would otherwise fail in the middle of a page,
 * told at a template of the built-in theme. Each problem is told at the message's line and column.
 */
public final class MessageFiles {

    /** A message that cannot be used: where its text starts (1-based) and what to do. */
    public record Problem(int line, int column, String message) {
    }

    private MessageFiles() {
    }

    private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile(
            "(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

    /** The line and column (1-based) of the first \\u escape without its four hex digits; 1, 1 when there is none. */
    static int[] badEscape(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = BAD_ESCAPE.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.end() - 1};
            }
        }
        return new int[] {1, 1};
    }

    /** The problems of the message file named {@code name} ({@code messages_ru.properties}) holding {@code text}. */
    public static List<Problem> check(String name, String text) {
        Locale locale = locale(name);
        Properties messages = new Properties();
        try {
            messages.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // the one thing Properties refuses is a \\u not followed by four hex digits: told where it is
            int[] at = badEscape(text);
            return List.of(new Problem(at[0], at[1], "this file cannot be read as a message file: " + e.getMessage()
                    + (at[0] > 1 || at[1] > 1 ? " (\\u takes four hex digits, like \\u00e9)" : "")
                    + "; write one message a line, like count.articles={0, plural, one{# article} other{# articles}}"));
        }
        Texts theme = Texts.builtIn(Locale.ENGLISH);
        List<Problem> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (String key : new java.util.TreeSet<>(messages.stringPropertyNames())) {
            String value = messages.getProperty(key);
            String problem = null;
            if (Texts.DATE_SKELETONS.containsKey(key)) { // a date pattern (of java.time's DateTimeFormatter)
                try {
                    java.time.format.DateTimeFormatter.ofPattern(value, locale).format(Texts.SAMPLE);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    problem = key + ": not a date pattern the dates can be written with (" + e.getMessage()
                            + "); write one like d MMMM yyyy (the letters of java.time's DateTimeFormatter, other"
                            + " text in 'quotes')";
                }
            } else if (takesArguments(theme.raw(key))) {
                try {
                    new com.ibm.icu.text.MessageFormat(value, locale);
                } catch (IllegalArgumentException e) {
                    problem = key + ": this message cannot be read (" + e.getMessage() + "); write what the theme"
                            + " puts in as {0}, {1}, and forms that change with a number like {0, plural, one{# article}"
                            + " other{# articles}} (ICU MessageFormat), as in the built-in theme's "
                            + "messages_en.properties";
                }
            }
            if (problem != null) {
                int[] at = place(lines, key);
                out.add(new Problem(at[0], at[1], problem));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Problem::line));
        return out;
    }

    /**
     * A message a template names: {@code #{nav.latest}}, {@code #messages.msg('nav.latest')}, and a
     * prefix, {@code 'kind.' +} or {@code #{desk.__${d}__}}.
     */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "#\\{([\\w.-]+)|#messages\\.msg\\w*\\(\\s*'([\\w.-]+)'(\\s*\\+)?");

    /**
     * Adds to {@code keys} the messages {@code template} names, and to {@code prefixes} the starts of
     * those it names by a prefix and a value ({@code #messages.msgOrNull('kind.' + g.kind.key)}).
     */
    public static void named(String template, java.util.Set<String> keys, java.util.Set<String> prefixes) {
        java.util.regex.Matcher m = NAMED.matcher(template);
        while (m.find()) {
            if (m.group(1) != null && m.group(1).endsWith("__")) {
                prefixes.add(m.group(1).substring(0, m.group(1).length() - 2)); // #{day.__${d}__}: made while rendering
            } else if (m.group(1) != null) {
                keys.add(m.group(1));
            } else if (m.group(3) != null) {
                prefixes.add(m.group(2));
            } else {
                keys.add(m.group(2));
            }
        }
    }

    /**
     * The keys of the site's message file {@code text} that no template shows: not the built-in
     * theme's (in any of its languages) nor named by {@code keys} or a prefix of {@code prefixes},
     * most likely a slip ({@code nav.lattest}), which changes nothing; a warning each, with the key
     * meant when one is one or two letters off.
     */
    public static List<Problem> unshown(String text, java.util.Set<String> keys, java.util.Set<String> prefixes) {
        Properties messages = new Properties();
        try {
            messages.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // told by check
        }
        java.util.Set<String> known = new java.util.TreeSet<>(keys);
        known.addAll(io.orbitpress.theme.Theme.builtIn().messageKeys());
        List<Problem> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (String key : new java.util.TreeSet<>(messages.stringPropertyNames())) {
            if (known.contains(key) || prefixes.stream().anyMatch(key::startsWith)) {
                continue;
            }
            int[] at = place(lines, key);
            out.add(new Problem(at[0], 1, "no template shows the message \"" + key + "\", so it changes nothing"
                    + io.orbitpress.diag.Spelling.closest(key, known).map(m -> "; did you mean \"" + m + "\"?").orElse(
                            "; name it in a template, like th:text=\"#{" + key + "}\", or remove it")));
        }
        out.sort(java.util.Comparator.comparingInt(Problem::line));
        return out;
    }

    /**
     * The keys of {@code text}, a site's message file, that templates show ({@code shown}) and that
     * languages of the site have no text of their own for ({@code lacking} gives their codes): their
     * pages show this file's text instead, most likely English on a Russian page; a warning each,
     * naming the file to add it to.
     */
    public static List<Problem> untranslated(String text, java.util.function.Predicate<String> shown,
            java.util.function.Function<String, List<String>> lacking) {
        Properties messages = new Properties();
        try {
            messages.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // told by check
        }
        List<Problem> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (String key : new java.util.TreeSet<>(messages.stringPropertyNames())) {
            if (!shown.test(key)) {
                continue;
            }
            for (String code : lacking.apply(key)) {
                String language = io.orbitpress.config.Language.englishName(code);
                int[] at = place(lines, key);
                out.add(new Problem(at[0], 1, "the message \"" + key + "\" has no " + language + " text, so pages in "
                        + language + " show this one; add " + key + "=... to templates/messages_" + code.replace('-', '_')
                        + ".properties (or to messages.properties, for every language)"));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Problem::line));
        return out;
    }

    /** Whether a message of the theme has arguments put in (and so is read by ICU). */
    private static boolean takesArguments(String message) {
        return message != null && message.matches("(?s).*\\{\\d.*");
    }

    /** The language of a message file by its name; English for {@code messages.properties}. */
    static Locale locale(String name) {
        String base = name.endsWith(".properties") ? name.substring(0, name.length() - ".properties".length()) : name;
        int cut = base.indexOf('_');
        return cut < 0 ? Locale.ENGLISH : Locale.forLanguageTag(base.substring(cut + 1).replace('_', '-'));
    }

    /**
     * The line and column where the message of {@code key} starts: of its last line, as the last
     * one counts (1:1 when not found, as for a key written with escapes).
     */
    private static int[] place(String[] lines, String key) {
        int[] at = {1, 1};
        boolean continued = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean thisContinued = continued;
            int start = 0;
            while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            boolean comment = !thisContinued && start < line.length() && "#!".indexOf(line.charAt(start)) >= 0;
            continued = !comment && endsInBackslash(line); // a comment does not go on to the next line
            if (thisContinued || comment || !line.startsWith(key, start)) {
                continue;
            }
            int after = start + key.length();
            if (after < line.length() && "=: \t".indexOf(line.charAt(after)) < 0) {
                continue; // a longer key
            }
            int v = after;
            while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t')) {
                v++;
            }
            if (v < line.length() && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
                v++;
                while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t')) {
                    v++;
                }
            }
            at = new int[] {i + 1, v + 1};
        }
        return at;
    }

    private static boolean endsInBackslash(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
