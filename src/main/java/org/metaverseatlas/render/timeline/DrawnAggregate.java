package org.metaverseatlas.render.timeline;

/**
 * Initiatives too dense to draw one by one, drawn as one counted shape: a cluster badge (marks that found no row),
 * or a histogram bin of a dense lane. {@code fromDay}..{@code toDay} is the time they cover, to zoom into.
 */
public record DrawnAggregate(boolean bin, int lane, int count, double x, double y, double width, double height,
                             double fromDay, double toDay) {
    public boolean contains(double px, double py, double slack) {
        return px >= x - slack && px <= x + width + slack && py >= y - slack && py <= y + height + slack;
    }
}
