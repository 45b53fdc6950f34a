package org.metaverseatlas.render.map;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;
import org.metaverseatlas.render.Painter.Align;

import java.util.Locale;

/** Draws a {@link MapLayout}: land and water first, then province-wide badges, labels, markers and highlights. */
final class MapPainting {
    /** Points closer than this to the last one drawn (in pixels) are skipped: invisible, and they cost time. */
    private static final double MIN_STEP = 1.0;
    /** The opacity of places that step back while an organization is in focus. */
    static final double FADED = 0.25;

    private final MapColours c;

    MapPainting(MapColours colours) {
        this.c = colours;
    }

    void draw(Painter p, MapLayout layout) {
        MapViewport v = layout.viewport();
        p.setFill(c.water());
        p.fillRect(0, 0, v.width(), v.height());
        drawContext(p, layout);
        drawProvinces(p, layout);
        drawBadges(p, layout);
        drawLabels(p, layout, true);
        drawOthers(p, layout);
        drawMarkers(p, layout);
        drawLabels(p, layout, false);
    }

    private void drawContext(Painter p, MapLayout layout) {
        MapViewport v = layout.viewport();
        p.setFill(c.context());
        p.setStroke(c.contextBorder());
        p.setLineWidth(0.6);
        for (ContextShape shape : layout.geometry().context()) {
            if (trace(p, shape.shape(), v)) {
                p.fillAndStrokePath();
            }
        }
    }

    private void drawProvinces(Painter p, MapLayout layout) {
        MapViewport v = layout.viewport();
        PlaceTally tally = layout.tally();
        p.setStroke(c.border());
        p.setLineWidth(MapStyle.BORDER_WIDTH);
        for (ProvinceShape s : layout.geometry().provinces()) {
            PlaceTally.ProvinceCount count = s.code() == null ? null : tally.provinces().get(s.code());
            p.setFill(c.provinceFill(count == null ? 0 : count.count(), tally.maxProvinceCount()));
            if (trace(p, s.shape(), v)) {
                p.fillAndStrokePath();
            }
        }
        for (String code : layout.selected().provinceCodes()) {
            outline(p, layout, code, false);
        }
        for (String code : layout.focused().provinceCodes()) {
            if (!layout.selected().provinceCodes().contains(code)) {
                outline(p, layout, code, true);
            }
        }
    }

    private void outline(Painter p, MapLayout layout, String code, boolean dashed) {
        layout.geometry().province(code).ifPresent(s -> {
            if (trace(p, s.shape(), layout.viewport())) {
                p.setStroke(c.selection());
                p.setLineWidth(dashed ? 1.6 : 2.4);
                if (dashed) {
                    p.setLineDashes(5, 3);
                }
                p.strokePath();
                p.setLineDashes();
            }
        });
    }

    /** Puts a shape's rings into the current path, in area coordinates; false when it cannot be seen. */
    static boolean trace(Painter p, MapShape shape, MapViewport v) {
        if (!v.sees(shape.minX(), shape.minY(), shape.maxX(), shape.maxY(), 2)) {
            return false;
        }
        p.beginPath();
        for (double[] ring : shape.rings()) {
            double lastX = v.screenX(ring[0]);
            double lastY = v.screenY(ring[1]);
            p.moveTo(lastX, lastY);
            int n = ring.length / 2;
            for (int i = 1; i < n; i++) {
                double x = v.screenX(ring[2 * i]);
                double y = v.screenY(ring[2 * i + 1]);
                if (Math.abs(x - lastX) + Math.abs(y - lastY) >= MIN_STEP || i == n - 1) {
                    p.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            p.closePath();
        }
        return true;
    }

    private void drawBadges(Painter p, MapLayout layout) {
        for (ProvinceBadge b : layout.badges()) {
            boolean faded = layout.fades() && !layout.focused().provinceCodes().contains(b.provinceCode());
            p.setFill(faded ? c.badgeFill().withAlpha(FADED) : c.badgeFill());
            p.fillRect(b.minX(), b.minY(), b.size(), b.size());
            p.setStroke(faded ? c.markerOutline().withAlpha(FADED) : c.markerOutline());
            p.setLineWidth(1);
            p.strokeRect(b.minX(), b.minY(), b.size(), b.size());
            boolean selected = layout.selected().provinceCodes().contains(b.provinceCode());
            boolean focused = layout.focused().provinceCodes().contains(b.provinceCode());
            if (selected || focused) {
                ring(p, selected);
                p.strokeRect(b.minX() - 3, b.minY() - 3, b.size() + 6, b.size() + 6);
                p.setLineDashes();
            }
            countInside(p, b.count(), b.x(), b.y(), b.size() - 2, faded);
        }
    }

    /** Cities the place filter leaves out: small hollow discs, there to be chosen, not read as data. */
    private void drawOthers(Painter p, MapLayout layout) {
        p.setLineWidth(1);
        for (MapMarker m : layout.others()) {
            double r = m.radius();
            p.setFill(c.land().withAlpha(0.9));
            p.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            p.setStroke(c.markerOutline().withAlpha(0.55));
            p.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
        }
    }

    private void drawMarkers(Painter p, MapLayout layout) {
        for (MapMarker m : layout.markers()) {
            double r = m.radius();
            // While an organization is in focus, places without its initiatives step back, as on the timeline.
            boolean faded = layout.fades() && !MapLayout.holdsAny(m, layout.focused());
            Rgb outline = faded ? c.markerOutline().withAlpha(FADED) : c.markerOutline();
            if (m.isCluster()) {
                // A second, thin ring says "several places".
                p.setStroke(outline);
                p.setLineWidth(1);
                p.strokeOval(m.x() - r - 2.5, m.y() - r - 2.5, 2 * r + 5, 2 * r + 5);
            }
            p.setFill(faded ? c.markerFill().withAlpha(FADED) : c.markerFill());
            p.fillOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            p.setStroke(outline);
            p.setLineWidth(1);
            p.strokeOval(m.x() - r, m.y() - r, 2 * r, 2 * r);
            boolean selected = MapLayout.holdsAny(m, layout.selected());
            if (selected || MapLayout.holdsAny(m, layout.focused())) {
                double o = m.isCluster() ? 5 : 3.5;
                ring(p, selected);
                p.strokeOval(m.x() - r - o, m.y() - r - o, 2 * (r + o), 2 * (r + o));
                p.setLineDashes();
            }
            if (m.count() > 1) {
                countInside(p, m.count(), m.x(), m.y(), 2 * r - 2, faded);
            }
        }
        for (MapMarker m : layout.numberedClusters()) {
            double[] tag = MapLayout.tagCentre(m);
            tag(p, c, layout.keyNumber(m), tag[0], tag[1]);
        }
    }

    /** A cluster's number on paper: white on a dark disc, so that it reads apart from the count. */
    static void tag(Painter p, MapColours c, int number, double x, double y) {
        String text = Integer.toString(number);
        double size = MapStyle.TAG_SIZE;
        double r = Math.max(MapLayout.TAG_RADIUS, p.textWidth(text, size, true) / 2 + 2);
        p.setFill(c.cityLabel());
        p.fillOval(x - r, y - r, 2 * r, 2 * r);
        p.setStroke(c.halo());
        p.setLineWidth(1);
        p.strokeOval(x - r, y - r, 2 * r, 2 * r);
        p.setFill(c.halo().withAlpha(1));
        p.text(text, x, y + size * 0.36, size, Align.CENTER, true);
    }

    /** Writes a count centred on a mark, as large as fits its width; not at all below a legible size. */
    private void countInside(Painter p, int n, double x, double y, double room, boolean faded) {
        String text = count(n);
        for (double size = MapStyle.COUNT_SIZE; size >= MapStyle.SMALLEST_COUNT_SIZE; size -= 1) {
            if (p.textWidth(text, size, true) <= room) {
                p.setFill(faded ? c.markerText().withAlpha(FADED) : c.markerText());
                p.text(text, x, y + size * 0.36, size, Align.CENTER, true);
                return;
            }
        }
    }

    private void ring(Painter p, boolean selected) {
        p.setStroke(c.selection());
        p.setLineWidth(selected ? 3 : 2);
        if (!selected) {
            p.setLineDashes(4, 3);
        }
    }

    private void drawLabels(Painter p, MapLayout layout, boolean provinces) {
        for (MapLabel l : layout.labels()) {
            if (l.province() != provinces) {
                continue;
            }
            if (provinces) {
                double size = MapStyle.PROVINCE_LABEL_SIZE;
                p.setFill(c.label());
                p.text(l.text(), l.x(), l.y(), size, Align.CENTER, false);
                if (l.textZh() != null) {
                    p.text(l.textZh(), l.x(), l.y() + size * 1.15, size, Align.CENTER, false);
                }
            } else {
                double size = MapStyle.CITY_LABEL_SIZE;
                p.setFill(c.halo());
                p.fillRect(l.minX(), l.minY(), l.maxX() - l.minX(), l.maxY() - l.minY());
                p.setFill(c.cityLabel());
                p.text(l.text(), l.x(), l.y(), size, Align.LEFT, true);
                if (l.textZh() != null) {
                    p.text(l.textZh(), l.x() + p.textWidth(l.text(), size, true) + 3, l.y(), size, Align.LEFT, false);
                }
                if (l.secondLine() != null) {
                    p.text(l.secondLine(), l.x(), l.y() + size * MapLabel.LINE_SPACING, size, Align.LEFT, false);
                }
            }
        }
    }

    /** A count short enough to fit a marker: 999, 1.2k, 12k. */
    static String count(int n) {
        if (n >= 10_000) {
            return String.format(Locale.ROOT, "%dk", Math.round(n / 1000.0));
        }
        if (n >= 1000 && n % 1000 == 0) {
            return n / 1000 + "k";
        }
        if (n >= 1000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return Integer.toString(n);
    }
}
