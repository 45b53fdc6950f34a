package org.metaverseatlas.render.map;

/** The square that counts a province's province-wide initiatives, in area coordinates. */
public record ProvinceBadge(ProvinceShape province, PlaceTally.ProvinceCount tally, double x, double y, double size) {
    public String provinceCode() {
        return province.code();
    }

    public int count() {
        return tally.count();
    }

    public double minX() {
        return x - size / 2;
    }

    public double minY() {
        return y - size / 2;
    }

    public boolean contains(double px, double py) {
        return Math.abs(px - x) <= size / 2 && Math.abs(py - y) <= size / 2;
    }
}
