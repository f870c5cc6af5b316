package io.orbitpress.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sizes of pictures published as they are, read from their first bytes. */
class AsWrittenTest {

    @TempDir
    Path dir;

    @Test
    void aGifsSizeIsInItsHeader() throws Exception {
        Path f = dir.resolve("anim.gif");
        Files.write(f, TestImages.gif(41, 27));
        assertThat(AsWritten.size(f)).containsExactly(41, 27);
    }

    /** The three WebP headers: extended (VP8X), lossless (VP8L) and lossy (VP8), each of a 300 × 200 picture. */
    @Test
    void aWebpsSizeIsInWhicheverHeaderItHas() {
        byte[] extended = riff("VP8X", new byte[] {0x10, 0, 0, 0, (byte) 43, 1, 0, (byte) 199, 0, 0});
        assertThat(AsWritten.size(extended, false)).containsExactly(300, 200);

        // 14 bits of width - 1, then 14 bits of height - 1, after the signature 0x2f
        long bits = 299 | 199L << 14;
        byte[] lossless = riff("VP8L", new byte[] {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16),
                (byte) (bits >> 24), 0, 0, 0, 0, 0});
        assertThat(AsWritten.size(lossless, false)).containsExactly(300, 200);

        // a frame tag of three bytes, the start code 9d 01 2a, then width and height (14 bits each, little-endian)
        byte[] lossy = riff("VP8 ", new byte[] {0, 0, 0, (byte) 0x9d, 1, 0x2a, (byte) 44, 1, (byte) 200, 0});
        assertThat(AsWritten.size(lossy, false)).containsExactly(300, 200);

        byte[] noStartCode = riff("VP8 ", new byte[] {0, 0, 0, 1, 2, 3, (byte) 44, 1, (byte) 200, 0});
        assertThat(AsWritten.size(noStartCode, false)).isNull();
    }

    private static byte[] riff(String chunk, byte[] payload) {
        byte[] out = new byte[20 + payload.length];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, out, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, out, 12, 4);
        System.arraycopy(payload, 0, out, 20, payload.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='80'/>                 | 120 | 80",
        "<svg width=\"120px\" height=\"80.4px\" viewBox=\"0 0 12 8\"></svg>               | 120 | 80",
        "<?xml version='1.0'?><!-- logo --><svg viewBox='0 0 300 150'><rect/></svg>        | 300 | 150",
        "<svg viewBox='-10,-10,40.5,20' width='100%'/>                                     | 41  | 20",
        "<svg width='200' viewBox='0 0 100 50'/>                                           | 200 | 100",
        "<svg height='30' viewBox='0 0 100 50'/>                                           | 60  | 30",
        "<svg width='10em' height='5em'/>                                                  | 0   | 0",
        "<svg/>                                                                            | 0   | 0",
        "<svg viewBox='0 0 100'/>                                                          | 0   | 0",
        "<svg viewBox='0 0 0 50'/>                                                         | 0   | 0",
        "<svg width='100000' height='10'/>                                                 | 0   | 0",
        "<html><body>not a picture</body></html>                                           | 0   | 0",
        "<!-- an <svg width='5' height='5'> in a comment --><svg width='40' height='30'/> | 40  | 30",
        "<?xml version='1.0'?><?xml-stylesheet href='a.css'?><svg width='40' height='30'/>| 40  | 30",
        "<!DOCTYPE svg [ <!ENTITY a '<svg width=\"5\">'> ]><svg width='40' height='30'/>  | 40  | 30",
        "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'x.dtd'><svg viewBox='0 0 4 3'/>  | 4   | 3",
        "<!-- a comment that does not end <svg width='5' height='5'/>                     | 0   | 0",
        "<html><svg width='40' height='30'/></html>                                       | 0   | 0"})
    void anSvgsSizeIsItsRootsWidthAndHeightOrItsViewBox(String text, int width, int height) {
        int[] size = AsWritten.size(text.strip().getBytes(StandardCharsets.UTF_8), true);
        if (width == 0) {
            assertThat(size).isNull();
        } else {
            assertThat(size).containsExactly(width, height);
        }
    }

    @Test
    void anSvgIsReadOnlyUnderItsOwnName() {
        byte[] svg = "<svg width='10' height='10'/>".getBytes(StandardCharsets.UTF_8);
        assertThat(AsWritten.size(svg, false)).as("an SVG named .gif").isNull();
        assertThat(AsWritten.size(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1}, false)).as("a header cut short").isNull();
        assertThat(AsWritten.size(new byte[0], true)).isNull();
    }
}
