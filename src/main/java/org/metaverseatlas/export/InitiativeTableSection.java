package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.util.List;

/** Every initiative given, one row each, over as many pages as needed; the column heads repeat on each page. */
final class InitiativeTableSection {
    private static final double SIZE = PageFlow.SMALL;
    private static final double LEADING = 9.4;
    private static final double PAD = 3;
    private static final double HEAD_HEIGHT = 16;
    private static final int MAX_LINES = 4;
    /** Organization names are the facts readers look for: their column wraps much further before it cuts. */
    private static final int MAX_ORGANIZATION_LINES = 16;
    private static final int ORGANIZATIONS = 4;
    /** Rows between progress reports. */
    private static final int REPORT_EVERY = 200;

    private final PageFlow flow;
    private final double[] widths;
    private final double[] lefts;

    InitiativeTableSection(PageFlow flow) {
        this.flow = flow;
        double w = flow.width();
        double date = 86;
        double kind = 72;
        double place = Math.min(110, w * 0.17);
        double rest = w - date - kind - place;
        widths = new double[] {date, rest * 0.56, kind, place, rest * 0.44};
        lefts = new double[widths.length];
        for (int i = 1; i < widths.length; i++) {
            lefts[i] = lefts[i - 1] + widths[i - 1];
        }
    }

    /** Writes the table, reporting progress every few hundred rows. */
    void write(List<Initiative> initiatives, ExportSteps steps, double unitsPerRow) throws IOException {
        if (initiatives.isEmpty()) {
            flow.paragraph(ExportText.text("table.empty"), PageFlow.BODY, Palette.TEXT_MUTED);
            return;
        }
        flow.ensure(HEAD_HEIGHT + 3 * LEADING);
        head();
        int sinceReport = 0;
        for (int i = 0; i < initiatives.size(); i++) {
            row(initiatives.get(i), i);
            if (++sinceReport == REPORT_EVERY) {
                steps.advance(ExportText.text("progress.table", i + 1, initiatives.size()), sinceReport * unitsPerRow);
                sinceReport = 0;
            }
        }
        steps.advance(ExportText.text("progress.table", initiatives.size(), initiatives.size()), sinceReport * unitsPerRow);
    }

    private void head() throws IOException {
        Painter p = flow.painter();
        String[] heads = {ExportText.text("table.date"), ExportText.text("table.title"), ExportText.text("table.kind"),
                ExportText.text("table.place"), ExportText.text("table.organizations")};
        double y = flow.y();
        p.setFill(Palette.TEXT_MUTED);
        for (int c = 0; c < heads.length; c++) {
            p.text(heads[c], lefts[c] + PAD, y + 10, SIZE, Painter.Align.LEFT, true);
        }
        p.setStroke(Palette.BORDER);
        p.setLineWidth(0.75);
        p.strokeLine(0, y + HEAD_HEIGHT - 2, flow.width(), y + HEAD_HEIGHT - 2);
        flow.advance(HEAD_HEIGHT);
    }

    private void row(Initiative initiative, int index) throws IOException {
        Painter measure = flow.painter();
        List<List<String>> cells = List.of(
                cell(measure, DateWording.of(initiative.date()), 0),
                cell(measure, initiative.title(), 1),
                cell(measure, Labels.kindShort(initiative.kind()), 2, 10),
                cell(measure, Labels.placeName(initiative.place()), 3),
                cell(measure, String.join(", ", initiative.organizationNames()), 4));
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        double height = Math.max(1, lines) * LEADING + 2 * PAD;
        if (flow.y() + height > flow.height()) {
            flow.newPage();
            head();
        }
        Painter p = flow.painter();
        double y = flow.y();
        if (index % 2 == 1) {
            p.setFill(Palette.LANE_ALTERNATE);
            p.fillRect(0, y, flow.width(), height);
        }
        p.setFill(Palette.kind(initiative.kind()));
        p.fillRect(lefts[2] + PAD, y + PAD + 2, 7, 7);
        for (int c = 0; c < cells.size(); c++) {
            p.setFill(c == 1 ? Palette.TEXT : Palette.TEXT_MUTED.mix(Palette.TEXT, 0.5));
            double x = lefts[c] + PAD + (c == 2 ? 10 : 0);
            List<String> cell = cells.get(c);
            for (int l = 0; l < cell.size(); l++) {
                p.text(cell.get(l), x, y + PAD + SIZE + l * LEADING, SIZE, Painter.Align.LEFT, c == 1);
            }
        }
        flow.advance(height);
    }

    private List<String> cell(Painter p, String text, int column) {
        return cell(p, text, column, 0);
    }

    private List<String> cell(Painter p, String text, int column, double indent) {
        return TextWrap.lines(p, text, widths[column] - 2 * PAD - indent, SIZE, column == 1,
                column == ORGANIZATIONS ? MAX_ORGANIZATION_LINES : MAX_LINES);
    }
}
