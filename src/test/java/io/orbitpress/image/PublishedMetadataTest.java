package io.orbitpress.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures published as they are lose what they say of the camera and the place, and keep every pixel. */
class PublishedMetadataTest {

    @TempDir
    Path dir;

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static BufferedImage decode(byte[] b) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(b));
    }

    private static void assertSamePixels(byte[] a, byte[] b) throws IOException {
        BufferedImage x = decode(a);
        BufferedImage y = decode(b);
        assertThat(y.getWidth()).isEqualTo(x.getWidth());
        assertThat(y.getHeight()).isEqualTo(x.getHeight());
        for (int i = 0; i < x.getWidth(); i += 7) {
            for (int j = 0; j < x.getHeight(); j += 7) {
                assertThat(y.getRGB(i, j)).isEqualTo(x.getRGB(i, j));
            }
        }
    }

    @Test
    void aJpegLosesItsCameraAndPositionAndKeepsItsPixels() throws IOException {
        byte[] photo = TestImages.withExif(TestImages.jpeg(120, 80), 1);
        assertThat(text(photo)).contains("SpyCam", "Exif");
        byte[] published = PublishedMetadata.strip(photo);
        assertThat(text(published)).doesNotContain("SpyCam").doesNotContain("Exif");
        assertThat(published.length).isLessThan(photo.length);
        assertSamePixels(photo, published);
    }

    @Test
    void aTurnedJpegKeepsItsOrientationAlone() throws IOException {
        byte[] photo = TestImages.withExif(TestImages.jpeg(120, 80), 6);
        byte[] published = PublishedMetadata.strip(photo);
        assertThat(text(published)).doesNotContain("SpyCam");
        String latitude = text(new byte[] {38, 0, 0, 0, 1, 0, 0, 0, 53}); // the GPS latitude's first rationals
        assertThat(text(photo)).contains(latitude);
        assertThat(text(published)).doesNotContain(latitude);
        Path f = Files.write(dir.resolve("pad.jpg"), published);
        assertThat(ImageHeaders.orientation(f)).isEqualTo(6);
        assertThat(ImageHeaders.orientation(Files.write(dir.resolve("plain.jpg"), TestImages.jpeg(10, 10)))).isEqualTo(1);
        assertSamePixels(photo, published);
    }

    @Test
    void aPngLosesItsTextAndTimeChunksAndKeepsItsPixels() throws IOException {
        byte[] plain = TestImages.png(64, 48, true);
        byte[] tagged = withChunks(plain, chunk("tEXt", "Author\0Someone at 38.8977 N"), chunk("tIME", "\u0007\u00ea\u0007\u001e\u000b\u002b\u0000"));
        assertThat(text(tagged)).contains("38.8977");
        byte[] published = PublishedMetadata.strip(tagged);
        assertThat(text(published)).doesNotContain("38.8977").doesNotContain("tIME");
        assertThat(published).isEqualTo(plain);
        assertSamePixels(tagged, published);
    }

    @Test
    void picturesWithNothingToTakeOutAreLeftAsTheyAreAndDamagedOnesAreToldApart() {
        byte[] jpeg = TestImages.jpeg(40, 30);
        assertThat(PublishedMetadata.strip(jpeg)).isSameAs(jpeg);
        byte[] png = TestImages.png(40, 30, false);
        assertThat(PublishedMetadata.strip(png)).isSameAs(png);
        // cut short inside its EXIF block: nothing can be taken out with certainty
        byte[] cut = TestImages.truncated(TestImages.withExif(TestImages.jpeg(40, 30), 1), 0.01);
        assertThat(PublishedMetadata.strip(cut)).isNull();
        byte[] notAPicture = "GIF89a not a jpeg".getBytes(StandardCharsets.US_ASCII);
        assertThat(PublishedMetadata.strip(notAPicture)).isNull();
        assertThat(PublishedMetadata.applies("x.gif")).isFalse();
        assertThat(PublishedMetadata.applies("x.JPEG")).isTrue();
    }

    @Test
    void whatFollowsTheEndOfAJpegGoesWithItsMetadata() throws IOException {
        // a phone's second picture after the first one's end marker, with a camera and a position of its own
        byte[] first = TestImages.jpeg(60, 40);
        byte[] second = TestImages.withExif(TestImages.jpeg(30, 20), 1);
        byte[] photo = concat(first, second);
        assertThat(text(photo)).contains("SpyCam");
        byte[] published = PublishedMetadata.strip(photo);
        assertThat(text(published)).doesNotContain("SpyCam").doesNotContain("Exif");
        assertThat(published).isEqualTo(first);
        assertSamePixels(photo, published);
        // and after a picture with metadata of its own
        byte[] tagged = concat(TestImages.withExif(TestImages.jpeg(60, 40), 1), second);
        assertThat(text(PublishedMetadata.strip(tagged))).doesNotContain("SpyCam");
    }

    @Test
    void strayBytesBetweenSegmentsDoNotKeepAJpegsMetadata() throws IOException {
        byte[] photo = TestImages.withExif(TestImages.jpeg(60, 40), 1);
        int dqt = indexOf(photo, new byte[] {(byte) 0xFF, (byte) 0xDB});
        // two bytes before the quantization table, which decoders skip with a warning
        byte[] stray = concat(java.util.Arrays.copyOf(photo, dqt), new byte[] {0, 0},
                java.util.Arrays.copyOfRange(photo, dqt, photo.length));
        assertThat(decode(stray)).isNotNull();
        byte[] published = PublishedMetadata.strip(stray);
        assertThat(text(published)).doesNotContain("SpyCam").doesNotContain("Exif");
        assertSamePixels(photo, published);
    }

    @Test
    void aPictureIsReadAsWhatItIsWhateverItsName() throws IOException {
        // a PNG saved as .jpg: its text chunks go as a PNG's do
        byte[] plain = TestImages.png(64, 48, false);
        byte[] tagged = withChunks(plain, chunk("tEXt", "GPSPosition\0 38.8977 N"));
        assertThat(PublishedMetadata.applies("patch.jpg")).isTrue();
        assertThat(PublishedMetadata.strip(tagged)).isEqualTo(plain);
        // and what follows a PNG's end chunk is dropped
        byte[] appended = concat(plain, "GPS 38.8977 N".getBytes(StandardCharsets.US_ASCII));
        assertThat(PublishedMetadata.strip(appended)).isEqualTo(plain);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte[] what) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static byte[] chunk(String type, String data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(d.length >>> 24);
        out.write(d.length >>> 16);
        out.write(d.length >>> 8);
        out.write(d.length);
        out.write(t, 0, 4);
        out.write(d, 0, d.length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(d);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
        return out.toByteArray();
    }

    /** {@code png} with {@code chunks} after its header chunk (signature 8 bytes, IHDR 25). */
    private static byte[] withChunks(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] c : chunks) {
            out.write(c, 0, c.length);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A WebP's EXIF or XMP chunk, an AVIF's EXIF block: told (such pictures are published as written); a bare WebP is not. */
    @org.junit.jupiter.api.Test
    void cameraDataInPicturesPublishedAsWrittenIsFound() {
        byte[] vp8 = {'V', 'P', '8', 'L', 4, 0, 0, 0, 0x2f, 0, 0, 0};
        byte[] exif = {'E', 'X', 'I', 'F', 3, 0, 0, 0, 'I', 'I', '*', 0};
        org.assertj.core.api.Assertions.assertThat(PublishedMetadata.hasCameraData(webp(vp8))).isFalse();
        org.assertj.core.api.Assertions.assertThat(PublishedMetadata.hasCameraData(webp(vp8, exif))).isTrue();
        byte[] avif = "\0\0\0\u0018ftypavif....Exif\0\0II*\0".getBytes(StandardCharsets.ISO_8859_1);
        org.assertj.core.api.Assertions.assertThat(PublishedMetadata.hasCameraData(avif)).isTrue();
        org.assertj.core.api.Assertions.assertThat(PublishedMetadata.keptAsWritten("photo.WEBP")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PublishedMetadata.applies("phone.jfif")).isTrue();
    }

    private static byte[] webp(byte[]... chunks) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        byte[] b = body.toByteArray();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) b.length, (byte) (b.length >> 8), 0, 0});
        out.writeBytes(b);
        return out.toByteArray();
    }
}
