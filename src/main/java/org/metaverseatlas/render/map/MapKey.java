package org.metaverseatlas.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The key to a map on paper: for each numbered cluster, its cities with their counts, largest first
 * ("1: Guangzhou 广州 5, Shenzhen 深圳 1"). On paper a cluster cannot be zoomed into, so this is where its cities
 * are named.
 */
public final class MapKey {
    private MapKey() {
    }

    public static String title() {
        return MapText.text("key.title");
    }

    /** One entry per numbered cluster of the layout, in the order of their numbers; none on screen. */
    public static List<String> entries(MapLayout layout) {
        List<String> entries = new ArrayList<>();
        for (MapMarker m : layout.numberedClusters()) {
            List<String> cities = new ArrayList<>();
            List<PlaceTally.CityCount> largestFirst = m.cities().stream()
                    .sorted(Comparator.comparingInt(PlaceTally.CityCount::count).reversed()).toList();
            for (PlaceTally.CityCount c : largestFirst) {
                String name = c.city().nameZh() == null ? c.city().nameEn()
                        : c.city().nameEn() + " " + c.city().nameZh();
                cities.add(MapText.text("key.city", name, c.count()));
            }
            entries.add(MapText.text("key.entry", layout.keyNumber(m), String.join(", ", cities)));
        }
        return entries;
    }
}
