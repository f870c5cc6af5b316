package io.orbitpress.content;

import java.time.ZonedDateTime;

/**
 * What an article's front matter says about its schedule and handling, checked and typed.
 *
 * @param publishDate {@code publishDate} when given: the article waits for it (null: its date)
 * @param expiryDate  {@code expiryDate}: the article is taken down then (null: never)
 */
public record DeskMeta(ZonedDateTime publishDate, ZonedDateTime expiryDate) {
}
