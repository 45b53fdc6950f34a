package org.metaverseatlas.render.map;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Painter.Align;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend (marker sizes, clusters, province-wide shading), the note of initiatives that are not on the map
 * (national, or of unknown place), a scale bar and the attribution.
 */
final class MapLegend {
    static final double LEFT = 8;
    static final double TOP = 8;
    private static final double PAD = 7;
    private static final double ROW = 15;
    private static final double[] NICE = {1, 2, 5};

    private final MapColours c;

    MapLegend(MapColours colours) {
        this.c = colours;
    }

    void draw(Painter p, MapLayout layout) {
        MapViewport v = layout.viewport();
        double attributionY = v.height() - 5;
        p.setFill(c.label());
        p.text(attribution(p, v.width()), v.width() - 6, attributionY, MapStyle.NOTE_SIZE - 1, Align.RIGHT, false);
        drawScaleBar(p, v, attributionY - 14);
        if (layout.hasLegend()) {
            drawPanel(p, layout);
        }
    }

    /** The bottom-right corner the attribution and the scale bar take on a map this wide: width and height. */
    static double[] cornerSize(Painter p, double mapWidth) {
        double attribution = p.textWidth(attribution(p, mapWidth), MapStyle.NOTE_SIZE - 1, false);
        return new double[]{attribution + 8, 34};
    }

    /** The data attribution, in its short form where the long one would not fit the map's width. */
    private static String attribution(Painter p, double mapWidth) {
        String full = MapText.text("attribution");
        return p.textWidth(full, MapStyle.NOTE_SIZE - 1, false) + 12 <= mapWidth ? full : MapText.text("attribution.short");
    }

    /** The legend panel's width and height, for these markers and this tally. */
    static double[] panelSize(Painter p, PlaceTally tally, MarkerScale scale, int maxMarkerCount, boolean print) {
        double text = MapStyle.LEGEND_TEXT_SIZE;
        List<Integer> samples = samples(maxMarkerCount);
        double biggest = scale.radius(samples.get(samples.size() - 1));
        String note = note(tally);
        double width = p.textWidth(title(print), text, true);
        for (String r : rows(print)) {
            width = Math.max(width, 22 + p.textWidth(r, text, false));
        }
        if (note != null) {
            width = Math.max(width, p.textWidth(note, MapStyle.NOTE_SIZE, false));
        }
        double samplesHeight = 2 * biggest + 14;
        double height = PAD + ROW + samplesHeight + 3 * ROW + (note == null ? 0 : ROW) + PAD;
        return new double[]{width + 2 * PAD, height};
    }

    /** On screen the filters are beside the map and clusters split as one zooms in; on paper neither holds. */
    private static String[] rows(boolean print) {
        return new String[]{MapText.text("legend.city"), MapText.text(print ? "legend.cluster.print" : "legend.cluster"),
                MapText.text("legend.province")};
    }

    private static String title(boolean print) {
        return MapText.text(print ? "legend.title.print" : "legend.title");
    }

    private static int maxMarkerCount(MapLayout layout) {
        return layout.markers().stream().mapToInt(MapMarker::count).max().orElse(1);
    }

    /** Top left: over the steppes and deserts of the north-west, where the fewest initiatives are. */
    private void drawPanel(Painter p, MapLayout layout) {
        double text = MapStyle.LEGEND_TEXT_SIZE;
        List<Integer> samples = samples(maxMarkerCount(layout));
        MarkerScale scale = layout.scale();
        double biggest = scale.radius(samples.get(samples.size() - 1));
        String note = note(layout.tally());
        String[] rows = rows(layout.isPrint());
        double[] size = panelSize(p, layout.tally(), scale, maxMarkerCount(layout), layout.isPrint());
        double left = LEFT;
        double top = TOP;
        p.setFill(c.panel());
        p.fillRect(left, top, size[0], size[1]);
        p.setStroke(c.panelBorder());
        p.setLineWidth(1);
        p.strokeRect(left, top, size[0], size[1]);

        double x = left + PAD;
        double y = top + PAD + text;
        p.setFill(c.cityLabel());
        p.text(title(layout.isPrint()), x, y, text, Align.LEFT, true);

        double circlesBase = y + 6 + 2 * biggest;
        double cx = x;
        for (int count : samples) {
            double r = scale.radius(count);
            disc(p, cx + r, circlesBase - r, r);
            p.setFill(c.label());
            p.text(MapPainting.count(count), cx + r, circlesBase + 12, MapStyle.NOTE_SIZE, Align.CENTER, false);
            cx += 2 * r + Math.max(16, p.textWidth(MapPainting.count(count), MapStyle.NOTE_SIZE, false));
        }
        y = circlesBase + 14;

        y += ROW;
        disc(p, x + 7, y - 4, 5);
        label(p, rows[0], x, y);

        y += ROW;
        p.setStroke(c.markerOutline());
        p.setLineWidth(1);
        p.strokeOval(x + 7 - 7, y - 4 - 7, 14, 14);
        disc(p, x + 7, y - 4, 4.5);
        label(p, rows[1], x, y);
        if (layout.isPrint()) {
            MapPainting.tag(p, c, 1, x + 7 + 9.5 * Math.sqrt(0.5), y - 4 - 9.5 * Math.sqrt(0.5));
        }

        y += ROW;
        p.setFill(c.provinceFill(1, 1));
        p.fillRect(x, y - 11, 14, 12);
        p.setFill(c.badgeFill());
        p.fillRect(x + 3.5, y - 8, 7, 7);
        p.setStroke(c.markerOutline());
        p.strokeRect(x + 3.5, y - 8, 7, 7);
        p.setStroke(c.border());
        p.strokeRect(x, y - 11, 14, 12);
        label(p, rows[2], x, y);

        if (note != null) {
            y += ROW;
            p.setFill(c.label());
            p.text(note, x, y, MapStyle.NOTE_SIZE, Align.LEFT, false);
        }
    }

    private void disc(Painter p, double x, double y, double r) {
        p.setFill(c.markerFill());
        p.fillOval(x - r, y - r, 2 * r, 2 * r);
        p.setStroke(c.markerOutline());
        p.setLineWidth(1);
        p.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void label(Painter p, String text, double x, double y) {
        p.setFill(c.cityLabel());
        p.text(text, x + 22, y, MapStyle.LEGEND_TEXT_SIZE, Align.LEFT, false);
    }

    /** Counts for sample discs: 1, the largest round number on show, and one between when they are far apart. */
    static List<Integer> samples(int max) {
        List<Integer> result = new ArrayList<>();
        result.add(1);
        int top = roundBelow(max);
        if (top > 1) {
            int middle = roundBelow((int) Math.round(Math.sqrt(top)));
            if (top >= 20 && middle > 1 && middle < top) {
                result.add(middle);
            }
            result.add(top);
        }
        return result;
    }

    private static int roundBelow(int n) {
        int best = 1;
        for (double magnitude = 1; magnitude <= n; magnitude *= 10) {
            for (double f : NICE) {
                if (f * magnitude <= n) {
                    best = (int) (f * magnitude);
                }
            }
        }
        return best;
    }

    /** "Not on the map: 1 national, 9 place unknown", or null when everything is on the map. */
    static String note(PlaceTally tally) {
        List<String> parts = new ArrayList<>();
        if (tally.national() > 0) {
            parts.add(MapText.text("note.national", tally.national()));
        }
        if (tally.unknown() > 0) {
            parts.add(MapText.text("note.unknown", tally.unknown()));
        }
        return parts.isEmpty() ? null : MapText.text("note.prefix", String.join(", ", parts));
    }

    private void drawScaleBar(Painter p, MapViewport v, double y) {
        double km = 1;
        for (double magnitude = 1; magnitude <= 10_000; magnitude *= 10) {
            for (double f : NICE) {
                if (f * magnitude * v.scale() <= 110) {
                    km = f * magnitude;
                }
            }
        }
        double length = km * v.scale();
        double right = v.width() - 8;
        double left = right - length;
        p.setStroke(c.label());
        p.setLineWidth(1.2);
        p.strokeLine(left, y, right, y);
        p.strokeLine(left, y - 4, left, y);
        p.strokeLine(right, y - 4, right, y);
        p.setFill(c.label());
        p.text(MapText.text("scale.km", (long) km), left - 4, y + 1, MapStyle.NOTE_SIZE, Align.RIGHT, false);
    }
}
