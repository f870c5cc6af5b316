package io.orbitpress.model;

import java.time.ZonedDateTime;

/**
 * A correction to an article, as its front matter lists it ({@code corrections:}).
 *
 * @param date    when it was made, in the site's time zone
 * @param dateIso the same as RFC 3339
 * @param text    what was wrong and what is right, as the desk writes it
 * @param id      its anchor on the article's page ("correction-1", in date order)
 */
public record Correction(ZonedDateTime date, String dateIso, String text, String id) {

    /** The {@link #id} of a story's retraction ({@code retracted:}), the anchor of its notice. */
    public static final String RETRACTION = "retraction";

    /** A correction of {@code date}, its {@link #dateIso} the same instant written in ISO 8601 with its offset. */
    public static Correction at(ZonedDateTime date, String text, String id) {
        return new Correction(date, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date), text, id);
    }

    /** Whether its date names a time of day (see {@link Article#timed()}). */
    public boolean timed() {
        return Article.timed(date);
    }
}
