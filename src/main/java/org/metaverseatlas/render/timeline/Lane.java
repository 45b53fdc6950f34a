package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.List;

/**
 * One lane of the timeline: its key and title, and its initiatives sorted by start, with their extents in epoch
 * days, so that the part in a time window is found by binary search.
 */
public final class Lane {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.metaverseatlas.render.timeline.timeline");
    private final String key;
    private final String title;
    private final Initiative[] initiatives;
    private final double[] starts;
    private final double[] ends;
    private final double longest;
    private String[] labels;
    private double[] labelWidths;
    private double titleWidth = Double.NaN;
    private PrintLabel[] printLabels;

    /** A lane of the initiatives at {@code members} (ascending) of the index's arrays. */
    Lane(String key, String title, List<Initiative> all, double[] allStarts, double[] allEnds, int[] members, int n) {
        this.key = key;
        this.title = title;
        initiatives = new Initiative[n];
        starts = new double[n];
        ends = new double[n];
        double max = 0;
        for (int k = 0; k < n; k++) {
            int m = members[k];
            initiatives[k] = all.get(m);
            starts[k] = allStarts[m];
            ends[k] = allEnds[m];
            max = Math.max(max, ends[k] - starts[k]);
        }
        longest = max;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public int count() {
        return initiatives.length;
    }

    /** The count as the lane's header writes it. */
    public String countText() {
        return MessageFormat.format(TEXT.getString("lane.count"), count());
    }

    public Initiative initiative(int index) {
        return initiatives[index];
    }

    public double start(int index) {
        return starts[index];
    }

    /** The day after the last day. */
    public double end(int index) {
        return ends[index];
    }

    /** The day the lane's first initiative starts. */
    public double firstDay() {
        return starts.length == 0 ? Double.NaN : starts[0];
    }

    /** The index of the first initiative that may overlap a window starting at {@code day}. */
    public int firstOverlapping(double day) {
        return lowerBound(day - longest);
    }

    /** The index after the last initiative that starts before {@code day}. */
    public int endBefore(double day) {
        return lowerBound(day);
    }

    private int lowerBound(double day) {
        return lowerBound(starts, day);
    }

    /** The index of the first of these ascending days that is not before {@code day} (their length if none). */
    static int lowerBound(double[] starts, double day) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of an initiative in this lane, or -1. */
    public int indexOf(Initiative initiative) {
        double day = initiative.date().start().toEpochDay();
        for (int k = lowerBound(day); k < starts.length && starts[k] == day; k++) {
            if (initiatives[k].id().equals(initiative.id())) {
                return k;
            }
        }
        return -1;
    }

    /** The label drawn for an initiative, cut to fit {@code maxWidth}, measured once. */
    String label(int index, TextWidths widths, double size, double maxWidth) {
        if (labels == null) {
            // Made on first use: most lanes of a large set are never drawn mark by mark.
            labels = new String[initiatives.length];
            labelWidths = new double[initiatives.length];
            Arrays.fill(labelWidths, Double.NaN);
        }
        if (labels[index] == null) {
            String text = widths.fit(initiatives[index].title(), size, false, maxWidth);
            labels[index] = text;
            labelWidths[index] = widths.width(text, size, false);
        }
        return labels[index];
    }

    /**
     * The label on paper: the whole title wrapped onto at most {@code style.paperLabels().titleLines()} lines, and the
     * date in words, with the width of the widest line, measured once per lane index (an index serves one style).
     */
    PrintLabel printLabel(int index, TextWidths widths, TimelineStyle style) {
        if (printLabels == null) {
            printLabels = new PrintLabel[initiatives.length]; // made on first use, as the screen's labels
        }
        if (printLabels[index] == null) {
            printLabels[index] = printLabel(index, widths, style, style.maxLabelWidth(),
                    style.paperLabels().titleLines());
        }
        return printLabels[index];
    }

    /** As {@link #printLabel(int, TextWidths, TimelineStyle)}, at most {@code maxWidth} wide on {@code titleLines}. */
    PrintLabel printLabel(int index, TextWidths widths, TimelineStyle style, double maxWidth, int titleLines) {
        TimelineStyle.PrintLabels print = style.paperLabels();
        Initiative initiative = initiatives[index];
        List<String> lines = widths.wrapNarrow(initiative.title(), style.labelSize(), false,
                Math.min(maxWidth, style.minLabelWidth()), maxWidth, titleLines);
        String date = DateWording.of(initiative.date());
        double dateWidth = widths.width(date, print.dateSize(), false);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, widths.width(line, style.labelSize(), false));
        }
        double inline = widths.width(lines.get(lines.size() - 1), style.labelSize(), false) + DATE_GAP + dateWidth;
        if (inline <= Math.max(width, maxWidth)) {
            return new PrintLabel(lines, date, true, Math.max(width, inline));
        }
        return new PrintLabel(lines, date, false, Math.max(width, dateWidth));
    }

    /** The space between a title's last line and the date after it, on paper. */
    static final double DATE_GAP = 5;

    /**
     * A label on paper: its title lines, the date (after the last line where it fits, else on a line of its own),
     * and the widest line's width.
     */
    record PrintLabel(List<String> lines, String date, boolean dateInline, double width) {
        /** The lines the label takes. */
        int height() {
            return lines.size() + (dateInline ? 0 : 1);
        }
    }

    /** The title's width in the header font, measured once. */
    double titleWidth(TextWidths widths, double size) {
        if (Double.isNaN(titleWidth)) {
            titleWidth = widths.width(title, size, false) + widths.width(Integer.toString(count()), size - 1, false);
        }
        return titleWidth;
    }

    double labelWidth(int index) {
        return labelWidths[index];
    }
}
