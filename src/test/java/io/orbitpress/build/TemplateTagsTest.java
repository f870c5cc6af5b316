package io.orbitpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What another generator would have run, in a story moved over from it: a Hugo shortcode or a
 * Liquid tag in the running text is published as written, and warned about where it stands; in
 * code it is what the story shows, and a YouTube or Vimeo shortcode is an embed.
 */
class TemplateTagsTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aShortcodeOrLiquidTagInTheTextIsWarnedAbout() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/people/zena-cardman.md", "---\nname: Zena Cardman\n---\nAn astronaut.\n");
        s.write("content/articles/moved.md", """
                ---
                title: Moved over
                date: 2025-07-01
                ---
                The launch pad, from the tower.

                The pad: {{< figure src="/images/pad.jpg" title="The pad" >}} (within the text, no figure of its own).

                As {% include note.html %} says, and `{{< shown >}}` in code. Zena Cardman {{< ref "crew" >}}.

                {{< youtube id="w7Ft2ymGmfc" title="The launch" >}}

                ```
                {% raw %}in a code block{% endraw %}
                ```
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/moved.md:7:10: warning: \"{{< figure src=\"/images/pad.jpg\" title=\"The pad\" >}}\" is"
                        + " a Hugo shortcode, which Orbitpress does not run: it is published as written; write what it"
                        + " made in Markdown (a picture: ![what it shows](file)), put it in `code` if it is to be shown,"
                        + " or remove it",
                "content/articles/moved.md:9:4: warning: \"{% include note.html %}\" is a Liquid tag (Jekyll's), which"
                        + " Orbitpress does not run: it is published as written; the text it took from another file is"
                        + " not here: paste that text in its place, or remove the tag",
                // after a name that is linked, at its own place still
                "content/articles/moved.md:9:76: warning: \"{{< ref \"crew\" >}}\" is a Hugo shortcode, which Orbitpress"
                        + " does not run: it is published as written; a link to another page of the site is written with"
                        + " its address: [the story](/articles/its-slug/) (the page's address, not its file)");
    }

    /** Zola's shortcodes were published as written without a word, where Hugo's and Liquid's were warned about. */
    @Test
    void aZolaShortcodeIsWarnedAboutAsSuch() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/moved.md", """
                ---
                title: Moved from Zola
                date: 2025-07-01
                ---
                The pad: {{ resize_image(path="pad.jpg", width=600) }}

                {% quote(author="Ada") %}Lift-off.{% end %}

                A set of braces {{ like this }} is text, and `{{ gallery() }}` in code is left alone.
                """);
        BuildResult r = s.build();
        String rest = ", which Orbitpress does not run: it is published as written; write what it made in Markdown (a"
                + " picture: ![what it shows](file)), put it in `code` if it is to be shown, or remove it";
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/moved.md:5:10: warning: \"{{ resize_image(path=\"pad.jpg\", width=600) }}\" is a Zola"
                        + " shortcode" + rest,
                "content/articles/moved.md:7:1: warning: \"{% quote(author=\"Ada\") %}\" is a Zola shortcode" + rest,
                "content/articles/moved.md:7:35: warning: \"{% end %}\" is a Zola shortcode" + rest);
    }

    /**
     * A Jekyll post's {@code {{ site.baseurl }}} and filters were published as written without a
     * word (the picture around one lost); links, code and included text were each told to write
     * "a picture". Each is told what to write instead.
     */
    @Test
    void liquidOutputIsWarnedAboutAndEachTagSaysWhatToWriteInstead() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/moved.md", """
                ---
                title: Moved from Jekyll
                date: 2025-07-01
                ---
                The booster. ![booster]({{ site.baseurl }}/assets/booster.png) See {% post_url 2019-03-05-crew %}.

                {% highlight python %}
                print("liftoff")
                {% endhighlight %}

                {{ "/x.png" | relative_url }} and {{ page.title }}; {{ like this }} and {{ .Title }} are text.
                """);
        BuildResult r = s.build();
        String runs = " which Orbitpress does not run: it is published as written; ";
        String address = "the site's address, which Orbitpress does not fill in: write the address from the site's root,"
                + " /images/file.jpg (the build adds what the site's address needs)";
        String code = "code is written as a fenced block: ```python on the line before it and ``` on the line after";
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/moved.md:5:25: warning: \"{{ site.baseurl }}\" is a Liquid tag (Jekyll's)," + runs + address,
                "content/articles/moved.md:5:68: warning: \"{% post_url 2019-03-05-crew %}\" is a Liquid tag (Jekyll's),"
                        + runs + "a link to another page of the site is written with its address: [the story]"
                        + "(/articles/its-slug/) (the page's address, not its file)",
                "content/articles/moved.md:7:1: warning: \"{% highlight python %}\" is a Liquid tag (Jekyll's)," + runs + code,
                "content/articles/moved.md:9:1: warning: \"{% endhighlight %}\" is a Liquid tag (Jekyll's)," + runs
                        + code.replace("python", ""),
                "content/articles/moved.md:11:1: warning: \"{{ \"/x.png\" | relative_url }}\" is a Liquid tag (Jekyll's),"
                        + runs + address,
                "content/articles/moved.md:11:35: warning: \"{{ page.title }}\" is a Liquid tag (Jekyll's)," + runs
                        + "write what it made in Markdown (a picture: ![what it shows](file)), put it in `code` if it is"
                        + " to be shown, or remove it");
    }

    /** A changelog's 3,046 "{{ site.repository }}" were 3,046 warnings: one tag is told once, with its count. */
    @Test
    void aTagTheStoryRepeatsIsToldOnceWithItsCount() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/moved.md", """
                ---
                title: Changes
                date: 2025-07-01
                ---
                Fixed [#1]({{ site.repository }}/issues/1), [#2]({{ site.repository }}/issues/2).

                And [#3]({{ site.repository }}/issues/3), {{ page.title }}.
                """);
        BuildResult r = s.build();
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/moved.md:5:12: warning: \"{{ site.repository }}\" is a Liquid tag (Jekyll's), which"
                        + " Orbitpress does not run: it is published as written (here and 2 more times in this story);"
                        + " write what it made in Markdown (a picture: ![what it shows](file)), put it in `code` if it is"
                        + " to be shown, or remove it",
                "content/articles/moved.md:7:43: warning: \"{{ page.title }}\" is a Liquid tag (Jekyll's), which"
                        + " Orbitpress does not run: it is published as written; write what it made in Markdown (a"
                        + " picture: ![what it shows](file)), put it in `code` if it is to be shown, or remove it");
    }

    /**
     * A story that starts with a shortcode took it, as written, for its summary: the dek, the
     * page's description, its social card and JSON-LD. The first paragraph of text is the summary.
     */
    @Test
    void aParagraphOfTagsAloneIsNotTheSummary() {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/moved.md", """
                ---
                title: Moved from Hugo
                date: 2025-07-01
                ---
                {{< fix-tables >}} {% include note.md %}

                Starliner is on the pad {{ like this }}.
                """);
        s.build();
        org.jsoup.nodes.Document page = s.page("articles/moved/");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Starliner is on the pad {{ like this }}.");
    }

    @Test
    void anAddressAPageMayNotCarryIsLeftOutAndWarnedAbout() throws java.io.IOException {
        TestSite s = new TestSite(dir);
        s.write("content/site.yaml", "title: Test Desk\n");
        s.write("content/articles/links.md", """
                ---
                title: Links
                date: 2025-07-01
                ---
                Call [the desk](tel:+15550100), [mail](mailto:desk@example.org) or [the page](/articles/links/).

                Not [this](javascript:alert(1)), nor [the archive](ftp://files.example.org/a.zip).
                """);
        BuildResult r = s.build();
        String why = " is left out of the page (a page links to http(s), mailto: and tel: addresses, and to its own"
                + " site); give another, or remove the link";
        assertThat(r.warnings()).extracting(Diagnostic::format).containsExactly(
                "content/articles/links.md:7:5: warning: the address \"javascript:alert(1)\"" + why,
                "content/articles/links.md:7:38: warning: the address \"ftp://files.example.org/a.zip\"" + why);
        assertThat(s.page("articles/links/").select(".story-body a").eachAttr("href")).containsExactly("tel:+15550100",
                "mailto:desk@example.org", "./", "", "");
    }
}
