package io.orbitpress.frontmatter;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone abbreviations newsrooms write ({@code EDT}, {@code MSK}): each names an offset from UTC
 * ({@code ET} and {@code PT} name none, only a clock), and is said of the clock of one place. An
 * abbreviation is no time zone, whose clock changes from one offset to another: Orbitpress reads
 * none, and tells what to write instead.
 */
public final class ZoneAbbreviations {

    /** What an abbreviation says: the zone it is said of, and its offset (null when it names none). */
    public record Meaning(String zone, ZoneOffset offset) {
    }

    private static final Map<String, Meaning> ALL = Map.ofEntries(
            Map.entry("MSK", of("Europe/Moscow", "+03:00")),
            Map.entry("EST", of("America/New_York", "-05:00")), Map.entry("EDT", of("America/New_York", "-04:00")),
            Map.entry("ET", of("America/New_York", null)),
            Map.entry("CST", of("America/Chicago", "-06:00")), Map.entry("CDT", of("America/Chicago", "-05:00")),
            Map.entry("MST", of("America/Denver", "-07:00")), Map.entry("MDT", of("America/Denver", "-06:00")),
            Map.entry("PST", of("America/Los_Angeles", "-08:00")), Map.entry("PDT", of("America/Los_Angeles", "-07:00")),
            Map.entry("PT", of("America/Los_Angeles", null)),
            Map.entry("BST", of("Europe/London", "+01:00")),
            Map.entry("CET", of("Europe/Paris", "+01:00")), Map.entry("CEST", of("Europe/Paris", "+02:00")),
            Map.entry("EET", of("Europe/Athens", "+02:00")), Map.entry("EEST", of("Europe/Athens", "+03:00")),
            Map.entry("JST", of("Asia/Tokyo", "+09:00")), Map.entry("KST", of("Asia/Seoul", "+09:00")),
            Map.entry("AEST", of("Australia/Sydney", "+10:00")), Map.entry("AEDT", of("Australia/Sydney", "+11:00")));

    /** Abbreviations said of more than one place's clock, each place with its zone, in the order told. */
    private static final Map<String, java.util.List<Map.Entry<String, String>>> SEVERAL = Map.of(
            "IST", java.util.List.of(Map.entry("India", "Asia/Kolkata"), Map.entry("Ireland", "Europe/Dublin"),
                    Map.entry("Israel", "Asia/Jerusalem")));

    private ZoneAbbreviations() {
    }

    /**
     * The places whose clocks {@code word} is said of, with their zones, when it is said of more than
     * one ({@code IST}: India, Ireland, Israel); empty otherwise.
     */
    public static java.util.List<Map.Entry<String, String>> places(String word) {
        return SEVERAL.getOrDefault(word.strip().toUpperCase(Locale.ROOT), java.util.List.of());
    }

    private static Meaning of(String zone, String offset) {
        return new Meaning(zone, offset == null ? null : ZoneOffset.of(offset));
    }

    /** What {@code word} says, in any case ({@code edt}); empty for a word that is none of these. */
    public static Optional<Meaning> meaning(String word) {
        return Optional.ofNullable(ALL.get(word.strip().toUpperCase(Locale.ROOT)));
    }
}
