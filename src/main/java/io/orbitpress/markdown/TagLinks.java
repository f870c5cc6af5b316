package io.orbitpress.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A link whose address is the tag another generator filled in with a page's address: Hugo's
 * {@code [the launch]({{< ref "crew-11.md#liftoff" >}})} and {@code relref} (in either delimiter,
 * the path alone or as {@code path="..."}), Jekyll's {@code [the post]({% post_url 2019-03-13-docking %})}
 * and {@code ({% link _posts/2019-03-13-docking.md %}#part)} naming a Markdown file. CommonMark reads
 * none of them as a link (an address has no spaces), so an archive moved in showed them as text.
 * Each is a link here, its address the tag as written, which the build leads to the story the tag
 * names ({@link #target}), as a link to a story's file is.
 */
final class TagLinks implements LinkProcessor {

    /** A Hugo ref or relref, a Jekyll post_url, or a Jekyll link to a Markdown file; then an anchor, for Jekyll's. */
    private static final Pattern TAG = Pattern.compile(
            "\\{\\{[<%]-?\\s*(?:ref|relref)\\s+(?:path\\s*=\\s*)?(?:\"([^\"\\n]+)\"|([^\\s\"}>%]+))\\s*-?[>%]}}"
                    + "|\\{%-?\\s*(?:post_url\\s+([^\\s%}]+)|link\\s+([^\\s%}]+\\.(?i:md|markdown)))\\s*-?%}(#[^\\s()]*)?");

    /**
     * Jekyll's link to a file of the site that is no post ({@code {% link assets/crew-11.pdf %}}), with
     * an anchor: the path from the site's root (group 1), the anchor (2, or none).
     */
    private static final Pattern FILE_TAG = Pattern.compile("\\{%-?\\s*link\\s+/?([^\\s%}]+)\\s*-?%}(#[^\\s()]*)?");

    /**
     * The address of the file a Jekyll link to a file that is no Markdown file names, from the root
     * of the site ({@code /assets/crew-11.pdf}, where the files of {@code content/static/} are
     * published); null when {@code tag} is no such link.
     */
    static String fileAddress(String tag) {
        if (TAG.matcher(tag).matches()) {
            return null;
        }
        Matcher m = FILE_TAG.matcher(tag);
        return m.matches() ? "/" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) : null;
    }

    /**
     * What the tag {@code address} names: the file or page path as the tag writes it
     * ({@code crew-11.md}, {@code /posts/crew-11}, {@code 2019-03-13-docking}) and the anchor, with
     * its {@code #} ("" when none); null when {@code address} is no such tag.
     */
    static String[] target(String address) {
        Matcher m = TAG.matcher(address);
        if (!m.matches()) {
            return null;
        }
        String path = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                : m.group(3) != null ? m.group(3) : m.group(4);
        String anchor = m.group(5) != null ? m.group(5) : "";
        int hash = path.indexOf('#');
        if (hash >= 0) { // Hugo's anchor is inside the tag
            anchor = path.substring(hash);
            path = path.substring(0, hash);
        }
        return new String[] {path, anchor};
    }

    /** A link reference definition whose address is such a tag: {@code [docking]: {% post_url 2019-03-13-docking %}}. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^( {0,3}\\[[^\\]\\n]+\\]:[ \\t]*)(\\{[{%][^\\n]*?[}%]})([ \\t]*)$");

    /** The start of a fenced code block's fence, or of its closing one. */
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /**
     * {@code markdown} with each link reference definition whose address is such a tag
     * ({@code [docking]: {{< ref "docking.md" >}}}, which CommonMark reads as text: an address has no
     * spaces) written as a definition CommonMark reads, the address in angle brackets; the same
     * string when there is none. Lines stay where they are; code blocks are left as written.
     */
    static String definitions(String markdown) {
        if (!markdown.contains("]:") || !DEFINITION.matcher(markdown).find()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        String fence = null;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            String line = markdown.substring(start, end < 0 ? markdown.length() : end);
            Matcher f = FENCE.matcher(line);
            Matcher d = DEFINITION.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.substring(f.end()).isBlank()) {
                    fence = null;
                }
                out.append(line);
            } else if (f.find()) {
                fence = f.group(1);
                out.append(line);
            } else if (d.matches() && fileAddress(d.group(2)) != null) {
                out.append(d.group(1)).append(fileAddress(d.group(2))).append(d.group(3));
            } else if (d.matches() && target(d.group(2)) != null) {
                // in angle brackets an address may have spaces; < and > inside are escaped
                out.append(d.group(1)).append('<').append(d.group(2).replace("<", "\\<").replace(">", "\\>"))
                        .append('>').append(d.group(3));
            } else {
                out.append(line);
            }
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        boolean picture = info.marker() != null && info.marker().getLiteral().equals("!");
        if (info.destination() != null || info.marker() != null && !picture) {
            return LinkResult.none(); // a link CommonMark reads
        }
        scanner.setPosition(info.afterTextBracket());
        if (!scanner.next('(')) {
            return LinkResult.none();
        }
        scanner.whitespace();
        Position start = scanner.position();
        if (scanner.peek() != '{' || scanner.find(')') < 0) {
            return LinkResult.none();
        }
        String inside = scanner.getSource(start, scanner.position()).getContent().strip();
        String file = fileAddress(inside);
        if (file == null && (picture || !TAG.matcher(inside).matches())) {
            return LinkResult.none(); // a picture is of a file, not of a story
        }
        scanner.next(); // the closing parenthesis
        if (picture) {
            return LinkResult.wrapTextIn(new org.commonmark.node.Image(file, null), scanner.position())
                    .includeMarker();
        }
        return LinkResult.wrapTextIn(new Link(file != null ? file : inside, null), scanner.position());
    }
}
