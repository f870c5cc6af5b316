package io.orbitpress.render;

import io.orbitpress.theme.Theme;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The theme's texts in one language: {@code messages_<language>.properties}, then
 * {@code messages.properties}, then (for a language the theme has no texts for)
 * {@code messages_en.properties}, each from the site's {@code templates/} folder first, then from
 * the built-in theme; a site overrides only the keys it writes. What templates read as
 * {@code #{...}}, and what the planner writes into titles and descriptions. Files are read as
 * UTF-8, once.
 */
public final class Texts {

    private final Locale locale;
    private final List<Properties> chain;
    /** Per key, whether its message is {@link #SIMPLE}. */
    private final java.util.Map<String, Boolean> simple = new java.util.concurrent.ConcurrentHashMap<>();
    /** The formatters of the messages with formats or plurals, made once each. */
    private final java.util.Map<String, com.ibm.icu.text.MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many of {@link #chain} are the language's own, before the English texts it falls back to. */
    private final int own;

    private Texts(Locale locale, List<Properties> chain) {
        this(locale, chain, chain.size());
    }

    private Texts(Locale locale, List<Properties> chain, int own) {
        this.locale = locale;
        this.chain = List.copyOf(chain);
        this.own = own;
    }

    /**
     * Texts as {@link #parts} and {@link #own} gave them: what a build kept in its cache folder, read
     * back without reading the files, or asking ICU for the language's dates, again.
     */
    public static Texts of(Locale locale, List<java.util.Map<String, String>> parts, int own) {
        List<Properties> chain = new ArrayList<>();
        for (java.util.Map<String, String> part : parts) {
            Properties p = new Properties();
            p.putAll(part);
            chain.add(p);
        }
        return new Texts(locale, chain, own);
    }

    /** Each file's texts, in the order they are looked in, their keys sorted. */
    public List<java.util.Map<String, String>> parts() {
        List<java.util.Map<String, String>> out = new ArrayList<>();
        for (Properties p : chain) {
            java.util.Map<String, String> part = new java.util.TreeMap<>();
            p.stringPropertyNames().forEach(k -> part.put(k, p.getProperty(k)));
            out.add(part);
        }
        return out;
    }

    /** How many of {@link #parts} are this language's own, before the English texts it falls back to. */
    public int own() {
        return own;
    }

    /** The texts of {@code locale} from the site's {@code templates} folder (null: none), then {@code theme}. */
    public static Texts of(Path templates, Theme theme, Locale locale) {
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) {
            names.add("messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties");
        }
        if (!locale.getLanguage().isEmpty()) {
            names.add("messages_" + locale.getLanguage() + ".properties");
        }
        names.add("messages.properties");
        if (!locale.getLanguage().equals("en")) {
            // a language the theme has no texts for is shown with its English ones (what ResourceBundle does)
            names.add("messages_en.properties");
        }
        List<Properties> out = new ArrayList<>();
        int ownTexts = -1;
        for (String name : names) {
            if (name.equals("messages_en.properties") && !locale.getLanguage().equals("en")) {
                // before the English texts another language falls back to, its own ways of writing a
                // date (CLDR's)
                out.add(dates(locale));
                ownTexts = out.size();
            }
            Path own = templates == null ? null : templates.resolve(name);
            if (own != null && Files.isRegularFile(own)) {
                try {
                    out.add(load(text(Files.readAllBytes(own))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            theme.bytes(name).ifPresent(b -> out.add(load(new String(b, StandardCharsets.UTF_8))));
        }
        return new Texts(locale, out, ownTexts < 0 ? out.size() : ownTexts);
    }

    /**
     * Whether {@code key} has a text of this language, or one for every language
     * ({@code messages.properties}): not only the English one a language falls back to.
     */
    public boolean hasOwn(String key) {
        for (int i = 0; i < own; i++) {
            if (chain.get(i).containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A site's message file as text: UTF-8, a byte order mark left out (it would be part of the first
     * key); bytes that are not UTF-8 are read as replacement characters, the build's check of the
     * message files having told where they are.
     */
    static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The built-in theme's texts of {@code locale}. */
    public static Texts builtIn(Locale locale) {
        return of(null, Theme.builtIn(), locale);
    }

    /** The language of these texts, which dates written with them take. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, or null when no file has it. */
    public String raw(String key) {
        for (Properties p : chain) {
            String text = p.getProperty(key);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The text of {@code key} with {@code args} put in (ICU MessageFormat: plurals per language); {@code fallback} when none has it. */
    public String get(String key, String fallback, Object... args) {
        String text = raw(key);
        if (text == null) {
            return fallback;
        }
        if (args.length == 0) {
            return text;
        }
        if (simple.computeIfAbsent(key, k -> SIMPLE.matcher(text).matches()) && plain(args)) {
            // "By {0} · ", "{0} min read": put in as ICU would, without making a formatter for every page
            StringBuilder sb = new StringBuilder(text.length() + 32);
            java.util.regex.Matcher m = ARG.matcher(text);
            int at = 0;
            while (m.find()) {
                sb.append(text, at, m.start());
                int i = Integer.parseInt(m.group(1));
                sb.append(i < args.length ? String.valueOf(args[i]) : m.group());
                at = m.end();
            }
            return quotesOnce(sb.append(text, at, text.length()).toString());
        }
        com.ibm.icu.text.MessageFormat f = formats.computeIfAbsent(key,
                k -> new com.ibm.icu.text.MessageFormat(text, locale));
        synchronized (f) {
            return quotesOnce(f.format(args));
        }
    }

    /**
     * {@code text} with guillemets written twice written once: a message that puts a name in
     * guillemets ("Следить за темой «{0}»") and a name that has its own («Восток») give «Восток»,
     * not ««Восток»».
     */
    static String quotesOnce(String text) {
        return text.indexOf("\u00ab\u00ab") < 0 && text.indexOf("\u00bb\u00bb") < 0 ? text
                : text.replace("\u00ab\u00ab", "\u00ab").replace("\u00bb\u00bb", "\u00bb");
    }

    /** A pattern of text and {@code {n}} arguments alone: no quotes, no formats, no plurals. */
    private static final java.util.regex.Pattern SIMPLE = java.util.regex.Pattern.compile("[^{}']*(\\{\\d+\\}[^{}']*)*");
    private static final java.util.regex.Pattern ARG = java.util.regex.Pattern.compile("\\{(\\d+)\\}");

    /** Arguments ICU writes as {@link String#valueOf} does: texts, and whole numbers below 1,000 either way. */
    private static boolean plain(Object[] args) {
        for (Object a : args) {
            if (a instanceof Number n) {
                if (!(a instanceof Integer || a instanceof Long) || Math.abs(n.longValue()) >= 1000) {
                    return false;
                }
            } else if (!(a instanceof CharSequence)) {
                return false;
            }
        }
        return true;
    }

    /** The Russian theme's way to name a time's clock: its offset from UTC ({@code UTC+03:00}). */
    private static final String UTC_OFFSET = "'UTC'xxx";

    /**
     * A date pattern of the theme for times shown in {@code zone}: its clock written as its offset
     * from UTC ({@code 'UTC'xxx}) is named as a reader says it when the zone allows: {@code UTC} for a
     * zone always at UTC (not "UTC+00:00"), {@code UTC+3} for another fixed offset, and in Russian
     * {@code мск} for Moscow's clock, whatever its offset was at the time; other zones keep the offset.
     */
    public static String datePattern(String pattern, java.time.ZoneId zone, Locale locale) {
        if (pattern == null || zone == null || !pattern.contains(UTC_OFFSET)) {
            return pattern;
        }
        String label;
        if (locale.getLanguage().equals("ru") && (zone.getId().equals("Europe/Moscow") || zone.getId().equals("W-SU"))) {
            label = "'мск'";
        } else if (zone.getRules().isFixedOffset()) {
            java.time.ZoneOffset offset = zone.getRules().getOffset(java.time.Instant.EPOCH);
            int seconds = offset.getTotalSeconds();
            int hours = Math.abs(seconds) / 3600;
            int minutes = Math.abs(seconds) / 60 % 60;
            label = seconds == 0 ? "'UTC'" : "'UTC" + (seconds < 0 ? "-" : "+") + hours
                    + (minutes == 0 ? "" : ":" + (minutes < 10 ? "0" : "") + minutes) + "'";
        } else {
            return pattern;
        }
        return pattern.replace(UTC_OFFSET, label);
    }

    /** What each date pattern of the theme ({@code date.long} and the rest) shows, as a skeleton of CLDR's. */
    static final java.util.Map<String, String> DATE_SKELETONS = java.util.Map.of("date.long", "yMMMMd",
            "date.full", "yMMMMdjmz", "date.short", "yMMMd", "date.entry", "MMMdjmz");

    /**
     * The theme's date patterns as {@code locale} writes dates ("d. MMMM y" in German), from CLDR
     * through ICU: a language the theme has no texts for gets its own dates, not English patterns
     * with its month names ("Dezember 5, 2026").
     */
    static Properties dates(Locale locale) {
        Properties p = new Properties();
        com.ibm.icu.text.DateTimePatternGenerator g = com.ibm.icu.text.DateTimePatternGenerator.getInstance(locale);
        DATE_SKELETONS.forEach((key, skeleton) -> {
            String pattern = g.getBestPattern(skeleton);
            if (sameInBoth(pattern, locale)) {
                p.setProperty(key, pattern);
            } // else left to the English pattern
        });
        return p;
    }

    /** The day and time both formatters write to compare them: 1 August 2025, 09:30 UTC. */
    static final java.time.ZonedDateTime SAMPLE = java.time.ZonedDateTime.of(2025, 8, 1, 9, 30, 0, 0,
            java.time.ZoneId.of("UTC"));

    /**
     * Whether java.time, which the templates format dates with, writes {@code pattern} as ICU does:
     * the pattern is ICU's, the month names and the pattern letters the templates' (a language
     * whose names the JDK lacks, one whose dates ICU writes in another calendar, or a pattern
     * java.time reads otherwise, like {@code [z]}, is left to the English pattern).
     */
    private static boolean sameInBoth(String pattern, Locale locale) {
        try {
            String byJava = java.time.format.DateTimeFormatter.ofPattern(pattern, locale).format(SAMPLE);
            com.ibm.icu.text.SimpleDateFormat icu = new com.ibm.icu.text.SimpleDateFormat(pattern,
                    com.ibm.icu.util.ULocale.forLocale(locale));
            icu.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
            return byJava.equals(icu.format(java.util.Date.from(SAMPLE.toInstant())));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Properties load(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
