package org.metaverseatlas.render.map;

import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;

/**
 * The map's colours: {@link #LIGHT} (the shared {@link Palette}, as on paper and in the PDF) or {@link #DARK} (for
 * the dark theme). Markers and province-wide shading share one hue in both: "initiatives here".
 */
public record MapColours(Rgb water, Rgb context, Rgb contextBorder, Rgb land, Rgb border, Rgb marker, Rgb markerFill,
                         Rgb markerOutline, Rgb markerText, Rgb badgeFill, Rgb selection, Rgb label, Rgb cityLabel,
                         Rgb halo, Rgb panel, Rgb panelBorder) {
    public static final MapColours LIGHT = new MapColours(Palette.WATER, Palette.LAND_CONTEXT,
            Palette.LAND_CONTEXT.mix(Palette.BORDER, 0.45), Palette.LAND, Palette.BORDER, Palette.HIGHLIGHT,
            Palette.HIGHLIGHT.mix(Palette.BACKGROUND, 0.12).withAlpha(0.88),
            Palette.HIGHLIGHT.mix(Palette.TEXT, 0.45), Palette.TEXT,
            Palette.HIGHLIGHT.mix(Palette.BACKGROUND, 0.55), Palette.SELECTION, Palette.TEXT_MUTED, Palette.TEXT,
            Palette.BACKGROUND.withAlpha(0.78), Palette.BACKGROUND.withAlpha(0.92), Palette.GRID);

    public static final MapColours DARK = dark();

    private static MapColours dark() {
        Rgb background = Rgb.of(0x0D1117);
        Rgb text = Rgb.of(0xE6EDF3);
        Rgb gold = Rgb.of(0xD29922);
        Rgb context = Rgb.of(0x1C2128);
        Rgb border = Rgb.of(0x6E7681);
        return new MapColours(Rgb.of(0x0B1929), context, context.mix(border, 0.35), Rgb.of(0x2D333B), border, gold,
                gold.withAlpha(0.9), gold.mix(background, 0.55), background, gold.mix(Rgb.of(0x2D333B), 0.2),
                Rgb.of(0x4493F8), Rgb.of(0x9198A1), text, background.withAlpha(0.72), background.withAlpha(0.9),
                Rgb.of(0x30363D));
    }

    /** The fill of a province with {@code count} province-wide initiatives, of at most {@code max}. */
    public Rgb provinceFill(int count, int max) {
        if (count <= 0 || max <= 0) {
            return land;
        }
        return land.mix(marker, MapStyle.SHADE_MIN + (MapStyle.SHADE_MAX - MapStyle.SHADE_MIN)
                * Math.sqrt((double) count / max));
    }
}
