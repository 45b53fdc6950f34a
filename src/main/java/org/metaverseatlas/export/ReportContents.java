package org.metaverseatlas.export;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;

import java.util.ArrayList;
import java.util.List;

/** The report's table of contents, drawn on its title page once every page number is known. */
final class ReportContents {
    private static final double ROW = 14;
    private static final double SIZE = PageFlow.BODY;

    /** One part of the report and its pages (1-based, inclusive). */
    record Entry(String label, int firstPage, int lastPage) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String label, int firstPage, int lastPage) {
        if (lastPage >= firstPage) {
            entries.add(new Entry(label, firstPage, lastPage));
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The height of contents of so many entries. */
    static double height(int entries) {
        return 20 + entries * ROW;
    }

    void draw(Painter p, double y, double width) {
        p.setFill(Palette.TEXT);
        p.text(ExportText.text("report.toc"), 0, y + 11, 11, Painter.Align.LEFT, true);
        double row = y + 20;
        double pagesWidth = 60;
        for (Entry e : entries) {
            String pages = e.firstPage() == e.lastPage() ? String.valueOf(e.firstPage())
                    : ExportText.text("report.pageRange", e.firstPage(), e.lastPage());
            p.setFill(Palette.TEXT);
            String label = TextWrap.ellipsize(p, e.label(), width - pagesWidth - 20, SIZE, false);
            p.text(label, 0, row + SIZE, SIZE, Painter.Align.LEFT, false);
            p.text(pages, width, row + SIZE, SIZE, Painter.Align.RIGHT, false);
            p.setStroke(Palette.GRID);
            p.setLineWidth(0.6);
            p.setLineDashes(1, 2.5);
            double leftEnd = p.textWidth(label, SIZE, false) + 6;
            double rightStart = width - p.textWidth(pages, SIZE, false) - 6;
            if (rightStart > leftEnd) {
                p.strokeLine(leftEnd, row + SIZE - 1, rightStart, row + SIZE - 1);
            }
            p.setLineDashes();
            row += ROW;
        }
    }
}
