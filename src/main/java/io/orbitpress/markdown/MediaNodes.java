package io.orbitpress.markdown;

import io.orbitpress.media.EmbedParser;
import io.orbitpress.media.FigureHtml;
import io.orbitpress.media.Picture;
import io.orbitpress.media.Embed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Finds the pictures and embeds of an article's Markdown and puts a marker node in the place of
 * each ({@link FigureHtml#marker}): an image alone in its paragraph becomes a figure, any other
 * image a picture within text, an {@code ```embed} block (or a Hugo {@code {{< youtube >}}}
 * shortcode alone in its paragraph) an embed, and a Hugo {@code {{< figure >}}} shortcode alone in
 * its paragraph the figure it shows. Their markup is made once the pictures are measured.
 *
 * <p>An image's title gives its caption, credit and copyright, separated by {@code |}:
 * {@code ![Crew-11 on the pad](/images/pad.jpg "The crew walks out. | Photo: NASA/Joel Kowsky")}.
 * Alt text written as {@code ""} marks a decorative picture ({@code alt=""}, no warning). A figure
 * other than a decorative one without a credit is a warning, as a lead picture without one is.
 */
public final class MediaNodes {

    private static final Set<String> CREDIT_WORDS = Set.of("photo", "photo by", "photograph", "image", "credit",
            "credits", "video", "illustration", "graphic", "picture", "courtesy", "source", "photos", "images",
            "photographer", "photography", "photo credit", "photo credits", "image credit", "image credits",
            "picture credit", "video credit", "illustration credit", "graphic credit",
            // Russian, as a Russian desk labels a credit
            "фото", "фотография", "снимок", "кадр", "изображение", "иллюстрация", "графика", "инфографика", "видео",
            "источник", "автор фото", "фото предоставлено",
            // and the words of other desks
            "foto", "bild", "crédit", "crédits", "imagen", "fuente");

    private MediaNodes() {
    }

    /**
     * What a warning of a picture without a credit says after naming it ("this picture", "the lead
     * image"): the text by which one is known once the picture's file gives a credit of its own.
     */
    public static final String NO_CREDIT = " has no credit; add ";

    /** A problem at a line (1-based, of the file) and column. */
    public record Problem(int line, int column, boolean error, String message) {
    }

    /** The pictures and embeds found, in order, and the problems with them. */
    public record Found(List<Picture> pictures, List<Embed> embeds, List<Problem> problems) {
    }

    /**
     * Replaces each picture and embed of {@code document} with its marker; what they are, in
     * order, placed in the file whose line {@code firstLine} is the Markdown's first.
     */
    public static Found replace(Node document, int firstLine) {
        int offset = firstLine - 1;
        List<Node> found = new ArrayList<>();
        collect(document, found);
        List<Picture> pictures = new ArrayList<>();
        List<Embed> embeds = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Node n : found) {
            if (n instanceof FencedCodeBlock code) {
                int[] at = place(code, offset);
                embed(EmbedParser.block(code.getLiteral(), pictures.size()), code, at[0] + 1, at, pictures, embeds,
                        problems);
            } else if (n instanceof Paragraph p && p.getFirstChild() instanceof Image image) {
                Picture figure = picture(image, Picture.FIGURE, offset);
                figure(p, figure, !figure.decorative(), "the title after the caption, like ![alt](" + figure.src()
                        + " \"The caption. | Photo: NASA/Joel Kowsky\")", pictures, problems);
            } else if (n instanceof Paragraph p) {
                String text = MarkdownFacts.plainText(p);
                int[] at = place(p, offset);
                EmbedParser.HugoFigure hugo = EmbedParser.figure(text);
                if (hugo != null) { // Hugo's figure shortcode: the figure it shows
                    boolean decorative = hugo.alt().isEmpty() && hugo.caption().isEmpty();
                    figure(p, Picture.written(Picture.FIGURE, MarkdownEngine.isSafeUrl(hugo.src()) ? hugo.src() : "",
                            hugo.alt(), decorative, hugo.caption(), hugo.credit(), "", at[0], at[1]), true,
                            "the shortcode, like attr=\"Photo: NASA/Joel Kowsky\"", pictures, problems);
                } else {
                    embed(EmbedParser.shortcode(text), p, at[0], at, pictures, embeds, problems);
                }
            } else if (n instanceof Image image) {
                pictures.add(picture(image, Picture.INLINE, offset));
                swap(image, new InlineMarker(pictures.size() - 1));
            }
        }
        return new Found(pictures, embeds, problems);
    }

    /**
     * Puts {@code figure} in the place of paragraph {@code p}; without a credit, when {@code creditWanted},
     * a warning that says to add it to {@code where}.
     */
    private static void figure(Paragraph p, Picture figure, boolean creditWanted, String where, List<Picture> pictures,
            List<Problem> problems) {
        if (figure.credit().isEmpty() && creditWanted) {
            problems.add(new Problem(figure.line(), figure.column(), false, "this picture" + NO_CREDIT + "it to "
                    + where));
        }
        pictures.add(figure);
        swap(p, new Marker(FigureHtml.FIGURE, pictures.size() - 1));
    }

    /** Pre-order: embed blocks, paragraphs that are a lone image or a shortcode, and every other image. */
    private static void collect(Node node, List<Node> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock code) {
                String info = code.getInfo() == null ? "" : code.getInfo().strip().toLowerCase(Locale.ROOT);
                if (info.equals("embed")) {
                    out.add(code);
                }
            } else if (n instanceof Paragraph p && loneImage(p)) {
                out.add(p);
            } else if (n instanceof Paragraph p && p.getFirstChild() instanceof Text t && t.getLiteral().startsWith("{{")
                    && shortcode(MarkdownFacts.plainText(p))) {
                out.add(p);
            } else if (n instanceof Image) {
                out.add(n);
            } else {
                collect(n, out);
            }
        }
    }

    /** Whether {@code text} is a Hugo shortcode this site shows: an embed's, or a figure's. */
    static boolean shortcode(String text) {
        return EmbedParser.shortcode(text) != null || EmbedParser.figure(text) != null;
    }

    /** Whether the paragraph holds one image and nothing else (white space aside). */
    private static boolean loneImage(Paragraph p) {
        Node image = null;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image && image == null) {
                image = c;
            } else if (!(c instanceof SoftLineBreak) && !(c instanceof Text t && t.getLiteral().isBlank())) {
                return false;
            }
        }
        if (image == null) {
            return false;
        }
        // the image alone: white space around it goes
        for (Node c = p.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c != image) {
                c.unlink();
            }
            c = next;
        }
        return true;
    }

    private static void embed(EmbedParser.Parsed parsed, Node node, int line, int[] at, List<Picture> pictures,
            List<Embed> embeds, List<Problem> problems) {
        for (EmbedParser.Problem p : parsed.problems()) {
            problems.add(new Problem(p.line() < 0 ? at[0] : line + p.line(), p.line() < 0 ? at[1] : 1, p.error(),
                    p.message()));
        }
        if (parsed.embed() == null) {
            return;
        }
        if (parsed.embed().poster() >= 0) {
            pictures.add(Picture.written(Picture.POSTER, parsed.poster(), "", true, "", "", "", line + parsed.posterLine(),
                    1));
        }
        embeds.add(parsed.embed());
        swap(node, new Marker(FigureHtml.EMBED, embeds.size() - 1));
    }

    private static Picture picture(Image image, String role, int offset) {
        String alt = MarkdownFacts.plainText(image).strip();
        boolean decorative = alt.equals("\"\"");
        String[] parts = captionParts(image.getTitle());
        int[] at = place(image, offset);
        String src = image.getDestination() == null ? "" : image.getDestination();
        return Picture.written(role, MarkdownEngine.isSafeUrl(src) ? src : "", decorative ? "" : alt, decorative,
                parts[0], parts[1], parts[2], at[0], at[1]);
    }

    /**
     * Caption, credit and copyright of a title {@code "caption | credit | copyright"}; a part that
     * starts with a credit word ({@code Photo:}, {@code Credit:}, ...) is the credit, one that starts
     * with {@code ©} or {@code Copyright} the copyright, wherever it stands; when a credit is named
     * so, the parts not named before it are the caption.
     */
    static String[] captionParts(String title) {
        String[] out = {"", "", ""};
        if (title == null || title.isBlank()) {
            return out;
        }
        int next = 0;
        boolean named = false; // a credit given by its word, or a copyright by its sign
        // a credit given by its word is the credit: the parts not named before it are the caption
        // ("Stage 1 | Stage 2 | Photo: X"); one after it is in its place (the third, the copyright)
        String[] parts = title.split("\\|");
        int creditAt = -1;
        for (int i = 0; i < parts.length && creditAt < 0; i++) {
            creditAt = isCredit(parts[i].strip().toLowerCase(Locale.ROOT)) ? i : -1;
        }
        for (int i = 0; i < parts.length; i++) {
            String raw = parts[i];
            boolean beforeCredit = i < creditAt;
            String part = raw.strip();
            if (part.isEmpty()) {
                next++;
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            int slot;
            if (lower.startsWith("©") || lower.startsWith("(c)") || lower.startsWith("copyright")) {
                slot = 2;
                named = true;
            } else if (isCredit(lower)) {
                slot = 1;
                named = true;
            } else if (beforeCredit || out[0].isEmpty() && named) {
                slot = 0; // the caption after a credit or copyright named: "Photo: NASA | The crew", "© NASA | The crew"
            } else {
                slot = Math.min(next, 2);
            }
            if (out[slot].isEmpty()) {
                out[slot] = part;
            } else {
                out[slot] = out[slot] + " | " + part;
            }
            next = Math.max(next, slot + 1);
        }
        return out;
    }

    private static boolean isCredit(String lower) {
        int colon = lower.indexOf(':');
        String word = colon < 0 ? (lower.startsWith("photo by ") ? "photo by" : "") : lower.substring(0, colon).strip();
        return CREDIT_WORDS.contains(word);
    }

    /** The line (1-based, of the file: {@code offset} lines come before the Markdown) and column where {@code n} starts. */
    private static int[] place(Node n, int offset) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? new int[] {offset + 1, 1}
                : new int[] {spans.get(0).getLineIndex() + 1 + offset, spans.get(0).getColumnIndex() + 1};
    }

    private static void swap(Node old, Node replacement) {
        replacement.setSourceSpans(old.getSourceSpans());
        old.insertBefore(replacement);
        old.unlink();
    }

    /** A figure or an embed, in the place of its block. */
    static final class Marker extends CustomBlock {
        final char kind;
        final int index;

        Marker(char kind, int index) {
            this.kind = kind;
            this.index = index;
        }
    }

    /** A picture within text. */
    static final class InlineMarker extends CustomNode {
        final int index;

        InlineMarker(int index) {
            this.index = index;
        }
    }

    /** Writes each marker node as its marker. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Marker.class, InlineMarker.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Marker m) {
                context.getWriter().line();
                context.getWriter().raw(FigureHtml.marker(m.kind, m.index));
                // not line(): the writer takes a last U+0000 for "nothing written yet"
                context.getWriter().raw("\n");
            } else {
                context.getWriter().raw(FigureHtml.marker(FigureHtml.INLINE, ((InlineMarker) node).index));
            }
        }
    }
}
