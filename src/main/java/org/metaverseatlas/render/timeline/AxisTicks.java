package org.metaverseatlas.render.timeline;

import java.util.List;

/**
 * The ticks of the time axis at one zoom: minor ticks of {@code count} {@code unit}s, and the enclosing periods
 * (months around days and weeks, years around months and quarters) as major ticks. The first major tick is the
 * period holding the left edge, so that it can stay labelled even when it began off screen.
 */
public record AxisTicks(TickUnit unit, int count, List<Tick> minor, List<Tick> major) {
    public AxisTicks {
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }
}
