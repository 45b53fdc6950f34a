package org.metaverseatlas.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;
import org.metaverseatlas.render.map.MapColours;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The timeline or the map as a picture of a given size: PNG (at 1x or 2x its size in pixels) or SVG (vector, text
 * kept as text), drawn by the same renderers as the screen and the PDF, in their paper colours. The timeline comes
 * with its key above it; the map carries its own legend.
 */
public final class ImageExport {
    /** The picture formats, by file name. */
    public enum Format {
        PNG, SVG;

        /** The format a file name asks for, or null when it names neither. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".png") ? PNG : name.endsWith(".svg") ? SVG : null;
        }
    }

    /** What to draw: the timeline at its frame, or the map at its frame. */
    public sealed interface Picture permits TimelinePicture, MapPicture {
        List<Initiative> initiatives();
    }

    public record TimelinePicture(List<Initiative> initiatives, TimelineFrame frame) implements Picture {
        /** All the initiatives, in lanes by city, over their whole time, laid out for a picture this wide. */
        public static TimelinePicture fitting(List<Initiative> initiatives, double width) {
            return new TimelinePicture(initiatives, TimelineRenderer.fitAll(initiatives, LaneGrouping.CITY, width,
                    TimelineStyle.paper()));
        }
    }

    public record MapPicture(List<Initiative> initiatives, MapFrame frame) implements Picture {
    }

    private static final double KEY_GAP = 6;

    private ImageExport() {
    }

    /**
     * Writes the picture, {@code width} x {@code height} (pixels at 1x), whole or not at all.
     *
     * @param scale pixels per unit for PNG (1 or 2); ignored for SVG
     */
    public static void write(Picture picture, double width, double height, Format format, double scale, Path target)
            throws ExportException {
        SafeFileWriter.write(target, out -> {
            if (format == Format.SVG) {
                out.write(svg(picture, width, height).getBytes(StandardCharsets.UTF_8));
            } else {
                ImageIO.write(png(picture, width, height, scale), "png", out);
            }
        });
    }

    /** The picture as an SVG document. */
    public static String svg(Picture picture, double width, double height) throws IOException {
        try (PDDocument scratch = new PDDocument(); PdfFonts fonts = PdfFonts.load(scratch)) {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            scratch.addPage(page);
            try (PDPageContentStream measureStream = new PDPageContentStream(scratch, page)) {
                PdfPainter measure = new PdfPainter(measureStream, fonts, height);
                SvgPainter svg = new SvgPainter(width, height, (text, size) -> measure.textWidth(text, size, false));
                draw(svg, measure, picture, width, height, svg::translate);
                return svg.document();
            }
        }
    }

    /** The picture in pixels, {@code scale} pixels per unit. */
    public static BufferedImage png(Picture picture, double width, double height, double scale) throws IOException {
        // Drawn as a one-page PDF, saved (which embeds the font's subset) and read back to be rasterized, so that
        // the picture's text is set in the bundled CJK font as in the PDF.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            document.addPage(page);
            try (PdfFonts fonts = PdfFonts.load(document)) {
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    PdfPainter painter = new PdfPainter(out, fonts, height);
                    draw(painter, painter, picture, width, height, painter::setOrigin);
                }
                document.save(pdf);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (PDDocument saved = Loader.loadPDF(pdf.toByteArray())) {
            return new PDFRenderer(saved).renderImage(0, (float) scale, ImageType.RGB);
        }
    }

    /** Moves the origin of what follows. */
    private interface Shift {
        void to(double x, double y);
    }

    private static void draw(Painter p, Painter measure, Picture picture, double width, double height, Shift shift) {
        p.setFill(Rgb.WHITE);
        p.fillRect(0, 0, width, height);
        if (picture instanceof TimelinePicture t) {
            TimelineRenderer renderer = new TimelineRenderer(TimelineStyle.paper());
            Set<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
            t.initiatives().forEach(i -> kinds.add(i.kind()));
            double key = kinds.isEmpty() ? 0 : renderer.paintLegend(p, 4, 4, width - 8, kinds) + 4 + KEY_GAP;
            p.save();
            shift.to(0, key);
            renderer.paint(p, t.initiatives(), t.frame(), width, Math.max(1, height - key));
            shift.to(0, 0);
            p.restore();
        } else if (picture instanceof MapPicture m) {
            var renderer = BundledMap.renderer();
            renderer.paint(p, renderer.printLayout(measure, m.initiatives(), m.frame(), width, height),
                    MapColours.LIGHT);
        }
    }
}
