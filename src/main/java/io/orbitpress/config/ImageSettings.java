package io.orbitpress.config;

import io.orbitpress.diag.Diagnostics;
import io.orbitpress.frontmatter.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * How images are published ({@code images:} in site.yaml).
 *
 * @param widths     the widths, in pixels, of the resized copies made of each photo (never wider than the photo)
 * @param quality    JPEG quality, 1 to 100
 * @param maxPixels  the largest photo read, in pixels (width × height); a larger one is refused before it is decoded
 * @param sizes      the {@code sizes} attribute of pictures in an article's body: how wide the theme shows them
 * @param fallback   the picture of pages that have none of their own (social cards), a path like
 *                   /images/card.png; "" for none ({@code images.default})
 * @param fallbackAlt its alt text ({@code images.defaultAlt}), in the default language
 * @param publishOriginals whether the originals of the resized pictures are published too, without their
 *                   metadata, at their own addresses ({@code images.publishOriginals}): an archive's old
 *                   picture addresses then still lead to the pictures
 * @param logo       the newsroom's logo, a path like /images/logo.png: the publisher's logo in the
 *                   pages' JSON-LD; "" for none ({@code images.logo})
 * @param fallbackAlts its alt text by language code, when site.yaml gives one per language
 *                   ({@code defaultAlt: {en: ..., ru: ...}}); a language it leaves out takes {@code fallbackAlt}
 */
public record ImageSettings(List<Integer> widths, int quality, long maxPixels, String sizes, String fallback,
        String fallbackAlt, boolean publishOriginals, String logo, java.util.Map<String, String> fallbackAlts) {

    public static final List<Integer> DEFAULT_WIDTHS = List.of(160, 480, 960, 1600);
    public static final String DEFAULT_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
    private static final Set<String> KEYS = Set.of("widths", "quality", "maxPixels", "sizes", "default", "defaultAlt",
            "publishOriginals", "logo");

    public ImageSettings {
        widths = List.copyOf(new java.util.TreeSet<>(widths));
        fallbackAlts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fallbackAlts));
    }

    /** The default card's alt text in the language of {@code code}. */
    public String fallbackAlt(String code) {
        return fallbackAlts.getOrDefault(code, fallbackAlt);
    }

    public static ImageSettings defaults() {
        return new ImageSettings(DEFAULT_WIDTHS, 82, 50_000_000L, DEFAULT_SIZES, "", "", false, "", java.util.Map.of());
    }

    /** The {@code images:} block of site.yaml; every problem is reported at its key. */
    static ImageSettings read(FrontMatter fm, List<Language> languages, Diagnostics d) {
        JsonNode n = fm.node("images").orElse(null);
        ImageSettings def = defaults();
        if (n == null) {
            return def;
        }
        if (!n.isObject()) {
            fm.error(d, "images", "images takes keys like widths: [480, 960, 1600] and quality: 82");
            return def;
        }
        new SectionKeys("images", KEYS).check(n, fm, d, "images");
        List<Integer> widths = def.widths();
        JsonNode w = n.path("widths");
        if (!w.isMissingNode()) {
            String usage = "images.widths must be a list of widths in pixels from 16 to 8192, like [480, 960, 1600]";
            List<Integer> list = new ArrayList<>();
            for (int i = 0; w.isArray() && i < w.size(); i++) {
                JsonNode x = w.get(i);
                if (!x.canConvertToInt() || !x.isIntegralNumber() || x.asInt() < 16 || x.asInt() > 8192) {
                    fm.errorAt(d, usage, "images", "widths", String.valueOf(i)); // at the first wrong width
                    break;
                }
                list.add(x.asInt());
            }
            if (!w.isArray() || w.isEmpty()) {
                fm.errorAt(d, usage, "images", "widths");
            } else if (list.size() == w.size()) {
                widths = list;
            }
        }
        int quality = def.quality();
        JsonNode q = n.path("quality");
        if (!q.isMissingNode()) {
            if (q.isIntegralNumber() && q.asInt() >= 1 && q.asInt() <= 100) {
                quality = q.asInt();
            } else {
                fm.errorAt(d, "images.quality must be a whole number from 1 to 100, like 82", "images", "quality");
            }
        }
        long maxPixels = def.maxPixels();
        JsonNode m = n.path("maxPixels");
        if (!m.isMissingNode()) {
            if (m.isIntegralNumber() && m.asLong() >= 1_000_000L && m.asLong() <= 1_000_000_000L) {
                maxPixels = m.asLong();
            } else {
                fm.errorAt(d, "images.maxPixels must be a number of pixels from 1000000 to 1000000000,"
                        + " like 50000000", "images", "maxPixels");
            }
        }
        String sizes = text(n, "sizes", def.sizes(), fm, d);
        String fallback = text(n, "default", "", fm, d);
        if (!fallback.isEmpty() && !fallback.startsWith("/")) {
            fm.errorAt(d, "images.default must be a path in content/static/, like /images/card.png", "images",
                    "default");
            fallback = "";
        }
        String logo = text(n, "logo", "", fm, d);
        if (!logo.isEmpty() && !logo.startsWith("/")) {
            fm.errorAt(d, "images.logo must be a path in content/static/, like /images/logo.png", "images", "logo");
            logo = "";
        }
        boolean originals = false;
        JsonNode o = n.path("publishOriginals");
        if (!o.isMissingNode() && !o.isNull()) {
            if (o.isBoolean()) {
                originals = o.asBoolean();
            } else {
                fm.errorAt(d, "images.publishOriginals must be true or false", "images", "publishOriginals");
            }
        }
        java.util.Map<String, String> alts = new java.util.LinkedHashMap<>();
        String alt;
        JsonNode a = n.path("defaultAlt");
        if (a.isObject() && !a.isEmpty()) {
            // one per language, as a registry file names a person in each
            a.properties().forEach(e -> {
                if (languages.stream().noneMatch(l -> l.code().equals(e.getKey()))) {
                    fm.errorAt(d, "images.defaultAlt: \"" + e.getKey() + "\" is not one of the site's languages ("
                            + String.join(", ", languages.stream().map(Language::code).toList())
                            + "); add it to languages: in site.yaml or fix the code", "images", "defaultAlt", e.getKey());
                } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    fm.errorAt(d, "images.defaultAlt." + e.getKey() + " must be text", "images", "defaultAlt", e.getKey());
                } else {
                    alts.put(e.getKey(), e.getValue().asString().strip());
                }
            });
            alt = alts.getOrDefault(languages.get(0).code(), "");
        } else {
            alt = text(n, "defaultAlt", "", fm, d);
        }
        return new ImageSettings(widths, quality, maxPixels, sizes, fallback, alt, originals, logo, alts);
    }

    private static String text(JsonNode n, String key, String fallback, FrontMatter fm, Diagnostics d) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        if (!v.isValueNode()) {
            fm.errorAt(d, "images." + key + " must be text", "images", key);
            return fallback;
        }
        return v.asString().strip();
    }
}
