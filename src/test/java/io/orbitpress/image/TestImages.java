package io.orbitpress.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Real picture files for tests, made with ImageIO: photos-like JPEGs and PNGs with a marked
 * corner (to see which way up they are), EXIF blocks with an orientation, a camera make and a
 * GPS position, and every kind of bad file a newsroom's folder can hold.
 */
public final class TestImages {

    private TestImages() {
    }

    /** A picture {@code w} × {@code h}: a gradient, and a red block in its top-left corner. */
    public static BufferedImage picture(int w, int h, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(20, 60, 140, alpha ? 160 : 255), w, h,
                new Color(230, 200, 90, alpha ? 200 : 255)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, w / 4), Math.max(1, h / 4));
        g.dispose();
        return img;
    }

    public static byte[] jpeg(int w, int h) {
        return write(picture(w, h, false), "jpeg");
    }

    public static byte[] png(int w, int h, boolean alpha) {
        return write(picture(w, h, alpha), "png");
    }

    public static byte[] gif(int w, int h) {
        return write(picture(w, h, false), "gif");
    }

    static byte[] write(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code jpeg} with an EXIF block (APP1) right after its start: the orientation, a camera
     * make ("SpyCam"), and a GPS position (38.8977 N), as a phone writes them.
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: Make, Orientation, GPS pointer
        int ifd0 = 8;
        int entries = 3;
        int makeAt = ifd0 + 2 + entries * 12 + 4;
        byte[] make = "SpyCam\0".getBytes(StandardCharsets.US_ASCII);
        int gpsAt = makeAt + make.length + 1;
        tiff.position(ifd0);
        tiff.putShort((short) entries);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.position(makeAt);
        tiff.put(make);
        // GPS IFD: latitude ref "N", latitude 38/1 53/1 52/1
        tiff.position(gpsAt);
        int ratAt = gpsAt + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, ratAt);
        tiff.putInt(0);
        tiff.position(ratAt);
        tiff.putInt(38).putInt(1).putInt(53).putInt(1).putInt(52).putInt(1);
        int length = tiff.position();
        byte[] exif = Arrays.copyOf(tiff.array(), length);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int segment = 2 + header.length + exif.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(segment >> 8);
        out.write(segment & 0xFF);
        out.write(header, 0, header.length);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * {@code jpeg} with an IPTC block (a Photoshop APP13 segment, as photo desks' tools write it)
     * giving a credit line and a copyright notice in UTF-8; null leaves one out.
     */
    public static byte[] withIptc(byte[] jpeg, String credit, String copyright) {
        ByteArrayOutputStream iptc = new ByteArrayOutputStream();
        iptc.writeBytes(new byte[] {0x1C, 1, 90, 0, 3, 0x1B, '%', 'G'}); // coded character set: UTF-8
        for (Object[] field : new Object[][] {{110, credit}, {116, copyright}}) {
            if (field[1] != null) {
                byte[] text = ((String) field[1]).getBytes(StandardCharsets.UTF_8);
                iptc.writeBytes(new byte[] {0x1C, 2, (byte) (int) (Integer) field[0], (byte) (text.length >> 8),
                        (byte) text.length});
                iptc.writeBytes(text);
            }
        }
        byte[] data = iptc.toByteArray();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes("8BIM".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(new byte[] {0x04, 0x04, 0, 0}); // resource 0x0404 (IPTC), an empty name padded to two bytes
        body.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        body.writeBytes(data);
        if (data.length % 2 == 1) {
            body.write(0);
        }
        return withSegment(jpeg, 0xED, body.toByteArray());
    }

    /** {@code jpeg} with an XMP packet (APP1) naming its creator and rights, as Lightroom writes them. */
    public static byte[] withXmp(byte[] jpeg, String creator, String rights) {
        String xml = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator><rdf:Seq><rdf:li>" + creator + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">" + rights + "</rdf:li></rdf:Alt></dc:rights>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
        return withSegment(jpeg, 0xE1, body.toByteArray());
    }

    private static byte[] withSegment(byte[] jpeg, int marker, byte[] body) {
        int segment = 2 + body.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(marker);
        out.write(segment >> 8);
        out.write(segment & 0xFF);
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A PNG header (signature and IHDR) claiming {@code w} × {@code h} pixels, with a tiny image body: a decompression bomb's shape. */
    public static byte[] pngBomb(int w, int h) {
        byte[] small = png(8, 8, false);
        // the IHDR chunk's width and height are bytes 16-23; its CRC (29-32) is made again
        ByteBuffer b = ByteBuffer.wrap(small.clone());
        b.putInt(16, w).putInt(20, h);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt(29, (int) crc.getValue());
        return b.array();
    }

    /** A JPEG whose frame header claims {@code w} × {@code h} pixels. */
    public static byte[] jpegBomb(int w, int h) {
        byte[] bytes = jpeg(16, 16);
        for (int i = 2; i + 9 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && ((bytes[i + 1] & 0xFF) == 0xC0 || (bytes[i + 1] & 0xFF) == 0xC2)) {
                bytes[i + 5] = (byte) (h >> 8);
                bytes[i + 6] = (byte) h;
                bytes[i + 7] = (byte) (w >> 8);
                bytes[i + 8] = (byte) w;
                return bytes;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    /** The first {@code fraction} of {@code bytes}: a file cut short in a copy. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** {@code bytes} with a run in the middle of the image data overwritten by noise. */
    public static byte[] corrupt(byte[] bytes) {
        byte[] out = bytes.clone();
        java.util.Random r = new java.util.Random(7);
        for (int i = out.length / 2; i < out.length / 2 + 64 && i < out.length - 4; i++) {
            out[i] = (byte) r.nextInt(256);
        }
        return out;
    }
}
