package org.metaverseatlas.render.map;

/**
 * A frame shown in an area of {@code width} x {@code height}: converts projected km to area coordinates (y down) and
 * back, and makes the frames that zooming and panning lead to. At zoom 1 China fits the area with a small margin.
 */
public final class MapViewport {
    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 60;
    private static final double MARGIN = 0.96;

    private final MapFrame frame;
    private final double width;
    private final double height;
    private final double scale;

    public MapViewport(MapFrame frame, double width, double height) {
        this.frame = frame;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.scale = fitScale(this.width, this.height) * frame.zoom();
    }

    /** Pixels per km at zoom 1. */
    static double fitScale(double width, double height) {
        return Math.min(width / ChinaExtent.width(), height / ChinaExtent.height()) * MARGIN;
    }

    public MapFrame frame() {
        return frame;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Pixels (points) per projected km. */
    public double scale() {
        return scale;
    }

    public double screenX(double x) {
        return width / 2 + (x - frame.centerX()) * scale;
    }

    public double screenY(double y) {
        return height / 2 - (y - frame.centerY()) * scale;
    }

    public double projectedX(double screenX) {
        return frame.centerX() + (screenX - width / 2) / scale;
    }

    public double projectedY(double screenY) {
        return frame.centerY() - (screenY - height / 2) / scale;
    }

    /** Whether a projected box, grown by {@code marginPx}, can be seen at all. */
    public boolean sees(double minX, double minY, double maxX, double maxY, double marginPx) {
        return screenX(maxX) >= -marginPx && screenX(minX) <= width + marginPx
                && screenY(minY) >= -marginPx && screenY(maxY) <= height + marginPx;
    }

    /** The frame after zooming by {@code factor} about an area point, which stays under the pointer. */
    public MapFrame zoomedAbout(double px, double py, double factor) {
        double zoom = clampZoom(frame.zoom() * factor);
        double x = projectedX(px);
        double y = projectedY(py);
        double newScale = fitScale(width, height) * zoom;
        double cx = x - (px - width / 2) / newScale;
        double cy = y + (py - height / 2) / newScale;
        return clamped(frame.withView(cx, cy, zoom));
    }

    /**
     * A frame that shows a projected box whole, {@code marginPx} inside the edges: this frame when it already does,
     * else one centred on the box that zooms out only as far as the box needs (never in).
     */
    public MapFrame showing(double minX, double minY, double maxX, double maxY, double marginPx) {
        double margin = Math.min(marginPx, Math.min(width, height) / 4);
        if (screenX(minX) >= margin && screenX(maxX) <= width - margin
                && screenY(maxY) >= margin && screenY(minY) <= height - margin) {
            return frame;
        }
        double roomX = Math.max(1, width - 2 * margin);
        double roomY = Math.max(1, height - 2 * margin);
        double needed = Math.min(roomX / Math.max(1e-9, maxX - minX), roomY / Math.max(1e-9, maxY - minY));
        double zoom = clampZoom(Math.min(frame.zoom(), needed / fitScale(width, height)));
        return clamped(frame.withView((minX + maxX) / 2, (minY + maxY) / 2, zoom));
    }

    /** The frame after dragging the map by {@code dx}, {@code dy} pixels. */
    public MapFrame pannedBy(double dx, double dy) {
        return clamped(frame.withView(frame.centerX() - dx / scale, frame.centerY() + dy / scale, frame.zoom()));
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** Keeps the centre over China, so the reader cannot lose the country off the edge. */
    static MapFrame clamped(MapFrame f) {
        double cx = Math.max(ChinaExtent.MIN_X, Math.min(ChinaExtent.MAX_X, f.centerX()));
        double cy = Math.max(ChinaExtent.MIN_Y, Math.min(ChinaExtent.MAX_Y, f.centerY()));
        return cx == f.centerX() && cy == f.centerY() ? f : f.withView(cx, cy, f.zoom());
    }
}
