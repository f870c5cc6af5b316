package io.orbitpress.model;

import java.time.ZonedDateTime;

/**
 * A part of an article shown by a layout: the text before its first level-2 heading (no title,
 * no id), or a level-2 heading with what follows it. A heading that starts with a time
 * ({@code ## 14:05 Hatch open}, or {@code ## 2025-08-02 06:27 Hatch open} on another day) makes a
 * live blog's timestamped entry.
 *
 * @param id      the heading's anchor ("" for the text before the first heading)
 * @param title   the heading without its time
 * @param time    the entry's time in the site's time zone, or null when the heading gives none
 * @param timeIso the time as RFC 3339, or ""
 * @param html    the part's body, without its heading
 */
public record Section(String id, String title, ZonedDateTime time, String timeIso, String html) {

    public boolean timed() {
        return time != null;
    }
}
