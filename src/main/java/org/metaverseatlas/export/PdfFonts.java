package org.metaverseatlas.export;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, TrueType outlines) embedded as a subset into one document. Bold text is
 * the same face drawn with a thin outline (see {@link PdfPainter}): the bundled collection has no bold face, and
 * every font in the file must be embedded.
 *
 * <p>The font collection is parsed once and stays open for the life of the application, so that an export does not
 * read and parse 5 MB again. PDFBox reads glyphs from it until the document is saved, and reading is not
 * thread-safe, so one document at a time holds it: from {@link #load} to {@link #close}, on the same thread.
 */
public final class PdfFonts implements Closeable {
    static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";
    private static final int REPLACEMENT = '?';
    private static final ReentrantLock IN_USE = new ReentrantLock();
    private static final Map<Integer, Float> WIDTHS = new ConcurrentHashMap<>();
    private static final Map<Integer, Boolean> PRINTABLE = new ConcurrentHashMap<>();

    private final PDType0Font font;
    private boolean closed;

    private PdfFonts(PDType0Font font) {
        this.font = font;
    }

    /** Prepares the bundled font's subset in {@code document}; waits while another document holds the font. */
    public static PdfFonts load(PDDocument document) throws IOException {
        IN_USE.lock();
        try {
            return new PdfFonts(PDType0Font.load(document, Bundled.get().ttf, true));
        } catch (IOException | RuntimeException | Error e) {
            IN_USE.unlock();
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

    private static boolean canShow(int codePoint) {
        return PRINTABLE.computeIfAbsent(codePoint, cp -> !Character.isISOControl(cp) && glyph(cp) > 0);
    }

    private static int glyph(int codePoint) {
        try {
            return Bundled.get().cmap.getGlyphId(codePoint);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The advance of printable text at the given size, in points (PDFBox applies no kerning). */
    public double width(String printableText, double size) {
        double units = 0;
        for (int i = 0; i < printableText.length(); ) {
            int cp = printableText.codePointAt(i);
            units += WIDTHS.computeIfAbsent(cp, PdfFonts::glyphWidth);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    private static float glyphWidth(int codePoint) {
        try {
            Bundled bundled = Bundled.get();
            int gid = bundled.cmap.getGlyphId(codePoint);
            return bundled.ttf.getAdvanceWidth(gid) * 1000f / bundled.ttf.getUnitsPerEm();
        } catch (IOException e) {
            return 500;
        }
    }

    /** Lets the next document use the font; call once the document is saved or given up. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            IN_USE.unlock();
        }
    }

    /** The parsed collection, read from the class path on first use. */
    private static final class Bundled {
        private static Bundled instance;
        final TrueTypeCollection collection;
        final TrueTypeFont ttf;
        final CmapLookup cmap;

        private Bundled(TrueTypeCollection collection, TrueTypeFont ttf, CmapLookup cmap) {
            this.collection = collection;
            this.ttf = ttf;
            this.cmap = cmap;
        }

        static synchronized Bundled get() throws IOException {
            if (instance == null) {
                instance = read();
            }
            return instance;
        }

        private static Bundled read() throws IOException {
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
                return new Bundled(collection, ttf, ttf.getUnicodeCmapLookup());
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
    }
}
