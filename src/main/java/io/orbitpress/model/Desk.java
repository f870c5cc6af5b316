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
 * @param bylineNames every name of its byline, in the order it shows them: each registered author of
 *                    {@code bylines} and each guest (a writer with no file) beside them; empty when its byline is
 *                    plain text
 * @param authorType  the schema.org type of a plain-text byline: "Person" for an article's own {@code author},
 *                    "Organization" for site.yaml's (a newsroom's name); "" with bylines or no author at all
 * @param corrections its corrections, oldest first
 * @param series      the series it is a part of, or null
 * @param layout      the template that shows it, {@code article-<layout>.html}; "" for article.html
 * @param sections    for an article with a layout, its body in parts (the text before the first level-2
 *                    heading, then each heading with what follows it); empty without a layout
 * @param withdrawal  when it is withdrawn and why ({@code withdrawn:}), or null
 * @param retraction  when the desk retracted it and why ({@code retracted:}, {@code retractedNote:}): the story
 *                    stays up, its text under the retraction; or null
 */
public record Desk(ZonedDateTime publishDate, ZonedDateTime expiryDate, List<EntityUse> bylines,
        List<BylineName> bylineNames, String authorType, List<Correction> corrections, SeriesRef series, String layout,
        List<Section> sections, Withdrawal withdrawal, Correction retraction) {

    public static final Desk NONE = new Desk(null, null, List.of(), List.of(), "", List.of(), null, "", List.of(), null,
            null);

    public Desk {
        bylines = List.copyOf(bylines);
        bylineNames = List.copyOf(bylineNames);
        corrections = List.copyOf(corrections);
        sections = List.copyOf(sections);
    }

    /** The same, withdrawn as {@code w} says (null: not withdrawn). */
    public Desk withWithdrawal(Withdrawal w) {
        return new Desk(publishDate, expiryDate, bylines, bylineNames, authorType, corrections, series, layout, sections,
                w, retraction);
    }

    /** The same, shown by the article template. */
    public Desk withSections(List<Section> parts) {
        return new Desk(publishDate, expiryDate, bylines, bylineNames, authorType, corrections, series, layout, parts,
                withdrawal, retraction);
    }

    /** The same, held back until {@code t}. */
    public Desk withPublishDate(ZonedDateTime t) {
        return new Desk(t, expiryDate, bylines, bylineNames, authorType, corrections, series, layout, sections,
                withdrawal, retraction);
    }

    public Desk withoutLayout() {
        return new Desk(publishDate, expiryDate, bylines, bylineNames, authorType, corrections, series, "", List.of(),
                withdrawal, retraction);
    }
}
