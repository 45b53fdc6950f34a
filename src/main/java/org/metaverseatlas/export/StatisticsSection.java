package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.analysis.CountTable;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.model.analysis.FirstMovers;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.statistics.ChartColours;
import org.metaverseatlas.render.statistics.CountChart;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The counts of the filtered initiatives, drawn by the screen's chart: by year, kind, organization type, province
 * and city, then province × year as a heat map, then the first movers (each city's and province's first initiative,
 * in date order).
 */
final class StatisticsSection {

    private final PageFlow flow;

    StatisticsSection(PageFlow flow) {
        this.flow = flow;
    }

    void write(List<Initiative> initiatives, ExportSteps steps) throws IOException {
        flow.newPage();
        flow.paragraph(ExportText.text("statistics.caption", initiatives.size()), PageFlow.SMALL, Palette.TEXT_MUTED);
        flow.space(6);
        if (initiatives.isEmpty()) {
            flow.paragraph(ExportText.text("none"), 11, Palette.TEXT);
            return;
        }
        for (Dimension d : List.of(Dimension.YEAR, Dimension.KIND, Dimension.TYPE, Dimension.PROVINCE, Dimension.CITY)) {
            chart(ExportText.text("statistics.by", d.label().toLowerCase(java.util.Locale.ROOT)), CountTable.of(initiatives, d),
                    d == Dimension.TYPE ? ExportText.text("statistics.typeNote") : null);
            steps.advance(ExportText.text("progress.statistics"), 0.5);
        }
        flow.newPage();
        chart(ExportText.text("statistics.byTwo", Dimension.PROVINCE.label(), Dimension.YEAR.label()),
                CountTable.of(initiatives, Dimension.PROVINCE, Dimension.YEAR), null);
        firstMovers(FirstMovers.of(initiatives));
    }

    private void chart(String heading, CountTable table, String note) throws IOException {
        double height = Math.min(flow.height() - 40, CountChart.naturalHeight(table));
        flow.heading(heading, 11, Math.min(height, flow.height() / 2));
        if (note != null) {
            flow.paragraph(note, PageFlow.SMALL, Palette.TEXT_MUTED);
        }
        double h = Math.min(height, flow.remaining());
        flow.drawing(h, painter -> CountChart.paint(painter, table, flow.width(), h, ChartColours.LIGHT, Set.of()));
        flow.space(10);
    }

    private void firstMovers(List<FirstMovers.Entry> entries) throws IOException {
        flow.space(6);
        flow.heading(ExportText.text("statistics.firstMovers", entries.size()), 11, 60);
        flow.paragraph(ExportText.text("statistics.firstMoversNote"), PageFlow.SMALL, Palette.TEXT_MUTED);
        flow.space(3);
        double leading = PageFlow.BODY * 1.4;
        double placeX = 104;
        double titleX = 222;
        for (FirstMovers.Entry e : entries) {
            flow.ensure(leading);
            Painter p = flow.painter();
            double y = flow.y() + PageFlow.BODY;
            p.setFill(Palette.TEXT_MUTED);
            p.text(TextWrap.ellipsize(p, DateWording.of(e.initiative().date()), placeX - 6, PageFlow.BODY, false), 0, y,
                    PageFlow.BODY, Painter.Align.LEFT, false);
            p.setFill(Palette.TEXT);
            p.text(TextWrap.ellipsize(p, e.placeName() + " (" + ExportText.text("statistics.level." + e.level().name())
                    + ")", titleX - placeX - 6, PageFlow.BODY, false), placeX, y, PageFlow.BODY, Painter.Align.LEFT,
                    e.level() == FirstMovers.Level.PROVINCE);
            p.text(TextWrap.ellipsize(p, e.initiative().title(), flow.width() - titleX, PageFlow.BODY, false), titleX,
                    y, PageFlow.BODY, Painter.Align.LEFT, false);
            flow.advance(leading);
        }
    }
}
