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

    /** The sentence of the first mention, or "" when the text does not mention it. */
    public String firstSentence() {
        return mentions.isEmpty() ? "" : mentions.get(0).sentence();
    }

    /**
     * The sentence of the first mention in runs, the words that mention the entity marked (every
     * mention that stands in that sentence); empty when the text does not mention it.
     */
    public List<QuotePart> quote() {
        if (mentions.isEmpty()) {
            return List.of();
        }
        String sentence = mentions.get(0).sentence();
        return QuotePart.split(sentence, mentions.stream().filter(m -> m.sentence().equals(sentence))
                .map(MentionRef::text).toList());
    }
}
