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

    private final PageFlow flow;

    ReportTitleSection(PageFlow flow) {
        this.flow = flow;
    }

    /** Writes the page and returns where, below what it wrote, the contents can go. */
    double write(String title, String generated, List<String> filters, int catalogSize, List<Initiative> initiatives)
            throws IOException {
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
        flow.field(ExportText.text("report.initiatives"), ExportText.text("report.ofCatalog", initiatives.size(), catalogSize));
        flow.field(ExportText.text("report.organizations"), String.valueOf(organizations.size()));
        flow.field(ExportText.text("report.cities"), String.valueOf(cities.size()));
        flow.field(ExportText.text("report.provinces"), String.valueOf(provinces.size()));
        if (first != null) {
            flow.field(ExportText.text("report.span"), ExportText.text("report.spanValue", DateWording.day(first),
                    DateWording.day(last)));
        }
        flow.space(12);

        flow.heading(ExportText.text("report.byKind"), 11, 20);
        int most = kinds.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (InitiativeKind kind : InitiativeKind.values()) {
            flow.ensure(14);
            Painter p = flow.painter();
            double y = flow.y();
            int count = kinds.getOrDefault(kind, 0);
            p.setFill(Palette.kind(kind));
            p.fillRect(0, y + 1, 9, 9);
            p.setFill(Palette.TEXT);
            p.text(Labels.kind(kind), 16, y + 9, PageFlow.BODY, Painter.Align.LEFT, false);
            double barLeft = 200;
            p.setFill(Palette.kind(kind).withAlpha(0.85));
            p.fillRect(barLeft, y + 1, Math.max(count == 0 ? 0 : 1, BAR_WIDTH * count / most), 9);
            p.setFill(Palette.TEXT_MUTED);
            p.text(String.valueOf(count), barLeft + BAR_WIDTH + 28, y + 9, PageFlow.BODY, Painter.Align.RIGHT, false);
            flow.advance(14);
        }
        flow.space(12);
        flow.paragraph(ExportText.text("report.sourcesNote"), PageFlow.SMALL, Palette.TEXT_MUTED);
        return flow.y() + 16;
    }
}
