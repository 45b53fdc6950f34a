package org.metaverseatlas.render.map;

/**
 * A provincial-level division as drawn: its GeoNames code (null for land that is no province, such as the Paracel
 * Islands), its English and Chinese names, its outline, and where its label goes (projected km).
 */
public record ProvinceShape(String code, String nameEn, String nameZh, MapShape shape, double labelX, double labelY) {
    public boolean isProvince() {
        return code != null;
    }
}
