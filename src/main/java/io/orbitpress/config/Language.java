package io.orbitpress.config;

/**
 * One language of a site: its BCP 47 code, what the site is called in it, and where its pages
 * live. The default language's pages are at the site root; every other one's under its code
 * ({@code /ru/articles/<slug>/}).
 *
 * @param code        BCP 47 language tag ("en", "ru")
 * @param title       the site's name in this language
 * @param description the home page description and feed subtitle in this language
 * @param prefix      the route folder of its pages: "" for the default language, "ru/" for another
 * @param author      the byline of its stories that name no author (site.yaml's {@code author} as
 *                    this language writes it), or null for site.yaml's
 */
public record Language(String code, String title, String description, String prefix, String author) {

    public Language(String code, String title, String description, String prefix) {
        this(code, title, description, prefix, null);
    }

    /** Whether this is the site's default language (its pages at the root). */
    public boolean isDefault() {
        return prefix.isEmpty();
    }

    /** A root-relative URL of the default language ("/tags/x/") as this language has it ("/ru/tags/x/"). */
    public String url(String rootRelative) {
        return prefix.isEmpty() ? rootRelative : "/" + prefix + rootRelative.substring(1);
    }

    /** A route ("tags/x/", "" for the home page) in this language's folder. */
    public String route(String route) {
        return prefix + route;
    }

    private static final java.util.Map<String, Boolean> RIGHT_TO_LEFT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the language of the BCP 47 tag {@code code} is written right to left (Arabic, Hebrew, Persian, Urdu; ICU's data). */
    public static boolean rightToLeft(String code) {
        return RIGHT_TO_LEFT.computeIfAbsent(code, tag -> com.ibm.icu.util.ULocale.forLanguageTag(tag).isRightToLeft());
    }

    /** The English name of the language of the BCP 47 tag {@code code} ("Russian" of {@code ru}), or the code when Java knows none. */
    public static String englishName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** The {@link java.util.Locale} templates format dates and numbers with. */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(code);
    }
}
