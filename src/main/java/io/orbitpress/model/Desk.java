package io.orbitpress.model;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the desk decides about an article besides its text.
 *
 * @param publishDate the time the article may be published ({@code publishDate}), or null when its {@code date} is
 * @param expiryDate  the time it is taken down ({@code expiryDate}), or null
 * @param bylines     the registered authors who signed it, in order (source "byline"); empty when its byline is
 *                    plain text
 * @param authorType  the schema.org type of a plain-text byline: "Person" for an article's own {@code author},
 *                    "Organization" for site.yaml's (a newsroom's name); "" with bylines or no author at all
 * @param corrections its corrections, oldest first
 * @param series      the series it is a part of, or null
 */
public record Desk(ZonedDateTime publishDate, ZonedDateTime expiryDate, List<EntityUse> bylines, String authorType,
        List<Correction> corrections, SeriesRef series) {

    public static final Desk NONE = new Desk(null, null, List.of(), "", List.of(), null);

    public Desk {
        bylines = List.copyOf(bylines);
        corrections = List.copyOf(corrections);
    }
}
