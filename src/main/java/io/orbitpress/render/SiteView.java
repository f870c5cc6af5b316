package io.orbitpress.render;

import io.orbitpress.config.EntityKind;
import java.util.List;
import java.util.Map;

/**
 * What every template knows about the site.
 *
 * @param kinds   the entity kinds with an entity at least, for navigation
 * @param year    the year of the newest article, for the footer
 * @param preview true when served by the preview server (drafts shown)
 * @param root    the root-relative URL of the home page in the page's language ("/", "/ru/"): links to the
 *                site's lists, feeds and search start here
 * @param locale  the page's language as Open Graph names a locale ({@code og:locale}): "en_US", "ru_RU"
 * @param firstLanguage the site's first language, which its registry files are written in (their
 *                pictures' alt text and captions too): a page in another language marks them with it
 */
public record SiteView(String title, String description, String baseUrl, String language, List<EntityKind> kinds,
        Map<String, Object> params, int year, boolean preview, String root, String locale, String firstLanguage) {

    private static final Map<String, String> LOCALES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The {@code dir} attribute a page in this language needs: {@code "rtl"} for a language
     * written right to left (Arabic, Hebrew, Persian, Urdu), none (null) for the others, whose
     * direction is the browser's default. The theme's styles use logical sides (start and end),
     * so its borders, indents and floats follow.
     */
    public String dir() {
        return io.orbitpress.config.Language.rightToLeft(language) ? "rtl" : null;
    }

    /**
     * A language tag as Open Graph writes a locale, language and region joined by an underscore,
     * the region the likeliest for the language when the tag names none: "en" is "en_US", "ru"
     * "ru_RU", "en-GB" "en_GB", "pt-BR" "pt_BR"; a language with no likely region stays as it is.
     */
    public static String ogLocale(String languageTag) {
        return LOCALES.computeIfAbsent(languageTag, tag -> {
            com.ibm.icu.util.ULocale l = com.ibm.icu.util.ULocale.addLikelySubtags(
                    com.ibm.icu.util.ULocale.forLanguageTag(tag));
            return l.getCountry().isEmpty() ? l.getLanguage() : l.getLanguage() + "_" + l.getCountry();
        });
    }
}
