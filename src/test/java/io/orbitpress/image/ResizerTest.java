package io.orbitpress.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image pipeline on real files made with ImageIO: headers, copies, orientation, metadata, and bad files. */
class ResizerTest {

    static final long MAX = 50_000_000L;

    @TempDir
    Path dir;

    Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void aHeaderGivesFormatAndSizeWithoutDecoding() throws Exception {
        assertThat(ImageHeaders.read(file("a.jpg", TestImages.jpeg(640, 480)), MAX))
                .isEqualTo(new ImageHeader("jpeg", 640, 480, 1, 640, 480));
        assertThat(ImageHeaders.read(file("b.png", TestImages.png(300, 200, true)), MAX))
                .isEqualTo(new ImageHeader("png", 300, 200, 1, 300, 200));
        // turned a quarter by its EXIF orientation: shown 480 wide and 640 high
        assertThat(ImageHeaders.read(file("c.jpg", TestImages.withExif(TestImages.jpeg(640, 480), 6)), MAX))
                .isEqualTo(new ImageHeader("jpeg", 480, 640, 6, 640, 480));
    }

    /** A CMYK JPEG was read without a word and published in washed-out colours. */
    @Test
    void aCmykJpegIsRefused() throws Exception {
        java.awt.image.WritableRaster cmyk = java.awt.image.Raster.createInterleavedRaster(
                java.awt.image.DataBuffer.TYPE_BYTE, 40, 30, 4, null);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        Path f = file("print.jpg", bytes.toByteArray());
        assertThatThrownBy(() -> ImageHeaders.read(f, MAX)).isInstanceOf(ImageProblem.class)
                .hasMessage("uses CMYK colours, which browsers show wrongly; export it as an RGB JPEG");
    }

    /**
     * A PNG's colour profile is applied to its copies, which carry none: a grey of 128 in a linear
     * profile is the sRGB grey of about 188 (dropping the profile made it much darker).
     */
    @Test
    void aPngsColourProfileIsAppliedToItsCopies() throws Exception {
        BufferedImage grey = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                grey.setRGB(x, y, 0x808080);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(grey, "png", png);
        byte[] profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();
        Path f = file("linear.png", withChunk(png.toByteArray(), "iCCP", iccp("Linear RGB", profile)));
        ImageHeader h = ImageHeaders.read(f, MAX);
        List<Encoded> copies = new Resizer(1).copies(f, h, List.of(32), 80);
        int rgb = ImageIO.read(new ByteArrayInputStream(copies.get(0).bytes())).getRGB(10, 10);
        assertThat(rgb & 0xFF).isBetween(182, 194);
        assertThat(rgb >> 8 & 0xFF).isBetween(182, 194);
        // an sRGB profile changes nothing
        Path same = file("srgb.png", withChunk(png.toByteArray(), "iCCP", iccp("sRGB IEC61966-2.1",
                java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData())));
        int kept = ImageIO.read(new ByteArrayInputStream(new Resizer(1).copies(same, ImageHeaders.read(same, MAX),
                List.of(32), 80).get(0).bytes())).getRGB(10, 10);
        assertThat(kept & 0xFF).isBetween(126, 130);
    }

    /** An iCCP chunk's data: the profile's name, a zero, compression method 0, the zlib-compressed profile. */
    private static byte[] iccp(String name, byte[] profile) {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        data.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(profile);
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            data.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return data.toByteArray();
    }

    /** {@code png} with a chunk of {@code type} and {@code data} right after its IHDR chunk. */
    private static byte[] withChunk(byte[] png, String type, byte[] data) {
        int afterHeader = 8 + 12 + 13; // signature, then IHDR: length, type, 13 bytes, CRC
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        java.nio.ByteBuffer length = java.nio.ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] typed = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
        System.arraycopy(data, 0, typed, 4, data.length);
        out.writeBytes(typed);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    @Test
    void copiesAreMadeAtEachWidthNeverWiderThanThePicture() throws Exception {
        Path f = file("wide.jpg", TestImages.jpeg(2000, 1000));
        ImageHeader h = ImageHeaders.read(f, MAX);
        List<Integer> widths = Widths.of(h.width(), List.of(160, 480, 960, 1600));
        assertThat(widths).containsExactly(160, 480, 960, 1600);
        List<Encoded> copies = new Resizer(1).copies(f, h, widths, 80);
        assertThat(copies).extracting(Encoded::width).containsExactly(1600, 960, 480, 160);
        assertThat(copies).extracting(Encoded::height).containsExactly(800, 480, 240, 80);
        for (Encoded c : copies) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.bytes()));
            assertThat(img.getWidth()).isEqualTo(c.width());
            assertThat(img.getHeight()).isEqualTo(c.height());
        }
        assertThat(Widths.of(1200, List.of(160, 480, 960, 1600))).containsExactly(160, 480, 960, 1200);
        assertThat(Widths.of(1000, List.of(160, 480, 960, 1600))).as("960 is nearly 1000").containsExactly(160, 480, 1000);
        assertThat(Widths.of(100, List.of(160, 480, 960, 1600))).containsExactly(100);
    }

    @Test
    void thePictureIsTurnedUprightAndItsMetadataLeftOut() throws Exception {
        byte[] original = TestImages.withExif(TestImages.jpeg(400, 200), 6);
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("SpyCam");
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the test file has a GPS position").isNotNull();

        Path f = file("phone.jpg", original);
        ImageHeader h = ImageHeaders.read(f, MAX);
        Encoded c = new Resizer(1).copies(f, h, List.of(200), 85).get(0);
        assertThat(c.width()).isEqualTo(200);
        assertThat(c.height()).isEqualTo(400);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.bytes()));
        // the red corner, top-left as stored, is top-right once turned a quarter clockwise
        assertThat(red(img.getRGB(190, 10))).isTrue();
        assertThat(red(img.getRGB(10, 10))).isFalse();
        assertThat(red(img.getRGB(190, 390))).isFalse();

        assertThat(new String(c.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SpyCam").doesNotContain("Exif");
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(c.bytes()));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
    }

    @Test
    void everyOrientationPutsTheCornerWhereItBelongs() throws Exception {
        // where the stored top-left corner is shown, per EXIF orientation (x right, y down, of a 2:1 picture)
        String[] corner = {null, "TL", "TR", "BR", "BL", "TL", "TR", "BR", "BL"};
        for (int o = 1; o <= 8; o++) {
            Path f = file("o" + o + ".jpg", TestImages.withExif(TestImages.jpeg(400, 200), o));
            ImageHeader h = ImageHeaders.read(f, MAX);
            Encoded c = new Resizer(1).copies(f, h, List.of(h.width()), 90).get(0);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.bytes()));
            int w = img.getWidth() - 1;
            int ht = img.getHeight() - 1;
            String found = red(img.getRGB(5, 5)) ? "TL" : red(img.getRGB(w - 5, 5)) ? "TR"
                    : red(img.getRGB(w - 5, ht - 5)) ? "BR" : red(img.getRGB(5, ht - 5)) ? "BL" : "none";
            assertThat(found).as("orientation %d", o).isEqualTo(corner[o]);
            assertThat(img.getWidth() > img.getHeight()).as("orientation %d", o).isEqualTo(o < 5);
        }
    }

    @Test
    void aTransparentPngStaysATransparentPng() throws Exception {
        Path f = file("logo.png", TestImages.png(600, 300, true));
        ImageHeader h = ImageHeaders.read(f, MAX);
        assertThat(h.extension()).isEqualTo("png");
        Encoded c = new Resizer(1).copies(f, h, List.of(300), 80).get(0);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.bytes()));
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(img.getWidth()).isEqualTo(300);
    }

    @Test
    void copiesOfTheSameFileAreTheSameBytes() throws Exception {
        Path f = file("same.jpg", TestImages.jpeg(1200, 800));
        ImageHeader h = ImageHeaders.read(f, MAX);
        List<Encoded> a = new Resizer(1).copies(f, h, List.of(480, 1200), 82);
        List<Encoded> b = new Resizer(2).copies(f, h, List.of(480, 1200), 82);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).bytes()).isEqualTo(a.get(i).bytes());
        }
    }

    @Test
    void aLargePhotoIsDecodedAtAReducedResolution() throws Exception {
        ImageHeader h = new ImageHeader("jpeg", 8000, 6000, 1, 8000, 6000);
        assertThat(Resizer.subsampling(h, 1600)).isEqualTo(2);
        assertThat(8000L / 2 * 6000 / 2).isLessThanOrEqualTo(Resizer.DECODE_BUDGET);
        ImageHeader tall = new ImageHeader("png", 3000, 16000, 1, 3000, 16000);
        assertThat((3000L / Resizer.subsampling(tall, 1600)) * (16000L / Resizer.subsampling(tall, 1600)))
                .isLessThanOrEqualTo(Resizer.DECODE_BUDGET);
        assertThat(Resizer.subsampling(new ImageHeader("jpeg", 1600, 1000, 1, 1600, 1000), 1600)).isEqualTo(1);
    }

    @Test
    void badFilesAreProblemsThatSayWhatIsWrong() throws Exception {
        byte[] jpeg = TestImages.jpeg(800, 600);
        byte[] png = TestImages.png(800, 600, false);
        assertProblem(file("empty.jpg", new byte[0]), "is empty (0 bytes)");
        assertProblem(file("text.jpg", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8)),
                "is not a JPEG or PNG picture");
        assertProblem(file("anim.jpg", TestImages.gif(40, 40)), "is a GIF image; only JPEG and PNG");
        assertProblem(file("bomb.png", TestImages.pngBomb(30_000, 30_000)),
                "is 30000 × 30000 pixels (900 megapixels), more than images.maxPixels allows (50 megapixels)");
        assertProblem(file("bomb.jpg", TestImages.jpegBomb(30_000, 30_000)), "is 30000 × 30000 pixels");
        assertProblem(file("header.jpg", TestImages.truncated(jpeg, 0.002)), "is damaged");
        assertProblem(file("cut.jpg", TestImages.truncated(jpeg, 0.5)), "is damaged or cut short");
        assertProblem(file("cut.png", TestImages.truncated(png, 0.5)), "is damaged or cut short");
        assertProblem(file("noise.jpg", TestImages.corrupt(jpeg)), "is damaged or cut short");
    }

    /** The file is refused with {@code message}, by the header or by the copies, and nothing else is thrown. */
    private static void assertProblem(Path f, String message) {
        assertThatThrownBy(() -> {
            ImageHeader h = ImageHeaders.read(f, MAX);
            new Resizer(1).copies(f, h, Widths.of(h.width(), List.of(160, 480)), 80);
        }).as(f.getFileName().toString()).isInstanceOf(ImageProblem.class).hasMessageContaining(message);
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 180 && g < 80 && b < 80;
    }
}
