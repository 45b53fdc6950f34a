package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The lanes of a set of initiatives under one grouping, in display order, with every initiative's extent in epoch
 * days worked out once. By place (city or province), lanes come in the order of their first initiative, with the
 * initiatives of unknown place last; by kind or organization type, in the order of those values. An initiative with
 * no city sits in a lane named for its scope ("Zhejiang (province-wide)", "National"). Grouped by organization
 * type, an initiative appears once per type taking part.
 */
public final class LaneIndex {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.metaverseatlas.render.timeline.timeline");
    private static final String UNKNOWN = "~unknown";
    private static final String NATIONAL = "~national";

    private final LaneGrouping grouping;
    private final List<Lane> lanes;
    private final Map<String, Integer> laneByKey = new HashMap<>();
    private final List<Initiative> initiatives;
    private final double[] starts;
    private final double firstDay;
    private final double lastDay;

    private LaneIndex(LaneGrouping grouping, List<Lane> lanes, List<Initiative> initiatives, double[] starts,
                      double firstDay, double lastDay) {
        this.grouping = grouping;
        this.lanes = List.copyOf(lanes);
        this.initiatives = initiatives;
        this.starts = starts;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        for (int k = 0; k < this.lanes.size(); k++) {
            laneByKey.put(this.lanes.get(k).key(), k);
        }
    }

    public static LaneIndex build(List<Initiative> initiatives, LaneGrouping grouping) {
        List<Initiative> sorted = initiatives;
        int n = sorted.size();
        double[] starts = new double[n];
        double[] ends = new double[n];
        if (!extents(sorted, starts, ends)) {
            List<Initiative> copy = new ArrayList<>(initiatives);
            copy.sort(Catalog.CHRONOLOGICAL);
            sorted = copy;
            extents(sorted, starts, ends);
        }
        double first = Double.NaN;
        double last = Double.NaN;
        Map<String, Members> members = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            Initiative i = sorted.get(k);
            first = k == 0 ? starts[k] : first;
            last = k == 0 ? ends[k] : Math.max(last, ends[k]);
            if (grouping == LaneGrouping.ORGANIZATION_TYPE) {
                boolean any = false;
                for (OrganizationType t : OrganizationType.values()) {
                    if (takesPart(i, t)) {
                        members.computeIfAbsent(t.name(), x -> new Members(Labels.organizationType(t))).add(k);
                        any = true;
                    }
                }
                if (!any) {
                    members.computeIfAbsent(UNKNOWN, x -> new Members(TEXT.getString("lane.typeUnknown"))).add(k);
                }
            } else {
                String key = keyOf(i, grouping);
                Members m = members.get(key);
                if (m == null) {
                    m = new Members(titleOf(i, grouping));
                    members.put(key, m);
                }
                m.add(k);
            }
        }
        List<Lane> lanes = new ArrayList<>(members.size());
        List<Initiative> all = sorted;
        members.forEach((key, m) -> lanes.add(new Lane(key, m.title, all, starts, ends, m.indices, m.size)));
        lanes.sort(order(grouping));
        return new LaneIndex(grouping, lanes, sorted, starts, first, last);
    }

    /** Fills start and end days; false when the list is not in order of start. */
    private static boolean extents(List<Initiative> list, double[] starts, double[] ends) {
        for (int k = 0; k < starts.length; k++) {
            EventDate date = list.get(k).date();
            starts[k] = date.start().toEpochDay();
            // Most dates are single days, whose end is the very same object: no second conversion.
            ends[k] = (date.end() == date.start() ? starts[k] : date.end().toEpochDay()) + 1;
            if (k > 0 && starts[k] < starts[k - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean takesPart(Initiative i, OrganizationType type) {
        for (Participation p : i.participants()) {
            if (p.organizationType() == type) {
                return true;
            }
        }
        return false;
    }

    /** Indices into the sorted list, growing as needed. */
    private static final class Members {
        final String title;
        int[] indices = new int[8];
        int size;

        Members(String title) {
            this.title = title;
        }

        void add(int index) {
            if (size == indices.length) {
                indices = Arrays.copyOf(indices, size * 2);
            }
            indices[size++] = index;
        }
    }

    /** The key of the lane an initiative sits in (its first lane, grouped by organization type). */
    public static String keyOf(Initiative i, LaneGrouping grouping) {
        Place place = i.place();
        return switch (grouping) {
            // Raw ids, not prefixed copies: this runs for every initiative on every filter change.
            case CITY -> place.scope() == Scope.CITY ? place.cityId()
                    : place.scope() == Scope.PROVINCE ? place.provinceCode()
                    : place.scope() == Scope.NATIONAL ? NATIONAL : UNKNOWN;
            case PROVINCE -> place.province() != null ? place.provinceCode()
                    : place.scope() == Scope.NATIONAL ? NATIONAL : UNKNOWN;
            case KIND -> i.kind().name();
            case ORGANIZATION_TYPE -> i.participants().stream().map(Participation::organizationType)
                    .filter(t -> t != null).sorted().findFirst().map(Enum::name).orElse(UNKNOWN);
        };
    }

    private static String titleOf(Initiative i, LaneGrouping grouping) {
        Place place = i.place();
        return switch (grouping) {
            case CITY -> Labels.placeName(place);
            case PROVINCE -> place.province() != null ? place.province().nameEn() : Labels.placeName(place);
            case KIND -> Labels.kindShort(i.kind());
            case ORGANIZATION_TYPE -> throw new IllegalStateException("titled per participant");
        };
    }

    private static Comparator<Lane> order(LaneGrouping grouping) {
        Comparator<Lane> unknownLast = Comparator.comparing((Lane l) -> l.key().equals(UNKNOWN));
        return switch (grouping) {
            case CITY, PROVINCE -> unknownLast.thenComparingDouble(Lane::firstDay).thenComparing(Lane::title);
            case KIND -> Comparator.comparing((Lane l) -> InitiativeKind.valueOf(l.key()));
            case ORGANIZATION_TYPE -> unknownLast.thenComparing(
                    l -> l.key().equals(UNKNOWN) ? 0 : OrganizationType.valueOf(l.key()).ordinal());
        };
    }

    public LaneGrouping grouping() {
        return grouping;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** Every initiative, oldest first (once each, whatever the grouping). */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /** Start days of {@link #initiatives()}, ascending. Do not modify. */
    public double[] starts() {
        return starts;
    }

    /** The first start day, NaN when empty. */
    public double firstDay() {
        return firstDay;
    }

    /** The day after the last end, NaN when empty. */
    public double lastDay() {
        return lastDay;
    }

    /** The index of the lane an initiative is drawn in first, or -1. */
    public int laneOf(Initiative initiative) {
        Integer lane = laneByKey.get(keyOf(initiative, grouping));
        return lane == null ? -1 : lane;
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }
}
