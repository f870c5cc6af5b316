package io.orbitpress.content;

import io.orbitpress.model.Correction;
import io.orbitpress.model.SeriesRef;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an article's front matter says about its schedule and handling, checked and typed.
 *
 * @param publishDate {@code publishDate} when given: the article waits for it (null: its date)
 * @param expiryDate  {@code expiryDate}: the article is taken down then (null: never)
 * @param bylineIds   per entity kind key, the ids its byline keys list ({@code authors:}), in order
 * @param siteAuthor  whether the author is site.yaml's {@code author}: the article names none
 * @param corrections {@code corrections:}, oldest first
 * @param series      {@code series:}, or null
 * @param layout      {@code layout:}, or ""
 * @param withdrawal  {@code withdrawn:} and {@code withdrawnNote:}, or null
 * @param retraction  {@code retracted:} and {@code retractedNote:}, or null
 */
public record DeskMeta(ZonedDateTime publishDate, ZonedDateTime expiryDate, Map<String, List<String>> bylineIds,
        boolean siteAuthor, List<Correction> corrections, SeriesRef series, String layout,
        io.orbitpress.model.Withdrawal withdrawal, Correction retraction) {

    public DeskMeta {
        bylineIds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bylineIds));
        corrections = List.copyOf(corrections);
    }
}
