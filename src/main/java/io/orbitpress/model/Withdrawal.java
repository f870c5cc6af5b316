package io.orbitpress.model;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A story's withdrawal ({@code withdrawn:}): from {@code at} on, its address shows a short notice
 * instead of the story, and the story leaves every list, feed, sitemap and search entry.
 *
 * @param at   when it is withdrawn, in the site's time zone
 * @param note the short public reason ({@code withdrawnNote:}), or ""
 */
public record Withdrawal(ZonedDateTime at, String note) {

    /** Whether {@code at} names a time of day (a day alone, midnight, is shown as a day). */
    public boolean timed() {
        return Article.timed(at);
    }

    /** {@code at} as ISO 8601, for a {@code <time datetime>}. */
    public String atIso() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }
}
