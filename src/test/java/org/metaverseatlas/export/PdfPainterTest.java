package org.metaverseatlas.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPainterTest {
    @TempDir
    Path folder;

    /** Draws with {@code drawing} on a 200 x 100 point page and saves it. */
    private Path draw(java.util.function.Consumer<Painter> drawing) throws IOException {
        Path file = folder.resolve("painted.pdf");
        try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document)) {
            PDPage page = new PDPage(new PDRectangle(200, 100));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                drawing.accept(new PdfPainter(stream, fonts, 100));
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage image(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImage(0, 1);
        }
    }

    @Test
    void chineseAndLatinTextComesBackAsText() throws IOException {
        Path pdf = draw(p -> {
            p.setFill(Rgb.BLACK);
            p.text("Shenzhen 深圳 科幻周", 10, 30, 12, Painter.Align.LEFT, false);
            p.text("Guangzhou 广州", 10, 60, 12, Painter.Align.LEFT, true);
        });

        assertThat(PdfText.of(pdf)).contains("Shenzhen 深圳 科幻周").contains("Guangzhou 广州");
    }

    @Test
    void theOnlyFontIsTheEmbeddedSubset() throws IOException {
        Path pdf = draw(p -> p.text("海珠 alliance", 10, 30, 12, Painter.Align.LEFT, false));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("WenQuanYiMicroHei");
                fonts++;
            }
            assertThat(fonts).isEqualTo(1);
        }
    }

    @Test
    void yGrowsDownwardsFromTheTopLeft() throws IOException {
        Path pdf = draw(p -> {
            p.setFill(Rgb.of(0xFF0000));
            p.fillRect(0, 0, 50, 20);
        });

        BufferedImage image = image(pdf);
        assertThat(image.getRGB(10, 5) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(image.getRGB(10, 90) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void aPathCanBeFilledAndThenStrokedLikeOnTheCanvas() throws IOException {
        Path pdf = draw(p -> {
            p.setFill(Rgb.of(0x00FF00));
            p.setStroke(Rgb.of(0x0000FF));
            p.setLineWidth(4);
            p.beginPath();
            p.moveTo(20, 20);
            p.lineTo(120, 20);
            p.lineTo(120, 80);
            p.lineTo(20, 80);
            p.closePath();
            p.fillPath();
            p.strokePath();
        });

        BufferedImage image = image(pdf);
        assertThat(image.getRGB(70, 50) & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(image.getRGB(70, 20) & 0xFFFFFF).isEqualTo(0x0000FF);
    }

    @Test
    void clipHidesWhatFallsOutsideUntilRestored() throws IOException {
        Path pdf = draw(p -> {
            p.save();
            p.clipRect(0, 0, 100, 100);
            p.setFill(Rgb.BLACK);
            p.fillRect(0, 0, 200, 50);
            p.restore();
            p.setFill(Rgb.BLACK);
            p.fillRect(150, 60, 40, 30);
        });

        BufferedImage image = image(pdf);
        assertThat(image.getRGB(50, 25) & 0xFFFFFF).isEqualTo(0);
        assertThat(image.getRGB(150 + 10, 25) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(170, 75) & 0xFFFFFF).isEqualTo(0);
    }

    @Test
    void translucentFillsBlendWithWhatIsBelow() throws IOException {
        Path pdf = draw(p -> {
            p.setFill(Rgb.of(0x000000).withAlpha(0.5));
            p.fillOval(10, 10, 80, 80);
        });

        int grey = image(pdf).getRGB(50, 50) & 0xFF;
        assertThat(grey).isBetween(110, 145);
    }

    @Test
    void charactersTheFontLacksAreShownAsQuestionMarks() throws IOException {
        Path pdf = draw(p -> p.text("Tab\there 🚀", 10, 30, 12, Painter.Align.LEFT, false));

        assertThat(PdfText.of(pdf)).contains("Tab here ?");
    }

    @Test
    void textWidthGrowsWithSizeAndAlignmentUsesIt() throws IOException {
        double[] widths = new double[2];
        draw(p -> {
            widths[0] = p.textWidth("Metaverse 元宇宙", 10, false);
            widths[1] = p.textWidth("Metaverse 元宇宙", 20, false);
        });
        assertThat(widths[0]).isGreaterThan(40);
        assertThat(widths[1]).isCloseTo(widths[0] * 2, org.assertj.core.data.Offset.offset(0.01));
    }
}
