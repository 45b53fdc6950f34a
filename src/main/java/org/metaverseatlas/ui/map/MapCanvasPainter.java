package org.metaverseatlas.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;
import org.metaverseatlas.ui.paint.CanvasPainter;

import java.util.HashMap;
import java.util.Map;

/**
 * The map's painter on its canvas: the shared {@link CanvasPainter}, but Chinese text in the bundled CJK font once
 * that is loaded (so it never shows as boxes where the system has no CJK font), and text widths remembered, since the
 * same labels are measured at every redraw.
 */
final class MapCanvasPainter implements Painter {
    private static final int MAX_REMEMBERED = 4096;
    private final CanvasPainter base;
    private final GraphicsContext g;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<Long, Font> cjkFonts = new HashMap<>();
    private final Text measure = new Text();
    private String cjkFamily;

    MapCanvasPainter(GraphicsContext g) {
        this.base = new CanvasPainter(g);
        this.g = g;
    }

    /** The family for Chinese text, or null to leave it to the default font and its fallbacks. */
    void setCjkFamily(String family) {
        cjkFamily = family;
        cjkFonts.clear();
        widths.clear();
    }

    static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private Font cjkFont(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return cjkFonts.computeIfAbsent(key, k -> Font.font(cjkFamily, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, boolean bold) {
        if (cjkFamily == null || !hasCjk(text)) {
            base.text(text, x, y, size, align, bold);
            return;
        }
        g.setFont(cjkFont(size, bold));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        String key = text + '\u0000' + size + (bold ? 'b' : 'r');
        Double known = widths.get(key);
        if (known != null) {
            return known;
        }
        double width;
        if (cjkFamily == null || !hasCjk(text)) {
            width = base.textWidth(text, size, bold);
        } else {
            measure.setFont(cjkFont(size, bold));
            measure.setText(text);
            width = measure.getLayoutBounds().getWidth();
        }
        if (widths.size() >= MAX_REMEMBERED) {
            widths.clear();
        }
        widths.put(key, width);
        return width;
    }

    @Override
    public void setFill(Rgb colour) {
        base.setFill(colour);
    }

    @Override
    public void setStroke(Rgb colour) {
        base.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        base.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        base.setLineDashes(dashes);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        base.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        base.strokeRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        base.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        base.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        base.strokeOval(x, y, width, height);
    }

    @Override
    public void beginPath() {
        base.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        base.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        base.lineTo(x, y);
    }

    @Override
    public void closePath() {
        base.closePath();
    }

    @Override
    public void fillPath() {
        base.fillPath();
    }

    @Override
    public void strokePath() {
        base.strokePath();
    }

    @Override
    public void fillAndStrokePath() {
        base.fillAndStrokePath();
    }

    @Override
    public void save() {
        base.save();
    }

    @Override
    public void restore() {
        base.restore();
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        base.clipRect(x, y, width, height);
    }
}
