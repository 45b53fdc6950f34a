package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Draws the timeline: lane headers with counts, the time axis with adaptive ticks, the marks by date precision
 * (a day a point, a range a bar, a month a soft bar, a reported-by date a hollow point), clusters and histogram
 * bins. The screen and the PDF use the same code, through {@link Painter}.
 */
public final class TimelineRenderer {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.metaverseatlas.render.timeline.timeline");
    /** The share of the widest label left after the data on paper: labels there wrap narrow, or go left. */
    private static final double PAPER_LABEL_ROOM = 0.15;
    private final TimelineStyle style;
    private final TimelineLayouter layouter;

    public TimelineRenderer() {
        this(TimelineStyle.standard());
    }

    public TimelineRenderer(TimelineStyle style) {
        this.style = style;
        this.layouter = new TimelineLayouter(style);
    }

    public TimelineStyle style() {
        return style;
    }

    /** Lays out and draws the timeline (lane headers, axis with adaptive ticks, marks, clusters) into width x height. Same code for screen and PDF. */
    public void paint(Painter painter, List<Initiative> initiatives, TimelineFrame frame, double width, double height) {
        LaneIndex index = LaneIndex.build(initiatives, frame.grouping());
        TimelineLayout layout = layouter.layout(index, frame.window(), width, height, 0, new TextWidths(painter));
        paint(painter, layout, new Highlights(frame.selectedInitiativeId(), frame.focusedOrganizationId(), null, null));
    }

    /** The frame that fits all these initiatives (with a small margin). */
    public static TimelineFrame fitAll(List<Initiative> initiatives, LaneGrouping grouping) {
        return fitAll(initiatives, grouping, 0);
    }

    /**
     * As {@link #fitAll(List, LaneGrouping)}, for a drawing {@code width} wide in the standard style: the window
     * leaves room after the last initiative for its label.
     */
    public static TimelineFrame fitAll(List<Initiative> initiatives, LaneGrouping grouping, double width) {
        double first = Double.NaN;
        double last = Double.NaN;
        for (Initiative i : initiatives) {
            double start = i.date().start().toEpochDay();
            double end = i.date().end().toEpochDay() + 1;
            first = Double.isNaN(first) ? start : Math.min(first, start);
            last = Double.isNaN(last) ? end : Math.max(last, end);
        }
        TimelineStyle standard = TimelineStyle.standard();
        double plotWidth = width - standard.headerWidth();
        TimeWindow window = fit(first, last, plotWidth, labelRoom(initiatives.size(), plotWidth));
        return new TimelineFrame(window.fromDate(), window.toDate(), grouping, null, null);
    }

    /**
     * As {@link #fitAll(List, LaneGrouping, double)}, for a drawing in {@code style}: on paper the room left after the
     * last initiative is for a label wrapped narrow, so the axis ends soon after the data.
     */
    public static TimelineFrame fitAll(List<Initiative> initiatives, LaneGrouping grouping, double width,
                                       TimelineStyle style) {
        if (!style.forPaper()) {
            return fitAll(initiatives, grouping, width);
        }
        double first = Double.NaN;
        double last = Double.NaN;
        for (Initiative i : initiatives) {
            double start = i.date().start().toEpochDay();
            double end = i.date().end().toEpochDay() + 1;
            first = Double.isNaN(first) ? start : Math.min(first, start);
            last = Double.isNaN(last) ? end : Math.max(last, end);
        }
        double plotWidth = width - style.headerWidth();
        double room = initiatives.size() <= plotWidth ? style.maxLabelWidth() * PAPER_LABEL_ROOM : 0;
        // Paper shows the data's own span, however short: a week at the least, not the screen's month.
        TimeWindow window = fit(first, last, plotWidth, room, 7);
        return new TimelineFrame(window.fromDate(), window.toDate(), grouping, null, null);
    }

    /**
     * The window that shows [firstDay, lastDay) with a small margin, at least a month long; this year when
     * there is nothing (NaN).
     */
    public static TimeWindow fit(double firstDay, double lastDay) {
        if (Double.isNaN(firstDay) || Double.isNaN(lastDay)) {
            LocalDate year = LocalDate.now().withDayOfYear(1);
            return TimeWindow.of(year, year.plusYears(1));
        }
        double span = Math.max(lastDay - firstDay, 30);
        double margin = Math.max(2, span * 0.04);
        double middle = (firstDay + lastDay) / 2;
        double from = Math.floor(Math.min(firstDay - margin, middle - span / 2 - margin));
        double to = Math.ceil(Math.max(lastDay + margin, middle + span / 2 + margin));
        return new TimeWindow(from, to);
    }

    /**
     * The room to leave after the last initiatives for their labels: a label's width while the initiatives are few
     * for the plot (a city's, a province's), none beyond. Many initiatives over years crowd their lanes, the last
     * labels go left of their marks, and the room would only be empty years after the data.
     */
    public static double labelRoom(int initiatives, double plotWidth) {
        return initiatives * SPARSE_PIXELS <= plotWidth ? TimelineStyle.standard().maxLabelWidth() : 0;
    }

    /** Pixels of plot per initiative below which a timeline counts as sparse enough to label every mark. */
    static final double SPARSE_PIXELS = 8;

    /**
     * The window that shows [firstDay, lastDay) on a plot {@code plotWidth} wide with room after the last day for a
     * label up to {@code labelRoom} wide (at most 40% of the plot): labels are drawn to the right of their marks, so
     * the last ones would otherwise be cut at the edge. Few days, as after filtering by one city, sit to the left of
     * an at least month-long window. Without a width (0 or less) it is {@link #fit(double, double)}.
     */
    public static TimeWindow fit(double firstDay, double lastDay, double plotWidth, double labelRoom) {
        return fit(firstDay, lastDay, plotWidth, labelRoom, 30);
    }

    /** As {@link #fit(double, double, double, double)}, at least {@code minDays} long. */
    public static TimeWindow fit(double firstDay, double lastDay, double plotWidth, double labelRoom, double minDays) {
        if (Double.isNaN(firstDay) || Double.isNaN(lastDay) || plotWidth <= 0) {
            return fit(firstDay, lastDay);
        }
        double span = Math.max(lastDay - firstDay, 1);
        double margin = Math.max(2, span * 0.04);
        double share = Math.min(0.4, Math.max(0, labelRoom) / plotWidth);
        double from = Math.floor(firstDay - margin);
        double dataEnd = lastDay + margin;
        double length = Math.max(minDays, (dataEnd - from) / (1 - share));
        return new TimeWindow(from, Math.ceil(from + length));
    }

    /** Lays out without drawing, for the screen, which keeps the lane index and the measured texts between redraws. */
    public TimelineLayout layout(LaneIndex index, TimeWindow window, double width, double height, double scrollLanes,
                                 TextWidths text) {
        return layouter.layout(index, window, width, height, scrollLanes, text);
    }

    /** Draws a layout. */
    public void paint(Painter p, TimelineLayout l, Highlights h) {
        TimelineStyle.Colours c = style.colours();
        p.save();
        p.setLineDashes();
        p.setFill(c.background());
        p.fillRect(0, 0, l.width(), l.height());
        paintLaneBackgrounds(p, l, c);
        p.save();
        p.clipRect(l.plotLeft(), l.plotTop(), l.plotWidth(), l.plotBottom() - l.plotTop());
        paintGrid(p, l, c);
        paintAggregates(p, l, c);
        paintMarks(p, l, h, c);
        p.restore();
        paintHeaders(p, l, c);
        paintAxis(p, l, c);
        p.restore();
    }

    private void paintLaneBackgrounds(Painter p, TimelineLayout l, TimelineStyle.Colours c) {
        p.save();
        p.clipRect(0, l.plotTop(), l.width(), l.plotBottom() - l.plotTop());
        p.setLineWidth(1);
        for (LaneBand b : l.bands()) {
            if (b.index() % 2 == 1) {
                p.setFill(c.laneAlternate());
                p.fillRect(0, b.y(), l.width(), b.height());
            }
            p.setStroke(c.grid().withAlpha(0.6));
            double line = Math.floor(b.y() + b.height()) - 0.5;
            p.strokeLine(0, line, l.width(), line);
        }
        p.restore();
    }

    private void paintGrid(Painter p, TimelineLayout l, TimelineStyle.Colours c) {
        p.setLineWidth(1);
        p.setStroke(c.grid().withAlpha(0.55));
        for (Tick t : l.ticks().minor()) {
            double x = snap(l.scale().x(t.day()));
            p.strokeLine(x, l.plotTop(), x, l.plotBottom());
        }
        p.setStroke(c.grid().mix(c.textMuted(), 0.35));
        for (Tick t : l.ticks().major()) {
            double x = snap(l.scale().x(t.day()));
            p.strokeLine(x, l.plotTop(), x, l.plotBottom());
        }
    }

    private void paintAggregates(Painter p, TimelineLayout l, TimelineStyle.Colours c) {
        double size = style.labelSize() - 1;
        for (DrawnAggregate a : l.aggregates()) {
            if (a.bin()) {
                p.setFill(c.textMuted().withAlpha(0.55));
                p.fillRect(a.x(), a.y(), a.width(), a.height());
                String count = Integer.toString(a.count());
                if (a.width() >= p.textWidth(count, size, false) + 4 && a.height() >= size + 2) {
                    p.setFill(c.background());
                    p.text(count, a.x() + a.width() / 2, a.y() + size, size, Painter.Align.CENTER, false);
                }
            } else {
                p.setFill(c.textMuted().withAlpha(0.9));
                pill(p, a.x(), a.y(), a.width(), a.height());
                p.setFill(c.background());
                p.text(MessageFormat.format(TEXT.getString("cluster.label"), a.count()), a.x() + a.width() / 2,
                        a.y() + a.height() / 2 + size * 0.36, size, Painter.Align.CENTER, true);
            }
        }
    }

    private static void pill(Painter p, double x, double y, double w, double h) {
        p.fillOval(x, y, h, h);
        p.fillOval(x + w - h, y, h, h);
        p.fillRect(x + h / 2, y, Math.max(0, w - h), h);
    }

    /** Opacity of a month-only bar's tint and of its dashed outline: light enough to read as uncertain, not gone. */
    private static final double SOFT_FILL = 0.35;
    private static final double SOFT_STROKE = 0.85;

    private void paintMarks(Painter p, TimelineLayout l, Highlights h, TimelineStyle.Colours c) {
        for (MarkShape pass : new MarkShape[]{MarkShape.SOFT_BAR, MarkShape.BAR, MarkShape.HOLLOW, MarkShape.POINT}) {
            for (DrawnMark m : l.marks()) {
                if (m.shape() == pass) {
                    paintMark(p, m, faded(m, h), c);
                }
            }
        }
        double size = style.labelSize();
        for (DrawnMark m : l.marks()) {
            if (m.label() == null || m.initiativeId().equals(h.hoveredId())) {
                continue;
            }
            Rgb colour = c.text();
            if (m.placement() == LabelPlacement.INSIDE && m.shape() == MarkShape.BAR
                    && luminance(Palette.kind(m.initiative().kind())) < 0.55) {
                colour = Rgb.WHITE;
            }
            if (m.initiativeId().equals(h.selectedId())) {
                colour = c.selection();
            } else if (faded(m, h)) {
                colour = c.textMuted().withAlpha(0.6);
            }
            p.setFill(colour);
            boolean bold = m.initiativeId().equals(h.selectedId());
            String label = m.label();
            if (bold && p.textWidth(label, size, true) > m.labelWidth() + 0.5) {
                label = new TextWidths(p).fit(label, size, true, m.labelWidth()); // bold is wider than its room
            }
            double baseline = m.centerY() + size * 0.36;
            if (style.forPaper()) {
                paintPaperLabel(p, m, label, baseline, bold, faded(m, h) ? c.textMuted().withAlpha(0.6) : c.textMuted());
            } else {
                p.text(label, m.labelX(), baseline, size, Painter.Align.LEFT, bold);
            }
            if (m.placement() == LabelPlacement.LEFT && !style.forPaper()) {
                // A name set before its mark would read as the earlier period's: a dotted line under it leads to
                // the mark it belongs to. (On paper a left label is set flush against its mark.)
                double underline = m.centerY() + size * 0.62;
                p.setStroke(colour.withAlpha(0.45));
                p.setLineWidth(0.8);
                p.setLineDashes(1, 2);
                p.strokeLine(m.labelX(), underline, m.x() - 1, underline);
                p.setLineDashes();
            }
        }
        for (DrawnMark m : l.marks()) {
            boolean selected = m.initiativeId().equals(h.selectedId());
            boolean focused = h.focusedOrganizationId() != null && involves(m.initiative(), h.focusedOrganizationId());
            if (focused) {
                ring(p, m, c.highlight(), 2, 3);
            }
            if (selected) {
                ring(p, m, c.selection(), 2.5, focused ? 5.5 : 3);
            }
            if (m.initiativeId().equals(h.cursorId())) {
                p.setLineDashes(3, 2);
                ring(p, m, c.text(), 1, selected ? 6.5 : 4);
                p.setLineDashes();
            }
        }
        for (DrawnMark m : l.marks()) {
            if (m.initiativeId().equals(h.hoveredId())) {
                paintHoverLabel(p, l, m, c);
            }
        }
    }

    /**
     * A label on paper: the title's lines, then the date after the last one or under it. A label left of its mark
     * is set flush against the mark, as one to the right is.
     */
    private void paintPaperLabel(Painter p, DrawnMark m, String first, double baseline, boolean bold, Rgb dateColour) {
        double size = style.labelSize();
        double dateSize = style.paperLabels().dateSize();
        double leading = style.paperLabels().leading();
        boolean left = m.placement() == LabelPlacement.LEFT;
        double anchor = left ? m.x() - RowStacker.GAP : m.labelX();
        Painter.Align align = left ? Painter.Align.RIGHT : Painter.Align.LEFT;
        List<String> lines = new java.util.ArrayList<>();
        lines.add(first);
        lines.addAll(m.moreLines());
        double dateRoom = m.date() != null && m.dateInline() ? p.textWidth(m.date(), dateSize, false) + Lane.DATE_GAP : 0;
        double y = baseline;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            if (i > 0) {
                y += leading;
            }
            p.text(lines.get(i), left && last ? anchor - dateRoom : anchor, y, size, align, bold);
        }
        if (m.date() == null) {
            return;
        }
        p.setFill(dateColour);
        if (m.dateInline()) {
            double x = left ? anchor : anchor + p.textWidth(lines.get(lines.size() - 1), size, bold) + Lane.DATE_GAP;
            p.text(m.date(), x, y, dateSize, align, false);
        } else {
            p.text(m.date(), anchor, y + leading, dateSize, align, false);
        }
    }

    private void paintMark(Painter p, DrawnMark m, boolean faded, TimelineStyle.Colours c) {
        Rgb kind = Palette.kind(m.initiative().kind());
        double alpha = faded ? 0.3 : 1;
        p.setLineWidth(1);
        switch (m.shape()) {
            case POINT -> {
                p.setFill(kind.withAlpha(alpha));
                p.fillOval(m.x(), m.y(), m.width(), m.height());
                p.setStroke(c.background().withAlpha(0.9 * alpha));
                p.strokeOval(m.x(), m.y(), m.width(), m.height());
            }
            case HOLLOW -> {
                p.setFill(c.background());
                p.fillOval(m.x(), m.y(), m.width(), m.height());
                p.setLineWidth(2);
                p.setStroke(kind.withAlpha(alpha));
                p.strokeOval(m.x() + 1, m.y() + 1, m.width() - 2, m.height() - 2);
            }
            case BAR -> {
                p.setFill(kind.withAlpha(0.9 * alpha));
                p.fillRect(m.x(), m.y(), m.width(), m.height());
            }
            case SOFT_BAR -> {
                p.setFill(kind.withAlpha(SOFT_FILL * alpha));
                p.fillRect(m.x(), m.y(), m.width(), m.height());
                p.setStroke(kind.withAlpha(SOFT_STROKE * alpha));
                p.setLineDashes(3, 2);
                p.strokeRect(m.x() + 0.5, m.y() + 0.5, m.width() - 1, m.height() - 1);
                p.setLineDashes();
            }
        }
    }

    private static void ring(Painter p, DrawnMark m, Rgb colour, double width, double spread) {
        p.setStroke(colour);
        p.setLineWidth(width);
        if (m.shape().isBar()) {
            p.strokeRect(m.x() - spread + 1, m.y() - spread + 1, m.width() + 2 * spread - 2, m.height() + 2 * spread - 2);
        } else {
            p.strokeOval(m.x() - spread, m.y() - spread, m.width() + 2 * spread, m.height() + 2 * spread);
        }
        p.setLineWidth(1);
    }

    /** The whole title of the mark under the pointer, on a plate, wherever there is room. */
    private void paintHoverLabel(Painter p, TimelineLayout l, DrawnMark m, TimelineStyle.Colours c) {
        double size = style.labelSize();
        String title = m.initiative().title();
        double w = p.textWidth(title, size, true) + 10;
        double right = l.plotRight() - (m.x() + m.width() + RowStacker.GAP);
        double left = m.x() - RowStacker.GAP - l.plotLeft();
        boolean onLeft = w > right && (w <= left || left > right);
        double room = onLeft ? left : right;
        if (w > room) {
            // Whole where it fits on either side; else on the roomier side, ending in an ellipsis, not cut mid-word.
            title = new TextWidths(p).fit(title, size, true, Math.max(0, room - 10));
            w = p.textWidth(title, size, true) + 10;
        }
        double x = onLeft ? m.x() - RowStacker.GAP - w : m.x() + m.width() + RowStacker.GAP;
        double hgt = size + 8;
        double y = m.centerY() - hgt / 2;
        p.setFill(c.background().withAlpha(0.95));
        p.fillRect(x, y, w, hgt);
        p.setStroke(c.grid().mix(c.textMuted(), 0.5));
        p.setLineWidth(1);
        p.strokeRect(x + 0.5, y + 0.5, w - 1, hgt - 1);
        p.setFill(c.text());
        p.text(title, x + 5, m.centerY() + size * 0.36, size, Painter.Align.LEFT, true);
    }

    private void paintHeaders(Painter p, TimelineLayout l, TimelineStyle.Colours c) {
        double headerRight = l.plotLeft();
        if (headerRight <= 0) {
            return;
        }
        p.save();
        p.clipRect(0, l.plotTop(), headerRight, l.plotBottom() - l.plotTop());
        p.setFill(c.headerBackground());
        p.fillRect(0, l.plotTop(), headerRight, l.plotBottom() - l.plotTop());
        double size = style.headerSize();
        for (LaneBand b : l.bands()) {
            if (b.index() % 2 == 1) {
                p.setFill(c.laneAlternate().mix(c.grid(), 0.3));
                p.fillRect(0, b.y(), headerRight, b.height());
            }
            p.setStroke(c.grid().withAlpha(0.6));
            double line = Math.floor(b.y() + b.height()) - 0.5;
            p.strokeLine(0, line, headerRight, line);
            String count = b.lane().countText();
            double countWidth = p.textWidth(count, size - 1, false);
            double baseline = b.y() + style.lanePadding() + Math.min(l.rowHeight(), b.height()) / 2 + size * 0.36;
            p.setFill(c.textMuted());
            p.text(count, headerRight - 8, baseline, size - 1, Painter.Align.RIGHT, false);
            double room = headerRight - 8 - countWidth - 14;
            p.setFill(c.text());
            if (style.forPaper() && p.textWidth(b.lane().title(), size, false) > room) {
                // On paper a long lane name goes on over the lines its band has, rather than ending in "…".
                List<String> lines = new TextWidths(p).wrap(b.lane().title(), size, false, Math.max(1, room));
                double leading = style.paperLabels().leading();
                int fit = Math.max(1, (int) Math.floor((b.height() - 2) / leading));
                for (int i = 0; i < Math.min(fit, lines.size()); i++) {
                    String part = lines.get(i);
                    if (i == fit - 1 && lines.size() > fit) {
                        part = fitName(p, String.join(" ", lines.subList(i, lines.size())), size, room);
                    }
                    p.text(part, 8, baseline + i * leading, size, Painter.Align.LEFT, false);
                }
            } else {
                p.text(fitName(p, b.lane().title(), size, room), 8, baseline, size, Painter.Align.LEFT, false);
            }
        }
        p.restore();
        p.setStroke(c.grid());
        p.setLineWidth(1);
        p.strokeLine(headerRight - 0.5, l.plotTop(), headerRight - 0.5, l.plotBottom());
    }

    private static String fitName(Painter p, String name, double size, double room) {
        if (p.textWidth(name, size, false) <= room) {
            return name;
        }
        return new TextWidths(p).fit(name, size, false, Math.max(0, room));
    }

    private void paintAxis(Painter p, TimelineLayout l, TimelineStyle.Colours c) {
        double size = style.axisSize();
        double top = l.plotTop();
        p.setFill(c.headerBackground());
        p.fillRect(0, 0, l.width(), top);
        p.setStroke(c.grid());
        p.setLineWidth(1);
        p.strokeLine(0, top - 0.5, l.width(), top - 0.5);
        p.save();
        p.clipRect(l.plotLeft(), 0, l.plotWidth(), top);
        boolean yearsOnly = l.ticks().minor().isEmpty();
        double majorBaseline = yearsOnly ? top - 10 : 14;
        p.setStroke(c.grid().mix(c.textMuted(), 0.35));
        for (Tick t : l.ticks().minor()) {
            double x = snap(l.scale().x(t.day()));
            p.strokeLine(x, top * 0.55, x, top);
            boolean whole = !style.forPaper() || x + 3 + p.textWidth(t.label(), size, false) <= l.plotRight();
            if (x + 3 >= l.plotLeft() && whole) { // on paper a label cut at the edge would read as another
                p.setFill(c.textMuted());
                p.text(t.label(), x + 3, top - 7, size, Painter.Align.LEFT, false);
            }
        }
        List<Tick> major = l.ticks().major();
        // The period at the left edge is always named, so that the first marks are read in their own month or year
        // (30 December under "December 2021", not under the "January 2022" a few pixels on). Where it has too little
        // room, the next period's name moves right of it, past its own tick line, rather than hide it.
        double free = l.plotLeft() + 4;
        for (Tick t : major) {
            double x = snap(l.scale().x(t.day()));
            p.setStroke(c.textMuted());
            p.strokeLine(x, yearsOnly ? top * 0.4 : 0, x, top);
        }
        for (int k = 0; k < major.size(); k++) {
            Tick t = major.get(k);
            double x = snap(l.scale().x(t.day()));
            double w = p.textWidth(t.label(), size, true);
            boolean enclosing = x <= l.plotLeft() && (k + 1 == major.size()
                    || l.scale().x(major.get(k + 1).day()) > l.plotLeft());
            if (x <= l.plotLeft() && !enclosing) {
                continue; // a period wholly before the window
            }
            double labelX = Math.max(x + 4, free);
            if (labelX > l.width()) {
                break;
            }
            if (style.forPaper() && labelX + w > l.plotRight()) {
                continue;
            }
            p.setFill(c.text());
            p.text(t.label(), labelX, majorBaseline, size, Painter.Align.LEFT, true);
            free = labelX + w + 8;
        }
        p.restore();
    }

    /** Draws the key to colours (the kinds given) and shapes from (x, y) across {@code width}; returns its height. */
    public double paintLegend(Painter p, double x, double y, double width, Collection<InitiativeKind> kinds) {
        return legend(p, x, y, width, kinds, true);
    }

    /** The height the key takes across {@code width}, its entries wrapping onto as many rows as they need. */
    public double legendHeight(Painter p, double width, Collection<InitiativeKind> kinds) {
        return legend(p, 0, 0, width, kinds, false);
    }

    private double legend(Painter p, double x, double y, double width, Collection<InitiativeKind> kinds, boolean draw) {
        double size = style.labelSize() - 0.5;
        double row = size + 6;
        double cx = x;
        double cy = y + row / 2;
        for (InitiativeKind kind : kinds) {
            String name = Labels.kindShort(kind);
            double w = 14 + p.textWidth(name, size, false) + 14;
            if (cx + w > x + width && cx > x) {
                cx = x;
                cy += row;
            }
            if (draw) {
                p.setFill(Palette.kind(kind));
                p.fillOval(cx, cy - 4.5, 9, 9);
                p.setFill(style.colours().text());
                p.text(name, cx + 13, cy + size * 0.36, size, Painter.Align.LEFT, false);
            }
            cx += w;
        }
        String[] keys = {"legend.day", "legend.range", "legend.month", "legend.reportedBy"};
        MarkShape[] shapes = {MarkShape.POINT, MarkShape.BAR, MarkShape.SOFT_BAR, MarkShape.HOLLOW};
        for (int k = 0; k < keys.length; k++) {
            String name = TEXT.getString(keys[k]);
            double w = 22 + p.textWidth(name, size, false) + 14;
            if (cx + w > x + width && cx > x) {
                cx = x;
                cy += row;
            }
            double keyWidth = shapes[k].isBar() ? 18 : 9;
            if (draw) {
                paintKey(p, shapes[k], cx, cy - 4.5, keyWidth, 9);
                p.setFill(style.colours().text());
                p.text(name, cx + keyWidth + 4, cy + size * 0.36, size, Painter.Align.LEFT, false);
            }
            cx += w;
        }
        return cy + row / 2 - y;
    }

    /** A shape of the key, in a neutral tone since colour stands for kind. */
    private void paintKey(Painter p, MarkShape shape, double x, double y, double w, double h) {
        Rgb neutral = style.colours().textMuted();
        switch (shape) {
            case POINT -> {
                p.setFill(neutral);
                p.fillOval(x, y, w, h);
            }
            case HOLLOW -> {
                p.setLineWidth(2);
                p.setStroke(neutral);
                p.strokeOval(x + 1, y + 1, w - 2, h - 2);
                p.setLineWidth(1);
            }
            case BAR -> {
                p.setFill(neutral);
                p.fillRect(x, y, w, h);
            }
            case SOFT_BAR -> {
                // As the marks are drawn, dashed outline included: a bare tint vanishes on a dark background.
                p.setFill(neutral.withAlpha(SOFT_FILL));
                p.fillRect(x, y - 1, w, h + 2);
                p.setStroke(neutral.withAlpha(SOFT_STROKE));
                p.setLineWidth(1);
                p.setLineDashes(3, 2);
                p.strokeRect(x + 0.5, y - 0.5, w - 1, h + 1);
                p.setLineDashes();
            }
        }
    }

    private static boolean faded(DrawnMark m, Highlights h) {
        return h.focusedOrganizationId() != null && !involves(m.initiative(), h.focusedOrganizationId());
    }

    private static boolean involves(Initiative i, String organizationId) {
        for (var p : i.participants()) {
            if (p.organizationId().equals(organizationId)) {
                return true;
            }
        }
        return false;
    }

    private static double luminance(Rgb c) {
        return 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue();
    }

    private static double snap(double x) {
        return Math.floor(x) + 0.5;
    }
}
