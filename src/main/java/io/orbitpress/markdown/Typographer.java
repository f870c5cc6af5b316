package io.orbitpress.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Typographic punctuation in a document's text ({@code markdown.typographer: true}), as Hugo's
 * typographer, kramdown and Zola's {@code smart_punctuation} set it: straight double and single
 * quotes become opening and closing quotes by what stands around them, in the language's style
 * ({@link Quotes}); an apostrophe inside or at the end of a word ({@code don't}, {@code NASA's},
 * {@code '90s}, {@code rock 'n' roll}) becomes {@code ’}; {@code ---} an em dash, {@code --} an en
 * dash and {@code ...} an ellipsis.
 *
 * <p>Only the text of paragraphs, headings and table cells is set, read as one run across
 * emphasis, links and line breaks, so that a quote opened before {@code *emphasis*} is closed
 * after it. Code spans, raw HTML, pictures (their alt text and caption are as written),
 * autolinks and the addresses of links are left alone, as is a word that is an address
 * ({@code https://...}, {@code www....}) and a template tag ({@code {{< x "y" >}}}); code blocks,
 * embed blocks and HTML blocks have no text to set. A heading whose text changes keeps the id its
 * text as written gives it ({@link Written}), so that links to its anchor still lead there. A text
 * whose dashes or ellipses are set is split at each, every piece with its own place in the source,
 * so that what stands after one (a name, a tag a message is about) keeps the column it was typed at.
 *
 * <p>Runs on the parsed document, after the autolink extension made links of the addresses in text
 * and the headings took their ids.
 */
final class Typographer {

    /** Stands in the run for a code span, a picture or an address: a word, neither space nor letter. */
    private static final char OBJECT = '\uFFFC';
    /** What an opening quote may follow besides a space. */
    private static final String OPENERS = "([{/\u00AB\u201E\u201C\u2018\u201A";
    /** Dashes: a quote after one opens when a word follows it ({@code --"Go"}), else closes ({@code way--" she}). */
    private static final String DASHES = "\u2014\u2013-";
    /** What a closing quote may stand before besides a space. */
    private static final String CLOSERS = ".,;:!?)]}\u2026";
    private static final char APOSTROPHE = '\u2019';
    /** Raw HTML that breaks a line or stands for a picture: what a quote after it follows, as a space. */
    private static final Pattern BREAKING = Pattern.compile("<(?:br|hr|img|wbr)\\b", Pattern.CASE_INSENSITIVE);

    /** A language's quotes: the outer pair, and the pair inside it (and for single quotes). */
    record Quotes(char open, char close, char innerOpen, char innerClose) {
        static final Quotes ENGLISH = new Quotes('\u201C', '\u201D', '\u2018', '\u2019');
        static final Quotes RUSSIAN = new Quotes('\u00AB', '\u00BB', '\u201E', '\u201C');
        static final Quotes GERMAN = new Quotes('\u201E', '\u201C', '\u201A', '\u2018');

        /**
         * The quotes of the BCP 47 tag {@code tag}: Russian, Ukrainian and Belarusian « » with „ “
         * inside; German „ “ with ‚ ‘ inside; every other language English “ ” with ‘ ’ inside.
         */
        static Quotes of(String tag) {
            String language = tag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            return switch (language) {
                case "ru", "uk", "be" -> RUSSIAN;
                case "de" -> GERMAN;
                default -> ENGLISH;
            };
        }
    }

    /**
     * A heading's text as written, kept as its last child (rendered as nothing) when setting its
     * punctuation changed it: the heading's id is made of it, as it is with the typographer off.
     */
    static final class Written extends CustomNode {
        private final String text;

        Written(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final Quotes quotes;

    Typographer(Quotes quotes) {
        this.quotes = quotes;
    }

    /**
     * Sets the punctuation of {@code document}, parsed from {@code source}: a quote written with a
     * backslash there ({@code \"}, {@code \'}) is a straight one, as in SmartyPants.
     */
    Node process(Node document, String source) {
        walk(document, source);
        return document;
    }

    private void walk(Node node, String source) {
        if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
            set(node, source);
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, source);
        }
    }

    /** Sets the punctuation of the inline text of {@code block}. */
    private void set(Node block, String source) {
        List<Text> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        flatten(block, texts, starts, run);
        if (texts.isEmpty()) {
            return;
        }
        String flat = run.toString();
        BitSet kept = kept(flat);
        for (int t = 0; t < texts.size(); t++) {
            escapedQuotes(texts.get(t), source, starts.get(t), kept);
        }
        for (int i = 0; i < flat.length(); i++) {
            if (flat.charAt(i) == OBJECT) {
                kept.set(i);
            }
        }
        char[] out = flat.toCharArray();
        doubleQuotes(flat, kept, out);
        singleQuotes(flat, kept, out);
        String written = block instanceof Heading && !(block.getLastChild() instanceof HeadingAttributes.IdMark)
                ? HeadingIds.textOf(block) : null;
        boolean changed = false;
        for (int t = 0; t < texts.size(); t++) {
            Text text = texts.get(t);
            int start = starts.get(t);
            String literal = dashes(out, kept, start, start + text.getLiteral().length());
            if (!literal.equals(text.getLiteral())) {
                if (literal.length() == text.getLiteral().length() || !split(text, out, kept, start, source)) {
                    text.setLiteral(literal);
                }
                changed = true;
            }
        }
        if (changed && written != null) {
            block.appendChild(new Written(written));
        }
    }

    /**
     * Appends the inline content of {@code node} to {@code run}: text as it is (each text node and
     * where it starts noted), a line break as a space, raw HTML as nothing, and what is not to be
     * set (code, a picture, an address) as one {@link #OBJECT}.
     */
    private static void flatten(Node node, List<Text> texts, List<Integer> starts, StringBuilder run) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                texts.add(t);
                starts.add(run.length());
                run.append(t.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                run.append(' ');
            } else if (c instanceof HtmlInline h) {
                if (BREAKING.matcher(h.getLiteral()).lookingAt()) {
                    run.append(' '); // He said<br>"go": the quote opens a line
                }
            } else if (c instanceof Image || c instanceof Link l && isAddress(l) || c.getFirstChild() == null) {
                run.append(OBJECT);
            } else {
                flatten(c, texts, starts, run);
            }
        }
    }

    /**
     * What is kept as written in {@code flat}: the words that are addresses ({@code https://...},
     * {@code www....}) and the template tags another generator would have run ({@code {{< x >}}},
     * {@code {% x %}}). Each character is looked at a bounded number of times, so a long word (a
     * pasted hash or data address) costs no more than its length.
     */
    private static BitSet kept(String flat) {
        int n = flat.length();
        BitSet kept = new BitSet(n);
        int i = 0;
        while (i < n) {
            if (isSpace(flat.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(flat.charAt(end))) {
                end++;
            }
            if (flat.regionMatches(true, i, "www.", 0, 4) || flat.substring(i, end).contains("://")) {
                kept.set(i, end);
            }
            i = end;
        }
        for (String[] tag : new String[][] {{"{{", "}}"}, {"{%", "%}"}}) {
            int from = 0;
            for (int open = flat.indexOf(tag[0]); open >= 0; open = flat.indexOf(tag[0], from)) {
                int close = flat.indexOf(tag[1], open + 2);
                if (close < 0) {
                    break; // no tag closes after this: none opened later does either
                }
                kept.set(open, close + 2);
                from = close + 2;
            }
        }
        return kept;
    }

    /**
     * Marks in {@code kept} (from {@code start}, where {@code text} begins in the run) the quotes of
     * {@code text} written with a backslash in {@code source}. The parser has taken the backslash
     * away, so the text is read beside what its source spans hold: an escape is two characters of
     * source for one of text, an entity ({@code &amp;amp;}) its name for what it stands for. Where the
     * two cannot be matched (trailing spaces the parser took off), the rest of the text is set as
     * any other.
     */
    private static void escapedQuotes(Text text, String source, int start, BitSet kept) {
        String literal = text.getLiteral();
        StringBuilder written = new StringBuilder();
        for (org.commonmark.node.SourceSpan span : text.getSourceSpans()) {
            int from = span.getInputIndex();
            if (from < 0 || from + span.getLength() > source.length()) {
                return;
            }
            written.append(source, from, from + span.getLength());
        }
        if (written.indexOf("\\") < 0) {
            return; // no escape: the common case
        }
        int i = 0;
        int j = 0;
        while (i < written.length() && j < literal.length()) {
            char c = written.charAt(i);
            if (c == '&') {
                java.util.regex.Matcher m = ENTITY.matcher(written).region(i, written.length());
                if (m.lookingAt() && !literal.startsWith(m.group(), j)) { // an entity the parser read
                    String means = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
                    if (!literal.startsWith(means, j)) {
                        return;
                    }
                    i = m.end();
                    j += means.length();
                    continue;
                }
            }
            if (c == '\\' && i + 1 < written.length() && literal.charAt(j) == written.charAt(i + 1)
                    && isAsciiPunctuation(written.charAt(i + 1))) {
                if (written.charAt(i + 1) == '"' || written.charAt(i + 1) == '\'') {
                    kept.set(start + j);
                }
                i += 2;
                j++;
            } else if (c == literal.charAt(j)) {
                i++;
                j++;
            } else {
                return;
            }
        }
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** Whether a link shows its own address: an autolink ({@code <https://...>}, {@code www.x.org}). */
    private static boolean isAddress(Link link) {
        String shown = MarkdownFacts.plainText(link).strip();
        String to = link.getDestination() == null ? "" : link.getDestination();
        return shown.equals(to) || to.endsWith("://" + shown) || to.equals("mailto:" + shown)
                || shown.contains("://") || shown.regionMatches(true, 0, "www.", 0, 4);
    }

    private void doubleQuotes(String flat, BitSet kept, char[] out) {
        int depth = 0;
        for (int i = 0; i < flat.length(); i++) {
            if (flat.charAt(i) != '"' || kept.get(i)) {
                continue;
            }
            char before = i == 0 ? ' ' : flat.charAt(i - 1);
            char after = i + 1 == flat.length() ? ' ' : flat.charAt(i + 1);
            if (isSpace(before) && isSpace(after)) {
                continue; // a quote standing alone is no quote: left as written
            }
            if (opens(before, after)) {
                out[i] = depth % 2 == 0 ? quotes.open() : quotes.innerOpen();
                depth++;
            } else {
                depth = Math.max(0, depth - 1);
                out[i] = depth % 2 == 0 ? quotes.close() : quotes.innerClose();
            }
        }
    }

    private void singleQuotes(String flat, BitSet kept, char[] out) {
        Deque<Integer> open = new ArrayDeque<>();
        int n = flat.length();
        for (int i = 0; i < n; i++) {
            if (flat.charAt(i) != '\'' || kept.get(i)) {
                continue;
            }
            char before = i == 0 ? ' ' : flat.charAt(i - 1);
            char after = i + 1 == n ? ' ' : flat.charAt(i + 1);
            boolean starts = opens(before, after);
            if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                out[i] = APOSTROPHE; // don't, O'Neill, NASA's
            } else if (starts && flat.regionMatches(true, i, "'n'", 0, 3) && !kept.get(i + 2)
                    && (i + 3 == n || !Character.isLetterOrDigit(flat.charAt(i + 3)))) {
                out[i] = APOSTROPHE; // rock 'n' roll
                out[i + 2] = APOSTROPHE;
                i += 2;
            } else if (starts && i + 2 < n && Character.isDigit(after) && Character.isDigit(flat.charAt(i + 2))
                    && (i + 3 == n || !Character.isDigit(flat.charAt(i + 3)))) {
                out[i] = APOSTROPHE; // the '90s
            } else if (starts && elided(flat, i + 1)) {
                out[i] = APOSTROPHE; // 'em, 'cause: letters left out, no quote to pair
            } else if (starts && !isSpace(after)) {
                open.push(i);
            } else if (!isSpace(before)) {
                if (open.isEmpty()) {
                    out[i] = APOSTROPHE; // the astronauts' suits
                } else {
                    out[open.pop()] = quotes.innerOpen();
                    out[i] = quotes.innerClose();
                }
            }
        }
        // an opening quote never closed is a word's first letters left out: 'em, 'cause
        open.forEach(i -> out[i] = APOSTROPHE);
    }

    /** Words written with their first letters left out, whose apostrophe opens no quote. */
    private static final java.util.Set<String> ELIDED = java.util.Set.of("em", "cause", "til", "tis", "twas");

    /** Whether the word at {@code from} is one of {@link #ELIDED}. */
    private static boolean elided(String flat, int from) {
        int end = from;
        while (end < flat.length() && Character.isLetter(flat.charAt(end))) {
            end++;
        }
        return end > from && ELIDED.contains(flat.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Sets {@code text}, which starts at {@code start} in the run, as pieces, each with its own place
     * in the source: the text between the dashes and ellipses this sets, and each of them (an en dash
     * with the two characters of its {@code --} as its place). So a name, a tag or anything else after
     * a {@code --} on the line keeps the column it was typed at, which one text whose literal is shorter
     * than its source could only guess (beside a dash typed as one, or an entity). False, with nothing
     * done, when the text's source does not match it character by character (see {@link #typedAt}).
     */
    private static boolean split(Text text, char[] out, BitSet kept, int start, String source) {
        List<org.commonmark.node.SourceSpan> spans = text.getSourceSpans();
        if (spans.size() != 1) {
            return false; // a text is one line's: anything else is not split
        }
        org.commonmark.node.SourceSpan span = spans.get(0);
        String literal = text.getLiteral();
        int[] at = typedAt(literal, source, span.getInputIndex(), span.getLength());
        if (at == null) {
            return false;
        }
        // the edges of the pieces: each run set as one character starts and ends one
        List<Integer> edges = new ArrayList<>();
        edges.add(0);
        int end = start + literal.length();
        for (int i = start; i < end;) {
            int run = runEnd(out, kept, i, end);
            if (run > i && set(out[i], run - i) != 0) {
                edges.add(i - start);
                edges.add(run - start);
            }
            i = Math.max(run, i + 1);
        }
        edges.add(literal.length());
        Text piece = null;
        for (int e = 0; e + 1 < edges.size(); e++) {
            int from = edges.get(e);
            int to = edges.get(e + 1);
            if (from == to) {
                continue;
            }
            int typedFrom = at[from];
            int typedTo = to == literal.length() ? span.getLength() : at[to]; // the last keeps what the line ends with
            Text next = piece == null ? text : new Text();
            next.setLiteral(dashes(out, kept, start + from, start + to));
            next.setSourceSpans(List.of(org.commonmark.node.SourceSpan.of(span.getLineIndex(),
                    span.getColumnIndex() + typedFrom, span.getInputIndex() + typedFrom, typedTo - typedFrom)));
            if (piece != null) {
                piece.insertAfter(next);
            }
            piece = next;
        }
        return true;
    }

    /**
     * Where each character of {@code literal} starts in its source, the {@code length} characters of
     * {@code source} from {@code from}: an escape ({@code \-}) is two characters there, an entity
     * ({@code &amp;amp;}) its name. Null when they do not match so (a place the parser does not give).
     */
    private static int[] typedAt(String literal, String source, int from, int length) {
        if (from < 0 || from + length > source.length()) {
            return null;
        }
        int[] at = new int[literal.length()];
        int i = from;
        int j = 0;
        int end = from + length;
        while (j < literal.length()) {
            if (i >= end) {
                return null;
            }
            char c = source.charAt(i);
            if (c == '&') {
                java.util.regex.Matcher m = ENTITY.matcher(source).region(i, end);
                if (m.lookingAt() && !literal.startsWith(m.group(), j)) { // an entity the parser read
                    String means = org.jsoup.parser.Parser.unescapeEntities(m.group(), false);
                    if (means.isEmpty() || !literal.startsWith(means, j)) {
                        return null;
                    }
                    for (int k = 0; k < means.length(); k++) {
                        at[j + k] = i - from;
                    }
                    i = m.end();
                    j += means.length();
                    continue;
                }
            }
            if (c == '\\' && i + 1 < end && literal.charAt(j) == source.charAt(i + 1)
                    && isAsciiPunctuation(source.charAt(i + 1))) {
                at[j++] = i - from;
                i += 2;
            } else if (c == literal.charAt(j)) {
                at[j++] = i - from;
                i++;
            } else {
                return null;
            }
        }
        return at;
    }

    /** {@code out[from, to)} with {@code --} an en dash, {@code ---} an em dash, {@code ...} an ellipsis. */
    private static String dashes(char[] out, BitSet kept, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int end = runEnd(out, kept, i, to);
            if (end == i) {
                sb.append(out[i++]);
                continue;
            }
            char set = set(out[i], end - i);
            if (set != 0) {
                sb.append(set);
            } else {
                sb.append(out, i, end - i);
            }
            i = end;
        }
        return sb.toString();
    }

    /**
     * Where the run of {@code -} or {@code .} at {@code i} ends (before {@code to}), of characters
     * not kept as written; {@code i} itself when none starts there.
     */
    private static int runEnd(char[] out, BitSet kept, int i, int to) {
        char c = out[i];
        int end = i;
        while ((c == '-' || c == '.') && end < to && out[end] == c && !kept.get(end)) {
            end++;
        }
        return end;
    }

    /** What a run of {@code length} {@code c}s is set as: an en dash, an em dash or an ellipsis; 0 when it stays. */
    private static char set(char c, int length) {
        if (c == '-' && length == 2) {
            return '\u2013';
        }
        if (c == '-' && length == 3) {
            return '\u2014';
        }
        return c == '.' && length == 3 ? '\u2026' : 0;
    }

    /**
     * Whether a quote between {@code before} and {@code after} opens: after a space or a bracket;
     * after a dash or another quote, when a word follows ({@code --"Go"}, {@code "'Go,' he said"}; but
     * {@code "We were on our way--" she said}, {@code 'Go'"}).
     */
    private static boolean opens(char before, char after) {
        if (isSpace(before) || OPENERS.indexOf(before) >= 0) {
            return true;
        }
        if (DASHES.indexOf(before) >= 0) {
            return !isSpace(after) && CLOSERS.indexOf(after) < 0 && after != '"' && after != '\'';
        }
        return (before == '"' || before == '\'') && !isSpace(after) && CLOSERS.indexOf(after) < 0 && after != '"'
                && after != '\'';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
