package org.metaverseatlas.render.map;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The map's land: China's provincial-level divisions and the context around them, projected once. */
public final class MapGeometry {
    private final List<ProvinceShape> provinces;
    private final List<ContextShape> context;
    private final List<ProvinceShape> byLabelPriority;
    private final Map<String, ProvinceShape> byCode = new LinkedHashMap<>();

    public MapGeometry(List<ProvinceShape> provinces, List<ContextShape> context) {
        this.provinces = List.copyOf(provinces);
        this.context = List.copyOf(context);
        this.provinces.stream().filter(ProvinceShape::isProvince).forEach(p -> byCode.put(p.code(), p));
        // Larger provinces claim label room first; small ones show as the reader zooms in.
        this.byLabelPriority = this.provinces.stream().filter(ProvinceShape::isProvince)
                .sorted(Comparator.comparingDouble((ProvinceShape p) -> -p.shape().area()))
                .toList();
    }

    public List<ProvinceShape> provinces() {
        return provinces;
    }

    public List<ContextShape> context() {
        return context;
    }

    /** Provinces (only real ones), largest first. */
    public List<ProvinceShape> byLabelPriority() {
        return byLabelPriority;
    }

    public Optional<ProvinceShape> province(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The province at a projected point, if any. */
    public Optional<ProvinceShape> provinceAt(double x, double y) {
        for (ProvinceShape p : provinces) {
            if (p.isProvince() && p.shape().contains(x, y)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
