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
     * alone), is a quotation's attribution (a line that opens with a dash and the name, then
     * nothing or a comma: "— Oleg Kononenko, in 2023") or is a table's row ("Flier: Oleg Kononenko ·
     * Days in space: 1,111"), when a later mention's sentence that is none of these is quoted (after
     * a row, one that ends as a sentence does: a list item "Oleg Kononenko, commander" says less
     * than the row); else the first attribution or row that says more than the name, else the
     * first mention's.
     */
    public String firstSentence() {
        return mentions.isEmpty() ? "" : quoted().sentence();
    }

    /** The mention whose sentence is quoted ({@link #firstSentence}); there is one. */
    private MentionRef quoted() {
        MentionRef second = null;
        for (MentionRef m : mentions) {
            if (m.sentence().strip().equals(m.text().strip())) {
                continue;
            }
            if (m.row() || attribution(m)) {
                if (second == null) {
                    second = m;
                }
                continue;
            }
            if (second == null || !second.row() || endsAsASentence(m.sentence())) {
                return m;
            }
        }
        return second != null ? second : mentions.get(0);
    }

    /**
     * Whether {@code sentence} ends with a full stop, a question or exclamation mark or an ellipsis,
     * then perhaps closing quotation marks or brackets.
     */
    private static boolean endsAsASentence(String sentence) {
        String s = sentence.strip();
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u00bb\u201d\u2019)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
    }

    /** Whether the mention's sentence is a dash, the name, then nothing or a comma: "— Oleg Kononenko, in 2023". */
    private static boolean attribution(MentionRef m) {
        String sentence = m.sentence().strip();
        int i = 0;
        while (i < sentence.length() && "\u2014\u2013\u2015-".indexOf(sentence.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        String rest = sentence.substring(i).strip();
        String name = m.text().strip();
        if (!rest.startsWith(name)) {
            return false;
        }
        // the name, then nothing or what it is said of ("— Oleg Kononenko, in 2023"); not a line of
        // dialogue that goes on with a verb ("— Олег Кононенко готов к полёту, — сообщили ...")
        String after = rest.substring(name.length()).strip();
        return after.isEmpty() || after.startsWith(",") || after.startsWith("(") || after.equals(".");
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
