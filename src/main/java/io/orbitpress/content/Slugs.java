package io.orbitpress.content;

import io.orbitpress.config.SafePath;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL segments: making them from names, and checking those people write. */
public final class Slugs {

    /**
     * The longest slug, in bytes of UTF-8 (as a file system counts a name): file names on most
     * systems allow 255 bytes, and a Cyrillic letter takes two.
     */
    static final int MAX_LENGTH = SafePath.MAX_SEGMENT;
    private static final Pattern JEKYLL_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");

    private Slugs() {
    }

    /**
     * Lowercase ASCII letters and digits joined by single hyphens, at most 200 bytes; "" when
     * nothing is left. Letters of other scripts are transliterated first ("Роскосмос" gives
     * "roskosmos", "Союз МС-25" gives "soyuz-ms-25"), accents dropped ("Raphaël" gives "raphael").
     */
    public static String make(String text) {
        return make(text, false);
    }

    /**
     * As {@link #make(String)}; with {@code unicode}, letters and digits of every script are kept as
     * they are, lowercased ("Роскосмос" gives "роскосмос").
     */
    public static String make(String text, boolean unicode) {
        String folded = unicode ? Normalizer.normalize(text, Normalizer.Form.NFC) : ascii(text);
        StringBuilder sb = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int c = Character.toLowerCase(folded.codePointAt(i));
            i += Character.charCount(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || unicode && c > 0x7f && Character.isLetterOrDigit(c)) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                sb.appendCodePoint(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        int fits = fits(sb);
        if (fits < sb.length()) {
            // a longer slug could not be a file's name; cut at the last word that fits
            int cut = sb.lastIndexOf("-", fits);
            sb.setLength(cut > 0 ? cut : fits);
        }
        return sb.toString();
    }

    /** How many of {@code s}'s characters (whole code points) fit in {@link #MAX_LENGTH} bytes of UTF-8. */
    private static int fits(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > MAX_LENGTH) {
                return i;
            }
            i += Character.charCount(c);
        }
        return s.length();
    }

    /**
     * ICU's transliteration of every script to Latin, then to ASCII: Russian as the BGN/PCGN
     * romanization writes it, the way English-language news spells Russian names ("Союз" gives
     * "Soyuz", "женщины" "zhenshchiny", the soft and hard signs dropped), other scripts by ICU's
     * general rules. One instance, used by one thread at a time, made when a text first needs it
     * (an ASCII site never loads ICU's rules).
     */
    private static final class ToAscii {
        static final com.ibm.icu.text.Transliterator RULES = com.ibm.icu.text.Transliterator
                .getInstance("Russian-Latin/BGN; [\u02B9\u02BA] Remove; Any-Latin; Latin-ASCII");
    }

    /** {@code text} in ASCII letters: transliterated when it has other letters, accents dropped. */
    public static String ascii(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = text.charAt(i) < 0x80;
        }
        if (plain) {
            return text;
        }
        String latin;
        synchronized (ToAscii.RULES) {
            latin = ToAscii.RULES.transliterate(text);
        }
        // what transliteration leaves (a combining mark on its own) is dropped as before
        return Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Whether {@code slug} is a slug {@link #make(String, boolean)} could give with {@code unicode} (letters of any script). */
    public static boolean isUnicodeSafe(String slug) {
        return !slug.isEmpty() && fits(slug) == slug.length() && slug.equals(make(slug, true));
    }

    /** Whether {@code slug} is longer than a slug may be: over {@link #MAX_LENGTH} bytes of UTF-8. */
    public static boolean tooLong(String slug) {
        return fits(slug) < slug.length();
    }

    /** Whether {@code slug} is one URL segment that cannot leave its folder or need escaping. */
    public static boolean isSafe(String slug) {
        return SafePath.isSegment(slug);
    }

    /**
     * Whether Windows keeps {@code name} for a device, so that no file or folder can have it:
     * CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 (and COM/LPT with a superscript 1, 2 or 3), in any
     * case, with or without an extension ({@code con.html}, {@code Aux.tar.gz}), with trailing
     * spaces or dots.
     */
    public static boolean isWindowsDevice(String name) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (base.length() == 3) {
            String b = base.toUpperCase(Locale.ROOT);
            return b.equals("CON") || b.equals("PRN") || b.equals("AUX") || b.equals("NUL");
        }
        if (base.length() == 4) {
            String b = base.substring(0, 3).toUpperCase(Locale.ROOT);
            char n = base.charAt(3);
            return (b.equals("COM") || b.equals("LPT"))
                    && (n >= '0' && n <= '9' || n == '\u00b9' || n == '\u00b2' || n == '\u00b3');
        }
        return false;
    }

    /** What a message says about a name Windows keeps for a device. */
    public static final String WINDOWS_DEVICES = "a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0-COM9,"
            + " LPT0-LPT9, in any case and with any extension), which no file or folder can have there";

    /** The file name without extension and without a Jekyll date prefix. */
    public static String fromFileName(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.(md|markdown)$", "");
        java.util.regex.Matcher m = JEKYLL_DATE.matcher(base);
        return m.matches() ? m.group(2) : base;
    }

    /**
     * The slug an article's file name gives when its front matter gives none: the name as it is
     * when it is a safe URL segment, else made from it ({@link #make(String, boolean)}).
     */
    public static String ofFile(String fileName, boolean unicode) {
        String base = fromFileName(fileName);
        return isSafe(base) ? base : make(base, unicode);
    }

    /** The date of a Jekyll post file name ("2015-06-11-slug.md"), or "" when it has none. */
    public static String dateFromFileName(String fileName) {
        java.util.regex.Matcher m = JEKYLL_DATE.matcher(fileName.replaceFirst("(?i)\\.(md|markdown)$", ""));
        return m.matches() ? m.group(1) : "";
    }

    /** A label for a front matter key: "launch_site" gives "Launch site". */
    public static String label(String key) {
        String s = key.replace('_', ' ').replace('-', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
