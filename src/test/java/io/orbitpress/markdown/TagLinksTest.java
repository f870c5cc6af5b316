package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tags another generator filled in as a link's address are links, their address the tag as
 * written, for the build to lead to the story they name; anything else in those places is what
 * CommonMark makes of it.
 */
class TagLinksTest {

    private final MarkdownEngine engine = new MarkdownEngine(false);

    private String html(String markdown) {
        return engine.render(engine.parse(markdown)).strip();
    }

    @Test
    void hugoAndJekyllTagsAsAnAddressAreLinks() {
        assertThat(html("[the *launch*]({{< ref \"crew-11.md#liftoff\" >}})")).isEqualTo(
                "<p><a href=\"{{&lt; ref &quot;crew-11.md#liftoff&quot; &gt;}}\">the <em>launch</em></a></p>");
        assertThat(html("[a]( {{%relref path=\"/posts/crew-11\"%}} )"))
                .isEqualTo("<p><a href=\"{{%relref path=&quot;/posts/crew-11&quot;%}}\">a</a></p>");
        assertThat(html("[a]({% post_url 2019-03-13-docking %}) [b]({% link _posts/x.markdown %}#part)")).isEqualTo(
                "<p><a href=\"{% post_url 2019-03-13-docking %}\">a</a> <a href=\"{% link _posts/x.markdown %}#part\">b</a></p>");
        assertThat(MarkdownFacts.tagTarget("{{< ref \"crew-11.md#liftoff\" >}}")).containsExactly("crew-11.md", "#liftoff");
        assertThat(MarkdownFacts.tagTarget("{% link _posts/x.md %}#part")).containsExactly("_posts/x.md", "#part");
        assertThat(MarkdownFacts.tagTarget("{{< youtube abc >}}")).isNull();
    }

    @Test
    void aDefinitionWhoseAddressIsATagIsOne() {
        assertThat(html("[the docking][d] and [d]\n\n[d]: {% post_url 2019-03-13-docking %}\n[h]:  {{< ref \"x.md\" >}}\n\n[h][]"))
                .isEqualTo("<p><a href=\"{% post_url 2019-03-13-docking %}\">the docking</a> and"
                        + " <a href=\"{% post_url 2019-03-13-docking %}\">d</a></p>\n"
                        + "<p><a href=\"{{&lt; ref &quot;x.md&quot; &gt;}}\">h</a></p>");
        // in code, as written
        assertThat(html("```\n[d]: {% post_url x %}\n```\n\n~~~~\n```\n[d]: {{< ref \"x\" >}}\n~~~~")).isEqualTo(
                "<pre><code>[d]: {% post_url x %}\n</code></pre>\n<pre><code>```\n[d]: {{&lt; ref &quot;x&quot; &gt;}}\n</code></pre>");
        assertThat(TagLinks.definitions("[d]: {{< youtube x >}}\n")).isEqualTo("[d]: {{< youtube x >}}\n");
    }

    /** Jekyll's link to a file that is no post is that file's address from the root of the site. */
    @Test
    void aJekyllLinkToAnotherFileIsItsAddress() {
        assertThat(html("[a]({% link /assets/report.pdf %}) [b]({%link assets/report.pdf%}#page=2)")).isEqualTo(
                "<p><a href=\"/assets/report.pdf\">a</a> <a href=\"/assets/report.pdf#page=2\">b</a></p>");
        assertThat(html("![The crew]({% link assets/crew.png %})"))
                .isEqualTo("<p><img src=\"/assets/crew.png\" alt=\"The crew\" loading=\"lazy\" decoding=\"async\" /></p>");
        assertThat(html("[r][r]\n\n[r]: {% link assets/report.pdf %}")).isEqualTo("<p><a href=\"/assets/report.pdf\">r</a></p>");
        assertThat(MarkdownFacts.tagTarget("{% link assets/report.pdf %}")).isNull();
    }

    @Test
    void otherTextInThosePlacesIsAsCommonMarkReadsIt() {
        assertThat(html("[a]({{< youtube abc >}})")).isEqualTo("<p>[a]({{&lt; youtube abc &gt;}})</p>");
        assertThat(html("[a]({% include report.html %})")).isEqualTo("<p>[a]({% include report.html %})</p>");
        assertThat(html("![a]({{< ref \"x.md\" >}})")).isEqualTo("<p>![a]({{&lt; ref &quot;x.md&quot; &gt;}})</p>");
        assertThat(html("[a]({x y}) and [b](c.md) [c]")).isEqualTo("<p>[a]({x y}) and <a href=\"c.md\">b</a> [c]</p>");
    }
}
