package org.metaverseatlas.export;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;

import java.io.IOException;
import java.util.List;

/**
 * Lays text down the content box of successive pages: a cursor that starts a new page when the next block does not
 * fit. Coordinates are those of the content box (origin at its top left).
 */
final class PageFlow {
    static final double BODY = 9;
    static final double SMALL = 7.5;
    private static final double LABEL_WIDTH = 112;

    private final PdfPages pages;
    private PdfPainter painter;
    private double y;

    PageFlow(PdfPages pages) {
        this.pages = pages;
    }

    /** Starts a new page, even when the current one has room. */
    Painter newPage() throws IOException {
        painter = pages.newPage();
        y = 0;
        return painter;
    }

    /** The current page's painter, starting the first page if needed. */
    Painter painter() throws IOException {
        return painter == null ? newPage() : painter;
    }

    /** Draws more on the first page, once the rest is laid out (as its contents, which need the page numbers). */
    void paintOnFirstPage(java.util.function.Consumer<Painter> drawing) throws IOException {
        pages.paintOn(0, drawing::accept);
        painter = null;
    }

    /** A bookmark to a page (see {@link PdfPages#bookmark}). */
    void bookmark(String title, int page, boolean nested) {
        pages.bookmark(title, page, nested);
    }

    /** The number of the page being written (1-based); 0 before the first. */
    int pageNumber() {
        return pages.pageCount();
    }

    boolean onFreshPage() {
        return painter != null && y == 0;
    }

    double width() {
        return pages.frame().contentWidth();
    }

    double height() {
        return pages.frame().contentHeight();
    }

    double y() {
        return y;
    }

    double remaining() {
        return height() - y;
    }

    /** Something drawn by a renderer into the next {@code height} points, clipped to them. */
    void drawing(double height, java.util.function.Consumer<Painter> draw) throws IOException {
        ensure(height);
        double x0 = painter.originX();
        double y0 = painter.originY();
        painter.setOrigin(x0, y0 + y);
        painter.save();
        painter.clipRect(0, 0, width(), height);
        try {
            draw.accept(painter);
        } finally {
            painter.restore();
            painter.setOrigin(x0, y0);
        }
        y += height;
    }

    void advance(double height) {
        y += height;
    }

    /** Makes sure {@code height} points are left on the page, starting a new one if not. */
    void ensure(double height) throws IOException {
        if (painter == null || (y > 0 && y + height > height())) {
            newPage();
        }
    }

    /**
     * A thin rule across the content box between two blocks, with room above and below; nothing at the top of a
     * page, where the page break already separates them.
     */
    void rule(double spaceAround) throws IOException {
        if (painter == null || y == 0 || y + 2 * spaceAround >= height()) {
            return;
        }
        y += spaceAround;
        painter.setStroke(Palette.GRID);
        painter.setLineWidth(0.75);
        painter.setLineDashes();
        painter.strokeLine(0, y, width(), y);
        y += spaceAround;
    }

    void space(double height) {
        if (y > 0) {
            y += height;
        }
    }

    /** A bold heading, kept on the same page as at least {@code keepWith} points of what follows. */
    void heading(String text, double size, double keepWith) throws IOException {
        List<String> lines = TextWrap.lines(painter(), text, width(), size, true);
        double leading = size * 1.25;
        ensure(lines.size() * leading + keepWith);
        painter.setFill(Palette.TEXT);
        for (String line : lines) {
            y += size;
            painter.text(line, 0, y, size, Painter.Align.LEFT, true);
            y += leading - size;
        }
        y += size * 0.4;
    }

    void paragraph(String text, double size, Rgb colour) throws IOException {
        paragraph(text, 0, width(), size, colour);
    }

    void paragraph(String text, double x, double width, double size, Rgb colour) throws IOException {
        double leading = size * 1.35;
        for (String line : TextWrap.lines(painter(), text, width, size, false)) {
            ensure(leading);
            painter.setFill(colour);
            painter.text(line, x, y + size, size, Painter.Align.LEFT, false);
            y += leading;
        }
    }

    /** A label in the left column and its value, wrapped, beside it. */
    void field(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        double leading = BODY * 1.35;
        List<String> lines = TextWrap.lines(painter(), value, width() - LABEL_WIDTH, BODY, false);
        ensure(Math.min(lines.size(), 3) * leading);
        painter.setFill(Palette.TEXT_MUTED);
        painter.text(TextWrap.ellipsize(painter, label, LABEL_WIDTH - 8, BODY, false), 0, y + BODY, BODY,
                Painter.Align.LEFT, false);
        for (String line : lines) {
            ensure(leading);
            painter.setFill(Palette.TEXT);
            painter.text(line, LABEL_WIDTH, y + BODY, BODY, Painter.Align.LEFT, false);
            y += leading;
        }
        y += 2;
    }

    /**
     * A label in a narrow left column and, beside it, items one under another, each wrapped under its first line:
     * a headed list that takes no line of its own for the heading. The label must fit its column whole.
     */
    void labelledList(String label, List<String> items, double labelWidth, Rgb colour) throws IOException {
        double leading = BODY * 1.3;
        for (int k = 0; k < items.size(); k++) {
            List<String> lines = TextWrap.lines(painter(), items.get(k), width() - labelWidth, BODY, false);
            for (int i = 0; i < lines.size(); i++) {
                ensure(leading);
                if (i == 0 && (k == 0 || y == 0)) {
                    painter.setFill(Palette.TEXT_MUTED);
                    painter.text(label, 0, y + BODY, BODY, Painter.Align.LEFT, true);
                }
                painter.setFill(colour);
                painter.text(lines.get(i), labelWidth, y + BODY, BODY, Painter.Align.LEFT, false);
                y += leading;
            }
            y += 1;
        }
    }

    /** A bulleted item, wrapped under its first line. */
    void bullet(String text, Rgb colour) throws IOException {
        double leading = BODY * 1.35;
        List<String> lines = TextWrap.lines(painter(), text, width() - 12, BODY, false);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            painter.setFill(colour);
            if (i == 0) {
                painter.fillOval(3, y + BODY / 2 - 1, 3, 3);
            }
            painter.text(lines.get(i), 12, y + BODY, BODY, Painter.Align.LEFT, false);
            y += leading;
        }
        y += 1.5;
    }
}
