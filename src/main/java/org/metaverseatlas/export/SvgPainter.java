package org.metaverseatlas.export;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * A {@link Painter} that writes SVG: the same layouts the screen and the PDF draw, as a vector image an editor or a
 * browser opens. Text stays text (in a CJK-capable font stack); its width is measured by the given function and
 * written with it ({@code textLength}), so that labels keep their places in a viewer that lacks the font.
 */
public final class SvgPainter implements Painter {
    private static final String FONTS = "'WenQuanYi Micro Hei', 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC',"
            + " 'Microsoft YaHei', sans-serif";

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final ToDoubleBiFunction<String, Double> measure;
    private State state = new State();
    private final Deque<State> saved = new ArrayDeque<>();
    private final StringBuilder path = new StringBuilder();
    private int clips;
    private int openGroups;

    private static final class State {
        Rgb fill = Rgb.BLACK;
        Rgb stroke = Rgb.BLACK;
        double lineWidth = 1;
        double[] dashes = new double[0];
        int groups;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            return s;
        }
    }

    /**
     * @param measure the width of a text at a font size, as the screen measures it (bold widths are taken as
     *                6% wider)
     */
    public SvgPainter(double width, double height, ToDoubleBiFunction<String, Double> measure) {
        this.width = width;
        this.height = height;
        this.measure = measure;
    }

    /** The whole document. */
    public String document() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\""
                + " viewBox=\"0 0 %s %s\" font-family=\"%s\">\n", n(width), n(height), n(width), n(height), FONTS));
        out.append(body);
        out.append("</g>\n".repeat(openGroups));
        out.append("</svg>\n");
        return out.toString();
    }

    /** Moves what follows by (dx, dy), until {@link #restore}. */
    public void translate(double dx, double dy) {
        body.append(String.format(Locale.ROOT, "<g transform=\"translate(%s %s)\">\n", n(dx), n(dy)));
        state.groups++;
        openGroups++;
    }

    @Override
    public void setFill(Rgb colour) {
        state.fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
        state.stroke = colour;
    }

    @Override
    public void setLineWidth(double w) {
        state.lineWidth = w;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes.clone();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"%s/>\n",
                n(x), n(y), n(w), n(h), fill()));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"none\"%s/>\n",
                n(x), n(y), n(w), n(h), stroke()));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"%s/>\n",
                n(x1), n(y1), n(x2), n(y2), stroke()));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(fill()).append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        body.append(ellipse(x, y, w, h)).append(" fill=\"none\"").append(stroke()).append("/>\n");
    }

    private static String ellipse(double x, double y, double w, double h) {
        return String.format(Locale.ROOT, "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\"",
                n(x + w / 2), n(y + h / 2), n(w / 2), n(h / 2));
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fillPath() {
        pathElement(fill());
    }

    @Override
    public void strokePath() {
        pathElement(" fill=\"none\"" + stroke());
    }

    @Override
    public void fillAndStrokePath() {
        pathElement(fill() + stroke());
    }

    private void pathElement(String style) {
        if (path.length() > 0) {
            body.append("<path fill-rule=\"evenodd\" d=\"").append(path).append('"').append(style).append("/>\n");
        }
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, boolean bold) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        // The measured width is written down too, so that a viewer with another font keeps the layout.
        body.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"%s\""
                        + " textLength=\"%s\" lengthAdjust=\"spacingAndGlyphs\"%s%s>", n(x), n(y), n(size), anchor,
                n(textWidth(text, size, bold)), bold ? " font-weight=\"bold\"" : "", fill()));
        body.append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return measure.applyAsDouble(text, size) * (bold ? 1.06 : 1);
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        body.append("</g>\n".repeat(state.groups));
        openGroups -= state.groups;
        state = saved.pop();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        body.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>"
                + "</clipPath>\n<g clip-path=\"url(#%s)\">\n", id, n(x), n(y), n(w), n(h), id));
        state.groups++;
        openGroups++;
    }

    private String fill() {
        return paint("fill", state.fill);
    }

    private String stroke() {
        StringBuilder s = new StringBuilder(paint("stroke", state.stroke));
        s.append(" stroke-width=\"").append(n(state.lineWidth)).append('"');
        if (state.dashes.length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                s.append(i == 0 ? "" : " ").append(n(state.dashes[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String paint(String attribute, Rgb c) {
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", channel(c.red()), channel(c.green()), channel(c.blue()));
        String out = " " + attribute + "=\"" + hex + "\"";
        return c.alpha() >= 1 ? out : out + " " + attribute + "-opacity=\"" + n(Math.max(0, c.alpha())) + "\"";
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
