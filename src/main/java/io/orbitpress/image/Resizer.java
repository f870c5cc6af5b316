package io.orbitpress.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the resized copies of a picture: decoded once, at a reduced resolution when it is much
 * larger than the widest copy (the decoder keeps only every n-th pixel of every n-th row, so a
 * 45-megapixel photo is never held whole), turned upright by its EXIF orientation, scaled down
 * by halves with bilinear filtering, and written as JPEG (at the given quality) or PNG without
 * any metadata: no EXIF, no GPS position, no camera make.
 *
 * <p>Memory is bounded: a picture is decoded into at most {@link #DECODE_BUDGET} pixels, and at
 * most {@code concurrent} pictures are decoded at once (one when the heap is small).
 */
public final class Resizer {

    /** The most pixels a picture is decoded into (16 megapixels: 64 MB as 32-bit pixels). */
    public static final long DECODE_BUDGET = 16_000_000L;
    /** Why a picture that does not fit in the heap cannot be published. */
    private static final String TOO_LARGE = "is too large to resize in the memory this build has; give Java more"
            + " memory (-Xmx) or make the picture smaller";
    /** The width a picture is decoded to when {@link #check}ed only. */
    private static final int CHECK_WIDTH = 64;

    private final Semaphore decoding;

    /** A resizer that decodes as many pictures at once as the heap has room for, and no more than the cores. */
    public Resizer() {
        this(Math.max(1, (int) Math.min(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (256L << 20))));
    }

    public Resizer(int concurrent) {
        this.decoding = new Semaphore(concurrent);
    }

    /** The copies of {@code file} (whose header is {@code h}), one per width, widest first. */
    public List<Encoded> copies(Path file, ImageHeader h, List<Integer> widths, int quality) throws ImageProblem {
        List<Integer> desc = new ArrayList<>(widths);
        desc.sort(Comparator.reverseOrder());
        decoding.acquireUninterruptibly();
        try {
            BufferedImage img = upright(decode(file, h, desc.get(0)), h);
            List<Encoded> out = new ArrayList<>();
            for (int w : desc) {
                int height = Widths.height(w, h.width(), h.height());
                img = scaled(img, w, height);
                out.add(new Encoded(w, height, encode(img, h.format(), quality)));
            }
            return out;
        } catch (OutOfMemoryError e) {
            throw new ImageProblem(TOO_LARGE);
        } finally {
            decoding.release();
        }
    }

    /**
     * Decodes the whole of picture {@code h}, coarsely (every n-th pixel of every n-th row: little
     * memory, every byte still read), for what only decoding finds: data damaged or cut short,
     * CMYK colours. The check of a picture whose copies a later build makes (a story held back).
     */
    public void check(Path file, ImageHeader h) throws ImageProblem {
        decoding.acquireUninterruptibly();
        try {
            decode(file, h, CHECK_WIDTH);
        } catch (OutOfMemoryError e) {
            throw new ImageProblem(TOO_LARGE);
        } finally {
            decoding.release();
        }
    }

    /** The subsampling step for decoding a picture {@code h} whose widest copy is {@code widest} pixels. */
    static int subsampling(ImageHeader h, int widest) {
        int quality = Math.max(1, h.width() / (2 * widest));
        long pixels = (long) h.rawWidth() * h.rawHeight();
        int budget = (int) Math.ceil(Math.sqrt((double) pixels / DECODE_BUDGET));
        return Math.max(quality, Math.max(1, budget));
    }

    private static BufferedImage decode(Path file, ImageHeader h, int widest) throws ImageProblem {
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            ImageReader reader = ImageHeaders.reader(in);
            try {
                reader.setInput(in, true, !h.format().equals("png")); // a PNG's colour profile is in its metadata
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                ImageReadParam param = reader.getDefaultReadParam();
                int s = subsampling(h, widest);
                param.setSourceSubsampling(s, s, 0, 0);
                BufferedImage img = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new ImageProblem("is damaged or cut short (" + warnings.get(0) + "); export it again");
                }
                // the JPEG reader applies a picture's colour profile; the PNG reader does not
                java.awt.color.ICC_Profile profile = h.format().equals("png") ? pngProfile(reader) : null;
                return profile == null ? img : inSrgb(img, profile);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String why = ImageHeaders.reason(e);
            if (why.contains("Unsupported Image Type")) {
                throw new ImageProblem("uses CMYK colours, which browsers show wrongly; export it as an RGB JPEG");
            }
            throw new ImageProblem("is damaged or cut short (" + why + "); export it again");
        }
    }

    /**
     * The colour profile a PNG carries (its iCCP chunk) when it is an RGB one other than sRGB (a
     * screenshot's Display P3, a linear profile), which the copies, written without one, would
     * lose; null for none.
     */
    static java.awt.color.ICC_Profile pngProfile(ImageReader reader) {
        try {
            org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!n.getNodeName().equals("iCCP") || !(n instanceof javax.imageio.metadata.IIOMetadataNode node)
                        || !(node.getUserObject() instanceof byte[] compressed)) {
                    continue;
                }
                if (node.getAttribute("profileName").toLowerCase(java.util.Locale.ROOT).contains("srgb")) {
                    return null;
                }
                java.util.zip.Inflater inflater = new java.util.zip.Inflater();
                try {
                    inflater.setInput(compressed);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream(compressed.length * 2);
                    byte[] buf = new byte[8192];
                    while (!inflater.finished()) {
                        int got = inflater.inflate(buf);
                        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                            return null; // cut short: the pixels are taken as they are
                        }
                        bytes.write(buf, 0, got);
                        if (bytes.size() > (4 << 20)) {
                            return null; // no colour profile is that large
                        }
                    }
                    java.awt.color.ICC_Profile p = java.awt.color.ICC_Profile.getInstance(bytes.toByteArray());
                    return p.getColorSpaceType() == java.awt.color.ColorSpace.TYPE_RGB ? p : null;
                } finally {
                    inflater.end();
                }
            }
        } catch (IOException | RuntimeException | java.util.zip.DataFormatException e) {
            // a profile that cannot be read: the pixels are taken as they are
        }
        return null;
    }

    /**
     * {@code img}, whose pixels are in the colour space of {@code profile}, in sRGB (what a browser
     * takes a picture without a profile to be in); as it is when its pixels are not 8-bit RGB(A).
     */
    static BufferedImage inSrgb(BufferedImage img, java.awt.color.ICC_Profile profile) {
        int type = img.getType();
        if (type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_4BYTE_ABGR) {
            return img;
        }
        boolean alpha = type == BufferedImage.TYPE_4BYTE_ABGR;
        java.awt.image.ColorModel cm = new java.awt.image.ComponentColorModel(new java.awt.color.ICC_ColorSpace(profile),
                alpha, false, alpha ? java.awt.Transparency.TRANSLUCENT : java.awt.Transparency.OPAQUE,
                java.awt.image.DataBuffer.TYPE_BYTE);
        BufferedImage tagged = new BufferedImage(cm, img.getRaster(), false, null);
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new java.awt.image.ColorConvertOp(null).filter(tagged, out);
        return out;
    }

    /** The decoded pixels turned upright by the EXIF orientation, as 8-bit RGB (or ARGB when the picture has transparency). */
    static BufferedImage upright(BufferedImage src, ImageHeader h) {
        int w = src.getWidth();
        int ht = src.getHeight();
        int o = h.orientation();
        boolean turned = o >= 5;
        boolean alpha = src.getColorModel().hasAlpha() && h.format().equals("png");
        int type = src.getType();
        if (o == 1 && (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
                || alpha && (type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_4BYTE_ABGR))) {
            return src; // upright, and in a form Java2D scales and ImageIO writes: no second copy in memory
        }
        BufferedImage out = new BufferedImage(turned ? ht : w, turned ? w : ht,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        AffineTransform t = switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, ht);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, ht);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, ht, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, ht, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** {@code src} scaled to {@code w} × {@code h}: halved while it is twice as large or more, then scaled once. */
    static BufferedImage scaled(BufferedImage src, int w, int h) {
        BufferedImage cur = src;
        while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
            cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return cur.getWidth() == w && cur.getHeight() == h ? cur : draw(cur, w, h);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, src.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The bytes of {@code img} as a JPEG of {@code quality} (progressive) or a PNG; no metadata is written. */
    static byte[] encode(BufferedImage img, String format, int quality) throws ImageProblem {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new ImageProblem("cannot be written as " + format + " (" + ImageHeaders.reason(e) + ")");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
