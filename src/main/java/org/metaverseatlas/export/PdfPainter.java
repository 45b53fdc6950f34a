package org.metaverseatlas.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The PDF's {@link Painter}: draws vector paths and real text (selectable, searchable) on one page's content stream.
 * The painter's y axis points down from an origin that the caller places on the page; the page's own points
 * upwards, so every y is flipped here. Paths are recorded and written out when painted, so that a path can be
 * filled and then stroked as on the screen's canvas, where painting does not consume the path.
 */
public final class PdfPainter implements Painter {
    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CLOSE = 2;
    /** Bezier handle length of a quarter ellipse. */
    private static final double KAPPA = 0.5522847498;
    /** Outline width of bold text, as a share of its size. */
    private static final double BOLD_STROKE = 0.035;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final double pageHeight;
    private final Map<Long, PDExtendedGraphicsState> alphaStates;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private double originX;
    private double originY;
    private byte[] ops = new byte[64];
    private double[] coords = new double[128];
    private int opCount;
    private int coordCount;

    /**
     * @param alphaStates shared by the painters of one document, so that each transparency is one resource
     */
    public PdfPainter(PDPageContentStream out, PdfFonts fonts, double pageHeight,
                      Map<Long, PDExtendedGraphicsState> alphaStates) {
        this.out = out;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
        this.alphaStates = alphaStates;
    }

    public PdfPainter(PDPageContentStream out, PdfFonts fonts, double pageHeight) {
        this(out, fonts, pageHeight, new HashMap<>());
    }

    /** Places the painter's origin at (x, y) page points from the page's top left corner. */
    public void setOrigin(double x, double y) {
        originX = x;
        originY = y;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    private float px(double x) {
        return round(originX + x);
    }

    private float py(double y) {
        return round(pageHeight - originY - y);
    }

    /** Two decimals are far below what a printer resolves, and keep the content streams small. */
    private static float round(double v) {
        return (float) (Math.round(v * 100) / 100.0);
    }

    private static float channel(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }

    @Override
    public void setFill(Rgb colour) {
        if (colour.equals(state.fill)) {
            return;
        }
        io(() -> out.setNonStrokingColor(channel(colour.red()), channel(colour.green()), channel(colour.blue())));
        state.fill = colour;
        applyAlpha(colour.alpha(), state.strokeAlpha);
    }

    @Override
    public void setStroke(Rgb colour) {
        if (colour.equals(state.stroke)) {
            return;
        }
        io(() -> out.setStrokingColor(channel(colour.red()), channel(colour.green()), channel(colour.blue())));
        state.stroke = colour;
        applyAlpha(state.fillAlpha, colour.alpha());
    }

    private void applyAlpha(double fill, double stroke) {
        double f = Math.round(channel(fill) * 100) / 100.0;
        double s = Math.round(channel(stroke) * 100) / 100.0;
        if (f == state.fillAlpha && s == state.strokeAlpha) {
            return;
        }
        long key = Math.round(f * 100) * 1000 + Math.round(s * 100);
        PDExtendedGraphicsState gs = alphaStates.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState created = new PDExtendedGraphicsState();
            created.setNonStrokingAlphaConstant((float) f);
            created.setStrokingAlphaConstant((float) s);
            return created;
        });
        io(() -> out.setGraphicsStateParameters(gs));
        state.fillAlpha = f;
        state.strokeAlpha = s;
    }

    @Override
    public void setLineWidth(double width) {
        if (width == state.lineWidth) {
            return;
        }
        io(() -> out.setLineWidth((float) width));
        state.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        if (Arrays.equals(dashes, state.dashes)) {
            return;
        }
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = (float) dashes[i];
        }
        io(() -> out.setLineDashPattern(pattern, 0));
        state.dashes = dashes.clone();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        io(() -> {
            out.addRect(px(x), py(y + height), round(width), round(height));
            out.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        io(() -> {
            out.addRect(px(x), py(y + height), round(width), round(height));
            out.stroke();
        });
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        io(() -> {
            out.moveTo(px(x1), py(y1));
            out.lineTo(px(x2), py(y2));
            out.stroke();
        });
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        io(() -> {
            oval(x, y, width, height);
            out.fill();
        });
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        io(() -> {
            oval(x, y, width, height);
            out.stroke();
        });
    }

    private void oval(double x, double y, double width, double height) throws IOException {
        double rx = width / 2;
        double ry = height / 2;
        double cx = x + rx;
        double cy = y + ry;
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        out.moveTo(px(cx + rx), py(cy));
        out.curveTo(px(cx + rx), py(cy + ky), px(cx + kx), py(cy + ry), px(cx), py(cy + ry));
        out.curveTo(px(cx - kx), py(cy + ry), px(cx - rx), py(cy + ky), px(cx - rx), py(cy));
        out.curveTo(px(cx - rx), py(cy - ky), px(cx - kx), py(cy - ry), px(cx), py(cy - ry));
        out.curveTo(px(cx + kx), py(cy - ry), px(cx + rx), py(cy - ky), px(cx + rx), py(cy));
        out.closePath();
    }

    @Override
    public void beginPath() {
        opCount = 0;
        coordCount = 0;
    }

    @Override
    public void moveTo(double x, double y) {
        record(MOVE, x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        record(LINE, x, y);
    }

    @Override
    public void closePath() {
        record(CLOSE, 0, 0);
    }

    private void record(byte op, double x, double y) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
            coords = Arrays.copyOf(coords, opCount * 4);
        }
        ops[opCount++] = op;
        coords[coordCount++] = x;
        coords[coordCount++] = y;
    }

    private void writePath() throws IOException {
        for (int i = 0; i < opCount; i++) {
            switch (ops[i]) {
                case MOVE -> out.moveTo(px(coords[2 * i]), py(coords[2 * i + 1]));
                case LINE -> out.lineTo(px(coords[2 * i]), py(coords[2 * i + 1]));
                default -> out.closePath();
            }
        }
    }

    @Override
    public void fillPath() {
        if (opCount > 0) {
            io(() -> {
                writePath();
                out.fillEvenOdd();
            });
        }
    }

    @Override
    public void strokePath() {
        if (opCount > 0) {
            io(() -> {
                writePath();
                out.stroke();
            });
        }
    }

    @Override
    public void fillAndStrokePath() {
        if (opCount > 0) {
            io(() -> {
                writePath();
                out.fillAndStrokeEvenOdd();
            });
        }
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, boolean bold) {
        String shown = fonts.printable(text);
        if (shown.isBlank()) {
            return;
        }
        double width = fonts.width(shown, size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        io(() -> {
            if (bold) {
                out.saveGraphicsState();
                Rgb fill = state.fill == null ? Rgb.BLACK : state.fill;
                out.setStrokingColor(channel(fill.red()), channel(fill.green()), channel(fill.blue()));
                out.setLineWidth((float) (size * BOLD_STROKE));
                out.setLineDashPattern(new float[0], 0);
            }
            out.beginText();
            out.setFont(fonts.font(), (float) size);
            if (bold) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            out.newLineAtOffset(px(left), py(y));
            out.showText(shown);
            out.endText();
            if (bold) {
                out.restoreGraphicsState();
            }
        });
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return fonts.width(fonts.printable(text), size);
    }

    @Override
    public void save() {
        saved.push(state.copy());
        io(out::saveGraphicsState);
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        state = saved.pop();
        io(out::restoreGraphicsState);
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        beginPath();
        io(() -> {
            out.addRect(px(x), py(y + height), round(width), round(height));
            out.clip();
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void io(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the content stream holds now, so that unchanged styles are not written again. */
    private static final class State {
        Rgb fill;
        Rgb stroke;
        double fillAlpha = 1;
        double strokeAlpha = 1;
        double lineWidth = 1;
        double[] dashes = new double[0];

        State copy() {
            State c = new State();
            c.fill = fill;
            c.stroke = stroke;
            c.fillAlpha = fillAlpha;
            c.strokeAlpha = strokeAlpha;
            c.lineWidth = lineWidth;
            c.dashes = dashes;
            return c;
        }
    }
}
