package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.DatePrecision;

/** How a mark shows the precision of its date. */
public enum MarkShape {
    /** A known day: a filled circle. */
    POINT,
    /** A known first and last day: a solid bar. */
    BAR,
    /** Only the month is known: a translucent bar across the month. */
    SOFT_BAR,
    /** Known only to have happened by a report's date: a hollow circle. */
    HOLLOW;

    public static MarkShape of(DatePrecision precision) {
        return switch (precision) {
            case DAY -> POINT;
            case RANGE -> BAR;
            case MONTH -> SOFT_BAR;
            case REPORTED_BY -> HOLLOW;
        };
    }

    public boolean isBar() {
        return this == BAR || this == SOFT_BAR;
    }
}
