package io.orbitpress.entity;

import java.util.List;

/** Everything found in one article, each list in document order. */
public record Extraction(List<Mention> mentions, List<PatternMention> patternMentions, List<Suggestion> suggestions) {
    public Extraction {
        mentions = List.copyOf(mentions);
        patternMentions = List.copyOf(patternMentions);
        suggestions = List.copyOf(suggestions);
    }
}
