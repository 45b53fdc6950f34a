package org.metaverseatlas.render.statistics;

import org.metaverseatlas.render.Rgb;

/** The tones of the bar chart and the heat map on a light or a dark background. */
public record ChartColours(Rgb background, Rgb text, Rgb muted, Rgb grid, Rgb bar, Rgb barChosen, Rgb cellLow,
                           Rgb cellHigh) {
    public static final ChartColours LIGHT = new ChartColours(Rgb.of(0xFFFFFF), Rgb.of(0x1F2328), Rgb.of(0x656D76),
            Rgb.of(0xD0D7DE), Rgb.of(0x4E79A7), Rgb.of(0xBF8700), Rgb.of(0xEAF1F8), Rgb.of(0x1D4E89));
    public static final ChartColours DARK = new ChartColours(Rgb.of(0x0D1117), Rgb.of(0xE6EDF3), Rgb.of(0x8B949E),
            Rgb.of(0x30363D), Rgb.of(0x6CA0DC), Rgb.of(0xD29922), Rgb.of(0x1A2738), Rgb.of(0x8CC2FF));
}
