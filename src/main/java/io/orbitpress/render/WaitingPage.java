package io.orbitpress.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A page its registry file holds back, which the preview (or {@code --future}, {@code --drafts})
 * shows all the same, marked: {@code until} its {@code publishDate} (null for a draft), {@code draft}
 * whether it is one.
 */
public record WaitingPage(ZonedDateTime until, boolean draft) {

    /** {@code until} as ISO 8601, or "" for a draft. */
    public String untilIso() {
        return until == null ? "" : until.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
