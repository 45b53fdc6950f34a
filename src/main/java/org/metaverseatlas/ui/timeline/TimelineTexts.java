package org.metaverseatlas.ui.timeline;

import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.render.timeline.DrawnAggregate;
import org.metaverseatlas.render.timeline.LaneGrouping;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The timeline's user-visible text ({@code timeline.properties}): tooltips, grouping names, the empty message. */
final class TimelineTexts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.timeline.timeline");

    private TimelineTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    static String grouping(LaneGrouping grouping) {
        return text("grouping." + grouping.name());
    }

    /** Title, date in words, place and organizations. */
    static String tooltip(Initiative i) {
        List<String> lines = new ArrayList<>();
        lines.add(i.title());
        String date = DateWording.of(i.date());
        if (i.date().precision() == DatePrecision.MONTH) {
            date = text("tooltip.month", date);
        } else if (i.date().precision() == DatePrecision.REPORTED_BY) {
            date = text("tooltip.reportedBy", date);
        }
        lines.add(date);
        lines.add(text("tooltip.place", Labels.placeInFull(i.place())));
        lines.add(text("tooltip.kind", Labels.kind(i.kind())));
        List<String> organizations = i.organizationNames();
        lines.add(organizations.isEmpty() ? text("tooltip.noOrganization")
                : text("tooltip.organizations", String.join("; ", organizations)));
        return String.join("\n", lines);
    }

    /** How many, over which days, and that a click zooms in. */
    static String tooltip(DrawnAggregate a) {
        LocalDate from = LocalDate.ofEpochDay((long) a.fromDay());
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(a.toDay()) - 1);
        String period = from.equals(to) ? DateWording.day(from)
                : text("tooltip.period", DateWording.day(from), DateWording.day(to));
        return text(a.bin() ? "tooltip.bin" : "tooltip.cluster", a.count(), period);
    }

    /** Why nothing shows: the facets that filter. */
    static String emptyReason(FilterCriteria c) {
        List<String> facets = new ArrayList<>();
        if (!c.cityIds().isEmpty()) {
            facets.add(text("facet.city"));
        }
        if (!c.provinceCodes().isEmpty()) {
            facets.add(text("facet.province"));
        }
        if (!c.kinds().isEmpty()) {
            facets.add(text("facet.kind"));
        }
        if (!c.organizationTypes().isEmpty()) {
            facets.add(text("facet.orgType"));
        }
        if (!c.sourceIds().isEmpty()) {
            facets.add(text("facet.source"));
        }
        if (c.from() != null || c.to() != null) {
            facets.add(text("facet.dates"));
        }
        if (!c.text().isEmpty()) {
            facets.add(text("facet.text", c.text()));
        }
        return text("empty.reason", String.join(", ", facets));
    }
}
