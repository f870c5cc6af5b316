package io.orbitpress.model;

import java.time.ZonedDateTime;

/**
 * What the desk decides about an article besides its text.
 *
 * @param publishDate the time the article may be published ({@code publishDate}), or null when its {@code date} is
 * @param expiryDate  the time it is taken down ({@code expiryDate}), or null
 */
public record Desk(ZonedDateTime publishDate, ZonedDateTime expiryDate) {

    public static final Desk NONE = new Desk(null, null);
}
