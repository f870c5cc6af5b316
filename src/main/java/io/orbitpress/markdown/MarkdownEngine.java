package io.orbitpress.markdown;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * CommonMark with the GFM tables, strikethrough, autolink (see {@link TriggeredAutolink}),
 * footnote and task list extensions, and ids on headings ({@link HeadingIds}). Built once per build and shared by all
 * threads: the parser and renderer keep no state between documents.
 */
public final class MarkdownEngine {

    private static final List<Extension> EXTENSIONS = extensions(new TriggeredAutolink());

    /** The extensions, in the order their parts run, with {@code autolink} for the autolink one. */
    static List<Extension> extensions(Extension autolink) {
        return List.of(TablesExtension.create(), StrikethroughExtension.create(), autolink,
                FootnotesExtension.create(), TaskListItemsExtension.create());
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Sets the punctuation of each parsed document ({@code markdown.typographer}), or null. */
    private final Typographer typographer;

    /** The name of a table's scrolling box in English, the built-in theme's {@code article.table}: "Table 1". */
    public static final IntFunction<String> ENGLISH_TABLES = n -> "Table " + n;

    /** An engine that names each table's scrolling box ({@link TableScroll}) in English. */
    public MarkdownEngine(boolean unsafeHtml) {
        this(unsafeHtml, ENGLISH_TABLES);
    }

    /**
     * An engine that names the scrolling box of a story's table number {@code n} (from 1)
     * {@code tableLabel.apply(n)}, in the language of the stories it renders.
     */
    public MarkdownEngine(boolean unsafeHtml, IntFunction<String> tableLabel) {
        this(unsafeHtml, EXTENSIONS, tableLabel, null);
    }

    /**
     * An engine as {@link #MarkdownEngine(boolean, IntFunction)} makes it that, when
     * {@code typographer} is true ({@code markdown.typographer}), also sets the text's quotes,
     * apostrophes, dashes and ellipses ({@link Typographer}), the quotes as the language of the
     * BCP 47 tag {@code language} writes them.
     */
    public MarkdownEngine(boolean unsafeHtml, IntFunction<String> tableLabel, boolean typographer, String language) {
        this(unsafeHtml, EXTENSIONS, tableLabel, typographer ? new Typographer(Typographer.Quotes.of(language)) : null);
    }

    /** An engine with other extensions (a test compares the autolink shortcut with the extension itself). */
    MarkdownEngine(boolean unsafeHtml, List<Extension> extensions) {
        this(unsafeHtml, extensions, ENGLISH_TABLES, null);
    }

    private MarkdownEngine(boolean unsafeHtml, List<Extension> extensions, IntFunction<String> tableLabel,
            Typographer typographer) {
        Parser.Builder parsing = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                // texts nesting deeper than MarkdownLimits.MAX_LEVELS are refused before they come here; a
                // list level is two block parsers (list and item), and CommonMark's own limits
                // (100), which read deeper levels as text, would cut lists at fifty: these are
                // only a backstop
                .maxOpenBlockParsers(4 * MarkdownLimits.MAX_LEVELS)
                .maxInlineNesting(4 * MarkdownLimits.MAX_LEVELS)
                .postProcessor(new HeadingAttributes())
                // an address Hugo's ref or Jekyll's post_url fills in: a link, led to its story by the build
                .linkProcessor(new TagLinks());
        // run on each parsed document, with its source: after the extensions' post processors (the
        // autolinks are links by then) and the headings' own ids
        this.typographer = typographer;
        this.parser = parsing.build();
        this.renderer = HtmlRenderer.builder()
                // before the extensions: the first renderer of a node type is the one used, and the
                // tables extension's would write the table block without its box
                .nodeRendererFactory(context -> new TableScroll(context, tableLabel))
                .extensions(extensions)
                .escapeHtml(!unsafeHtml)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .attributeProviderFactory(context -> new HeadingIds())
                .attributeProviderFactory(context -> new LinksAndImages())
                .nodeRendererFactory(MediaNodes.Renderer::new)
                .nodeRendererFactory(context -> new org.commonmark.renderer.NodeRenderer() {
                    @Override
                    public java.util.Set<Class<? extends Node>> getNodeTypes() {
                        return java.util.Set.of(Sections.Mark.class, HeadingAttributes.IdMark.class, Typographer.Written.class);
                    }

                    @Override
                    public void render(Node node) {
                        if (node instanceof Sections.Mark) {
                            context.getWriter().raw(Sections.MARK);
                        } // a heading's id mark (or text as written) is its id, written by HeadingIds, not text
                    }
                })
                .build();
    }

    /** Parses Markdown; source spans are relative to {@code markdown}'s own first line. */
    public Node parse(String markdown) {
        String text = TagLinks.definitions(markdown);
        Node document = parser.parse(text);
        return typographer == null ? document : typographer.process(document, text);
    }

    public String render(Node document) {
        return renderer.render(document);
    }

    /** Whether a link target is one a page may carry: relative, or http(s), mailto, tel. */
    public static boolean isSafeUrl(String url) {
        String u = url.strip();
        int colon = u.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int slash = u.indexOf('/');
        int query = u.indexOf('?');
        int hash = u.indexOf('#');
        if ((slash >= 0 && slash < colon) || (query >= 0 && query < colon) || (hash >= 0 && hash < colon)) {
            return true;
        }
        String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") || scheme.equals("tel");
    }

    /** Drops javascript:, vbscript:, data: and every other scheme that can run code or smuggle content. */
    private static final class SafeUrls implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return isSafeUrl(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return isSafeUrl(url) ? url : "";
        }
    }

    /**
     * Whether a link leaves the site: an http(s) or protocol-relative ({@code //host/}) address.
     * Relative and root-relative links, fragments, and mailto: or tel: links stay.
     */
    static boolean isExternal(String href) {
        String u = href.strip();
        if (u.startsWith("//")) {
            return true;
        }
        int colon = u.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * Links and images as a page shows them. Sanitizing URLs makes the renderer mark every link
     * {@code rel="nofollow"}: a link to another page of the site (or a mention linked to its
     * entity page) loses it, so search engines follow a newsroom's own links; a link that leaves
     * the site keeps it. Images load lazily, so a long article does not fetch what nobody
     * scrolled to.
     */
    private static final class LinksAndImages implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
            if (node instanceof Image) {
                attributes.put("loading", "lazy");
                attributes.put("decoding", "async");
            } else if (tagName.equals("a") && "nofollow".equals(attributes.get("rel"))
                    && !isExternal(attributes.getOrDefault("href", ""))) {
                attributes.remove("rel");
            }
        }
    }
}
