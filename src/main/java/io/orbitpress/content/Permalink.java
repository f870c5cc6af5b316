package io.orbitpress.content;

import io.orbitpress.config.SafePath;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL an article asks for in front matter, as Jekyll ({@code permalink: /:year/:month/:title/}),
 * Hugo ({@code url: /2015/06/old-post/}) and Zola ({@code path = "old-post"}) write it: placeholders
 * filled in, a leading slash added, a folder URL ending in "/" unless it names an .html file.
 */
final class Permalink {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    /** A template expression, as Eleventy's permalinks are written ({@code {{ page.fileSlug }}}), or a tag. */
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}|\\{%.*?%}");

    /** Eleventy's slug of the file's name, which is the story's slug here, perhaps made a slug again. */
    private static final Pattern FILE_SLUG = Pattern.compile("page\\.fileSlug(?:\\s*\\|\\s*(?:slugify|slug))?");

    /** The route, or a problem that says what to write instead. */
    record Result(String url, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private Permalink() {
    }

    /**
     * @param pattern    what front matter says
     * @param slug       the article's slug (for :title, :slug and :name)
     * @param date       the article's date in the site's zone
     * @param categories Jekyll categories (for :categories), already read
     */
    static Result expand(String pattern, String slug, ZonedDateTime date, List<String> categories) {
        return expand(pattern, slug, date, categories, false);
    }

    /**
     * As {@link #expand(String, String, ZonedDateTime, List)}; with {@code unicode} (site.yaml's
     * {@code slugs: unicode}), a part of the path may be a slug in any script, as the site's slugs
     * are ({@code /ru/обмен-местами-на-мкс/}).
     */
    static Result expand(String pattern, String slug, ZonedDateTime date, List<String> categories, boolean unicode) {
        if (pattern.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            // javascript:..., https://...: an address elsewhere, not a path of this site
            return new Result(null, "\"" + ArticleReader.printable(pattern) + "\" is not a safe path: an article's"
                    + " address is a path on this site, without a scheme; use letters, digits and hyphens between"
                    + " slashes, like /2015/06/11/old-post/");
        }
        String filled = pattern;
        if (pattern.contains("{{") || pattern.contains("{%")) {
            // an Eleventy permalink: its file's slug is the story's; nothing else of a template is run
            StringBuilder read = new StringBuilder();
            String other = null;
            Matcher e = EXPRESSION.matcher(pattern);
            while (e.find()) {
                if (other == null && (e.group(1) == null || !FILE_SLUG.matcher(e.group(1)).matches())) {
                    other = e.group();
                }
                e.appendReplacement(read, ":slug");
            }
            e.appendTail(read);
            filled = read.toString();
            if (other != null) {
                return new Result(null, "\"" + ArticleReader.printable(other) + "\" in \"" + ArticleReader.printable(pattern)
                        + "\" is a template expression, which Orbitpress does not run; write the path with :year, :month,"
                        + " :day, :title, :slug or :categories, like " + ArticleReader.printable(filled)
                        + " (Eleventy's {{ page.fileSlug }} is read as :slug)");
            }
        }
        String expanded = switch (filled) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> filled;
        };
        Matcher m = PLACEHOLDER.matcher(expanded);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), slug, date, categories);
            if (value == null) {
                return new Result(null, "unknown placeholder :" + m.group(1)
                        + " in \"" + pattern + "\"; use :year, :month, :day, :title, :slug or :categories");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        String url = ("/" + sb).replaceAll("/{2,}", "/");
        if (!url.endsWith("/") && !url.endsWith(".html")) {
            url = url + "/";
        }
        if (url.equals("/")) {
            return new Result(null, "\"" + pattern + "\" is the home page's address; give the article a path like"
                    + " /2015/06/11/old-post/");
        }
        if (!SafePath.isRoute(url) && !(unicode && unicodeRoute(url))) {
            if (!unicode && unicodeRoute(url)) {
                // letters of another script: safe, but this site writes its addresses in Latin letters
                StringBuilder latin = new StringBuilder();
                for (String segment : url.substring(1).split("/")) {
                    latin.append('/').append(SafePath.isSegment(segment) ? segment : Slugs.make(segment));
                }
                return new Result(null, "\"" + ArticleReader.printable(pattern) + "\" has letters outside a-z, and this"
                        + " site's addresses are written in Latin letters; write it as " + latin + (url.endsWith("/") ? "/"
                                : "") + ", or set slugs: unicode in site.yaml to keep every script's letters");
            }
            return new Result(null, "\"" + ArticleReader.printable(pattern) + "\" is not a safe path; use letters,"
                    + " digits and hyphens between slashes, like /2015/06/11/old-post/");
        }
        for (String segment : url.substring(1).split("/")) {
            if (Slugs.isWindowsDevice(segment)) {
                return new Result(null, "\"" + pattern + "\" has the part \"" + segment + "\", "
                        + Slugs.WINDOWS_DEVICES + "; use another");
            }
        }
        return new Result(url, null);
    }

    /** Whether each part of {@code url} ("/a/b/", "/a/b.html") is a safe segment or a slug in any script. */
    private static boolean unicodeRoute(String url) {
        String path = url.substring(1, url.endsWith("/") ? url.length() - 1 : url.length());
        if (path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            String name = segment.endsWith(".html") ? segment.substring(0, segment.length() - 5) : segment;
            if (!SafePath.isSegment(segment) && !Slugs.isUnicodeSafe(name)) {
                return false;
            }
        }
        return true;
    }

    private static String value(String name, String slug, ZonedDateTime date, List<String> categories) {
        return switch (name) {
            case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
            case "short_year" -> String.format(Locale.ROOT, "%02d", date.getYear() % 100);
            case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> String.format(Locale.ROOT, "%03d", date.getDayOfYear());
            case "hour" -> String.format(Locale.ROOT, "%02d", date.getHour());
            case "minute" -> String.format(Locale.ROOT, "%02d", date.getMinute());
            case "second" -> String.format(Locale.ROOT, "%02d", date.getSecond());
            // Hugo's :filename and :slugorfilename: the file's name, or its slug: as this site's slug
            case "title", "slug", "name", "filename", "slugorfilename" -> slug;
            case "categories" -> String.join("/", categories.stream().map(Slugs::make).filter(s -> !s.isEmpty()).toList());
            case "output_ext" -> ".html";
            default -> null;
        };
    }
}
