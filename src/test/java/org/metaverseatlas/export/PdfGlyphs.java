package org.metaverseatlas.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a PDF's characters are, page by page, in points from the page's top left: clipping is not applied, so a
 * text drawn half outside a clipped area shows here whole, as a reader's search or copy would find it.
 */
final class PdfGlyphs {
    /** One character: its page (1-based), the text it belongs to, and its box. */
    record Glyph(int page, String text, double left, double top, double right, double bottom,
                 double pageWidth, double pageHeight) {
    }

    private PdfGlyphs() {
    }

    static List<Glyph> of(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    PDRectangle box = getCurrentPage().getMediaBox();
                    for (TextPosition p : positions) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        double baseline = p.getYDirAdj();
                        glyphs.add(new Glyph(getCurrentPageNo(), text, p.getXDirAdj(), baseline - p.getHeightDir(),
                                p.getXDirAdj() + p.getWidthDirAdj(), baseline, box.getWidth(), box.getHeight()));
                    }
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }
}
