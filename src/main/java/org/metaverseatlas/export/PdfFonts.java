package org.metaverseatlas.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, TrueType outlines) embedded as a subset into one document. PDFBox
 * writes the subset when the document is saved, so this must stay open until then. Bold text is the same face
 * drawn with a thin outline (see {@link PdfPainter}): the bundled collection has no bold face, and every font in
 * the file must be embedded.
 */
public final class PdfFonts implements Closeable {
    static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";
    private static final int REPLACEMENT = '?';

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Float> widths = new HashMap<>();
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PdfFonts(TrueTypeCollection collection, PDType0Font font, CmapLookup cmap) {
        this.collection = collection;
        this.font = font;
        this.cmap = cmap;
    }

    /** Loads the bundled font and prepares its subset in {@code document}. */
    public static PdfFonts load(PDDocument document) throws IOException {
        InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("the bundled font " + RESOURCE + " is missing from the application");
        }
        TrueTypeCollection collection;
        try (in) {
            collection = new TrueTypeCollection(in);
        }
        try {
            TrueTypeFont ttf = collection.getFontByName(FACE);
            if (ttf == null) {
                throw new IOException("the bundled font has no face named " + FACE);
            }
            return new PdfFonts(collection, PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    public PDType0Font font() {
        return font;
    }

    /**
     * The text as the font can show it: line breaks and tabs become spaces and characters the font lacks become
     * "?", since PDFBox refuses to encode a character without a glyph.
     */
    public String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int shown = Character.isWhitespace(cp) ? ' ' : canShow(cp) ? cp : REPLACEMENT;
            if (shown != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(shown);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private boolean canShow(int codePoint) {
        return printable.computeIfAbsent(codePoint, cp -> !Character.isISOControl(cp) && cmap.getGlyphId(cp) > 0);
    }

    /** The advance of printable text at the given size, in points. */
    public double width(String printableText, double size) {
        double units = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::glyphWidth);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 500;
        }
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
