package org.metaverseatlas.render.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What part of time the timeline shows and how: the visible window [from, to), lane grouping, selection and focus
 * (ids, may be null).
 */
public record TimelineFrame(LocalDate from, LocalDate to, LaneGrouping grouping, String selectedInitiativeId,
                            String focusedOrganizationId) {
    public TimelineFrame {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(grouping, "grouping");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to " + to + " is not after from " + from);
        }
    }

    /** The visible window in epoch days. */
    public TimeWindow window() {
        return TimeWindow.of(from, to);
    }

    public TimelineFrame withWindow(TimeWindow window) {
        return new TimelineFrame(window.fromDate(), window.toDate(), grouping, selectedInitiativeId,
                focusedOrganizationId);
    }

    public TimelineFrame withGrouping(LaneGrouping value) {
        return new TimelineFrame(from, to, value, selectedInitiativeId, focusedOrganizationId);
    }

    public TimelineFrame withSelection(String initiativeId, String organizationId) {
        return new TimelineFrame(from, to, grouping, initiativeId, organizationId);
    }
}
