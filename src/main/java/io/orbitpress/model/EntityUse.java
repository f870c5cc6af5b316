package io.orbitpress.model;

import java.util.List;

/**
 * How an article involves one entity.
 *
 * @param source   "front-matter", "text" or "pattern" (front matter wins when both)
 * @param mentions the mentions in the text, in order (none for front matter only)
 */
public record EntityUse(Entity entity, String source, List<MentionRef> mentions) {

    public EntityUse {
        mentions = List.copyOf(mentions);
    }

    /**
     * The sentence quoted, or "" when the text does not mention it: the first mention's, unless it
     * says no more than the name (a heading, "## Christina Koch", or a list item of the name
     * alone), when a later mention's sentence that does is quoted.
     */
    public String firstSentence() {
        return mentions.isEmpty() ? "" : quoted().sentence();
    }

    /** The mention whose sentence is quoted ({@link #firstSentence}); there is one. */
    private MentionRef quoted() {
        for (MentionRef m : mentions) {
            if (!m.sentence().strip().equals(m.text().strip())) {
                return m;
            }
        }
        return mentions.get(0);
    }

    /**
     * The sentence quoted ({@link #firstSentence}) in runs, the words that mention the entity marked
     * (every mention that stands in that sentence); empty when the text does not mention it.
     */
    public List<QuotePart> quote() {
        if (mentions.isEmpty()) {
            return List.of();
        }
        String sentence = quoted().sentence();
        return QuotePart.split(sentence, mentions.stream().filter(m -> m.sentence().equals(sentence))
                .map(MentionRef::text).toList());
    }
}
