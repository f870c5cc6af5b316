package io.orbitpress.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Draws the sample site's pictures with Java2D (nothing can be downloaded where it is built, and
 * the site credits them as its own: "Illustration: Orbit Desk"): four scenes for the articles, a
 * portrait card for each person, a patch for each mission and the site's social card. Run from
 * the repository root after {@code mvn test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes io.orbitpress.tools.SampleImages content/static/images
 * </pre>
 */
public final class SampleImages {

    private static final Color NASA = new Color(0x0b3d91);
    private static final Color ROSCOSMOS = new Color(0x9e1b1e);
    private static final Color JAXA = new Color(0x2f6f9f);

    private SampleImages() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "content/static/images");
        Files.createDirectories(out.resolve("people"));
        Files.createDirectories(out.resolve("missions"));
        jpeg(liftoff(), out.resolve("crew-11-liftoff.jpg"));
        jpeg(walkout(), out.resolve("crew-11-walkout.jpg"));
        jpeg(docking(), out.resolve("crew-11-docking.jpg"));
        jpeg(meeting(), out.resolve("nasa-roscosmos-meeting.jpg"));
        Map<String, Object[]> people = new java.util.LinkedHashMap<>();
        people.put("alexey-zubritsky", new Object[] {"AZ", ROSCOSMOS});
        people.put("anne-mcclain", new Object[] {"AM", NASA});
        people.put("dmitry-bakanov", new Object[] {"DB", ROSCOSMOS});
        people.put("jonny-kim", new Object[] {"JK", NASA});
        people.put("kimiya-yui", new Object[] {"KY", JAXA});
        people.put("kirill-peskov", new Object[] {"KP", ROSCOSMOS});
        people.put("michael-fincke", new Object[] {"MF", NASA});
        people.put("nichole-ayers", new Object[] {"NA", NASA});
        people.put("oleg-platonov", new Object[] {"OP", ROSCOSMOS});
        people.put("sean-duffy", new Object[] {"SD", NASA});
        people.put("sergey-ryzhikov", new Object[] {"SR", ROSCOSMOS});
        people.put("takuya-onishi", new Object[] {"TO", JAXA});
        people.put("zena-cardman", new Object[] {"ZC", NASA});
        int i = 0;
        for (Map.Entry<String, Object[]> p : people.entrySet()) {
            jpeg(portrait((String) p.getValue()[0], (Color) p.getValue()[1], i++), out.resolve("people/" + p.getKey()
                    + ".jpg"));
        }
        png(patch("CREW-10", NASA, new Color(0xe8a33d), 4), out.resolve("missions/crew-10.png"));
        png(patch("CREW-11", NASA, new Color(0xd9d9d9), 4), out.resolve("missions/crew-11.png"));
        png(patch("ISS", new Color(0x1d2b53), new Color(0x7fb3e6), 0), out.resolve("missions/iss.png"));
        png(patch("SOYUZ MS-27", ROSCOSMOS, new Color(0xf2c14e), 3), out.resolve("missions/soyuz-ms-27.png"));
        png(card(), out.resolve("orbit-desk-card.png"));
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static void stars(Graphics2D g, int w, int h, int n, long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            int a = 90 + r.nextInt(160);
            g.setColor(new Color(255, 255, 255, a));
            double s = 1 + r.nextDouble() * 2.2;
            g.fill(new Ellipse2D.Double(r.nextInt(w), r.nextInt(h), s, s));
        }
    }

    /** A Falcon 9 rising from the pad before dawn. */
    static BufferedImage liftoff() {
        int w = 1600;
        int h = 1000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0x0a1330), 0, h, new Color(0xe9874a)));
        g.fillRect(0, 0, w, h);
        stars(g, w, h / 2, 160, 11);
        // exhaust glow and plume
        g.setPaint(new RadialGradientPaint(820, 760, 420, new float[] {0f, 0.35f, 1f},
                new Color[] {new Color(255, 246, 210), new Color(255, 170, 60, 200), new Color(255, 120, 40, 0)}));
        g.fillRect(300, 350, 1100, 650);
        Path2D plume = new Path2D.Double();
        plume.moveTo(800, 640);
        plume.curveTo(760, 760, 640, 880, 520, 1000);
        plume.lineTo(1120, 1000);
        plume.curveTo(1000, 880, 880, 760, 840, 640);
        plume.closePath();
        g.setPaint(new GradientPaint(0, 640, new Color(255, 250, 230), 0, 1000, new Color(200, 200, 210)));
        g.fill(plume);
        // rocket
        g.setColor(new Color(0xf4f4f2));
        g.fill(new RoundRectangle2D.Double(802, 250, 36, 390, 8, 8));
        Path2D nose = new Path2D.Double();
        nose.moveTo(802, 260);
        nose.quadTo(820, 170, 838, 260);
        nose.closePath();
        g.fill(nose);
        g.setColor(new Color(0x1b1b1f));
        g.fillRect(802, 420, 36, 10);
        // pad tower and ground
        g.setColor(new Color(0x15161a));
        g.fillRect(0, 930, w, 70);
        g.fillRect(620, 420, 46, 510);
        g.setStroke(new BasicStroke(4));
        for (int y = 440; y < 930; y += 40) {
            g.drawLine(620, y, 666, y + 40);
            g.drawLine(666, y, 620, y + 40);
        }
        g.fillRect(660, 520, 130, 10);
        g.dispose();
        return img;
    }

    /** Four crew members in white suits walking out at sunrise. */
    static BufferedImage walkout() {
        int w = 1600;
        int h = 1000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2a4d7a), 0, 700, new Color(0xf0b36b)));
        g.fillRect(0, 0, w, h);
        g.setPaint(new RadialGradientPaint(1250, 640, 260, new float[] {0f, 1f},
                new Color[] {new Color(255, 230, 170), new Color(255, 200, 120, 0)}));
        g.fillRect(900, 300, 700, 700);
        g.setColor(new Color(0x3b3f46));
        g.fillRect(0, 760, w, 240);
        g.setColor(new Color(0x555a63));
        g.fillRect(0, 760, w, 12);
        Color[] accents = {NASA, NASA, JAXA, ROSCOSMOS};
        for (int i = 0; i < 4; i++) {
            int x = 360 + i * 250;
            int y = 430 + (i % 2) * 12;
            g.setColor(new Color(0xf2f2ef));
            g.fill(new RoundRectangle2D.Double(x - 55, y + 70, 110, 230, 50, 50));
            g.fill(new RoundRectangle2D.Double(x - 50, y + 280, 42, 80, 20, 20));
            g.fill(new RoundRectangle2D.Double(x + 8, y + 280, 42, 80, 20, 20));
            g.fill(new Ellipse2D.Double(x - 45, y, 90, 90));
            g.setColor(new Color(0x1f2530));
            g.fill(new Ellipse2D.Double(x - 32, y + 18, 64, 50));
            g.setColor(accents[i]);
            g.fillRect(x - 55, y + 150, 110, 14);
        }
        g.dispose();
        return img;
    }

    /** The Dragon capsule closing on the station above the Earth's limb. */
    static BufferedImage docking() {
        int w = 1600;
        int h = 1000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0x03050b));
        g.fillRect(0, 0, w, h);
        stars(g, w, h, 220, 23);
        g.setPaint(new RadialGradientPaint(800, 2300, 1650, new float[] {0.78f, 0.8f, 0.86f, 1f},
                new Color[] {new Color(0x1e5aa8), new Color(0x5fa8e8), new Color(80, 160, 255, 90),
                        new Color(0, 0, 0, 0)}));
        g.fillRect(0, 0, w, h);
        // station: truss and solar arrays
        g.setColor(new Color(0xb9bcc2));
        g.fillRect(300, 330, 1000, 22);
        for (int i = 0; i < 4; i++) {
            int x = 320 + i * 260;
            g.setPaint(new GradientPaint(x, 180, new Color(0x6b4e16), x + 90, 180, new Color(0xc59a3c)));
            g.fillRect(x, 180, 90, 130);
            g.fillRect(x, 372, 90, 130);
        }
        g.setColor(new Color(0xdcdde0));
        g.fill(new RoundRectangle2D.Double(700, 300, 220, 90, 30, 30));
        g.fill(new RoundRectangle2D.Double(760, 390, 90, 120, 30, 30));
        // Dragon
        Path2D dragon = new Path2D.Double();
        dragon.moveTo(760, 700);
        dragon.lineTo(850, 700);
        dragon.lineTo(880, 820);
        dragon.lineTo(730, 820);
        dragon.closePath();
        g.setColor(new Color(0xf5f5f3));
        g.fill(dragon);
        g.setColor(new Color(0x1c1c1c));
        g.fill(new Arc2D.Double(775, 660, 60, 80, 0, 180, Arc2D.CHORD));
        g.setColor(new Color(0x2a2f3a));
        g.fillRect(728, 820, 154, 40);
        g.dispose();
        return img;
    }

    /** Two delegations across a table, with the agencies' colours. */
    static BufferedImage meeting() {
        int w = 1600;
        int h = 1000;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0xe9e4da), 0, h, new Color(0xc9bfae)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xd8d1c4));
        for (int x = 0; x < w; x += 200) {
            g.fillRect(x, 0, 8, 620);
        }
        g.setColor(NASA);
        g.fillRect(180, 120, 220, 140);
        g.setColor(ROSCOSMOS);
        g.fillRect(1200, 120, 220, 140);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 60));
        g.drawString("NASA", 212, 212);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.drawString("РОСКОСМОС", 1206, 208);
        Color[] suits = {new Color(0x2b2f36), new Color(0x3a3f48), new Color(0x2b2f36)};
        for (int i = 0; i < 3; i++) {
            seat(g, 260 + i * 170, 470, suits[i]);
            seat(g, 1000 + i * 170, 470, suits[2 - i]);
        }
        g.setPaint(new GradientPaint(0, 640, new Color(0x6d4a2f), 0, 1000, new Color(0x3f2a1b)));
        g.fill(new RoundRectangle2D.Double(120, 640, 1360, 360, 40, 40));
        g.setColor(new Color(0xf4f1ea));
        for (int i = 0; i < 6; i++) {
            g.fillRect(250 + i * 200, 700, 90, 60);
        }
        g.dispose();
        return img;
    }

    private static void seat(Graphics2D g, int x, int y, Color suit) {
        g.setColor(new Color(0xc99a7a));
        g.fill(new Ellipse2D.Double(x - 40, y - 95, 80, 95));
        g.setColor(suit);
        g.fill(new RoundRectangle2D.Double(x - 75, y, 150, 200, 60, 60));
        g.setColor(Color.WHITE);
        g.fill(new Path2D.Double(new java.awt.Polygon(new int[] {x - 18, x + 18, x}, new int[] {y, y, y + 50}, 3)));
    }

    /** A portrait card: a drawn head and shoulders in the agency's colour, with the person's initials. */
    static BufferedImage portrait(String initials, Color agency, int n) {
        int w = 480;
        int h = 600;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setPaint(new GradientPaint(0, 0, agency.brighter(), 0, h, agency.darker()));
        g.fillRect(0, 0, w, h);
        Color[] skin = {new Color(0xf1c7a5), new Color(0xd9a27c), new Color(0xb57a55), new Color(0xe8b894)};
        Color[] hair = {new Color(0x2b1d14), new Color(0x5a3b22), new Color(0x9a7a4a), new Color(0x1b1b1b)};
        g.setColor(new Color(0xf3f3f0));
        g.fill(new RoundRectangle2D.Double(70, 380, 340, 300, 160, 160));
        g.setColor(agency);
        g.fillRect(225, 420, 30, 180);
        g.setColor(skin[n % skin.length]);
        g.fill(new Ellipse2D.Double(150, 150, 180, 220));
        g.setColor(hair[(n / 2) % hair.length]);
        g.fill(new Arc2D.Double(144, 132, 192, 150, 0, 180, Arc2D.CHORD));
        g.setColor(new Color(255, 255, 255, 235));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        FontMetrics m = g.getFontMetrics();
        g.drawString(initials, (w - m.stringWidth(initials)) / 2, 100);
        g.dispose();
        return img;
    }

    /** A round mission patch: a ring, a field with a planet, an orbit around the name, and stars. */
    static BufferedImage patch(String name, Color field, Color ring, int stars) {
        int s = 600;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        g.setColor(ring);
        g.fill(new Ellipse2D.Double(10, 10, s - 20, s - 20));
        Ellipse2D inner = new Ellipse2D.Double(60, 60, s - 120, s - 120);
        g.setColor(field);
        g.fill(inner);
        g.setClip(inner);
        g.setColor(new Color(0x8fd0ff));
        g.fill(new Ellipse2D.Double(-100, 420, s + 200, 500));
        g.setClip(null);
        g.setColor(Color.WHITE);
        for (int i = 0; i < stars; i++) {
            double x = s / 2.0 - (stars - 1) * 35 + i * 70 - 12;
            g.fill(new Ellipse2D.Double(x, 150, 24, 24));
        }
        g.setStroke(new BasicStroke(8));
        g.draw(new Ellipse2D.Double(90, 235, s - 180, 130));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, name.length() > 8 ? 50 : 64));
        FontMetrics m = g.getFontMetrics();
        g.drawString(name, (s - m.stringWidth(name)) / 2, 300 + m.getAscent() / 2 - 6);
        g.dispose();
        return img;
    }

    /** The site's social card: its name and line on the night sky. */
    static BufferedImage card() {
        int w = 1200;
        int h = 630;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0x0d1a33));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x16305c));
        g.fill(new Ellipse2D.Double(700, 260, 900, 900));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(760, 60, 400, 170));
        g.fill(new Ellipse2D.Double(1130, 100, 34, 34));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 110));
        g.drawString("Orbit Desk", 80, 300);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.setColor(new Color(0xc9d6ea));
        g.drawString("Mission news: NASA, Roscosmos and Crew-11", 84, 380);
        g.dispose();
        return img;
    }

    private static void jpeg(BufferedImage img, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.82f);
        Files.deleteIfExists(file);
        try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }

    private static void png(BufferedImage img, Path file) throws IOException {
        Files.deleteIfExists(file);
        ImageIO.write(img, "png", file.toFile());
    }
}
