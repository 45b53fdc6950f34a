package org.metaverseatlas.export;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;

import java.util.List;

/**
 * What every page carries around its content: the title and the active filters above, the generation date, "Page N
 * of M" and the data attribution below. Also gives the content box between them. Coordinates in points from the
 * page's top left corner.
 */
public final class PageFrame {
    static final double MARGIN = 36;
    private static final double TITLE_SIZE = 12;
    private static final double FILTER_SIZE = 8;
    private static final double FOOTER_SIZE = 7.5;
    private static final double HEADER_HEIGHT = 46;
    private static final double FOOTER_HEIGHT = 30;
    private static final double GAP = 10;

    private final PageFormat format;
    private final String title;
    private final String filters;

    public PageFrame(PageFormat format, String title, String filters) {
        this.format = format;
        this.title = title;
        this.filters = filters;
    }

    public PageFormat format() {
        return format;
    }

    public String title() {
        return title;
    }

    public double contentX() {
        return MARGIN;
    }

    public double contentY() {
        return MARGIN + HEADER_HEIGHT + GAP;
    }

    public double contentWidth() {
        return format.width() - 2 * MARGIN;
    }

    public double contentHeight() {
        return format.height() - MARGIN - FOOTER_HEIGHT - GAP - contentY();
    }

    public void drawHeader(Painter p) {
        double width = contentWidth();
        p.setFill(Palette.TEXT);
        p.text(TextWrap.ellipsize(p, title, width, TITLE_SIZE, true), MARGIN, MARGIN + TITLE_SIZE, TITLE_SIZE,
                Painter.Align.LEFT, true);
        p.setFill(Palette.TEXT_MUTED);
        List<String> lines = TextWrap.lines(p, filters, width, FILTER_SIZE, false, 2);
        for (int i = 0; i < lines.size(); i++) {
            p.text(lines.get(i), MARGIN, MARGIN + 26 + i * 10, FILTER_SIZE, Painter.Align.LEFT, false);
        }
        p.setStroke(Palette.GRID);
        p.setLineWidth(0.75);
        p.strokeLine(MARGIN, MARGIN + HEADER_HEIGHT, MARGIN + width, MARGIN + HEADER_HEIGHT);
    }

    public void drawFooter(Painter p, String generated, int page, int pages) {
        double width = contentWidth();
        double top = format.height() - MARGIN - FOOTER_HEIGHT;
        p.setStroke(Palette.GRID);
        p.setLineWidth(0.75);
        p.strokeLine(MARGIN, top, MARGIN + width, top);
        p.setFill(Palette.TEXT_MUTED);
        p.text(generated, MARGIN, top + 12, FOOTER_SIZE, Painter.Align.LEFT, false);
        p.text(ExportText.text("footer.page", page, pages), MARGIN + width, top + 12, FOOTER_SIZE,
                Painter.Align.RIGHT, false);
        p.text(TextWrap.ellipsize(p, ExportText.text("footer.attribution"), width, FOOTER_SIZE, false), MARGIN,
                top + 23, FOOTER_SIZE, Painter.Align.LEFT, false);
    }
}
