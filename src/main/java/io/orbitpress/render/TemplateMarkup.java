package io.orbitpress.render;

import io.orbitpress.diag.Diagnostic;
import io.orbitpress.theme.Theme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Thymeleaf's lenient HTML parser lets pass in a site's own templates and a browser would
 * not: an element closed by another's end tag ({@code <h1>...</h2>}, which left the rest of the
 * header inside the heading on every page), one never closed, an end tag that closes nothing, a
 * block inside a paragraph that is then closed ({@code <p><div>...</div></p>}: a browser ends the
 * paragraph at the block and makes the end tag a second, empty one), a link inside a link, an
 * element a browser moves out of a table ({@code <table><span>}); a {@code th:} attribute
 * Thymeleaf does not know that is a slip for one it does ({@code th:iff}, written into the page as
 * it stands, so that what was to be hidden is shown); and a fragment named in {@code th:replace},
 * {@code th:insert} or {@code th:include} that its template does not have, which failed only once
 * a page took the branch that names it. Elements whose end tag HTML lets out ({@code <p>},
 * {@code <li>}, {@code <td>} ...) may be left open; the text of {@code <script>} and
 * {@code <style>} and comments are not read.
 */
public final class TemplateMarkup {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "rt", "rp", "optgroup", "option",
            "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:_.-]*");
    /** The elements whose start tag ends an open paragraph (HTML's parsing rules). */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "details", "dialog",
            "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "table", "ul");
    /** The elements a paragraph, or a link, inside them is not ended by what comes within (HTML's scopes). */
    private static final Set<String> SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "button");
    /**
     * Per element of a table's structure, the elements that may stand in it; a browser moves any
     * other out, before the table.
     */
    private static final java.util.Map<String, Set<String>> TABLE_CHILDREN = java.util.Map.of(
            "table", Set.of("caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "script",
                    "template", "style"),
            "thead", Set.of("tr", "td", "th", "script", "template", "style"),
            "tbody", Set.of("tr", "td", "th", "script", "template", "style"),
            "tfoot", Set.of("tr", "td", "th", "script", "template", "style"),
            "tr", Set.of("td", "th", "script", "template", "style"));
    /** A {@code th:} or {@code data-th-} attribute in a tag's attributes: its prefix and name. */
    private static final Pattern TH_ATTRIBUTE =
            Pattern.compile("(?<=^|\\s)(th:|data-th-)([A-Za-z][\\w-]*)(?=\\s*(?:=|/|\\s|$))");
    /** The attributes Thymeleaf's standard dialect has a processor for ({@code if}, {@code each}, {@code href}...). */
    private static final Set<String> PROCESSED = processed();
    /**
     * The attributes Thymeleaf writes as given ({@code th:srcset} sets {@code srcset}): those of HTML
     * it knows, and those of today's HTML and its microdata it does not; a {@code th:} attribute of
     * none of them that is a letter or two from a processed one is a slip.
     */
    private static final Set<String> WRITTEN = written();
    /** A fragment expression's template and fragment name: {@code ~{fragments.html :: img(...)}}, {@code 'x' :: y}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\s*(?:~\\{)?\\s*'?([\\p{L}\\p{N}_./-]+?)'?\\s*::\\s*([A-Za-z_][\\w-]*)\\s*(?:\\(|}|$)");

    private TemplateMarkup() {
    }

    /**
     * The problems of the HTML template {@code display} ("templates/article.html") whose text is
     * {@code text}; {@code template} gives the text of another template by its name
     * ("fragments.html"), the site's own or the built-in theme's, or null when there is none.
     */
    public static List<Diagnostic> problems(String display, String text, Function<String, String> template) {
        return problems(display, text, template, name -> true);
    }

    /** As {@link #problems(String, String, Function)}; {@code own} tells the site's own templates from the theme's. */
    public static List<Diagnostic> problems(String display, String text, Function<String, String> template,
            java.util.function.Predicate<String> own) {
        return problems(display, text, template, own, List.of());
    }

    /**
     * As {@link #problems(String, String, Function, java.util.function.Predicate)}; {@code names}
     * are the templates there are, the site's and the theme's, where a fragment its template lacks
     * is looked for, to name the file that has it.
     */
    public static List<Diagnostic> problems(String display, String text, Function<String, String> template,
            java.util.function.Predicate<String> own, java.util.Collection<String> names) {
        List<Diagnostic> out = new ArrayList<>(twice(display, text));
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            if (text.startsWith("<!--", lt)) {
                int end = text.indexOf("-->", lt + 4);
                if (end < 0) {
                    // the rest of the file is the comment: its elements' ends are not there to be read
                    out.add(at(display, text, lt, "this comment is not closed: the <!-- opened here runs to the end"
                            + " of the file, and all that follows it is left out of the page; close it with --> where it"
                            + " ends"));
                    return out;
                }
                i = end + 3;
                continue;
            }
            if (text.charAt(lt + 1) == '!' || text.charAt(lt + 1) == '?') {
                int end = text.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            boolean closing = text.charAt(lt + 1) == '/';
            Matcher name = NAME.matcher(text).region(lt + (closing ? 2 : 1), n);
            if (!name.lookingAt()) {
                i = lt + 1; // a "<" of text
                continue;
            }
            String tag = name.group().toLowerCase(Locale.ROOT);
            int runaway = runawayQuote(text, name.end());
            if (runaway >= 0) {
                // the rest of the file is read otherwise than written: its other problems would mislead
                out.add(at(display, text, runaway, "the " + text.charAt(runaway) + " opened here is not closed where"
                        + " the attribute's value ends, so the value runs on into the lines below; close it"));
                return out;
            }
            int end = tagEnd(text, name.end());
            if (end < 0) {
                out.add(at(display, text, lt, "the tag <" + tag + " opened here is not closed with >; close it"));
                break;
            }
            String attributes = text.substring(name.end(), end);
            boolean selfClosing = attributes.endsWith("/");
            i = end + 1;
            if (closing) {
                close(display, text, open, tag, lt, out);
            } else {
                references(display, text, name.end(), attributes, template, own, names, out);
                unknownAttributes(display, text, name.end(), attributes, out);
                boolean transparent = transparent(tag, attributes);
                if (!transparent) {
                    nesting(display, text, open, tag, lt, out);
                }
                if (RAW_TEXT.contains(tag) && !selfClosing) {
                    int stop = endTag(text, tag, i);
                    if (stop < 0) {
                        out.add(at(display, text, lt, "<" + tag + "> opened here is never closed; close it with </"
                                + tag + ">"));
                        break;
                    }
                    i = stop; // its end tag is read next
                    open.push(new Open(tag, lt, transparent));
                } else if (!selfClosing && !VOID.contains(tag)) {
                    open.push(new Open(tag, lt, transparent));
                }
            }
        }
        while (!open.isEmpty()) {
            Open o = open.pop();
            if (!OPTIONAL_END.contains(o.tag)) {
                out.add(at(display, text, o.at, "<" + o.tag + "> opened here is never closed; close it with </"
                        + o.tag + "> where it ends"));
            }
        }
        return out;
    }

    private static Set<String> processed() {
        Set<String> out = new java.util.TreeSet<>();
        for (org.thymeleaf.processor.IProcessor p : new org.thymeleaf.standard.StandardDialect().getProcessors("th")) {
            if (p instanceof org.thymeleaf.processor.element.IElementProcessor e && e.getMatchingAttributeName() != null
                    && !e.getMatchingAttributeName().isMatchingAllAttributes()
                    && e.getMatchingAttributeName().getMatchingAttributeName() != null) {
                out.add(e.getMatchingAttributeName().getMatchingAttributeName().getAttributeName());
            }
        }
        out.remove("th"); // the prefix's own declaration, xmlns:th
        return Set.copyOf(out);
    }

    private static Set<String> written() {
        Set<String> out = new java.util.HashSet<>(
                org.thymeleaf.engine.AttributeDefinitions.ALL_STANDARD_HTML_ATTRIBUTE_NAMES);
        out.addAll(List.of("allow", "allowfullscreen", "as", "autocapitalize", "blocking", "color", "crossorigin",
                "decoding", "dirname", "download", "enterkeyhint", "fetchpriority", "imagesizes", "imagesrcset", "inert",
                "inputmode", "integrity", "is", "itemid", "itemprop", "itemref", "itemscope", "itemtype", "loading",
                "muted", "nomodule", "nonce", "part", "ping", "playsinline", "popover", "popovertarget", "property",
                "referrerpolicy", "role", "sizes", "slot", "srcset", "translate"));
        return Set.copyOf(out);
    }

    /**
     * The {@code th:} attributes of a tag (its attributes start at {@code from}) that Thymeleaf has
     * no processor for and that are a slip for one it has: Thymeleaf writes such an attribute into
     * the page as it stands ({@code th:iff} as {@code iff="false"}), and what it was to do is not done.
     */
    private static void unknownAttributes(String display, String text, int from, String attributes, List<Diagnostic> out) {
        Matcher a = TH_ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String name = a.group(2).toLowerCase(Locale.ROOT);
            if (PROCESSED.contains(name) || WRITTEN.contains(name) || name.startsWith("data-") || name.startsWith("aria-")) {
                continue;
            }
            String prefix = a.group(1);
            // a hyphenated name of a script library's own (th:x-text, th:hx-get) is no slip for one without
            io.orbitpress.diag.Spelling.closest(name, PROCESSED).filter(m -> !name.contains("-") || m.contains("-"))
                    .ifPresent(meant -> out.add(at(display, text, from + a.start(), prefix + a.group(2) + " is no"
                            + " attribute Thymeleaf knows, so it is written into the page as " + a.group(2)
                            + "=\"...\" and does nothing; did you mean " + prefix + meant + "?")));
        }
    }

    /**
     * What opening {@code tag} at {@code at} does to the elements open around it, as a browser
     * reads it: a paragraph it ends (told if the paragraph's end tag then comes: see {@link #close}),
     * a link inside a link, an element moved out of a table.
     */
    private static void nesting(String display, String text, Deque<Open> open, String tag, int at, List<Diagnostic> out) {
        Open parent = null;
        for (Open o : open) {
            if (!o.transparent) {
                parent = o;
                break;
            }
        }
        if (parent != null && TABLE_CHILDREN.containsKey(parent.tag) && !TABLE_CHILDREN.get(parent.tag).contains(tag)) {
            out.add(at(display, text, at, "<" + tag + "> directly inside <" + parent.tag + "> (opened at line "
                    + Diagnostic.lineOf(text, parent.at) + "): a browser moves it out, before the table; put it in a <td>"
                    + (parent.tag.equals("table") ? " or a <caption>" : "")));
        }
        for (Open o : open) {
            if (SCOPE.contains(o.tag)) {
                break;
            }
            if (o.transparent) {
                continue;
            }
            if (CLOSES_P.contains(tag) && o.tag.equals("p") && o.endedBy < 0) {
                o.endedBy = at;
                o.endedByTag = tag;
            }
            if (tag.equals("a") && o.tag.equals("a")) {
                out.add(at(display, text, at, "<a> inside another <a> (opened at line " + Diagnostic.lineOf(text, o.at)
                        + "): a browser ends the first link here, and the text after this one is in no link; close the"
                        + " first with </a> before this one"));
                break;
            }
        }
    }

    /** A {@code th:replace} or a {@code th:remove} that may take the element's own tag away. */
    private static final Pattern REPLACED = Pattern.compile(
            "(?:^|\\s)(?:th:|data-th-)(?:replace\\s*=|remove\\s*=\\s*[\"'](?!\\s*(?:none|body)\\s*[\"']))");

    /**
     * Whether an element will not stand in the page as written, so that where it stands tells
     * nothing of the page's markup: {@code th:block} and Thymeleaf's other elements, one a
     * fragment replaces ({@code th:replace}), one whose tag {@code th:remove} takes away.
     */
    private static boolean transparent(String tag, String attributes) {
        return tag.startsWith("th:") || REPLACED.matcher(attributes).find();
    }

    /** Where {@code </tag} starts at or after {@code from}, in any case; -1 when nowhere. */
    private static int endTag(String text, String tag, int from) {
        for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
            if (text.regionMatches(true, at + 2, tag, 0, tag.length())) {
                return at;
            }
        }
        return -1;
    }

    /**
     * An element open at character {@code at}, {@code transparent} when it will not stand in the
     * page as written ({@link #transparent}); for a paragraph, where a block began in it that a
     * browser ends it at ({@code endedBy}, -1 for none), and that block's tag.
     */
    private static final class Open {
        final String tag;
        final int at;
        final boolean transparent;
        int endedBy = -1;
        String endedByTag;

        Open(String tag, int at, boolean transparent) {
            this.tag = tag;
            this.at = at;
            this.transparent = transparent;
        }
    }

    private static void close(String display, String text, Deque<Open> open, String tag, int at, List<Diagnostic> out) {
        if (VOID.contains(tag)) {
            return; // </br> and the like: browsers read them, nothing was open
        }
        if (open.stream().noneMatch(o -> o.tag.equals(tag))) {
            Open innermost = open.peek();
            if (innermost != null && OPTIONAL_END.contains(innermost.tag)
                    && open.stream().anyMatch(o -> !OPTIONAL_END.contains(o.tag))) {
                // <div><p>one</span></div>: the paragraph's end tag mistyped, not the <div>'s
                out.add(at(display, text, innermost.at, "<" + innermost.tag + "> opened here is closed by </" + tag
                        + "> at line " + Diagnostic.lineOf(text, at) + "; write </" + innermost.tag + "> there, or open <"
                        + tag + "> instead"));
                open.pop();
                return;
            }
            Open top = innermost;
            while (top != null && OPTIONAL_END.contains(top.tag)) {
                open.pop(); // a <p> or <li> its parent's end closes
                top = open.peek();
            }
            if (top == null) {
                out.add(at(display, text, at, "</" + tag + "> closes nothing: no <" + tag + "> is open here; remove it"));
            } else {
                out.add(at(display, text, top.at, "<" + top.tag + "> opened here is closed by </" + tag + "> at line "
                        + Diagnostic.lineOf(text, at) + "; write </" + top.tag + "> there, or open <" + tag + "> instead"));
                open.pop();
            }
            return;
        }
        while (!open.isEmpty()) {
            Open o = open.pop();
            if (o.tag.equals(tag)) {
                if (o.endedBy >= 0) {
                    out.add(at(display, text, o.endedBy, "<" + o.endedByTag + "> inside <p> (opened at line "
                            + Diagnostic.lineOf(text, o.at) + "): a browser ends the paragraph here, and the </p> at line "
                            + Diagnostic.lineOf(text, at) + " makes a second, empty one; make the <p> a <div>"
                            + (o.endedByTag.equals("div") ? ", or the <div> a <span>" : "")));
                }
                return;
            }
            if (!OPTIONAL_END.contains(o.tag)) {
                out.add(at(display, text, o.at, "<" + o.tag + "> opened here is not closed before </" + tag
                        + "> at line " + Diagnostic.lineOf(text, at) + "; close it with </" + o.tag + ">"));
            }
        }
    }

    /** The fragments an element's {@code th:replace}, {@code th:insert} or {@code th:include} names that are not there. */
    private static void references(String display, String text, int from, String attributes,
            Function<String, String> template, java.util.function.Predicate<String> own,
            java.util.Collection<String> names, List<Diagnostic> out) {
        Matcher a = CALL.matcher(attributes);
        while (a.find()) {
            String value = a.group(1) != null ? a.group(1) : a.group(2);
            Matcher selector = SELECTOR.matcher(value);
            while (selector.find()) {
                String element = selector.group(1);
                // an element of that name, or a fragment of that name, in this template (an id is #main)
                boolean there = Pattern.compile("<" + Pattern.quote(element) + "[\\s>/]|fragment\\s*=\\s*[\"']\\s*"
                        + Pattern.quote(element) + "\\b").matcher(text).find();
                if (!there) {
                    out.add(at(display, text, from + a.start(), "~{::" + element + "} selects the <" + element
                            + "> element of this template, and it has none, so the layout would have nothing to show;"
                            + " put the page's content in <" + element + (element.equals("main") ? " id=\"main\"" : "")
                            + ">...</" + element + ">, or select the element it is in"));
                }
            }
            Matcher r = REFERENCE.matcher(value);
            if (!r.find()) {
                continue; // a name made while rendering (~{${name}}), or a selector of this template (~{::main})
            }
            String file = r.group(1);
            String fragment = r.group(2);
            if (file.equals("this")) {
                continue; // ~{this :: name}: a fragment of this template, as a selector
            }
            String name = file.endsWith(".html") ? file : file + ".html";
            String other = template.apply(name);
            int place = from + a.start();
            if (other == null) {
                Optional<String> meant = io.orbitpress.diag.Spelling.closest(name, names.stream()
                        .filter(t -> t.endsWith(".html")).toList());
                out.add(at(display, text, place, "template \"" + name + "\" does not exist in templates/ nor in the"
                        + " built-in theme; " + meant.map(m -> "did you mean " + m + "? Otherwise add templates/" + name)
                                .orElse("add templates/" + name + " or fix the name")));
                continue;
            }
            List<String> fragments = new ArrayList<>(TemplateRenderer.declared(other));
            // a markup selector: an element of that name, or with that id, is what the expression takes
            boolean selected = Pattern.compile("<" + Pattern.quote(fragment) + "[\\s>/]|\\sid\\s*=\\s*[\"']"
                    + Pattern.quote(fragment) + "[\"']").matcher(other).find();
            if (fragments.contains(fragment)) {
                String arity = arity(other, fragment, value.substring(r.end(2)));
                if (arity != null) {
                    out.add(at(display, text, place, arity));
                }
            }
            if (!fragments.contains(fragment) && !selected) {
                String meant = io.orbitpress.diag.Spelling.closest(fragment, fragments).map(m -> "did you mean \"" + m
                        + "\"? ").orElse("");
                out.add(at(display, text, place, "no fragment \"" + fragment + "\" in " + shown(name, own) + "; " + meant
                        + (meant.isEmpty() ? "its" : "Its") + " fragments: " + String.join(", ", fragments)
                        + elsewhere(fragment, name, value, r, template, own, names)));
            }
        }
    }

    /** A fragment's declaration, its name the group. */
    private static final Pattern FRAGMENT = Pattern.compile("(?:th:|data-th-)fragment\\s*=\\s*[\"']\\s*([A-Za-z_][\\w-]*)");

    /**
     * The fragments {@code text} declares a second time, outside comments: a call selects every
     * element of the name, so it shows both, one after the other (a card copied to be changed with
     * the original left in place: every story twice).
     */
    private static final Pattern CONDITION = Pattern.compile("(?:th:|data-th-)(?:if|unless|case|switch)\\s*=");

    private static List<Diagnostic> twice(String display, String text) {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        Matcher m = FRAGMENT.matcher(text);
        while (m.find()) {
            int comment = text.lastIndexOf("<!--", m.start());
            if (comment >= 0 && text.indexOf("-->", comment) > m.start()) {
                continue; // in a comment
            }
            int open = text.lastIndexOf('<', m.start());
            int close = text.indexOf('>', m.end());
            if (open >= 0 && close > 0 && CONDITION.matcher(text.substring(open, close)).find()) {
                continue; // shown on a condition: one of several, each for its case, may be meant
            }
            Integer before = first.putIfAbsent(m.group(1), m.start());
            if (before != null) {
                out.add(at(display, text, m.start(), "a second fragment \"" + m.group(1) + "\" in this file (the first is"
                        + " at line " + Diagnostic.lineOf(text, before) + "): a call of " + m.group(1) + " shows both, one"
                        + " after the other; remove one of them, or rename it"));
            }
        }
        return out;
    }

    /** The template {@code name} as a message names it: the site's own, or the built-in theme's. */
    private static String shown(String name, java.util.function.Predicate<String> own) {
        return own.test(name) ? "templates/" + name : "the built-in theme's " + name;
    }

    /**
     * For a fragment {@code fragment} called from {@code name}, which lacks it, the other templates
     * of {@code names} that declare it: the one, with the call {@code value} written with its file,
     * or the several; "" when none does.
     */
    private static String elsewhere(String fragment, String name, String value, Matcher call,
            Function<String, String> template, java.util.function.Predicate<String> own,
            java.util.Collection<String> names) {
        List<String> found = new ArrayList<>();
        for (String other : new java.util.TreeSet<>(names)) {
            String text = other.endsWith(".html") && !other.equals(name) ? template.apply(other) : null;
            if (text != null && TemplateRenderer.declared(text).contains(fragment)) {
                found.add(other);
            }
        }
        if (found.isEmpty()) {
            return "";
        }
        if (found.size() > 1) {
            return "; \"" + fragment + "\" is a fragment of " + listed(found.stream().map(f -> shown(f, own)).toList());
        }
        String file = found.get(0);
        String written = value.substring(0, call.start(1)) + file + value.substring(call.end(1));
        return "; \"" + fragment + "\" is a fragment of " + shown(file, own) + ": write " + written;
    }

    /**
     * A markup selector of the template itself handed to a fragment, as a page hands its part to the
     * layout: {@code layout(~{::main})}.
     */
    private static final Pattern SELECTOR = Pattern.compile("[(,]\\s*~\\{\\s*(?:this\\s*)?::\\s*([A-Za-z][\\w-]*)\\s*}");

    /** A fragment call in a tag's attributes: {@code th:replace="~{fragments.html :: card(${a})}"}, its value a group. */
    private static final Pattern CALL = Pattern.compile("th:(?:replace|insert|include)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * The fragments of the built-in template {@code name} that the site's own copy of it,
     * {@code display} with the text {@code text}, lacks while a built-in template it does not
     * replace calls them ({@code callers}: each one's name and text): told at the site's file,
     * once a fragment, with the templates and lines that call it, since a page fails only once it
     * takes the branch that calls it (a picture's fragment at the first story with a picture).
     */
    public static List<Diagnostic> replacedFragments(String display, String name, String text, String builtIn,
            java.util.Map<String, String> callers) {
        Set<String> own = TemplateRenderer.declared(text);
        Set<String> theirs = TemplateRenderer.declared(builtIn);
        String bare = name.substring(0, name.length() - ".html".length());
        java.util.Map<String, List<String>> missing = new java.util.TreeMap<>();
        for (java.util.Map.Entry<String, String> caller : new java.util.TreeMap<>(callers).entrySet()) {
            String other = caller.getValue();
            Matcher call = CALL.matcher(other);
            Set<String> told = new java.util.HashSet<>();
            while (call.find()) {
                String value = call.group(1) != null ? call.group(1) : call.group(2);
                Matcher r = REFERENCE.matcher(value);
                if (!r.find() || !(r.group(1).equals(name) || r.group(1).equals(bare))) {
                    continue;
                }
                String fragment = r.group(2);
                if (own.contains(fragment) || !theirs.contains(fragment) || !told.add(fragment)) {
                    continue;
                }
                missing.computeIfAbsent(fragment, f -> new ArrayList<>()).add(caller.getKey() + " (line "
                        + Diagnostic.lineOf(other, call.start()) + ")");
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        missing.forEach((fragment, where) -> out.add(Diagnostic.error(display, 1, 1, "this file replaces the built-in "
                + name + " and lacks its fragment \"" + fragment + "\", which the built-in " + listed(where)
                + (where.size() == 1 ? " calls" : " call") + "; copy that fragment from the built-in " + name
                + " into this file (orbitpress theme eject " + name + " --source DIR writes the built-in file into"
                + " DIR/templates/)")));
        return out;
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * What is wrong with a call of {@code fragment} of the template {@code other} whose text after the
     * fragment's name is {@code rest} ({@code "()}"}, {@code "(${a}, true)}"}): when it gives another
     * number of values, by position, than the fragment's signature names, which Thymeleaf tells only
     * as a fragment it cannot find; null when it is right, or not known.
     */
    private static String arity(String other, String fragment, String rest) {
        Matcher declared = Pattern.compile("(?:th:|data-th-)fragment\\s*=\\s*[\"']\\s*" + Pattern.quote(fragment)
                + "\\s*\\(([^)\"']*)\\)").matcher(other);
        String given = rest.stripLeading();
        if (!declared.find() || !given.startsWith("(")) {
            return null; // no signature, or called without one: Thymeleaf takes it
        }
        List<String> params = values("(" + declared.group(1) + ")");
        List<String> args = values(given);
        if (params == null || args == null) {
            return null; // a signature or call left open: Thymeleaf tells it when it parses the template
        }
        if (args.stream().anyMatch(a -> a.matches("[A-Za-z_][\\w]*\\s*=[^=].*"))) {
            return null; // values given by name: Thymeleaf matches them so
        }
        if (args.size() == params.size()) {
            return null;
        }
        return "the fragment \"" + fragment + "\" takes " + params.size() + (params.size() == 1 ? " value" : " values")
                + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")") + ", and this call gives " + args.size()
                + "; give " + (params.isEmpty() ? "none" : String.join(", ", params)) + ", as " + fragment + "("
                + String.join(", ", params.stream().map(p -> "${...}").toList()) + ")";
    }

    /**
     * The values of a call written from the parenthesis {@code text} starts with, up to the one that
     * closes it: split at its commas outside quotes and brackets, none for {@code ()}; null when it
     * is not closed.
     */
    private static List<String> values(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    if (c != ')') {
                        return null;
                    }
                    String last = text.substring(start, i).strip();
                    if (!out.isEmpty() || !last.isEmpty()) {
                        out.add(last);
                    }
                    return out;
                }
            } else if (c == ',' && depth == 1) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * Where a quote of the tag whose attributes start at {@code from} opens that runs on past its
     * line into markup (a {@code <} after the line's end): a value left unclosed; -1 when none.
     */
    private static int runawayQuote(String text, int from) {
        char quote = 0;
        int opened = -1;
        boolean newLine = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\n') {
                    newLine = true;
                } else if (c == '<' && newLine && i + 1 < text.length()
                        && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                    return opened; // a tag of the markup below: the value ran on into it
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                opened = i;
                newLine = false;
            } else if (c == '>' || c == '<') {
                return -1;
            }
        }
        return quote != 0 ? opened : -1;
    }

    /** Where the {@code >} that ends a tag whose attributes start at {@code from} is, quotes read; -1 when none. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1; // a tag left open: the next one starts
            }
        }
        return -1;
    }

    /** A read of one of the site's values: {@code site.params.tagline}, {@code site.params['tagline']}. */
    private static final Pattern PARAM = Pattern.compile(
            "\\bsite\\s*\\.\\s*params\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)|\\[\\s*(['\"])([^'\"]*)\\2\\s*\\])");

    /**
     * The reads in {@code text} of a value {@code site.yaml} does not have, one letter or two from one
     * it has ({@code ${site.params.taglne}} with {@code tagline:} written): a misspelt value renders as
     * nothing, with no message. A value the site has none close to may be one the template shows
     * when it is set, and is not told.
     */
    public static List<Diagnostic> paramProblems(String display, String text, java.util.Collection<String> params) {
        List<Diagnostic> out = new ArrayList<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(3);
            if (params.contains(name)) {
                continue;
            }
            int start = m.group(1) != null ? m.start(1) : m.start(3);
            io.orbitpress.diag.Spelling.closest(name, params).ifPresent(meant -> out.add(Diagnostic.at(display, text,
                    start, io.orbitpress.diag.Severity.WARNING, "site.params has no \"" + name + "\", and reading it"
                    + " renders nothing; did you mean \"" + meant + "\"? (content/site.yaml's params: "
                    + String.join(", ", new java.util.TreeSet<>(params)) + ")")));
        }
        return out;
    }

    private static Diagnostic at(String display, String text, int at, String message) {
        return Diagnostic.at(display, text, at, io.orbitpress.diag.Severity.ERROR, message);
    }

    /** The text of the template {@code name}: the site's own in {@code folder}, else the built-in theme's; null for none. */
    public static String template(java.nio.file.Path folder, Theme theme, String name) {
        java.nio.file.Path own = folder.resolve(name).normalize();
        try {
            if (own.startsWith(folder) && java.nio.file.Files.isRegularFile(own)) {
                return java.nio.file.Files.readString(own);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return theme.bytes(name).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }
}
