package io.orbitpress.content;

import io.orbitpress.config.EntityKind;
import io.orbitpress.config.SiteConfig;
import io.orbitpress.diag.Spelling;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level article keys a site reads: Orbitpress's own, those of its entity kinds, the
 * aliases of site.yaml {@code keys}, and the free keys site.yaml declares ({@code extraKeys}).
 * Any other key is most likely a slip ({@code tilte}, {@code expiryDtae}): it is kept for
 * templates as before, and reported, with the key that was probably meant.
 */
final class FrontMatterKeys {

    /** The keys {@link ArticleReader} reads, with those of the generators it reads archives of. */
    static final Set<String> READ = Set.of("title", "date", "updated", "lastmod", "slug", "summary", "author",
            "dateline", "source", "image", "image_alt", "image_caption", "image_credit",
            "image_copyright", "tags", "draft", "published", "aliases",
            "redirect_from", "layout", "url", "permalink", "path", "publishDate", "publishdate", "last_modified_at",
            "expiryDate", "expirydate", "params", "taxonomies", "extra", "corrections",
            "series", "lang", "translationKey", "withdrawn", "withdrawnNote", "retracted", "retractedNote");

    /** The keys that hold a story back (an embargo, an expiry, a draft): a slip in one of them is an error. */
    static final Set<String> HOLDS = Set.of("publishDate", "publishdate", "expiryDate", "expirydate", "draft",
            "published", "withdrawn");

    /** Words people write for a key Orbitpress spells otherwise. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("expires", "expiryDate"),
            Map.entry("expiry", "expiryDate"), Map.entry("expiration", "expiryDate"),
            Map.entry("embargo", "publishDate"), Map.entry("embargoed", "publishDate"),
            Map.entry("publish", "publishDate"), Map.entry("byline", "author"), Map.entry("bylines", "authors"),
            Map.entry("writers", "authors"), Map.entry("headline", "title"),
            Map.entry("topics", "tags"), Map.entry("dek", "summary"), Map.entry("correction", "corrections"),
            Map.entry("part", "series"), Map.entry("withdraw", "withdrawn"), Map.entry("withdrawal", "withdrawn"),
            Map.entry("retraction", "retracted"), Map.entry("retract", "retracted"),
            Map.entry("language", "lang"), Map.entry("translation", "translationKey"),
            // a Russian desk's words for its corrections: the story would go out uncorrected
            Map.entry("исправления", "corrections"), Map.entry("исправление", "corrections"),
            Map.entry("поправки", "corrections"), Map.entry("поправка", "corrections"),
            // and for the others, which a story would go out without
            Map.entry("заголовок", "title"), Map.entry("название", "title"), Map.entry("дата", "date"),
            Map.entry("теги", "tags"), Map.entry("тэги", "tags"), Map.entry("метки", "tags"), Map.entry("темы", "tags"),
            Map.entry("рубрики", "tags"), Map.entry("серия", "series"), Map.entry("цикл", "series"),
            Map.entry("обновлено", "updated"), Map.entry("обновлён", "updated"), Map.entry("обновлен", "updated"),
            Map.entry("обновление", "updated"), Map.entry("анонс", "summary"), Map.entry("лид", "summary"),
            Map.entry("описание", "summary"), Map.entry("место", "dateline"), Map.entry("автор", "author"),
            Map.entry("авторы", "authors"), Map.entry("люди", "people"), Map.entry("персоны", "people"),
            Map.entry("миссии", "missions"), Map.entry("организации", "organizations"), Map.entry("язык", "lang"),
            Map.entry("картинка", "image"), Map.entry("изображение", "image"), Map.entry("фото", "image"),
            Map.entry("слаг", "slug"), Map.entry("адрес", "url"));

    /**
     * Keys other generators and newsrooms write for when a story may be seen, whole (in lower case,
     * without {@code _} and {@code -}): an embargo or release ({@code embargoUntil},
     * {@code releaseDate}, {@code goLive}, {@code pubDate}, {@code scheduled}), an expiry
     * ({@code expiresAt}, {@code takedownDate}), and what hides a story ({@code hidden},
     * {@code private}, {@code unlisted}; {@code status: draft}).
     */
    private static final java.util.regex.Pattern PUBLISH_WORDS = java.util.regex.Pattern.compile(
            "embargo(ed)?(until|date|time|at|end|ends|lift|lifts|lifted)?|publish(date|time|at|on)|pubdate"
                    + "|(publication|release)(date|time)|golive(date|time|at|on)?|scheduled(date|time|at|for)?"
                    // as a Russian desk writes them: эмбарго, эмбарго_до, публикация, дата_публикации, опубликовать
                    + "|эмбарго(до)?|публикация|датапубликации|опубликовать(в)?");
    private static final java.util.regex.Pattern EXPIRY_WORDS = java.util.regex.Pattern.compile(
            "(expire[sd]?|expiry|expiration|unpublish|takedown|takedownat|removeat)(date|time|at|on)?"
                    + "|снять(с)?(публикации)?|датаснятия|истекает");
    private static final java.util.regex.Pattern HIDE_WORDS = java.util.regex.Pattern.compile(
            "hidden|private|unlisted|черновик|скрыт(о|ый|ая|ь)?");
    /** The status keys: {@code status}, {@code статус}. */
    private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile("status|статус");
    /** A value that says yes, in English or Russian. */
    private static final String YES = "true|yes|on|да";
    /** A value that says no, in English or Russian. */
    private static final String NO = "false|no|off|нет";
    /** A value that names a moment: a year in it (2025-08-10, "August 10, 2025", 2025/08/10), or seconds since 1970. */
    private static final java.util.regex.Pattern MOMENT = java.util.regex.Pattern.compile(
            "(?s).*\\b(19|20)\\d\\d\\b.*|\\d{9,11}");
    /** What a status: key says of a story that is not to be seen yet. */
    private static final java.util.regex.Pattern UNSEEN = java.util.regex.Pattern.compile(
            "draft|scheduled|private|hidden|unpublished|pending|embargoed"
                    + "|черновик|запланирован[оа]?|скрыт[оа]?|не ?опубликован[оа]?|эмбарго|на проверке");

    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> free;

    FrontMatterKeys(SiteConfig config) {
        known.addAll(READ);
        for (EntityKind k : config.kinds()) {
            for (String key : concat(k.frontMatterKeys(), k.bylineKeys())) {
                known.add(key.contains(".") ? key.substring(0, key.indexOf('.')) : key);
            }
        }
        known.addAll(config.keyAliases().keySet());
        free = Set.copyOf(config.extraKeys());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The key read that {@code typed}, a key not read, is in another case ({@code Title} for
     * {@code title}, {@code PublishDate} for {@code publishDate}), as Hugo reads keys.
     */
    Optional<String> inOtherCase(String typed) {
        if (known.contains(typed)) {
            return Optional.empty();
        }
        return known.stream().filter(k -> k.equalsIgnoreCase(typed)).sorted().findFirst();
    }

    /** Whether {@code key} is read by Orbitpress (its value is not a template parameter). */
    boolean read(String key) {
        return known.contains(key);
    }

    /** Whether {@code key} may stand in front matter without a warning. */
    boolean allowed(String key) {
        return known.contains(key) || free.contains(key);
    }

    /**
     * The key that holds a story back (one of {@link #HOLDS}) that {@code typed}, a key neither read
     * nor allowed, was most likely meant as: by spelling (a slip of {@code draft} or
     * {@code published} when its {@code value} is true or false, so that {@code publisher: NASA} is
     * left to templates); or, for a key other generators write for the same ({@link #PUBLISH_WORDS},
     * {@link #EXPIRY_WORDS}, {@link #HIDE_WORDS}), when its value would hold the story back: a
     * moment written any way ({@link #MOMENT}), or true. None for a key read or allowed, nor for a
     * value false or empty, which holds nothing back.
     */
    Optional<String> holdsMeant(String typed, tools.jackson.databind.JsonNode value) {
        if (allowed(typed)) {
            return Optional.empty();
        }
        String text = value.isValueNode() ? value.asString("").strip().toLowerCase(java.util.Locale.ROOT) : "";
        boolean no = value.isBoolean() ? !value.asBoolean()
                : value.isNull() || value.isValueNode() && text.matches(NO + "|");
        if (no) {
            return Optional.empty(); // embargoed: false, hidden: no hold nothing back
        }
        boolean yesOrNo = value.isBoolean() || text.matches(YES);
        // a slip of draft or published stands for true or false (publisher: NASA is another key)
        Optional<String> meant = meant(typed).filter(HOLDS::contains)
                .filter(m -> yesOrNo || !m.equals("draft") && !m.equals("published"));
        if (meant.isPresent()) {
            return meant;
        }
        String n = Spelling.normal(typed);
        boolean moment = MOMENT.matcher(text).matches();
        if (moment && PUBLISH_WORDS.matcher(n).matches()) {
            return Optional.of("publishDate");
        }
        if (moment && EXPIRY_WORDS.matcher(n).matches()) {
            return Optional.of("expiryDate");
        }
        if (STATUS.matcher(n).matches() && UNSEEN.matcher(text).matches()) {
            return Optional.of("draft");
        }
        return yesOrNo && HIDE_WORDS.matcher(n).matches() ? Optional.of("draft") : Optional.empty();
    }

    /** In a registry file, the words for an embargo (not a release or a schedule, which a mission's facts say). */
    private static final java.util.regex.Pattern REGISTRY_PUBLISH_WORDS = java.util.regex.Pattern.compile(
            "embargo(ed)?(until|date|time|at|end|ends|lift|lifts|lifted)?|publish(date|time|at|on)|pubdate"
                    + "|golive(date|time|at|on)?|эмбарго(до)?|датапубликации");
    /** What a registry file's status: says of a page not to be seen yet (a mission may be "scheduled"). */
    private static final java.util.regex.Pattern REGISTRY_UNSEEN = java.util.regex.Pattern.compile(
            "draft|unpublished|embargoed|hidden|черновик|не ?опубликован[оа]?|скрыт[оа]?|эмбарго");
    /** Keys a registry file may write true for a page not to be seen yet (a company may be "private"). */
    private static final java.util.regex.Pattern REGISTRY_HIDE_WORDS = java.util.regex.Pattern.compile(
            "hidden|unpublished|embargo(ed)?|isdraft|drafts?|черновик|скрыт(о|ый|ая|ь)?");

    /**
     * For a key of a registry file (where every key not read is a fact shown on the page), the key
     * holding the page back it was most likely meant as: {@code publishDate} for a slip of it or an
     * embargo word given a moment, {@code draft} for a slip of it given true, {@code published: false},
     * {@code hidden: true} or {@code status: draft}, {@code expiryDate} for an expiry word given a moment
     * (which a registry file does not take). None for a value false or empty, or a fact that only
     * looks alike ({@code publisher: NASA}, {@code status: scheduled}).
     */
    static Optional<String> registryHoldMeant(String typed, tools.jackson.databind.JsonNode value) {
        if (typed.equals("publishDate") || typed.equals("publishdate") || typed.equals("draft")) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            return Optional.empty(); // a list or a map (published works, a value per language) is a fact
        }
        String text = value.asString("").strip().toLowerCase(java.util.Locale.ROOT);
        boolean yes = value.isBoolean() ? value.asBoolean() : text.matches(YES);
        boolean no = value.isBoolean() ? !value.asBoolean() : text.matches(NO);
        boolean moment = MOMENT.matcher(text).matches();
        String n = Spelling.normal(typed);
        Optional<String> slip = Spelling.closest(typed, List.of("publishDate"));
        if (slip.isPresent() && moment || moment && REGISTRY_PUBLISH_WORDS.matcher(n).matches()) {
            return Optional.of("publishDate");
        }
        // draft's slips one letter away, its first kept: craft: and grant: are facts
        if (yes && (REGISTRY_HIDE_WORDS.matcher(n).matches() || n.startsWith("d") && Spelling.distance(n, "draft") <= 1)
                || n.equals("published") && no || STATUS.matcher(n).matches() && REGISTRY_UNSEEN.matcher(text).matches()) {
            return Optional.of("draft");
        }
        if (moment && EXPIRY_WORDS.matcher(n).matches()) {
            return Optional.of("expiryDate");
        }
        return Optional.empty();
    }

    /** The key {@code typed} most likely stands for, if one is close enough. */
    Optional<String> meant(String typed) {
        String synonym = SYNONYMS.get(Spelling.normal(typed));
        if (synonym != null && allowed(synonym)) {
            return Optional.of(synonym);
        }
        List<String> all = new java.util.ArrayList<>(known);
        all.addAll(free);
        return Spelling.closest(typed, all);
    }
}
