package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The report's first page: its title, the active filters, what the report holds, and the count of each kind. */
final class ReportTitleSection {
    private static final double BAR_WIDTH = 180;
    private static final double KIND_CHART_WIDTH = 410;
    private static final double ROW = 14;
    /** Room the facts beside the chart need: labels and short values. */
    private static final double FACTS_WIDTH = 300;

    private final PageFlow flow;

    ReportTitleSection(PageFlow flow) {
        this.flow = flow;
    }

    /**
     * Writes the page, leaving {@code contentsHeight} points for the contents (drawn once the page numbers are
     * known), and returns where they go, or NaN when the first page has no room for them.
     */
    double write(String title, String generated, List<String> filters, int catalogSize, List<Initiative> initiatives,
                 double contentsHeight) throws IOException {
        flow.newPage();
        flow.advance(30);
        flow.heading(title, 22, 0);
        flow.paragraph(generated, PageFlow.BODY, Palette.TEXT_MUTED);
        flow.space(16);

        flow.heading(ExportText.text("report.filters"), 11, 20);
        if (filters.isEmpty()) {
            flow.paragraph(ExportText.text("filter.none", catalogSize), PageFlow.BODY, Palette.TEXT);
        } else {
            for (String phrase : filters) {
                flow.bullet(phrase, Palette.TEXT);
            }
        }
        flow.space(12);

        flow.heading(ExportText.text("report.contents"), 11, 20);
        Set<String> organizations = new HashSet<>();
        Set<String> cities = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        Map<InitiativeKind, Integer> kinds = new EnumMap<>(InitiativeKind.class);
        LocalDate first = null;
        LocalDate last = null;
        for (Initiative i : initiatives) {
            i.participants().stream().map(Participation::organizationId).forEach(organizations::add);
            if (i.place().city() != null) {
                cities.add(i.place().city().id());
            }
            if (i.place().province() != null) {
                provinces.add(i.place().province().code());
            }
            kinds.merge(i.kind(), 1, Integer::sum);
            first = first == null || i.date().start().isBefore(first) ? i.date().start() : first;
            last = last == null || i.date().end().isAfter(last) ? i.date().end() : last;
        }
        double factsTop = flow.y();
        flow.field(ExportText.text("report.initiatives"), ExportText.text("report.ofCatalog", initiatives.size(), catalogSize));
        flow.field(ExportText.text("report.organizations"), String.valueOf(organizations.size()));
        flow.field(ExportText.text("report.cities"), String.valueOf(cities.size()));
        flow.field(ExportText.text("report.provinces"), String.valueOf(provinces.size()));
        if (first != null) {
            flow.field(ExportText.text("report.span"), ExportText.text("report.spanValue", DateWording.day(first),
                    DateWording.day(last)));
        }
        // On wide pages the chart stands beside the facts, so that the first page holds everything.
        boolean beside = flow.width() >= KIND_CHART_WIDTH + FACTS_WIDTH && flow.pageNumber() == 1
                && factsTop - 20 + kindChartHeight() <= flow.height();
        if (beside) {
            double chartBottom = kindChart(flow.painter(), flow.width() - KIND_CHART_WIDTH, factsTop - 20, kinds);
            flow.advance(Math.max(0, chartBottom - flow.y()));
        }
        flow.space(12);
        double contentsY = Double.NaN;
        if (flow.pageNumber() == 1 && flow.y() + contentsHeight <= flow.height()) {
            contentsY = flow.y();
            flow.advance(contentsHeight + 12);
        }
        if (!beside) {
            flow.ensure(kindChartHeight());
            flow.advance(kindChart(flow.painter(), 0, flow.y(), kinds) - flow.y());
        }
        flow.space(12);
        flow.paragraph(ExportText.text("report.sourcesNote"), PageFlow.SMALL, Palette.TEXT_MUTED);
        return contentsY;
    }

    private static double kindChartHeight() {
        return 22 + InitiativeKind.values().length * ROW;
    }

    /** The count of each kind as a bar, at (x, y); returns the bottom. */
    private static double kindChart(Painter p, double x, double y, Map<InitiativeKind, Integer> kinds) {
        p.setFill(Palette.TEXT);
        p.text(ExportText.text("report.byKind"), x, y + 11, 11, Painter.Align.LEFT, true);
        double row = y + 20;
        int most = Math.max(1, kinds.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        double barLeft = x + KIND_CHART_WIDTH - BAR_WIDTH - 32;
        for (InitiativeKind kind : InitiativeKind.values()) {
            int count = kinds.getOrDefault(kind, 0);
            p.setFill(Palette.kind(kind));
            p.fillRect(x, row + 1, 9, 9);
            p.setFill(Palette.TEXT);
            p.text(Labels.kind(kind), x + 16, row + 9, PageFlow.BODY, Painter.Align.LEFT, false);
            p.setFill(Palette.kind(kind).withAlpha(0.85));
            p.fillRect(barLeft, row + 1, count == 0 ? 0 : Math.max(1, BAR_WIDTH * count / most), 9);
            p.setFill(Palette.TEXT_MUTED);
            p.text(String.valueOf(count), x + KIND_CHART_WIDTH, row + 9, PageFlow.BODY, Painter.Align.RIGHT, false);
            row += ROW;
        }
        return row + 2;
    }
}
