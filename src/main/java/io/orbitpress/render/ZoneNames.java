package io.orbitpress.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The names of a time zone ("MSK", "Moscow Standard Time"), made ready before pages are rendered
 * on several threads. java.time derives them from the locale's data on first use and keeps them;
 * on JDK 17, several threads deriving them at once can make one take the zone's offset for its
 * name ("GMT+03:00"), and that spelling is then kept for the rest of the process: the same site
 * built twice said MSK on some pages and GMT+03:00 on others. Derived here, on one thread, every
 * name is the one a single thread gets.
 */
public final class ZoneNames {

    /** Every pattern letter that writes a zone's name, short and long, standard, daylight and generic. */
    private static final String NAMES = "z zzzz v vvvv";

    private ZoneNames() {
    }

    /** Derives the names of {@code zone} in {@code locale}, in winter and in summer. */
    public static synchronized void derive(ZoneId zone, Locale locale) {
        DateTimeFormatter names = DateTimeFormatter.ofPattern(NAMES, locale);
        for (int month : new int[] {1, 7}) {
            names.format(ZonedDateTime.of(2025, month, 15, 12, 0, 0, 0, zone));
        }
    }
}
