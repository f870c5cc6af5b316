package io.orbitpress.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an embed: the lines of an {@code ```embed} block (an address, then {@code key: value}
 * lines) or a Hugo shortcode ({@code {{< youtube ID >}}}), into an {@link Embed}. What cannot be
 * one is a problem on the line that says it.
 *
 * <pre>
 * ```embed
 * https://www.youtube.com/watch?v=21X5lGlDOfg
 * title: Crew-11 launch
 * poster: /images/crew-11-liftoff.jpg
 * caption: Replay of the launch from Kennedy Space Center.
 * credit: Video: NASA
 * ```
 * </pre>
 */
public final class EmbedParser {

    private static final Set<String> KEYS = Set.of("title", "poster", "caption", "credit", "type", "start");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{1,12}");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?");
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{[<%]\\s*(youtube|vimeo)\\s+(.*?)\\s*[>%]\\}\\}");
    private static final Pattern PARAM = Pattern.compile("(?:(\\w+)=)?(?:\"([^\"]*)\"|(\\S+))");
    private static final String KNOWN = "an embed takes a YouTube, Vimeo or NASA Image and Video Library"
            + " (images.nasa.gov) address, or a video file of the site (.mp4, .webm)";

    private EmbedParser() {
    }

    /** A problem on line {@code line} of the block (0: its first line, the address; -1: the fence). */
    public record Problem(int line, boolean error, String message) {
    }

    /** What was read: the embed (null when there are errors), the poster's address as written (or ""), the problems. */
    public record Parsed(Embed embed, String poster, int posterLine, List<Problem> problems) {
    }

    /** The embed of a block's text, its poster to be numbered {@code posterIndex} among the article's pictures. */
    public static Parsed block(String text, int posterIndex) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            problems.add(new Problem(-1, true, "this embed is empty; put the video's address on its first line, like"
                    + " https://www.youtube.com/watch?v=..."));
            return new Parsed(null, "", 0, problems);
        }
        String address = lines[first].strip();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (colon < 0 || !key.matches("[a-z]+")) {
                problems.add(new Problem(i, true, "expected a line like title: What the video shows, got \""
                        + line.strip() + "\""));
                continue;
            }
            if (!KEYS.contains(key)) {
                problems.add(new Problem(i, true, "an embed has no key \"" + key + "\"; it takes title:, poster:,"
                        + " caption:, credit:, start: and (for NASA) type:"));
                continue;
            }
            if (values.containsKey(key)) {
                problems.add(new Problem(i, true, key + ": is given twice in this embed"));
                continue;
            }
            values.put(key, unquote(line.substring(colon + 1).strip()));
            at.put(key, i);
        }
        return make(address, first, values, at, posterIndex, problems);
    }

    /**
     * The embed of a Hugo shortcode standing alone in a paragraph ({@code {{< youtube ID >}}},
     * {@code {{< vimeo id="ID" title="..." >}}}), or null when {@code text} is not one.
     */
    public static Parsed shortcode(String text) {
        Matcher m = SHORTCODE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String provider = m.group(1);
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(m.group(2));
        int n = 0;
        while (p.find()) {
            String value = p.group(2) != null ? p.group(2) : p.group(3);
            params.put(p.group(1) != null ? p.group(1).toLowerCase(Locale.ROOT) : n == 0 ? "id" : "arg" + n, value);
            n++;
        }
        // Hugo hands the player what follows the id ("ID?rel=0&autoplay=1"): the id is what comes before
        String id = params.getOrDefault("id", "").split("[?&;#]", 2)[0];
        String address = provider.equals("youtube") ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
        Map<String, String> values = new LinkedHashMap<>();
        if (params.containsKey("title")) {
            values.put("title", params.get("title"));
        }
        // a start time among what follows the id ("ID?start=90", "ID?t=90"), which Hugo hands the player
        String[] after = params.getOrDefault("id", "").split("[?&;#]");
        for (int i = 1; i < after.length && !params.containsKey("start"); i++) {
            if (after[i].matches("(start|t)=.+")) {
                values.put("start", after[i].substring(after[i].indexOf('=') + 1));
            }
        }
        if (params.containsKey("start")) {
            values.put("start", params.get("start"));
        }
        return make(address, 0, values, Map.of(), -1, new ArrayList<>());
    }

    /** Hugo's {@code figure} shortcode: a picture, with its caption and credit. */
    private static final Pattern FIGURE = Pattern.compile("\\{\\{[<%]\\s*figure\\s+(.*?)\\s*/?\\s*[>%]\\}\\}");

    /**
     * A Hugo {@code figure} shortcode standing alone in a paragraph ({@code {{< figure src="/images/pad.jpg"
     * alt="..." caption="..." attr="NASA" >}}}) as the picture it shows: its address, its alt text
     * (the caption when it gives none, as Hugo writes it), its caption (the title and the caption, as
     * Hugo shows both) and its credit ({@code attr}); null when {@code text} is not one, or names no
     * picture.
     */
    public static HugoFigure figure(String text) {
        Matcher m = FIGURE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher p = PARAM.matcher(m.group(1));
        while (p.find()) {
            if (p.group(1) != null) {
                params.put(p.group(1).toLowerCase(Locale.ROOT), p.group(2) != null ? p.group(2) : p.group(3));
            }
        }
        String src = params.getOrDefault("src", "").strip();
        if (src.isEmpty()) {
            return null;
        }
        String title = params.getOrDefault("title", "").strip();
        String caption = params.getOrDefault("caption", "").strip();
        String shown = title.isEmpty() ? caption : caption.isEmpty() ? title
                : title + (title.matches(".*[.!?:]$") ? " " : ". ") + caption;
        String alt = params.containsKey("alt") ? params.get("alt").strip() : shown;
        return new HugoFigure(src, alt, shown, params.getOrDefault("attr", "").strip());
    }

    /** What a Hugo {@code figure} shortcode shows ({@link #figure}). */
    public record HugoFigure(String src, String alt, String caption, String credit) {
    }

    private static Parsed make(String address, int line, Map<String, String> values, Map<String, Integer> at,
            int posterIndex, List<Problem> problems) {
        String title = values.getOrDefault("title", "");
        String poster = values.getOrDefault("poster", "");
        int posterLine = at.getOrDefault("poster", line);
        if (!poster.isEmpty() && (poster.startsWith("//") || poster.matches("(?i)[a-z][a-z0-9+.-]*:.*"))) {
            problems.add(new Problem(posterLine, true, "poster must be a picture of the site, like"
                    + " /images/launch.jpg: a picture from another site would be loaded before the reader asks"));
            poster = "";
        }
        int start = 0;
        if (values.containsKey("start")) {
            start = seconds(values.get("start"));
            if (start < 0) {
                problems.add(new Problem(at.getOrDefault("start", line), true, "start must be a time like 90, 90s"
                        + " or 1m30s"));
                start = 0;
            }
        }
        Embed e = null;
        String lower = address.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            e = video(address, line, problems);
        } else {
            URI uri = uri(address);
            String host = uri == null || uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (uri == null) {
                problems.add(new Problem(line, true, "\"" + address + "\" is not a valid address; " + KNOWN));
            } else if (host.equals("youtu.be") || host.equals("youtube.com") || host.endsWith(".youtube.com")
                    || host.equals("youtube-nocookie.com") || host.endsWith(".youtube-nocookie.com")) {
                e = youtube(uri, host, line, start, problems);
            } else if (host.equals("vimeo.com") || host.endsWith(".vimeo.com")) {
                e = vimeo(uri, line, start, problems);
            } else if (host.equals("images.nasa.gov")) {
                e = nasa(uri, line, values.getOrDefault("type", "video"), at.getOrDefault("type", line), problems);
            } else {
                problems.add(new Problem(line, true, "unknown embed " + address + "; " + KNOWN));
            }
            if (e != null && values.containsKey("type") && !e.provider().equals(Embed.NASA)) {
                problems.add(new Problem(at.get("type"), true, "type: is for NASA Image and Video Library links only"));
            }
        }
        if (e == null || problems.stream().anyMatch(Problem::error)) {
            return new Parsed(null, poster, posterLine, problems);
        }
        if (title.isEmpty()) {
            problems.add(new Problem(line, false, "this embed has no title; add a line title: saying what the video"
                    + " shows (the play button reads it out)"));
        }
        String shown = title.isEmpty() ? (e.provider().equals(Embed.VIDEO) ? "Video" : e.providerName() + " video")
                : title;
        Embed made = new Embed(e.provider(), address, e.load(), e.src(), e.link(), shown,
                values.getOrDefault("caption", ""), values.getOrDefault("credit", ""), poster.isEmpty() ? -1 : posterIndex);
        return new Parsed(made, poster, posterLine, problems);
    }

    private static Embed youtube(URI uri, String host, int line, int start, List<Problem> problems) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.length() > 1 ? path.substring(1) : null;
        } else if (path.equals("/watch")) {
            id = query(uri, "v");
        } else {
            for (String prefix : List.of("/embed/", "/shorts/", "/live/", "/v/")) {
                if (path.startsWith(prefix)) {
                    id = path.substring(prefix.length());
                }
            }
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            problems.add(new Problem(line, true, "cannot find the video in " + uri + "; a YouTube address looks like"
                    + " https://www.youtube.com/watch?v=21X5lGlDOfg or https://youtu.be/21X5lGlDOfg"));
            return null;
        }
        if (start == 0) {
            start = startIn(uri, "t", "start");
        }
        String src = "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1" + (start > 0 ? "&start=" + start : "");
        String link = "https://www.youtube.com/watch?v=" + id + (start > 0 ? "&t=" + start + "s" : "");
        return new Embed(Embed.YOUTUBE, uri.toString(), "frame", src, link, "", "", "", -1);
    }

    private static Embed vimeo(URI uri, int line, int start, List<Problem> problems) {
        String[] parts = (uri.getRawPath() == null ? "" : uri.getRawPath()).split("/");
        String id = null;
        String hash = query(uri, "h");
        for (int i = 0; i < parts.length; i++) {
            if (VIMEO_ID.matcher(parts[i]).matches()) {
                id = parts[i];
                if (hash == null && i + 1 < parts.length && parts[i + 1].matches("[0-9a-f]{6,20}")) {
                    hash = parts[i + 1];
                }
                break;
            }
        }
        if (id == null) {
            problems.add(new Problem(line, true, "cannot find the video in " + uri + "; a Vimeo address looks like"
                    + " https://vimeo.com/76979871"));
            return null;
        }
        if (start == 0) {
            start = startIn(uri, "t");
        }
        String src = "https://player.vimeo.com/video/" + id + "?autoplay=1&dnt=1" + (hash != null ? "&h=" + hash : "")
                + (start > 0 ? "#t=" + start + "s" : "");
        return new Embed(Embed.VIMEO, uri.toString(), "frame", src, "https://vimeo.com/" + id + (hash != null ? "/" + hash
                : ""), "", "", "", -1);
    }

    private static Embed nasa(URI uri, int line, String type, int typeLine, List<Problem> problems) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String id = path.startsWith("/details/") ? path.substring(9) : path.startsWith("/details-") ? path.substring(9)
                : "";
        id = decode(id);
        if (id.isEmpty() || id.contains("/") || id.chars().anyMatch(c -> c < 0x20)) {
            problems.add(new Problem(line, true, "cannot find the item in " + uri + "; a NASA Image and Video Library"
                    + " address looks like https://images.nasa.gov/details/KSC-20250801-PH-KLS01_0094"));
            return null;
        }
        if (!type.equals("video") && !type.equals("image")) {
            problems.add(new Problem(typeLine, true, "type must be video or image, got \"" + type + "\""));
            return null;
        }
        String enc = encodeSegment(id);
        String src = "https://images-assets.nasa.gov/" + type + "/" + enc + "/" + enc
                + (type.equals("video") ? "~medium.mp4" : "~medium.jpg");
        return new Embed(Embed.NASA, uri.toString(), type, src, "https://images.nasa.gov/details/" + enc, "", "", "",
                -1);
    }

    private static Embed video(String address, int line, List<Problem> problems) {
        String lower = address.toLowerCase(Locale.ROOT);
        boolean file = lower.endsWith(".mp4") || lower.endsWith(".webm") || lower.endsWith(".m4v")
                || lower.endsWith(".ogv");
        if (!file || address.startsWith("//") || address.matches("(?i)[a-z][a-z0-9+.-]*:.*")
                || address.chars().anyMatch(c -> c <= 0x20)) {
            problems.add(new Problem(line, true, "unknown embed \"" + address + "\"; " + KNOWN));
            return null;
        }
        return new Embed(Embed.VIDEO, address, "video", address, "", "", "", "", -1);
    }

    /**
     * A value without the quotes around it, as YAML reads a quoted one ({@code "Video: NASA"}): in double quotes a backslash keeps the next character
     * ({@code "The \"Crew-11\" launch"}), in single quotes {@code ''} is one quote.
     */
    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return escapes(v.substring(1, v.length() - 1)).strip();
        }
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'").strip();
        }
        return v;
    }

    /**
     * Double-quoted text with YAML's escapes read: {@code \"}, {@code \\}, {@code \n}, {@code \t},
     * {@code \u00e9} (and {@code \x}, {@code \U}); a backslash before another character keeps that character.
     */
    private static String escapes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
            if (digits > 0 && i + digits < text.length()
                    && text.substring(i + 1, i + 1 + digits).matches("[0-9A-Fa-f]{" + digits + "}")) {
                long code = Long.parseLong(text.substring(i + 1, i + 1 + digits), 16);
                if (code <= Character.MAX_CODE_POINT && code > 0) {
                    out.appendCodePoint((int) code);
                    i += digits;
                    continue;
                }
            }
            out.append(switch (e) {
                case 'n' -> "\n";
                case 't' -> "\t";
                case '0' -> "";
                default -> String.valueOf(e);
            });
        }
        return out.toString();
    }

    /**
     * The start time in seconds an address gives in its query or its fragment ({@code ?t=90},
     * {@code ?start=90}, {@code #t=1m30s}) under the first of {@code names} it has; 0 when none.
     */
    private static int startIn(URI uri, String... names) {
        for (String name : names) {
            String t = query(uri, name);
            for (String pair : uri.getRawFragment() == null || t != null ? new String[0]
                    : uri.getRawFragment().split("&")) {
                if (pair.startsWith(name + "=")) { // #t=2m, #t=2m&feature=share
                    t = decode(pair.substring(name.length() + 1));
                }
            }
            if (t != null) {
                return Math.max(0, seconds(t));
            }
        }
        return 0;
    }

    private static URI uri(String address) {
        try {
            URI u = new URI(address);
            return u.getHost() == null ? null : u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String query(URI uri, String name) {
        String q = uri.getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    /** Seconds of a time like 90, 90s, 1m30s or 1h2m3s; -1 when it is not one. */
    static int seconds(String t) {
        Matcher m = TIME.matcher(t.strip());
        if (t.isBlank() || !m.matches()) {
            return -1;
        }
        long s = 0;
        long[] unit = {3600, 60, 1};
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                if (m.group(g).length() > 6) {
                    return -1;
                }
                s += Long.parseLong(m.group(g)) * unit[g - 1];
            }
        }
        return s > Integer.MAX_VALUE ? -1 : (int) s;
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String encodeSegment(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
