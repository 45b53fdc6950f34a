package org.metaverseatlas.ui.paint;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.util.HashMap;
import java.util.Map;

/**
 * The screen's {@link Painter}: draws on a JavaFX Canvas. Chinese text can be set in a named CJK family (the bundled
 * font, so it never shows as boxes where the system has none); text widths are remembered, since the same labels are
 * measured at every redraw. Use on the FX thread only.
 */
public final class CanvasPainter implements Painter {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final int MAX_REMEMBERED = 4096;
    private final GraphicsContext g;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Map<Long, Font> cjkFonts = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private String cjkFamily;

    public CanvasPainter(GraphicsContext g) {
        this.g = g;
        g.setFillRule(FillRule.EVEN_ODD);
        g.setTextBaseline(VPos.BASELINE);
    }

    public GraphicsContext graphics() {
        return g;
    }

    /** The family for text with Chinese characters, or null to leave it to the default font and its fallbacks. */
    public void setCjkFamily(String family) {
        cjkFamily = family;
        cjkFonts.clear();
        widths.clear();
    }

    /** Whether the text holds a Han character. */
    public static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    public static Color color(Rgb c) {
        return new Color(clamp(c.red()), clamp(c.green()), clamp(c.blue()), clamp(c.alpha()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    public void setFill(Rgb colour) {
        g.setFill(color(colour));
    }

    @Override
    public void setStroke(Rgb colour) {
        g.setStroke(color(colour));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes.length == 0 ? null : dashes);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fillPath() {
        g.fill();
    }

    @Override
    public void strokePath() {
        g.stroke();
    }

    @Override
    public void fillAndStrokePath() {
        g.fill();
        g.stroke();
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, boolean bold) {
        g.setFont(font(text, size, bold));
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
        measure.setFont(font(text, size, bold));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        if (widths.size() >= MAX_REMEMBERED) {
            widths.clear();
        }
        widths.put(key, width);
        return width;
    }

    private Font font(String text, double size, boolean bold) {
        boolean cjk = cjkFamily != null && hasCjk(text);
        long key = Double.doubleToLongBits(size) ^ (bold ? 1 : 0);
        return (cjk ? cjkFonts : fonts).computeIfAbsent(key, k -> Font.font(cjk ? cjkFamily : FAMILY,
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        g.beginPath();
        g.rect(x, y, width, height);
        g.closePath();
        g.clip();
        g.beginPath();
    }
}
