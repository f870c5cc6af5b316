package io.orbitpress.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Embed blocks and shortcodes, one case per row: what a writer types, and what loads on click. */
class EmbedParserTest {

    static Stream<Arguments> embeds() {
        return Stream.of(
                // address written, what the play button loads, the link for readers without JavaScript
                Arguments.of("https://www.youtube.com/watch?v=21X5lGlDOfg",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg"),
                Arguments.of("https://youtu.be/21X5lGlDOfg?t=1m30s",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=90",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg&t=90s"),
                Arguments.of("https://www.youtube.com/embed/21X5lGlDOfg?start=120",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=120",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg&t=120s"),
                Arguments.of("https://www.youtube.com/watch?v=21X5lGlDOfg#t=2m",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=120",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg&t=120s"),
                Arguments.of("https://youtu.be/21X5lGlDOfg#t=2m&feature=share",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=120",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg&t=120s"),
                Arguments.of("https://vimeo.com/76979871#t=1m5s",
                        "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=65s", "https://vimeo.com/76979871"),
                Arguments.of("https://m.youtube.com/shorts/21X5lGlDOfg",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg"),
                Arguments.of("http://www.youtube-nocookie.com/embed/21X5lGlDOfg",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1",
                        "https://www.youtube.com/watch?v=21X5lGlDOfg"),
                Arguments.of("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1",
                        "https://vimeo.com/76979871"),
                Arguments.of("https://vimeo.com/76979871/0a1b2c3d4e",
                        "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=0a1b2c3d4e",
                        "https://vimeo.com/76979871/0a1b2c3d4e"),
                Arguments.of("https://player.vimeo.com/video/76979871",
                        "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1", "https://vimeo.com/76979871"),
                Arguments.of("https://images.nasa.gov/details/KSC-20250801-PH-KLS01_0094",
                        "https://images-assets.nasa.gov/video/KSC-20250801-PH-KLS01_0094/KSC-20250801-PH-KLS01_0094~medium.mp4",
                        "https://images.nasa.gov/details/KSC-20250801-PH-KLS01_0094"),
                Arguments.of("https://images.nasa.gov/details-One%20Small%20Step",
                        "https://images-assets.nasa.gov/video/One%20Small%20Step/One%20Small%20Step~medium.mp4",
                        "https://images.nasa.gov/details/One%20Small%20Step"),
                Arguments.of("/video/launch.mp4", "/video/launch.mp4", ""),
                Arguments.of("clips/walkout.webm", "clips/walkout.webm", ""));
    }

    @ParameterizedTest
    @MethodSource("embeds")
    void anAddressLoadsOnlyItsPlayerOnClick(String address, String src, String link) {
        EmbedParser.Parsed p = EmbedParser.block(address + "\ntitle: A video\n", 0);
        assertThat(p.problems()).isEmpty();
        assertThat(p.embed().src()).isEqualTo(src);
        assertThat(p.embed().link()).isEqualTo(link);
        assertThat(p.embed().title()).isEqualTo("A video");
        assertThat(p.embed().poster()).isEqualTo(-1);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                // block text, line (of the block; -1 the fence), error?, message
                Arguments.of("", -1, true, "this embed is empty; put the video's address on its first line, like"
                        + " https://www.youtube.com/watch?v=..."),
                Arguments.of("https://twitter.com/nasa/status/1", 0, true, "unknown embed"
                        + " https://twitter.com/nasa/status/1; an embed takes a YouTube, Vimeo or NASA Image and Video"
                        + " Library (images.nasa.gov) address, or a video file of the site (.mp4, .webm)"),
                Arguments.of("javascript:alert(1)", 0, true, "unknown embed \"javascript:alert(1)\"; an embed takes"
                        + " a YouTube, Vimeo or NASA Image and Video Library (images.nasa.gov) address, or a video file"
                        + " of the site (.mp4, .webm)"),
                Arguments.of("https://www.youtube.com/watch?v=toolong123456", 0, true, "cannot find the video in"
                        + " https://www.youtube.com/watch?v=toolong123456; a YouTube address looks like"
                        + " https://www.youtube.com/watch?v=21X5lGlDOfg or https://youtu.be/21X5lGlDOfg"),
                Arguments.of("https://vimeo.com/channels/staffpicks", 0, true, "cannot find the video in"
                        + " https://vimeo.com/channels/staffpicks; a Vimeo address looks like https://vimeo.com/76979871"),
                Arguments.of("https://images.nasa.gov/search?q=crew", 0, true, "cannot find the item in"
                        + " https://images.nasa.gov/search?q=crew; a NASA Image and Video Library address looks like"
                        + " https://images.nasa.gov/details/KSC-20250801-PH-KLS01_0094"),
                Arguments.of("https://images.nasa.gov/details/x\ntitle: X\ntype: audio", 2, true,
                        "type must be video or image, got \"audio\""),
                Arguments.of("https://vimeo.com/1\ntitle: X\ntype: video", 2, true,
                        "type: is for NASA Image and Video Library links only"),
                Arguments.of("https://vimeo.com/1\ntitle: X\ncolour: red", 2, true, "an embed has no key \"colour\";"
                        + " it takes title:, poster:, caption:, credit:, start: and (for NASA) type:"),
                Arguments.of("https://vimeo.com/1\ntitle: X\ntitle: Y", 2, true, "title: is given twice in this embed"),
                Arguments.of("https://vimeo.com/1\nA caption without a key", 1, true, "expected a line like title: What"
                        + " the video shows, got \"A caption without a key\""),
                Arguments.of("https://vimeo.com/1\ntitle: X\nposter: https://i.ytimg.com/vi/x/hq.jpg", 2, true,
                        "poster must be a picture of the site, like /images/launch.jpg: a picture from another site"
                        + " would be loaded before the reader asks"),
                Arguments.of("https://vimeo.com/1\ntitle: X\nstart: soon", 2, true, "start must be a time like 90, 90s"
                        + " or 1m30s"),
                Arguments.of("https://vimeo.com/1", 0, false, "this embed has no title; add a line title: saying what"
                        + " the video shows (the play button reads it out)"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void aBadEmbedIsAProblemOnItsLine(String text, int line, boolean error, String message) {
        EmbedParser.Parsed p = EmbedParser.block(text, 0);
        assertThat(p.problems()).containsExactly(new EmbedParser.Problem(line, error, message));
        assertThat(p.embed() == null).isEqualTo(error);
    }

    @ParameterizedTest
    @MethodSource("shortcodes")
    void hugoShortcodesAreEmbeds(String text, String src, String title) {
        EmbedParser.Parsed p = EmbedParser.shortcode(text);
        assertThat(p.embed().src()).isEqualTo(src);
        assertThat(p.embed().title()).isEqualTo(title);
    }

    static Stream<Arguments> shortcodes() {
        return Stream.of(
                Arguments.of("{{< youtube w7Ft2ymGmfc >}}", "https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1",
                        "YouTube video"),
                Arguments.of("{{< youtube id=\"w7Ft2ymGmfc\" title=\"A New Hugo Site\" >}}",
                        "https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1", "A New Hugo Site"),
                Arguments.of("{{< youtube \"A2jWwF15BVo?rel=0&amp;showinfo=0;autoplay=true\" >}}",
                        "https://www.youtube-nocookie.com/embed/A2jWwF15BVo?autoplay=1", "YouTube video"),
                Arguments.of("{{< youtube 21X5lGlDOfg?start=90 >}}",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=90", "YouTube video"),
                Arguments.of("{{< youtube \"21X5lGlDOfg?rel=0&amp;t=45\" >}}",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=45", "YouTube video"),
                Arguments.of("{{< youtube id=\"21X5lGlDOfg\" start=\"75\" >}}",
                        "https://www.youtube-nocookie.com/embed/21X5lGlDOfg?autoplay=1&start=75", "YouTube video"),
                Arguments.of("{{% vimeo 146022717 %}}", "https://player.vimeo.com/video/146022717?autoplay=1&dnt=1",
                        "Vimeo video"));
    }

    /** Quoted values read as YAML reads them: the quotes and their escapes are not part of the text. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "title: \"The \\\"Crew-11\\\" launch\"  | The \"Crew-11\" launch",
        "title: 'Hurley''s walk'           | Hurley's walk",
        "title: \"A back\\\\slash\"          | A back\\slash",
        "title: Plain \"quoted\" words       | Plain \"quoted\" words",
        "title: \"Caf\\u00e9 \\x41 \\UFFFFFFFF\"   | Café A UFFFFFFFF"})
    void quotedValuesLoseTheirQuotesAndEscapes(String line, String title) {
        EmbedParser.Parsed p = EmbedParser.block("https://vimeo.com/76979871\n" + line + "\n", 0);
        assertThat(p.problems()).isEmpty();
        assertThat(p.embed().title()).isEqualTo(title);
    }

    @org.junit.jupiter.api.Test
    void otherTextIsNoShortcode() {
        assertThat(EmbedParser.shortcode("{{< figure src=\"x.jpg\" >}}")).isNull();
        assertThat(EmbedParser.shortcode("See {{< youtube w7Ft2ymGmfc >}} here")).isNull();
        assertThat(EmbedParser.seconds("1h2m3s")).isEqualTo(3723);
        assertThat(EmbedParser.seconds("1h")).isEqualTo(3600);
        assertThat(EmbedParser.seconds("45")).isEqualTo(45);
        assertThat(EmbedParser.seconds("x")).isEqualTo(-1);
    }
}
