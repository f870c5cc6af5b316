package io.orbitpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitpress.media.FigureHtml;
import io.orbitpress.media.Media;
import io.orbitpress.media.Picture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pictures found in Markdown, marked in the rendered body, and filled in once measured. */
class MediaNodesTest {

    private final MarkdownEngine engine = new MarkdownEngine(false);

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
        // title ¦ caption ¦ credit ¦ copyright
        "Liftoff at dawn. | Photo: NASA/Joel Kowsky ¦ Liftoff at dawn. ¦ Photo: NASA/Joel Kowsky ¦ ''",
        "Photo: NASA ¦ '' ¦ Photo: NASA ¦ ''",
        "Liftoff | Credit: SpaceX | © 2025 SpaceX ¦ Liftoff ¦ Credit: SpaceX ¦ © 2025 SpaceX",
        "A caption alone ¦ A caption alone ¦ '' ¦ ''",
        "Photo by Jane Roe ¦ '' ¦ Photo by Jane Roe ¦ ''",
        "Time: 11:43 a.m. ¦ Time: 11:43 a.m. ¦ '' ¦ ''",
        // a credit named by its word first, the caption after it, in any order with the copyright
        "Photo: NASA | The crew at the hatch ¦ The crew at the hatch ¦ Photo: NASA ¦ ''",
        "Photo: NASA | © 2025 NASA | The crew ¦ The crew ¦ Photo: NASA ¦ © 2025 NASA",
        "| NASA | 2025 NASA ¦ '' ¦ NASA ¦ 2025 NASA",
        // a credit named by its word: the parts not named before it are the caption, a "|" in it kept;
        // the part after it is the third, the copyright notice
        "Stage 1 | Stage 2 | Photo: NASA ¦ Stage 1 | Stage 2 ¦ Photo: NASA ¦ ''",
        "The crew waves. | Photo: NASA | NASA 2025, all rights reserved ¦ The crew waves. ¦ Photo: NASA ¦ NASA 2025, all rights reserved",
        "The pad. | NASA | © 2025 NASA ¦ The pad. ¦ NASA ¦ © 2025 NASA",
        // a copyright first: the caption after it is still the caption
        "© 2025 NASA | The crew walks out. ¦ The crew walks out. ¦ '' ¦ © 2025 NASA",
        "Copyright ESA | The module. | Photo: ESA/S. Corvaja ¦ The module. ¦ Photo: ESA/S. Corvaja ¦ Copyright ESA",
        // a Russian desk's credits
        "Фото: ТАСС ¦ '' ¦ Фото: ТАСС ¦ ''",
        "Фото: Иван Петров | Экипаж у автобуса. ¦ Экипаж у автобуса. ¦ Фото: Иван Петров ¦ ''",
        "Экипаж у автобуса. | Источник: Роскосмос ¦ Экипаж у автобуса. ¦ Источник: Роскосмос ¦ ''",
        // the longer labels desks write first
        "Image credit: NASA/JPL-Caltech | The rover on Mars. ¦ The rover on Mars. ¦ Image credit: NASA/JPL-Caltech ¦ ''",
        "Photo credit: NASA/Bill Ingalls | The crew at the pad. ¦ The crew at the pad. ¦ Photo credit: NASA/Bill Ingalls ¦ ''",
        "Photos: NASA | Two views of the pad. ¦ Two views of the pad. ¦ Photos: NASA ¦ ''",
        "Photographer: Jane Doe | The pad. ¦ The pad. ¦ Photographer: Jane Doe ¦ ''",
    })
    void aTitleGivesCaptionCreditAndCopyright(String title, String caption, String credit, String copyright) {
        assertThat(MediaNodes.captionParts(title)).containsExactly(caption, credit, copyright);
    }

    @Test
    void aLoneImageIsAFigureAnImageInTextIsNot() {
        var doc = engine.parse("""
                Intro.

                ![The crew](/images/crew.jpg "Walkout | Photo: NASA")

                Text with ![""](icon.png) inside, and ![](javascript:alert(1)).
                """);
        MediaNodes.Found found = MediaNodes.replace(doc, 5);
        assertThat(found.pictures()).extracting(Picture::role).containsExactly("figure", "inline", "inline");
        Picture figure = found.pictures().get(0);
        assertThat(figure.src()).isEqualTo("/images/crew.jpg");
        assertThat(figure.alt()).isEqualTo("The crew");
        assertThat(figure.caption()).isEqualTo("Walkout");
        assertThat(figure.credit()).isEqualTo("Photo: NASA");
        assertThat(figure.line()).isEqualTo(7);
        assertThat(found.pictures().get(1).decorative()).isTrue();
        assertThat(found.pictures().get(1).alt()).isEmpty();
        assertThat(found.pictures().get(2).src()).as("an unsafe address is dropped").isEmpty();

        String html = engine.render(doc);
        assertThat(html).doesNotContain("<img").contains(FigureHtml.marker(FigureHtml.FIGURE, 0))
                .contains(FigureHtml.marker(FigureHtml.INLINE, 1));
        Picture measured = figure.measured(1200, 800, List.of(new Picture.Variant("/images/crew-480w.x.jpg", 480, 320),
                new Picture.Variant("/images/crew-1200w.x.jpg", 1200, 800)));
        Media media = new Media(null, List.of(measured, found.pictures().get(1), found.pictures().get(2)), List.of());
        assertThat(FigureHtml.fill(html, media, "100vw")).isEqualTo("""
                <p>Intro.</p>
                <figure class="figure"><img src="/images/crew-1200w.x.jpg" srcset="/images/crew-480w.x.jpg 480w, \
                /images/crew-1200w.x.jpg 1200w" sizes="100vw" width="1200" height="800" alt="The crew" decoding="async">\
                <figcaption>Walkout <span class="credit">Photo: NASA</span></figcaption></figure>
                <p>Text with <img src="icon.png" alt="" loading="lazy" decoding="async"> inside, and \
                <img src="" alt="" loading="lazy" decoding="async">.</p>
                """);
    }

    /**
     * A picture linked, or beside another in its paragraph, is not a figure; its credit and
     * copyright notice still show, just after it (a credit must be seen wherever the picture is).
     */
    @Test
    void aPictureWithinTextKeepsItsCredit() {
        var doc = engine.parse("""
                [![The pad](/images/pad.jpg "The pad at dawn | Photo: NASA/Joel Kowsky")](/images/pad.jpg)

                ![Left](/l.png "© ESA") ![Right](/r.png "Right side")
                """);
        MediaNodes.Found found = MediaNodes.replace(doc, 1);
        assertThat(found.pictures()).extracting(Picture::role).containsExactly("inline", "inline", "inline");
        Media media = new Media(null, found.pictures(), List.of());
        assertThat(FigureHtml.fill(engine.render(doc), media, "100vw")).isEqualTo("""
                <p><a href="/images/pad.jpg"><span class="picture"><img src="/images/pad.jpg" alt="The pad" \
                title="The pad at dawn" loading="lazy" decoding="async"> <span class="credit">Photo: NASA/Joel Kowsky\
                </span></span></a></p>
                <p><span class="picture"><img src="/l.png" alt="Left" loading="lazy" decoding="async"> \
                <span class="credit copyright">© ESA</span></span> <img src="/r.png" alt="Right" title="Right side" \
                loading="lazy" decoding="async"></p>
                """);
    }

    @Test
    void textCannotForgeAMarker() {
        var doc = engine.parse("Text with \u0000f0\u0000 in it.\n");
        MediaNodes.Found found = MediaNodes.replace(doc, 1);
        assertThat(found.pictures()).isEmpty();
        assertThat(FigureHtml.hasMarkers(engine.render(doc))).isFalse();
    }
}
