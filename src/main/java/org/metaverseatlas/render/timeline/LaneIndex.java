package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The lanes of a set of initiatives under one grouping, in display order. By place (city or province), lanes come
 * in the order of their first initiative, with the initiatives of unknown place last; by kind or organization type,
 * in the order of those values. An initiative with no city sits in a lane named for its scope ("Zhejiang
 * (province-wide)", "National"). Grouped by organization type, an initiative appears once per type taking part.
 */
public final class LaneIndex {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.metaverseatlas.render.timeline.timeline");
    private static final String UNKNOWN = "~unknown";

    private final LaneGrouping grouping;
    private final List<Lane> lanes;
    private final Map<String, Integer> laneByKey = new HashMap<>();
    private final List<Initiative> initiatives;

    private LaneIndex(LaneGrouping grouping, List<Lane> lanes, List<Initiative> initiatives) {
        this.grouping = grouping;
        this.lanes = List.copyOf(lanes);
        this.initiatives = initiatives;
        for (int k = 0; k < this.lanes.size(); k++) {
            laneByKey.put(this.lanes.get(k).key(), k);
        }
    }

    public static LaneIndex build(List<Initiative> initiatives, LaneGrouping grouping) {
        List<Initiative> sorted = initiatives;
        if (!isSortedByStart(initiatives)) {
            sorted = new ArrayList<>(initiatives);
            sorted.sort(Catalog.CHRONOLOGICAL);
        }
        Map<String, List<Initiative>> members = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Initiative i : sorted) {
            if (grouping == LaneGrouping.ORGANIZATION_TYPE) {
                EnumSet<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
                for (Participation p : i.participants()) {
                    if (p.organizationType() != null) {
                        types.add(p.organizationType());
                    }
                }
                if (types.isEmpty()) {
                    add(members, titles, UNKNOWN, TEXT.getString("lane.typeUnknown"), i);
                }
                for (OrganizationType t : types) {
                    add(members, titles, t.name(), Labels.organizationType(t), i);
                }
            } else {
                String key = keyOf(i, grouping);
                if (!titles.containsKey(key)) {
                    titles.put(key, titleOf(i, grouping));
                }
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<Lane> lanes = new ArrayList<>(members.size());
        members.forEach((key, list) -> lanes.add(new Lane(key, titles.get(key), list)));
        lanes.sort(order(grouping));
        return new LaneIndex(grouping, lanes, sorted);
    }

    private static void add(Map<String, List<Initiative>> members, Map<String, String> titles, String key,
                            String title, Initiative i) {
        titles.putIfAbsent(key, title);
        members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }

    private static boolean isSortedByStart(List<Initiative> list) {
        for (int k = 1; k < list.size(); k++) {
            if (list.get(k).date().start().isBefore(list.get(k - 1).date().start())) {
                return false;
            }
        }
        return true;
    }

    /** The key of the lane an initiative sits in (its first lane, grouped by organization type). */
    public static String keyOf(Initiative i, LaneGrouping grouping) {
        Place place = i.place();
        return switch (grouping) {
            case CITY -> place.scope() == Scope.CITY ? "city:" + place.cityId()
                    : place.scope() == Scope.PROVINCE ? "province:" + place.provinceCode()
                    : place.scope() == Scope.NATIONAL ? "national" : UNKNOWN;
            case PROVINCE -> place.province() != null ? "province:" + place.provinceCode()
                    : place.scope() == Scope.NATIONAL ? "national" : UNKNOWN;
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
            case KIND -> Comparator.comparing((Lane l) -> org.metaverseatlas.model.InitiativeKind.valueOf(l.key()));
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

    /** The index of the lane an initiative is drawn in first, or -1. */
    public int laneOf(Initiative initiative) {
        Integer lane = laneByKey.get(keyOf(initiative, grouping));
        return lane == null ? -1 : lane;
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }
}
